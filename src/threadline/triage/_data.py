"""Reading the package's TOML data files (weights, lexicons, rules, jurisdiction packs).

Everything triage decides is driven by these files, so they are read once and cached: the
same input always meets the same rules within a process.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from threadline.errors import ConfigurationError

DATA_DIR = Path(__file__).parent / "data"
TEMPLATE_DIR = Path(__file__).parent / "templates"


@lru_cache(maxsize=64)
def load_toml(path: Path) -> dict[str, Any]:
    """Parse one data file; a broken file is an operator's problem, said in one line."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigurationError(f"triage data file missing: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"triage data file {path.name} is not valid TOML: {exc}") from exc


def data_file(name: str) -> dict[str, Any]:
    return load_toml(DATA_DIR / name)
