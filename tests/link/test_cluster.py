from __future__ import annotations

import numpy as np

from threadline.link.cluster import capped_clusters, choose_threshold
from threadline.link.evaluate import bcubed, pairwise


def test_capped_clusters_prefer_strong_links() -> None:
    edges = [("a", "b", 20.0), ("b", "c", 19.0), ("c", "d", 3.0), ("d", "e", 18.0)]
    assignment, best = capped_clusters("abcde", edges, threshold=2.0, max_size=3)
    assert assignment["a"] == assignment["b"] == assignment["c"]
    assert assignment["d"] == assignment["e"] != assignment["a"]
    assert best["a"] == 20.0


def test_threshold_finds_the_valley() -> None:
    rng = np.random.default_rng(0)
    weights = np.concatenate([rng.normal(-2, 1.5, 5000), rng.normal(12, 2.5, 2000)])
    assert 3.0 <= choose_threshold(weights) <= 8.0
    assert choose_threshold([1.0, 2.0]) == 6.0  # too few pairs: the fallback


def test_metrics() -> None:
    truth = {"1": "A", "2": "A", "3": "B", "4": "B"}
    assert bcubed(truth, truth).f1 == 1.0
    lumped = dict.fromkeys(truth, "X")
    assert bcubed(lumped, truth).precision == 0.5 and bcubed(lumped, truth).recall == 1.0
    assert pairwise(lumped, truth).precision == 2 / 6
