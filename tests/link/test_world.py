from __future__ import annotations

import pandas as pd
import pytest

from threadline.link.keys import phone_key, plate_country, plate_key
from threadline.link.world import generate_world


@pytest.fixture(scope="module")
def world():
    return generate_world(4000, seed=5)


def test_same_seed_same_world_other_seed_other_world(world) -> None:
    again = generate_world(4000, seed=5)
    pd.testing.assert_frame_equal(world.mentions, again.mentions)
    pd.testing.assert_frame_equal(world.truth, again.truth)
    other = generate_world(4000, seed=6)
    assert not world.mentions["text"].equals(other.mentions["text"])


def test_truth_is_consistent(world) -> None:
    m, t = world.mentions, world.truth
    assert len(m) >= 4000 and list(m["mention_id"]) == list(t["mention_id"])
    assert m["mention_id"].is_unique
    assert set(m["kind"]) == {"person", "phone", "address", "vehicle"}
    assert "entity_id" not in m.columns and "network" not in m.columns  # no truth in the input
    # Every entity belongs to its network, and every report is about one network.
    assert (t["entity_id"].str.split("-").str[0] == t["network"]).all()
    per_report = t.assign(report=m["report_id"]).groupby("report")["network"].nunique()
    assert (per_report == 1).all()
    # Keyed values are unique to their entity: one phone or plate key per entity and vice versa.
    for kind, key in (("phone", phone_key), ("vehicle", plate_key)):
        rows = m["kind"] == kind
        keys = m.loc[rows, "text"].map(key)
        assert keys.notna().all()
        pairs = pd.DataFrame({"key": keys, "entity": t.loc[rows, "entity_id"]}).drop_duplicates()
        assert pairs["key"].is_unique and pairs["entity"].is_unique
    # Some plates carry a look-alike slip ('IS I2 ABC') and still key to their vehicle.
    plates = m.loc[m["kind"] == "vehicle", "text"]
    slipped = plates[plates.map(lambda text: plate_country(text) is None)]
    assert len(slipped) > 0 and slipped.map(plate_key).notna().all()


def test_world_has_the_noise_of_real_reports(world) -> None:
    m, t = world.mentions, world.truth
    people = m[m["kind"] == "person"]
    texts = people["text"]
    assert texts.str.match(r"^[A-Z]\. ").any()  # initials
    assert texts.str.match(r"^[A-ZĂÂÎȘȚ]{3,} ").any()  # SURNAME first
    assert (texts.str.split().str.len() == 1).any()  # a first name alone
    assert texts.str.contains("[ăâîșț]").any() and texts.str.contains("Stefan|Razvan|Serban").any()
    assert people["age"].isna().any() and people["age"].notna().any()
    assert people["gender"].isna().any() and people["nationality"].isna().any()
    phones = m.loc[m["kind"] == "phone", "text"]
    assert phones.str[:2].nunique() > 2  # national, +44, 0044 …
    # One full name shared by different people of different networks.
    truth = t.set_index("mention_id")["entity_id"]
    full = people[texts.str.split().str.len() == 2].assign(entity=lambda f: f["mention_id"].map(truth))
    people_per_name = full.groupby("text")["entity"].nunique()
    assert (people_per_name > 1).any()
    # Some reports name no phone, address or vehicle at all.
    keyed_reports = set(m.loc[m["kind"] != "person", "report_id"])
    assert set(m["report_id"]) - keyed_reports


def test_size_grows_networks_not_just_mentions() -> None:
    small, large = generate_world(1200, seed=1), generate_world(6000, seed=1)
    assert large.truth["network"].nunique() >= 4 * small.truth["network"].nunique()
