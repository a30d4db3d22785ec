"""Plain text: one report."""

from __future__ import annotations

from threadline.intake.decode import decode_text, require_content
from threadline.intake.types import ParsedReport


def parse(raw: bytes, *, name: str | None = None) -> list[ParsedReport]:
    text, flags = decode_text(raw)
    require_content(text)
    return [
        ParsedReport(
            raw=raw, text=text, format="text", content_type="text/plain", source_name=name, flags=flags
        )
    ]
