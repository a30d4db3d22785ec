"""Settings from `THREADLINE_*` environment variables, with safe defaults.

All state lives under THREADLINE_HOME (default ./var): the SQLite database, raw blobs, keys and logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MEGABYTE = 1024 * 1024


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    max_report_bytes: int = 5 * MEGABYTE
    max_batch_bytes: int = 200 * MEGABYTE
    max_batch_reports: int = 10_000
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def blob_dir(self) -> Path:
        return self.home / "blobs"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    @property
    def key_dir(self) -> Path:
        return self.home / "keys"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings() -> Settings:
    """Read the environment now (not at import time, so tests can point it elsewhere)."""
    home = Path(os.environ.get("THREADLINE_HOME", "var")).resolve()
    url = os.environ.get("THREADLINE_DATABASE_URL") or f"sqlite:///{home / 'threadline.db'}"
    return Settings(
        home=home,
        database_url=url,
        max_report_bytes=_int_env("THREADLINE_MAX_REPORT_BYTES", 5 * MEGABYTE),
        max_batch_bytes=_int_env("THREADLINE_MAX_BATCH_BYTES", 200 * MEGABYTE),
        max_batch_reports=_int_env("THREADLINE_MAX_BATCH_REPORTS", 10_000),
    )
