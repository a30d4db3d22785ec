"""An officer's log: its clock times are no counts, and a line that totals the victims may open with
its time. Lines written for these tests (forty-ninth session)."""

from __future__ import annotations

from tests.extract.support import counts_of


def test_a_log_line_total_after_its_clock_time() -> None:
    text = (
        "04:30 Briefing at the station.\n"
        "06:30 Total potential victims of exploitation: 4 (3 x children, 1 x vulnerable adult).\n"
    )
    assert counts_of(text)["victims"] == 4


def test_a_clock_time_is_no_count() -> None:
    text = "05:00 Warrant executed.\n06:45 Women found in back rooms, all referred to NRM.\n"
    assert counts_of(text)["victims"] != 45


def test_a_victims_line_without_time_still_counts() -> None:
    assert counts_of("Number of victims of trafficking: 7\n")["victims"] == 7
