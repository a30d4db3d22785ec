"""Helpers shared by the extraction tests."""

from __future__ import annotations

from threadline.extract.boilerplate import split_segments
from threadline.extract.counts import find_counts, summarise_counts


def counts_of(text: str) -> dict[str, int | float | None]:
    """The outcome counts the rules read from `text`, split into segments as the pipeline does."""
    return summarise_counts(find_counts(text, split_segments(text)))
