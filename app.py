"""Launch the Mentor Assistant web app: ``python app.py`` (after ``mentor ingest``)."""

from assistant.config import load_settings
from assistant.ui import build_app, warm_up

settings = load_settings()
demo = build_app(settings)

if __name__ == "__main__":
    warm_up(settings)
    demo.launch(server_name="127.0.0.1")
