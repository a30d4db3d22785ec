"""The schema's shape and the re-implemented scoring rules."""

from __future__ import annotations

from pathlib import Path

from threadline.extract import scoring
from threadline.extract.pipeline import extract
from threadline.extract.schema import to_schema
from threadline.extract.types import Facts
from threadline.taxonomy.document import Document

SCHEMA_KEYS = {
    "id", "source", "language", "victims", "exploitation", "sectors", "recruitment", "indicators",
    "countries", "places", "agencies", "outcomes", "seized", "suspects", "contacts",
}  # fmt: skip
OUTCOME_KEYS = {
    "arrested", "detained", "charged", "convicted", "sentence_years_max", "premises_searched",
    "officers",
}  # fmt: skip


def test_empty_facts_give_a_complete_schema() -> None:
    out = to_schema(Facts(language=None), "001", "somewhere")
    assert set(out) == SCHEMA_KEYS
    assert set(out["outcomes"]) == OUTCOME_KEYS
    assert out["victims"] == {"count": None, "nationalities": [], "genders": [], "minors": None}
    assert out["countries"] == {"origin": [], "destination": []}


def test_extracted_schema_types() -> None:
    facts = extract(Document(text="Police in Bristol arrested two men and freed three women."))
    out = to_schema(facts, "a", None)
    assert set(out) == SCHEMA_KEYS
    for key in ("places", "agencies", "suspects", "contacts", "seized", "sectors"):
        assert isinstance(out[key], list)


def test_fuzzy_names_match_by_containment_and_ratio() -> None:
    assert scoring.match_sets(["Metropolitan Police"], ["the Metropolitan Police Service"], True) == (
        1, 0, 0,
    )  # fmt: skip
    assert scoring.match_sets(["Iasi"], ["Iași"], True) == (1, 0, 0)
    assert scoring.match_sets(["Ify Mba"], ["Ify Mbah"], True) == (1, 0, 0)
    assert scoring.match_sets(["London"], ["North London", "London"], True) == (1, 1, 0)
    assert scoring.match_sets(["RO"], ["GB"], False) == (0, 1, 1)


def test_scalars() -> None:
    assert scoring.match_scalar(None, None) == (0, 0, 0)
    assert scoring.match_scalar(3, 3.0) == (1, 0, 0)
    assert scoring.match_scalar(None, 2) == (0, 1, 0)
    assert scoring.match_scalar(2, None) == (0, 0, 1)
    assert scoring.match_scalar(True, 1) == (0, 1, 1)


def test_score_dirs_counts_missing_predictions(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"suspects": ["X Y"], "victims": {"count": 2}}')
    result = scoring.score_dirs(tmp_path, {})
    assert result.missing_predictions == 1
    assert result.fields["suspects"].fn == 1
    assert result.fields["victims.count"].fn == 1
    assert result.micro.prf == (1.0, 0.0, 0.0)
