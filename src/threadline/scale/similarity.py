"""String similarities on Spark that give exactly DuckDB's values.

Splink's jar computes Jaro(-Winkler) differently from DuckDB: it counts half-transpositions as a
fraction (t = 3/2) where DuckDB rounds down (t = 1), so 'tayrlor'/'taylor' scores 0.908 on Spark and
0.928 on DuckDB and lands in another comparison level (measured: docs/decisions.md). Spark therefore
gets vectorised UDFs, under the names Splink's Spark SQL calls, that follow DuckDB's definitions:
Jaro-Winkler with DuckDB's matching window, whole transpositions, prefix of at most 4 boosted only
above 0.7, and its floating-point rounding (DuckDB's build fuses the boost's multiply-add into one
rounding; the last bit decides levels whose threshold is hit exactly, e.g. 0.805 vs 0.8049999999999999);
Damerau-Levenshtein (unrestricted, as DuckDB's) from rapidfuzz. Both on code points.
"""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd

PREFIX_WEIGHT = 0.1


def jaro_winkler_similarity(p: str, t: str, *, fused: bool = True) -> float:
    """DuckDB's `jaro_winkler_similarity(p, t)` (no score cut-off); `fused`: see `duckdb_fuses_boost`."""
    p_len, t_len = len(p), len(t)
    if not p_len or not t_len:
        return 0.0
    prefix = 0
    for a, b in zip(p[:4], t[:4], strict=False):
        if a != b:
            break
        prefix += 1
    sim = _jaro(p, t, p_len, t_len)
    if sim > 0.7 and prefix:
        return _boost(sim, prefix, fused)
    return sim


def _boost(sim: float, prefix: int, fused: bool) -> float:
    if fused:  # a*b + c rounded once, as a fused multiply-add does (Python 3.12 has no math.fma)
        return float(Fraction(prefix * PREFIX_WEIGHT) * Fraction(1.0 - sim) + Fraction(sim))
    return sim + prefix * PREFIX_WEIGHT * (1.0 - sim)


@functools.cache
def duckdb_fuses_boost() -> bool:
    """Whether this DuckDB build rounds the Winkler boost once (fused) or twice; probed, not assumed,
    because it depends on how DuckDB was compiled for this machine."""
    import duckdb

    probe = ("evans", "enas")  # the two roundings differ here in the last bit
    value = duckdb.connect().execute("select jaro_winkler_similarity(?, ?)", list(probe)).fetchone()
    return bool(value and value[0] == jaro_winkler_similarity(*probe, fused=True))


def _jaro(p: str, t: str, p_len: int, t_len: int) -> float:
    if p_len == 1 and t_len == 1:
        return float(p == t)
    bound = max(p_len, t_len) // 2 - 1
    p_used = [False] * p_len
    t_matched: list[str] = []
    for j, ch in enumerate(t):
        # The first unused equal character of p within the window around j.
        for i in range(max(0, j - bound), min(p_len, j + bound + 1)):
            if not p_used[i] and p[i] == ch:
                p_used[i] = True
                t_matched.append(ch)
                break
    common = len(t_matched)
    if not common:
        return 0.0
    p_matched = [p[i] for i in range(p_len) if p_used[i]]
    transpositions = sum(a != b for a, b in zip(t_matched, p_matched, strict=True)) // 2
    sim = 0.0
    sim += common / p_len
    sim += common / t_len
    sim += (common - transpositions) / common
    return sim / 3.0


def _pairwise(left: pd.Series, right: pd.Series, func: Any, dtype: str) -> pd.Series:
    out = pd.Series(pd.NA, index=left.index, dtype=dtype)
    both = left.notna() & right.notna()
    if both.any():
        # Nulls in, null out (as in SQL); NaN would not do: Spark orders NaN above every number.
        out[both] = func(left[both].tolist(), right[both].tolist())
    return out


def jaro_winkler(left: pd.Series, right: pd.Series, *, fused: bool = True) -> pd.Series:
    def many(a: list[str], b: list[str]) -> np.ndarray:
        values = (jaro_winkler_similarity(x, y, fused=fused) for x, y in zip(a, b, strict=True))
        return np.fromiter(values, dtype=np.float64, count=len(a))

    return _pairwise(left, right, many, "Float64")


def damerau_levenshtein(left: pd.Series, right: pd.Series) -> pd.Series:
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import cpdist

    def many(a: list[str], b: list[str]) -> np.ndarray:
        return cpdist(a, b, scorer=DamerauLevenshtein.distance, dtype=np.int64)

    return _pairwise(left, right, many, "Int64")


def register_duckdb_compatible_functions(session: Any) -> None:
    """Register (over the jar's) the functions Splink's Spark SQL calls for these similarities."""
    from pyspark.sql.functions import pandas_udf

    fused = duckdb_fuses_boost()  # probed on the driver; workers get the answer in the closure

    def jw(left: pd.Series, right: pd.Series) -> pd.Series:
        return jaro_winkler(left, right, fused=fused)

    session.udf.register("jaro_winkler", pandas_udf(jw, "double"))  # type: ignore[call-overload]
    session.udf.register(
        "damerau_levenshtein",
        pandas_udf(damerau_levenshtein, "long"),  # type: ignore[call-overload]
    )
