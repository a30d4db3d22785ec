"""Accuracy of a clustering against known truth: B-cubed and pairwise precision/recall/F1.

Used by tests and benchmarks (and by analysts checking a model on a hand-labelled sample).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def bcubed(predicted: Mapping[str, object], truth: Mapping[str, object]) -> Scores:
    """B-cubed precision/recall over the items present in both mappings (item → cluster label).

    Per item: precision = share of its predicted cluster that truly belongs with it; recall = share
    of its true cluster that was put with it. Computed from cluster-overlap counts, so it is linear
    in the number of items.
    """
    items = [i for i in predicted if i in truth]
    if not items:
        return Scores(0.0, 0.0)
    overlap = Counter((predicted[i], truth[i]) for i in items)
    pred_size = Counter(predicted[i] for i in items)
    true_size = Counter(truth[i] for i in items)
    precision = sum(n * n / pred_size[p] for (p, _t), n in overlap.items()) / len(items)
    recall = sum(n * n / true_size[t] for (_p, t), n in overlap.items()) / len(items)
    return Scores(precision, recall)


def pairwise(predicted: Mapping[str, object], truth: Mapping[str, object]) -> Scores:
    """Pairwise precision/recall: over all pairs of items placed together (predicted) or truly
    together (truth)."""
    items = [i for i in predicted if i in truth]
    overlap = Counter((predicted[i], truth[i]) for i in items)
    pred_size = Counter(predicted[i] for i in items)
    true_size = Counter(truth[i] for i in items)

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both, pred_pairs, true_pairs = pairs(overlap), pairs(pred_size), pairs(true_size)
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return Scores(precision, recall)
