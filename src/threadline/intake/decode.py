"""Bytes → text, refusing binary junk and flagging (not failing on) invalid UTF-8."""

from __future__ import annotations

import codecs

from threadline.errors import IntakeError

INVALID_UTF8 = "invalid_utf8"
# Text may contain tabs and newlines; a large share of other control bytes means it is not text.
_ALLOWED_CONTROLS = {9, 10, 12, 13}
BINARY_CONTROL_SHARE = 0.10


def looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _ALLOWED_CONTROLS)
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def decode_text(raw: bytes, *, what: str = "report") -> tuple[str, list[str]]:
    """Decode UTF-8 (a BOM is dropped). Undecodable bytes become U+FFFD and the text is flagged."""
    if looks_binary(raw):
        raise IntakeError(f"the {what} looks like binary data, not text", code="binary")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), [INVALID_UTF8]


def require_content(text: str, *, what: str = "report") -> str:
    if not text.strip():
        raise IntakeError(f"the {what} is empty: there is no text to store", code="empty")
    return text
