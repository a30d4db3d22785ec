"""Near-duplicate texts: the same tip sent twice, an ad template reposted with a new phone number.

MinHash over character shingles (not words), so it works the same for English, Romanian or any
script, and survives typos; LSH finds candidate pairs without comparing every text to every other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from threadline.link.names import fold

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w#]+")
# Numbers, e-mails and links vary between copies of one template; blank them so the template shows.
_VARIABLE = re.compile(r"\S+@\S+|https?://\S+|\+?\d[\d\s().\-]{5,}\d|\d+")


def shingles(text: str, k: int = 5, *, mask_variables: bool = True) -> set[str]:
    """Character k-grams of the folded, space-normalised text."""
    value = fold(text)
    if mask_variables:
        value = _VARIABLE.sub("#", value)
    # Punctuation is noise between copies ("sună acum!" / "suna acum,"); keep letters, digits, #.
    value = _PUNCT.sub(" ", value)
    value = _SPACE.sub(" ", value).strip()
    if len(value) <= k:
        return {value} if value else set()
    return {value[i : i + k] for i in range(len(value) - k + 1)}


def minhash(text: str, *, num_perm: int = 128, k: int = 5, seed: int = 1) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=seed)
    for shingle in shingles(text, k):
        m.update(shingle.encode("utf-8"))
    return m


@dataclass(frozen=True)
class NearDuplicate:
    left: str
    right: str
    similarity: float  # estimated Jaccard similarity of the shingle sets


class NearDuplicateIndex:
    """Incremental: add texts one at a time and ask for the near duplicates of any text."""

    def __init__(self, *, threshold: float = 0.7, num_perm: int = 128, k: int = 5) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.k = k
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, key: str, text: str) -> list[NearDuplicate]:
        """Index `text` under `key`; returns the already-indexed texts it nearly duplicates."""
        m = minhash(text, num_perm=self.num_perm, k=self.k)
        found = self._matches(key, m)
        if key not in self._hashes:
            self._lsh.insert(key, m)
            self._hashes[key] = m
        return found

    def query(self, text: str) -> list[NearDuplicate]:
        return self._matches(None, minhash(text, num_perm=self.num_perm, k=self.k))

    def _matches(self, key: str | None, m: MinHash) -> list[NearDuplicate]:
        out = []
        for other in self._lsh.query(m):
            if other == key:
                continue
            similarity = m.jaccard(self._hashes[other])
            # LSH is a filter with false positives; keep only those really over the threshold.
            if similarity >= self.threshold:
                out.append(NearDuplicate(key or "", other, round(similarity, 3)))
        return sorted(out, key=lambda d: (-d.similarity, d.right))


def near_duplicate_groups(
    texts: Mapping[str, str] | Iterable[tuple[str, str]], *, threshold: float = 0.7
) -> list[list[str]]:
    """Groups (connected components) of near-duplicate texts, largest first; singletons omitted."""
    items = texts.items() if isinstance(texts, Mapping) else texts
    index = NearDuplicateIndex(threshold=threshold)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, text in items:
        parent.setdefault(key, key)
        for dup in index.add(key, text):
            parent[find(key)] = find(dup.right)
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
