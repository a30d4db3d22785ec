"""Extraction on the shared dev set and our own corpus stays above a micro-F1 floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from threadline.extract.pipeline import extract
from threadline.extract.schema import to_schema
from threadline.extract.scoring import score_dirs
from threadline.taxonomy.document import Document

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev"
CORPUS = Path(__file__).parent / "corpus"
OUR_FIELDS = (
    "suspects", "places", "agencies", "victims.nationalities", "victims.genders",
    "victims.minors", "countries.origin", "countries.destination",
)  # fmt: skip


def _predict(folder: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(folder.glob("*.txt")):
        facts = extract(Document(text=path.read_text(encoding="utf-8"), id=path.stem))
        out[path.stem] = to_schema(facts, path.stem, None)
    return out


@pytest.mark.skipif(not DEV.is_dir(), reason=f"dev set not found at {DEV}")
def test_dev_set_micro_f1_floor() -> None:
    result = score_dirs(DEV, _predict(DEV))
    assert result.missing_predictions == 0
    assert result.micro.prf[2] >= 0.90, {k: v.prf for k, v in result.fields.items()}


def test_own_corpus_floor_on_entity_fields() -> None:
    result = score_dirs(CORPUS, _predict(CORPUS))
    fields = {f: result.fields[f] for f in OUR_FIELDS}
    tp = sum(s.tp for s in fields.values())
    fp = sum(s.fp for s in fields.values())
    fn = sum(s.fn for s in fields.values())
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85, {k: v.prf for k, v in fields.items()}


def test_corpus_gold_files_follow_the_schema() -> None:
    for path in CORPUS.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["id"] == path.stem
        assert (CORPUS / f"{path.stem}.txt").exists()
        assert set(gold["victims"]) == {"count", "nationalities", "genders", "minors"}
