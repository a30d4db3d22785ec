"""The spaCy pipelines: loaded once, entity ruler before NER, our fixes applied."""

from __future__ import annotations

from pathlib import Path

from threadline.extract import nlp


def test_english_pipeline_has_ruler_before_ner() -> None:
    model = nlp.english()
    names = model.pipe_names
    assert "entity_ruler" in names
    assert names.index("entity_ruler") < names.index("ner")


def test_pipelines_are_cached() -> None:
    assert nlp.english() is nlp.english()
    assert nlp.romanian() is nlp.romanian()


def test_ruler_fixes_known_errors() -> None:
    doc = nlp.english()(
        "Officers raided homes in Colindale with Europol, Eurojust and DIICOT. "
        "A car with plates IS 12 ABC and B-123-XYZ was seized."
    )
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Colindale"] == "GPE"
    assert labels["Europol"] == "ORG"
    assert labels["DIICOT"] == "ORG"
    assert labels["IS 12 ABC"] == "PLATE"
    assert labels["B-123-XYZ"] == "PLATE"


def test_agency_aliases_carry_canonical_name() -> None:
    doc = nlp.english()("The Met Police worked with the NCA.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert "Metropolitan Police" in ids.values()
    assert ids["NCA"].startswith("National Crime Agency")


def test_romanian_is_blank_tokenizer_with_sentences() -> None:
    doc = nlp.romanian()("Polițiștii au reținut doi suspecți. Victimele au fost salvate.")
    assert len(list(doc.sents)) == 2
    assert not doc.ents


def test_model_name_names_the_model() -> None:
    assert "en_core_web_sm" in nlp.model_name()


def test_warm_up_compiles_both_lexicon_sets_before_the_first_report() -> None:
    # A worker warms up once; its first English or Romanian report must not pay for compiling
    # ~1,000 cues.
    from threadline.extract import classify
    from threadline.extract.pipeline import extract, warm_up
    from threadline.taxonomy.document import Document

    warm_up()
    misses = classify._load.cache_info().misses
    english = extract(Document(text="Police in Leeds arrested two men at a car wash on Tuesday."))
    romanian = extract(Document(text="DIICOT a reținut trei persoane pentru trafic de persoane la Iași."))
    assert (english.language, romanian.language) == ("en", "ro")
    assert classify._load.cache_info().misses == misses


def test_warm_up_fills_every_one_time_loader_of_the_extraction() -> None:
    # Any table a report may need (a gazetteer, a name list, pycountry's languages) is read by
    # warm_up, so that no worker's first report pays for it and benchmarks count only the reports.
    import importlib
    import inspect
    import pkgutil

    import threadline.extract
    from threadline.extract.pipeline import warm_up

    warm_up()
    empty = []
    for module_info in pkgutil.iter_modules(threadline.extract.__path__):
        module = importlib.import_module(f"threadline.extract.{module_info.name}")
        for name, value in vars(module).items():
            if not hasattr(value, "cache_info") or getattr(value, "__module__", None) != module.__name__:
                continue
            if not inspect.signature(value).parameters and value.cache_info().currsize == 0:
                empty.append(f"{module.__name__}.{name}")
    assert empty == []


def test_a_parsed_chunks_text_is_joined_once() -> None:
    from threadline.extract.textutil import doc_text

    doc = nlp.english()("Police in Leeds arrested two men.  A third was released.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # Doc.text would build a new string each time


def test_lemmas_from_the_indexed_words_are_the_models_own() -> None:
    import spacy

    from threadline.extract.nlp import ENGLISH_MODEL, index_lemma_words

    shipped = spacy.load(ENGLISH_MODEL, exclude=["ner"])
    indexed = spacy.load(ENGLISH_MODEL, exclude=["ner"])
    index_lemma_words(indexed)
    index = indexed.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    assert index and all(isinstance(words, frozenset) for words in index.values())
    corpus = Path(__file__).parent / "corpus"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))[:40]]
    texts.append(
        "The traffickers were recruiting, housing and exploiting women; she fled, hid and testified."
    )
    for ours, theirs in zip(indexed.pipe(texts), shipped.pipe(texts), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    index_lemma_words(indexed)  # a second call finds sets already and leaves them
    assert all(isinstance(words, frozenset) for words in index.values())
