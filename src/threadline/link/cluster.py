"""From scored pairs to clusters: a threshold chosen without labels, and capped clustering so a
chain of look-alikes cannot grow into one giant "person"."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np


def choose_threshold(
    weights: Sequence[float] | np.ndarray,
    *,
    floor: float = 2.0,
    ceiling: float = 12.0,
    fallback: float = 6.0,
) -> float:
    """A match-weight threshold from the shape of the score distribution alone (no labels).

    Scored pairs form two humps: the many non-matches that got through blocking (low weights)
    and the matches (high weights). We take the emptiest point of the histogram between the two
    humps, restricted to [floor, ceiling] so a freak distribution cannot pick something absurd.
    Too few pairs to see a shape → `fallback` (about 98.5 % match probability).
    """
    values = np.asarray(weights, dtype=float)
    values = values[np.isfinite(values)]
    if values.size < 50:
        return fallback
    bins = np.arange(math.floor(values.min()), math.ceil(values.max()) + 1.0, 0.5)
    if bins.size < 4:
        return fallback
    counts, edges = np.histogram(values, bins=bins)
    # Light smoothing so a single sparse bin is not mistaken for the valley.
    smooth = np.convolve(counts, np.ones(3) / 3, mode="same")
    centres = (edges[:-1] + edges[1:]) / 2
    window = (centres >= floor) & (centres <= ceiling)
    if not window.any():
        return fallback
    candidates = np.where(window)[0]
    best = candidates[np.argmin(smooth[candidates])]
    # On a plateau of equally empty bins take its middle, not its left edge.
    ties = candidates[smooth[candidates] == smooth[best]]
    return float(round(centres[ties[len(ties) // 2]], 2))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}

    def add(self, item: str) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.size[item] = 1

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra


def capped_clusters(
    ids: Iterable[str],
    edges: Iterable[tuple[str, str, float]],
    *,
    threshold: float,
    max_size: int,
    weights: dict[str, int] | None = None,
) -> tuple[dict[str, str], dict[str, float]]:
    """Cluster ids by links at or above `threshold`, strongest links first, refusing any merge that
    would make a cluster larger than `max_size`.

    `weights` gives how many records an id stands for (exact duplicates collapsed beforehand);
    they count towards the cap only once, because identical records cannot be look-alikes.
    Returns (id → cluster id, id → weight of the strongest accepted link touching it).
    """
    uf = _UnionFind()
    for item in ids:
        uf.add(item)
    del weights  # identical records share one representative; the cap counts representatives
    best: dict[str, float] = {}
    strong = [(w, a, b) for a, b, w in edges if w >= threshold]
    # Strongest first; ties broken by ids so the result does not depend on input order.
    strong.sort(key=lambda t: (-t[0], t[1], t[2]))
    for w, a, b in strong:
        uf.add(a)
        uf.add(b)
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb:
            if uf.size[ra] + uf.size[rb] > max_size:
                continue
            uf.union(ra, rb)
        best[a] = max(best.get(a, -math.inf), w)
        best[b] = max(best.get(b, -math.inf), w)
    roots: dict[str, str] = {}
    assignment: dict[str, str] = {}
    for item in sorted(uf.parent):
        root = uf.find(item)
        # Name a cluster after its smallest member id, so ids are stable across runs.
        assignment[item] = roots.setdefault(root, item)
    return assignment, best
