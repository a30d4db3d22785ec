"""Keyed mentions in bulk: phones, e-mails, vehicles and addresses to entity keys, and reports to
the networks their shared keys reveal.

Each distinct surface text is parsed once (a million mentions repeat a few hundred thousand
spellings). Addresses need more than one key: "14 Oak Rd, NW9", "14 Oak Road, London NW9 5HX" and
"flat 2, 14 Oak Road, London" are one place, but only some spellings carry the postcode district.
A spelling without it joins the district its number and street are seen with elsewhere in the same
data, when that district is the only one (and, if its town has been seen with districts, one of
those): a gazetteer learned from the mentions themselves. When several districts remain, the one
that the report's network (its other phones, vans, addresses) also names settles it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import numpy as np
import pandas as pd

from threadline.link.keys import Address, email_key, parse_address, phone_key, plate_key
from threadline.link.unionfind import find_root

KEY_FUNCTIONS: dict[str, Callable[[str], str | None]] = {
    "phone": lambda text: phone_key(text),
    "email": email_key,
    "vehicle": plate_key,
}
KEYED_KINDS = frozenset({*KEY_FUNCTIONS, "address"})
# A key named in more reports than this is a hub (a helpline number, a job centre's address), not a
# network's own: it must not join networks. Scaled with the data: max(HUB_MIN, HUB_SHARE × reports).
HUB_MIN = 200
HUB_SHARE = 0.001


def entity_keys(kinds: pd.Series, texts: pd.Series, report_ids: pd.Series | None = None) -> pd.Series:
    """The deterministic key of each keyed mention (None when it cannot be trusted).

    With `report_ids`, an address whose district is ambiguous (its number and street are seen in
    several districts) takes the one candidate that its report's network also names, if exactly one.
    """
    keys = pd.Series([None] * len(texts), index=texts.index, dtype=object)
    for kind, func in KEY_FUNCTIONS.items():
        mask = (kinds == kind).to_numpy()
        if mask.any():
            keys[mask] = _map_unique(texts[mask], func)
    mask = (kinds == "address").to_numpy()
    if mask.any():
        table, candidates = _address_table(texts[mask])
        keys[mask] = texts[mask].map(table)
        if report_ids is not None and candidates:
            keys = _settle_by_network(keys, texts, mask, report_ids, candidates)
    return keys


def _settle_by_network(
    keys: pd.Series,
    texts: pd.Series,
    is_address: np.ndarray,
    report_ids: pd.Series,
    candidates: dict[str, tuple[str, ...]],
) -> pd.Series:
    networks = report_networks(report_ids, keys)
    network = networks.reindex(report_ids).to_numpy()
    named = set(zip(network[pd.notna(network)], keys.to_numpy()[pd.notna(network)], strict=True))
    settled = keys.copy()
    for i in np.flatnonzero(is_address & texts.isin(list(candidates)).to_numpy()):
        if network[i] is None:
            continue
        options = [c for c in candidates[texts.iat[i]] if (network[i], c) in named]
        if len(options) == 1:
            settled.iat[i] = options[0]
    return settled


def _map_unique(texts: pd.Series, func: Callable[[str], str | None]) -> pd.Series:
    table = {text: func(text) for text in texts.dropna().unique()}
    return texts.map(table)


def address_keys(texts: pd.Series) -> pd.Series:
    """'addr:number|street|district' for each address text; see the module docstring."""
    table, _ = _address_table(texts)
    return texts.map(table)


def _address_table(texts: pd.Series) -> tuple[dict[str, str | None], dict[str, tuple[str, ...]]]:
    """Key per distinct text, and for texts whose district stays ambiguous, the candidate keys."""
    parsed = {text: parse_address(text) for text in texts.dropna().unique()}
    usable = {t: a for t, a in parsed.items() if a.house_number and a.street}
    districts_of_base: dict[str, set[str]] = defaultdict(set)
    districts_of_town: dict[str, set[str]] = defaultdict(set)
    for a in usable.values():
        if a.outward:
            districts_of_base[_base(a)].add(a.outward)
            if a.town:
                districts_of_town[a.town].add(a.outward)
    table: dict[str, str | None] = {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    for text, a in usable.items():
        area = a.outward
        if not area:
            options = set(districts_of_base.get(_base(a), ()))
            if a.town in districts_of_town:
                options &= districts_of_town[a.town]
            area = next(iter(options)) if len(options) == 1 else (a.town or a.postcode)
            if len(options) > 1:
                ambiguous[text] = tuple(sorted(f"addr:{_base(a)}|{o}" for o in options))
        table[text] = f"addr:{_base(a)}|{area}" if area else None
    return table, ambiguous


def _base(a: Address) -> str:
    return f"{a.house_number}|{a.street}"


def report_networks(report_ids: pd.Series, keys: pd.Series) -> pd.Series:
    """Report id → network id: reports joined (transitively) by the keys they share.

    A network of one report carries no evidence and gets None. Hub keys (see HUB_MIN) are ignored.
    """
    pairs = pd.DataFrame({"report": report_ids.to_numpy(), "key": keys.to_numpy()}).dropna()
    pairs = pairs.drop_duplicates()
    reports = pd.Index(pd.unique(report_ids.dropna()))
    if pairs.empty:
        return pd.Series([None] * len(reports), index=reports, dtype=object)
    per_key = pairs.groupby("key")["report"].transform("size")
    hub_limit = max(HUB_MIN, int(HUB_SHARE * len(reports)))
    pairs = pairs[per_key <= hub_limit]
    r = reports.get_indexer(pairs["report"])
    k_codes, _ = pd.factorize(pairs["key"])
    labels = _components(len(reports), r, k_codes)
    sizes = np.bincount(labels, minlength=len(reports))
    names = np.array([f"net:{reports[i]}" for i in range(len(reports))], dtype=object)
    network = names[labels]
    network[sizes[labels] < 2] = None
    return pd.Series(network, index=reports, dtype=object)


def _components(n: int, report_index: np.ndarray, key_codes: np.ndarray) -> np.ndarray:
    """Connected components of reports through shared keys; label = smallest report index."""
    # Link every report naming a key to the first report naming it, then take components.
    first = pd.Series(report_index).groupby(key_codes).transform("min").to_numpy()
    parent = np.arange(n)

    for a, b in zip(report_index.tolist(), first.tolist(), strict=True):
        ra, rb = find_root(parent, a), find_root(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.fromiter((find_root(parent, i) for i in range(n)), dtype=np.int64, count=n)
