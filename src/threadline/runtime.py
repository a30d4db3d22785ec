"""Opening the installation the CLI and the server work on: settings, home folders, database."""

from __future__ import annotations

from threadline.config import Settings, load_settings
from threadline.store.database import Database
from threadline.store.migrate import upgrade


def prepare_home(settings: Settings) -> None:
    """Folders and the field-encryption key file (unless keys come from the environment)."""
    from threadline.store.crypto import ensure_keyring

    for folder in (settings.home, settings.log_dir, settings.key_dir):
        folder.mkdir(parents=True, exist_ok=True)
    settings.key_dir.chmod(0o700)
    ensure_keyring(settings)


def open_database(settings: Settings | None = None, *, migrate: bool = False) -> Database:
    settings = settings or load_settings()
    if settings.is_sqlite:
        prepare_home(settings)
    db = Database(settings)
    if migrate:
        upgrade(db.engine)
    return db
