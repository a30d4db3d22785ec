"""Union-find's one subtle step, written once: the root of an item, compressing the path behind it."""

from __future__ import annotations

from collections.abc import MutableSequence


def find_root(parent: MutableSequence[int], item: int) -> int:
    """The root of `item` in the forest `parent` (parent[root] == root). Every item on the way is
    pointed straight at the root, so later look-ups are near constant time."""
    root = item
    while parent[root] != root:
        root = parent[root]
    while parent[item] != root:
        parent[item], item = root, parent[item]
    return root
