"""A referral draft as printable HTML and PDF (Jinja2 + WeasyPrint), fetching nothing."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from threadline.errors import ThreadlineError
from threadline.triage._data import TEMPLATE_DIR
from threadline.triage.referral import ReferralDraft


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # Autoescape: every value in a referral came from a person's words.
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(draft: ReferralDraft) -> str:
    return _environment().get_template("referral.html").render(draft=draft)


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    # A draft may hold a URL typed by a person; WeasyPrint must never go and fetch it.
    raise ThreadlineError(f"referral PDF refused to fetch {url!r}: drafts are rendered offline")


def render_pdf(draft: ReferralDraft) -> bytes:
    from weasyprint import HTML  # heavy import, only when a PDF is wanted

    pdf = HTML(string=render_html(draft), url_fetcher=_no_fetch).write_pdf()
    if pdf is None:  # write_pdf returns None only when given a target; never here
        raise ThreadlineError("PDF rendering produced nothing")
    return pdf
