"""HTML news pages: the article's main text with trafilatura, then a clean-up of junk it lets through."""

from __future__ import annotations

import logging
import re
from datetime import date

from threadline.errors import IntakeError
from threadline.intake.decode import decode_text, require_content
from threadline.intake.types import ParsedReport

# trafilatura is chatty about pages it cannot parse; our error message says it once, clearly.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# Lines that are page furniture, not the story: pseudo-comments written out as text ("<!–", "<!--"),
# "Read Related Also:"-style teasers (English and Romanian), and share/follow prompts.
_JUNK_LINE = re.compile(
    r"""^\s*(?:
        (?:<!\s*[-–—]+\s*)+(?:[-–—]*\s*>)?\s*$          # lines made only of comment openers
      | (?:read\s+(?:related|more|also)(?:\s+also)?|related\s*(?:articles?|stories)?|see\s+also
         |cite[sș]te\s+[sș]i|vezi\s+[sș]i|recomand[aă]ri)\s*:.*
      | (?:share|follow\s+us)\s+(?:on|this)\b.*
      | (?:advertisement|sponsored\s+content)\s*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A stray comment opener inside a kept line.
_INLINE_COMMENT = re.compile(r"<!\s*[-–—]+\s*(?:[-–—]*\s*>)?")


def clean_article_text(text: str) -> str:
    kept = []
    for line in text.splitlines():
        if _JUNK_LINE.match(line):
            continue
        line = _INLINE_COMMENT.sub("", line).strip()
        if line:
            kept.append(line)
    return "\n".join(kept)


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse(raw: bytes, *, name: str | None = None) -> list[ParsedReport]:
    import trafilatura

    markup, flags = decode_text(raw, what="HTML page")
    require_content(markup, what="HTML page")
    try:
        extracted = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise IntakeError(
            f"the HTML page could not be parsed ({type(exc).__name__})", code="bad_html"
        ) from exc
    if extracted is None:
        raise IntakeError("the HTML page has no readable article text", code="bad_html")
    fields = extracted.as_dict()
    text = clean_article_text(fields.get("text") or "")
    if not text:
        raise IntakeError("the HTML page has no readable article text", code="bad_html")
    metadata = {k: fields[k] for k in ("sitename", "hostname", "description") if fields.get(k)}
    return [
        ParsedReport(
            raw=raw,
            text=text,
            format="html",
            content_type="text/html",
            title=fields.get("title") or None,
            published=_parse_date(fields.get("date")),
            url=fields.get("url") or None,
            author=fields.get("author") or None,
            source_name=name,
            metadata=metadata,
            flags=flags,
        )
    ]
