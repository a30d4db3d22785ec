"""Reading record lists for `resolve`: CSV in whatever encoding and header style people send."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from threadline.errors import ThreadlineError

_ENCODINGS = ("utf-8-sig", "utf-16", "cp1250", "latin-1")  # cp1250: Romanian Windows exports


def read_records(path: Path) -> pd.DataFrame:
    """A CSV (or TSV/semicolon file) as strings; clear errors for missing, empty or unreadable files."""
    if not path.exists():
        raise ThreadlineError(f"{path}: no such file", code="resolve_input")
    if path.stat().st_size == 0:
        raise ThreadlineError(f"{path}: the file is empty", code="resolve_empty")
    raw = path.read_bytes()
    text = None
    for encoding in _ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = None
            continue
        break
    if text is None or not text.strip():
        raise ThreadlineError(f"{path}: the file is empty or not text", code="resolve_empty")
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    try:
        from io import StringIO

        frame = pd.read_csv(
            StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skipinitialspace=True,
            on_bad_lines="warn",
            engine="python",
        )
    except (pd.errors.EmptyDataError, pd.errors.ParserError) as exc:
        raise ThreadlineError(f"{path}: not a readable CSV ({exc})", code="resolve_input") from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    if frame.empty:
        raise ThreadlineError(f"{path}: a header but no records", code="resolve_empty")
    return frame


def parse_column_map(text: str | None) -> dict[str, str]:
    """'first_name=prenume, surname=nume' → {'first_name': 'prenume', 'surname': 'nume'}."""
    from threadline.link.prepare import STANDARD_FIELDS

    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        ours, sep, theirs = part.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not ours or not theirs:
            raise ThreadlineError(
                f"--columns expects our=theirs pairs, got {part.strip()!r}", code="resolve_columns"
            )
        if ours not in STANDARD_FIELDS:
            raise ThreadlineError(
                f"--columns: unknown field {ours!r}; known: {', '.join(STANDARD_FIELDS)}",
                code="resolve_columns",
            )
        mapping[ours] = theirs
    return mapping
