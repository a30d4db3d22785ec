"""From scored pairs to clusters: a threshold chosen without labels, and capped clustering so a
chain of look-alikes cannot grow into one giant "person"."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

from threadline.link.unionfind import find_root


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
    With no hump above the floor (scores thin out steadily) the floor itself is used: weight 2 is
    4:1 odds of a match by the model's own reckoning. Too few pairs to see a shape → `fallback`
    (weight 6, about 98.5 % match probability, because small lists train nothing).
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
    upper = np.where((centres >= floor) & (centres <= ceiling + 10))[0]
    if upper.size == 0:
        return fallback
    # The valley lies left of the matches' hump; empty bins in the far tail are no valley.
    peak = upper[np.argmax(smooth[upper])]
    candidates = np.where((centres >= floor) & (centres <= min(ceiling, centres[peak])))[0]
    if candidates.size == 0:
        return float(floor)
    best = candidates[np.argmin(smooth[candidates])]
    # On a plateau of equally empty bins take its middle, not its left edge.
    ties = candidates[smooth[candidates] == smooth[best]]
    return float(round(centres[ties[len(ties) // 2]], 2))


def capped_cluster_labels(
    n: int,
    left: np.ndarray,
    right: np.ndarray,
    weights: np.ndarray,
    *,
    threshold: float,
    max_size: int,
) -> tuple[np.ndarray, np.ndarray]:
    """The array form of `capped_clusters`: items are 0..n-1, edges are index arrays.

    Returns (label per item: the smallest item index of its cluster; strongest accepted link
    weight per item, NaN when none).
    """
    keep = weights >= threshold
    left, right, weights = left[keep], right[keep], weights[keep]
    # Strongest first; ties broken by indices so the result does not depend on input order.
    order = np.lexsort((right, left, -weights))
    parent = list(range(n))
    size = [1] * n
    best = np.full(n, np.nan)

    for a, b, w in zip(left[order].tolist(), right[order].tolist(), weights[order].tolist(), strict=True):
        ra, rb = find_root(parent, a), find_root(parent, b)
        if ra != rb:
            if size[ra] + size[rb] > max_size:
                continue  # this merge would make a look-alike chain: refuse it
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
        # Edges come strongest first, so the first accepted weight of an item is its best.
        if np.isnan(best[a]):
            best[a] = w
        if np.isnan(best[b]):
            best[b] = w
    roots = np.fromiter((find_root(parent, i) for i in range(n)), dtype=np.int64, count=n)
    smallest: dict[int, int] = {}
    for i, r in enumerate(roots.tolist()):
        smallest.setdefault(r, i)
    labels = np.fromiter((smallest[r] for r in roots.tolist()), dtype=np.int64, count=n)
    return labels, best


def capped_clusters(
    ids: Iterable[str],
    edges: Iterable[tuple[str, str, float]],
    *,
    threshold: float,
    max_size: int,
) -> tuple[dict[str, str], dict[str, float]]:
    """Cluster ids by links at or above `threshold`, strongest links first, refusing any merge that
    would make a cluster larger than `max_size`.

    Returns (id → cluster id, the smallest member id; id → weight of the strongest accepted link
    touching it, for ids with one).
    """
    edge_list = list(edges)
    names = sorted(set(ids) | {x for a, b, _ in edge_list for x in (a, b)})
    index = {name: i for i, name in enumerate(names)}
    left = np.array([index[a] for a, _, _ in edge_list], dtype=np.int64)
    right = np.array([index[b] for _, b, _ in edge_list], dtype=np.int64)
    weights = np.array([w for _, _, w in edge_list], dtype=float)
    labels, best = capped_cluster_labels(
        len(names), left, right, weights, threshold=threshold, max_size=max_size
    )
    assignment = {name: names[labels[i]] for i, name in enumerate(names)}
    strongest = {name: float(best[i]) for i, name in enumerate(names) if not np.isnan(best[i])}
    return assignment, strongest
