from __future__ import annotations

from threadline.link.neardup import NearDuplicateIndex, near_duplicate_groups, shingles


def test_template_with_new_number_and_diacritics_is_a_near_duplicate() -> None:
    texts = {
        "ad1": "Fată tânără, masaj relaxant, sună acum 0722 123 456, zona Colindale. Discreție.",
        "ad2": "Fata tanara, masaj relaxant, suna acum 0733 999 111, zona Colindale! Discretie.",
        "tip": "Men sleep in the back room of the car wash on Edgware Road and never get paid.",
        "ru1": "Девушка, массаж, звоните 0722123456, район Колиндейл",
        "ru2": "девушка массаж звоните 07000000 район колиндейл",
    }
    groups = near_duplicate_groups(texts, threshold=0.6)
    assert ["ad1", "ad2"] in groups
    assert ["ru1", "ru2"] in groups
    assert all("tip" not in g for g in groups)


def test_index_is_incremental() -> None:
    index = NearDuplicateIndex(threshold=0.7)
    assert index.add("a", "Caller says six men sleep in the car wash office in Luton.") == []
    dups = index.add("b", "Caller says six men sleep in the car-wash office in Luton!!")
    assert [d.right for d in dups] == ["a"] and dups[0].similarity >= 0.7
    assert len(index) == 2
    assert index.query("Something else entirely, about a farm near Boston.") == []


def test_shingles_are_character_based() -> None:
    assert shingles("abc") == {"abc"}
    assert shingles("") == set()
    assert "colin" in shingles("COLINDALE")
