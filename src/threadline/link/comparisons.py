"""Splink comparisons for person and organisation records, with starting m/u values.

Each level carries an expert starting value for m (how often true matches land in it) and u (how
often non-matches do). On large inputs EM and random sampling re-estimate them from the data; on
small inputs (too few records to estimate anything) these values are the model. They are
deliberately conservative: a small list should link only on clearly agreeing evidence.
"""

from __future__ import annotations

from typing import Any

# (level, m, u) triples; the final "else" level takes whatever probability mass is left.
Level = tuple[Any, float, float]


def _comparison(column_name: str, null_column: str, levels: list[Level]) -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    m_rest = max(1e-4, 1.0 - sum(m for _, m, _ in levels))
    u_rest = max(1e-4, 1.0 - sum(u for _, _, u in levels))
    configured = [cll.NullLevel(null_column)]
    configured += [lvl.configure(m_probability=m, u_probability=u) for lvl, m, u in levels]
    configured.append(cll.ElseLevel().configure(m_probability=m_rest, u_probability=u_rest))
    return cl.CustomComparison(comparison_levels=configured, output_column_name=column_name)


def name_comparison(
    column: str,
    canon: str | None = None,
    *,
    swapped_with: str | None = None,
    initials: bool = False,
    tf: bool = True,
    exact_u: float = 0.01,
) -> Any:
    """Names: exact (term-frequency adjusted: 'popescu' is weaker evidence than 'barbulescu'),
    same canonical given name (nicknames), swapped columns, typos, similar, initial only."""
    import splink.comparison_level_library as cll

    levels: list[Level] = [(cll.ExactMatchLevel(column, term_frequency_adjustments=tf), 0.7, exact_u)]
    if canon:
        levels.append(
            (cll.ExactMatchLevel(canon).configure(label_for_charts="same canonical name"), 0.05, 0.002)
        )
    if swapped_with:
        # "Popescu Ion" written surname-first lands in the wrong columns.
        levels.append(
            (
                cll.CustomLevel(
                    f"{column}_l = {swapped_with}_r and {column}_r = {swapped_with}_l",
                    label_for_charts="given name and surname swapped",
                ),
                0.02,
                0.0005,
            )
        )
    levels += [
        (cll.JaroWinklerLevel(column, 0.92), 0.1, 0.01),
        (cll.DamerauLevenshteinLevel(column, 1), 0.04, 0.004),
        (cll.JaroWinklerLevel(column, 0.80), 0.04, 0.05),
    ]
    # "A. Stan" may be the "Sandu Stan" of another report: Sandu is short for Alexandru.
    canon_initial = (
        f" or substr({column}_l, 1, 1) = substr({canon}_r, 1, 1)"
        f" or substr({canon}_l, 1, 1) = substr({column}_r, 1, 1)"
        if canon
        else ""
    )
    if initials:
        levels.append(
            (
                cll.CustomLevel(
                    f"(length({column}_l) = 1 or length({column}_r) = 1) "
                    f"and (substr({column}_l, 1, 1) = substr({column}_r, 1, 1){canon_initial})",
                    label_for_charts="initial matches",
                ),
                0.02,
                0.04,
            )
        )
    return _comparison(column, column, levels)


def birth_comparison(has_dob: bool) -> Any:
    """Date of birth where known, else birth year from an age (ages in reports are estimates)."""
    import splink.comparison_level_library as cll

    levels: list[Level] = []
    if has_dob:
        levels += [
            (cll.ExactMatchLevel("dob"), 0.75, 0.0005),
            (
                cll.CustomLevel(
                    "damerau_levenshtein(dob_l, dob_r) <= 1", label_for_charts="dob one typo apart"
                ),
                0.06,
                0.003,
            ),
            # Day and month agree, year differs: a mistyped or misheard year.
            (
                cll.CustomLevel(
                    "substr(dob_l, 6, 5) = substr(dob_r, 6, 5)", label_for_charts="same day and month"
                ),
                0.03,
                0.002,
            ),
            (
                cll.CustomLevel(
                    "damerau_levenshtein(dob_l, dob_r) <= 2", label_for_charts="dob two typos apart"
                ),
                0.03,
                0.01,
            ),
        ]
    levels += [
        (
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 1", label_for_charts="born ±1 year"),
            0.05 if has_dob else 0.8,
            0.03,
        ),
        (
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 5", label_for_charts="born ±5 years"),
            0.03 if has_dob else 0.15,
            0.12,
        ),
    ]
    return _comparison("birth", "birth_year", levels)


def postcode_comparison(*, tf: bool = True) -> Any:
    import splink.comparison_level_library as cll

    return _comparison(
        "postcode",
        "postcode",
        [
            (cll.ExactMatchLevel("postcode", term_frequency_adjustments=tf), 0.8, 0.001),
            (cll.CustomLevel("outward_l = outward_r", label_for_charts="same postcode district"), 0.1, 0.01),
            (cll.DamerauLevenshteinLevel("postcode", 1), 0.03, 0.005),
        ],
    )


def fuzzy_text_comparison(column: str, *, tf: bool = True) -> Any:
    """Exact (with term frequencies) / one typo / similar / different: towns and the like."""
    import splink.comparison_level_library as cll

    return _comparison(
        column,
        column,
        [
            (cll.ExactMatchLevel(column, term_frequency_adjustments=tf), 0.85, 0.05),
            (cll.DamerauLevenshteinLevel(column, 1), 0.05, 0.005),
            (cll.JaroWinklerLevel(column, 0.88), 0.04, 0.01),
        ],
    )


def email_comparison() -> Any:
    import splink.comparison_level_library as cll

    return _comparison(
        "email",
        "email",
        [
            (cll.ExactMatchLevel("email"), 0.7, 0.0001),
            (
                cll.CustomLevel(
                    "split_part(email_l, '@', 1) = split_part(email_r, '@', 1)",
                    label_for_charts="same user name",
                ),
                0.1,
                0.001,
            ),
            (cll.DamerauLevenshteinLevel("email", 2), 0.05, 0.0005),
            (cll.JaroWinklerLevel("email", 0.88), 0.05, 0.005),
        ],
    )


# Term-frequency adjustments need a sizeable list: in ten records a name seen twice looks "common".
# Exact-only comparisons: (m, u) for agreement, and whether term frequencies apply.
EXACT_PRIORS: dict[str, tuple[float, float, bool]] = {
    "nationality": (0.95, 0.3, True),
    "gender": (0.97, 0.5, False),
    "phone": (0.6, 0.0001, False),
    "address_key": (0.5, 0.0005, False),
}


def exact_comparison(column: str, *, tf: bool = True) -> Any:
    import splink.comparison_level_library as cll

    m, u, column_tf = EXACT_PRIORS[column]
    tf = tf and column_tf
    return _comparison(
        column,
        column,
        [
            (cll.ExactMatchLevel(column, term_frequency_adjustments=tf), m, u),
        ],
    )
