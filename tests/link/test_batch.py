from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from threadline.errors import ThreadlineError
from threadline.link.batch import link_mentions
from threadline.link.evaluate import bcubed, pairwise
from threadline.link.keyed import address_keys, report_networks
from threadline.link.world import generate_world


@pytest.fixture(scope="module")
def linked():
    # Seed 3: the pipeline was tuned on seed 1, so this measures rather than repeats the tuning.
    world = generate_world(5000, seed=3)
    return world, link_mentions(world.mentions)


def _scores(linked, kind: str):
    world, result = linked
    frame = result.links.merge(world.truth, on="mention_id", suffixes=("", "_true"))
    part = frame[frame["kind"] == kind]
    predicted = dict(zip(part["mention_id"], part["entity_id"], strict=True))
    truth = dict(zip(part["mention_id"], part["entity_id_true"], strict=True))
    return bcubed(predicted, truth), pairwise(predicted, truth)


@pytest.mark.parametrize("kind", ["phone", "address", "vehicle"])
def test_keyed_kinds_reach_the_target(linked, kind: str) -> None:
    _, pair = _scores(linked, kind)
    assert pair.f1 >= 0.95, pair


def test_people_reach_the_target(linked) -> None:
    b3, _ = _scores(linked, "person")
    assert b3.f1 >= 0.90, b3
    assert b3.precision >= 0.93, b3


def test_every_mention_has_one_entity_and_model_links_keep_their_weight(linked) -> None:
    world, result = linked
    links = result.links
    assert list(links["mention_id"]) == list(world.mentions["mention_id"])
    assert links["entity_id"].notna().all()
    model = links[links["method"] == "model"]
    assert len(model) and model["match_weight"].notna().all()
    assert (model["match_weight"] >= result.threshold).all()
    assert links.loc[links["method"] != "model", "match_weight"].isna().all()
    # No person cluster is larger than the cap allows (the cap counts distinct records).
    sizes = links[links["kind"] == "person"].groupby("entity_id").size()
    assert sizes.max() < 400


def test_a_link_can_be_explained(linked) -> None:
    _, result = linked
    links = result.links
    entity = links[links["method"] == "model"]["entity_id"].value_counts().index[0]
    members = links.loc[(links["entity_id"] == entity) & (links["method"] == "model"), "mention_id"]
    why = result.explain(members.iloc[0], members.iloc[1])
    assert why is not None and why.linked
    parts = {c.comparison: c for c in why.contributions}
    assert {"first_name", "network"} <= set(parts) and parts["network"].level == "same network"
    total = why.prior_weight + sum(c.weight + c.tf_adjustment for c in why.contributions)
    assert total == pytest.approx(why.match_weight, abs=0.05)
    assert result.explain(members.iloc[0], "no such mention") is None


def test_empty_table_gives_no_links() -> None:
    empty = pd.DataFrame(columns=["mention_id", "report_id", "kind", "text"])
    assert link_mentions(empty).links.empty


def test_one_mention_is_its_own_entity() -> None:
    one = pd.DataFrame([{"mention_id": "a", "report_id": "r", "kind": "person", "text": "Ion Popescu"}])
    links = link_mentions(one).links
    assert links["entity_id"].tolist() == ["person:a"] and links["method"].tolist() == ["alone"]


def _identical(n: int, reports: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "mention_id": [f"p{i}" for i in range(n)],
            "report_id": [reports[i % len(reports)] for i in range(n)],
            "kind": "person",
            "text": "Ion Popescu",
            "age": 30,
        }
    )


def test_100k_identical_mentions_in_one_network_are_one_entity() -> None:
    people = _identical(100_000, ["r1", "r2"])
    phones = pd.DataFrame(
        {"mention_id": ["t1", "t2"], "report_id": ["r1", "r2"], "kind": "phone", "text": "07911 123456"}
    )
    links = link_mentions(pd.concat([people, phones], ignore_index=True)).links
    assert links.groupby("kind")["entity_id"].nunique().to_dict() == {"person": 1, "phone": 1}
    assert set(links.loc[links["kind"] == "person", "method"]) == {"identical"}


def test_100k_identical_mentions_without_context_finish_and_are_not_merged_on_a_name() -> None:
    # 100k reports that share nothing: "Ion Popescu, 30" is no identity, and comparing all pairs
    # (5 billion) is refused rather than attempted.
    links = link_mentions(_identical(100_000, [f"r{i}" for i in range(100_000)])).links
    assert links["entity_id"].is_unique
    assert set(links["method"]) == {"alone"}


def test_missing_columns_and_duplicate_ids_are_refused() -> None:
    with pytest.raises(ThreadlineError):
        link_mentions(pd.DataFrame({"mention_id": ["a"], "text": ["x"]}))
    twice = pd.DataFrame({"mention_id": ["a", "a"], "report_id": "r", "kind": "phone", "text": "x"})
    with pytest.raises(ThreadlineError):
        link_mentions(twice)


def test_unparseable_keyed_mentions_stay_alone() -> None:
    frame = pd.DataFrame(
        {"mention_id": ["a", "b"], "report_id": ["r1", "r2"], "kind": "phone", "text": ["call me", "n/a"]}
    )
    links = link_mentions(frame).links
    assert links["entity_id"].tolist() == ["mention:a", "mention:b"]


def test_address_without_district_joins_the_one_district_its_street_has() -> None:
    texts = pd.Series(
        [
            "14 Oak Road, London NW9 5HX",
            "14 Oak Rd, Colindale",
            "flat 2, 14 Oak Road, London",
            "14 Oak Road, LE2",  # the same number and street in another town…
            "14 Oak Road, Leicester LE2 1AB",
            "14 Oak Rd, Leicester",  # …which this one names: it joins LE2, not NW9
        ]
    )
    keys = address_keys(texts).tolist()
    assert keys[0] == keys[2] == "addr:14|oak road|NW9"
    assert keys[3] == keys[4] == keys[5] == "addr:14|oak road|LE2"
    # Two districts share the street and "Colindale" was never seen with one: left apart.
    assert keys[1] not in (keys[0], keys[3])


def test_reports_join_through_shared_keys_but_not_through_hubs() -> None:
    reports = pd.Series(["r1", "r1", "r2", "r3", "r4"])
    keys = pd.Series(["k1", "k2", "k2", "k9", None])
    networks = report_networks(reports, keys)
    assert networks["r1"] == networks["r2"] is not None
    assert networks["r3"] is None and networks["r4"] is None  # a network of one is no evidence
    many = pd.Series([f"r{i}" for i in range(300)])
    hub = report_networks(many, pd.Series(["helpline"] * 300))
    assert hub.isna().all()
    assert np.all(hub.index == many)


def test_a_mention_without_network_does_not_fuse_two_networks() -> None:
    from threadline.link.batch import network_clusters

    networks = np.array(["n1", "n2", None, "n1"], dtype=object)
    # Record 2 (no network) links strongly to records of n1 and n2; 0–3 are one person in n1.
    left, right = np.array([2, 2, 0]), np.array([0, 1, 3])
    weights = np.array([9.0, 8.0, 7.0])
    labels, best = network_clusters(networks, left, right, weights, threshold=2.0, max_size=40)
    assert labels.tolist() == [0, 1, 0, 0]
    assert np.isnan(best[1]) and best[2] == 9.0  # a refused link is no accepted link
    # A direct link between two networks' own records is the model's call and is kept.
    labels, _ = network_clusters(networks, np.array([0]), np.array([1]), np.array([5.0]), threshold=2.0,
                                 max_size=40)  # fmt: skip
    assert labels.tolist() == [0, 0, 2, 3]


def test_weak_mentions_do_not_chain_two_full_names_into_one_person() -> None:
    # One network (a shared phone). "Ion Voicu" and "Ioana Simoiu" disagree strongly, but each has
    # weak mentions ("Ion", "I. Voicu" / "Ioana", "I. Simoiu") and the two initials link above the
    # threshold: accepted strongest first, that link would fuse both names into one person.
    voicu = ["Ion Voicu", "Ion Voicu", "Ion", "I. Voicu"]
    names = [*voicu, "Ioana Simoiu", "Ioana Simoiu", "Ioana", "I. Simoiu"]
    rows = []
    for i, name in enumerate(names):
        rows.append({"mention_id": f"p{i}", "report_id": f"r{i}", "kind": "person", "text": name})
        rows.append({"mention_id": f"t{i}", "report_id": f"r{i}", "kind": "phone", "text": "07911 123456"})
    result = link_mentions(pd.DataFrame(rows), threshold=0.5)
    chain = result.explain("p3", "p7")
    assert chain is not None and chain.match_weight >= result.threshold  # the chaining link is there
    entity = result.links.set_index("mention_id")["entity_id"]
    assert entity["p0"] == entity["p1"] == entity["p2"] == entity["p3"]
    assert entity["p4"] == entity["p5"] == entity["p6"] == entity["p7"]
    assert entity["p0"] != entity["p4"]


def test_surname_cannot_link_spares_typos_initials_and_swapped_order() -> None:
    from threadline.link.batch import network_clusters

    networks = np.array(["n1"] * 5, dtype=object)
    given = np.array(["ion", "ion", "ion", "voicu", "ion"], dtype=object)
    surnames = np.array(["voicu", "vociu", "v", "ion", "simoiu"], dtype=object)
    # A chain 0–1–2–3–4: a typo, an initial, the name written surname-first, then another surname.
    left, right = np.array([0, 1, 2, 3]), np.array([1, 2, 3, 4])
    weights = np.array([9.0, 8.0, 7.0, 6.0])
    labels, best = network_clusters(
        networks, left, right, weights, threshold=2.0, max_size=40, surnames=surnames, given_names=given
    )
    assert labels.tolist() == [0, 0, 0, 0, 4]
    assert np.isnan(best[4])
    # Without names the old behaviour: one cluster.
    labels, _ = network_clusters(networks, left, right, weights, threshold=2.0, max_size=40)
    assert labels.tolist() == [0] * 5
