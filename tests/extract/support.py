"""Helpers shared by the extraction tests."""

from __future__ import annotations

from typing import Any

from threadline.extract.boilerplate import split_segments
from threadline.extract.counts import find_counts, summarise_counts
from threadline.extract.pipeline import extract
from threadline.extract.schema import to_schema
from threadline.taxonomy.document import Document


def counts_of(text: str) -> dict[str, int | float | None]:
    """The outcome counts the rules read from `text`, split into segments as the pipeline does."""
    return summarise_counts(find_counts(text, split_segments(text)))


def schema_of(text: str, language: str = "en") -> dict[str, Any]:
    """The whole pipeline's answer for `text` in the evaluation schema's shape."""
    return to_schema(extract(Document(text=text, language=language)), "t", "")
