"""Expand command-line paths (files, folders, globs) into the files to ingest."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from threadline.errors import IntakeError


def expand_paths(paths: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if any(ch in given for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(given, recursive=True))
            found.extend(p for p in matches if p.is_file())
            if not matches:
                raise IntakeError(f"no files match {given!r}", code="no_files")
        elif path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            found.append(path)
        else:
            raise IntakeError(f"{given}: no such file or folder", code="no_files")
    # Keep the first occurrence of each file: a path given twice is ingested once.
    return list(dict.fromkeys(found))
