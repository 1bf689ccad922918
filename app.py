"""Launch the Mentor Assistant web app: ``python app.py`` (after ``mentor ingest``)."""

from assistant.config import load_settings
from assistant.ui import build_app

demo = build_app(load_settings())

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
