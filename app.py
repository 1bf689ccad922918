"""Launch the Mentor Assistant web app: ``python app.py`` (a fresh data directory first gets the
bundled guides indexed; ``mentor ingest`` adds your own)."""

from assistant.config import load_settings
from assistant.ui import AppServices, build_app
from assistant.ui.launch import serve

settings = load_settings()
services = AppServices(settings)  # built on first use: importing this module touches no data
demo = build_app(settings, services)

if __name__ == "__main__":
    serve(demo, settings, services)  # behind logins once `mentor user add NAME` made one
