"""Launch the Mentor Assistant web app: ``python app.py`` (after ``mentor ingest``)."""

from assistant.config import load_settings
from assistant.ui import build_app
from assistant.ui.launch import serve

settings = load_settings()
demo = build_app(settings)

if __name__ == "__main__":
    serve(demo, settings)  # behind logins once `mentor user add NAME` made one
