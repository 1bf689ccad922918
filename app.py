"""Launch the Mentor Assistant web app: ``python app.py`` (a fresh data directory first gets the
bundled guides indexed; ``mentor ingest`` adds your own)."""

from assistant.config import load_settings
from assistant.ui import build_app
from assistant.ui.launch import serve

settings = load_settings()
demo = build_app(settings)

if __name__ == "__main__":
    serve(demo, settings)  # behind logins once `mentor user add NAME` made one
