"""One call for the API and CLI: text (+ facts, context) in, the triage JSON shape out.

`triage_document` is what `GET /api/v1/reports/{id}/triage` and `threadline triage` share, so
the two can never disagree.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from collections.abc import Callable
from typing import Any

from threadline.errors import ThreadlineError
from threadline.extract.types import Facts
from threadline.taxonomy.channels import Anonymity
from threadline.taxonomy.document import Document
from threadline.triage.risk import Assessment, RiskContext, assess
from threadline.triage.routing import DEFAULT_JURISDICTION, Route, load_jurisdiction, route

PIPELINE_MODULE = "threadline.extract.pipeline"


def extractor() -> Callable[..., Any] | None:
    """`threadline.extract.pipeline.extract` when that module exists, else None."""
    if importlib.util.find_spec(PIPELINE_MODULE) is None:
        return None
    return getattr(importlib.import_module(PIPELINE_MODULE), "extract", None)


def extract_facts(text: str) -> Facts | None:
    """Facts from the extraction pipeline, or None when it is not installed.

    The pipeline is being written alongside this code; it may take a `Document` or the text,
    so we look at its first parameter rather than guess.
    """
    extract = extractor()
    if extract is None:
        return None
    params = list(inspect.signature(extract).parameters.values())
    first = params[0] if params else None
    wants_document = first is not None and (
        "Document" in str(first.annotation) or first.name in {"document", "doc"}
    )
    result = extract(Document(text=text)) if wants_document else extract(text)
    if not isinstance(result, Facts):
        raise ThreadlineError(f"extraction returned {type(result).__name__}, not Facts; triage needs Facts")
    return result


def _flags(assessment: Assessment, anonymity: str | None, wants_support: bool | None) -> set[str]:
    flags = set(assessment.flags)
    if anonymity is not None:
        try:
            mode = Anonymity(anonymity)
        except ValueError as exc:
            known = ", ".join(a.value for a in Anonymity)
            raise ThreadlineError(f"unknown anonymity '{anonymity}'; known: {known}") from exc
        if mode is Anonymity.ANONYMOUS:
            flags.add("anonymity_requested")
    if wants_support is True:
        flags.add("victim_seeking_support")
    elif wants_support is False:
        flags.discard("victim_seeking_support")
    return flags


def triage(
    text: str,
    facts: Facts | None = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
    context: RiskContext | dict[str, Any] | None = None,
    *,
    anonymity: str | None = None,
    wants_support: bool | None = None,
) -> tuple[str, Assessment, list[Route]]:
    """The typed result: (jurisdiction code, assessment, routes)."""
    pack = load_jurisdiction(jurisdiction)  # first, so a bad code fails before any work
    if not isinstance(text, str) or not text.strip():
        raise ThreadlineError("report text is empty: nothing to triage")
    if isinstance(context, dict):
        context = RiskContext.from_dict(context)
    assessment = assess(text, facts, context)
    routes = route(_flags(assessment, anonymity, wants_support), pack)
    return pack.code, assessment, routes


def triage_document(
    text: str,
    facts: Facts | None = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
    context: RiskContext | dict[str, Any] | None = None,
    *,
    anonymity: str | None = None,
    wants_support: bool | None = None,
) -> dict[str, Any]:
    """`{"jurisdiction", "score", "urgent", "reasons", "routes"}` — the documented JSON shape."""
    code, assessment, routes = triage(
        text, facts, jurisdiction, context, anonymity=anonymity, wants_support=wants_support
    )
    return payload(code, assessment, routes)


def payload(code: str, assessment: Assessment, routes: list[Route]) -> dict[str, Any]:
    return {
        "jurisdiction": code,
        "score": assessment.score,
        "urgent": assessment.urgent,
        "reasons": [r.to_dict() for r in assessment.reasons],
        "routes": [r.to_dict() for r in routes],
    }
