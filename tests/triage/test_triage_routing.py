from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from threadline.errors import ConfigurationError, ThreadlineError
from threadline.triage.routing import PACKS_DIR, known_jurisdictions, load_jurisdiction, route
from threadline.triage.service import triage_document

EXPECTED_NUMBERS = {
    "GB": {
        "emergency": "999",
        "police": "101",
        "helpline": "08000 121 700",
        "victim_support": "0800 808 3733",
        "anonymous": "0800 555 111",
    },
    "US": {"emergency": "911", "helpline": "1-888-373-7888"},
    "RO": {"emergency": "112", "helpline": "0800 800 678", "childrens_services": "119"},
}


def channels(flags: set[str], code: str = "GB") -> list[str]:
    return [r.channel for r in route(flags, code)]


@pytest.mark.parametrize("code", ["GB", "RO", "US"])
def test_verified_numbers(code: str) -> None:
    pack = load_jurisdiction(code)
    for channel, number in EXPECTED_NUMBERS[code].items():
        assert pack.channels[channel].number == number
    assert pack.channels["helpline"].source.startswith("http")


def test_us_hotline_text_number() -> None:
    assert load_jurisdiction("US").channels["helpline"].text == "233733"


def test_danger_goes_to_emergency_first_everywhere() -> None:
    for code in known_jurisdictions():
        assert channels({"immediate_danger", "anonymity_requested", "labour"}, code)[0] == ("emergency")


def test_child_without_danger_goes_to_police_and_childrens_services() -> None:
    assert channels({"child"}) == ["police", "childrens_services", "helpline"]


def test_child_in_danger_does_not_repeat_police() -> None:
    assert channels({"child", "immediate_danger"}) == ["emergency", "childrens_services", "helpline"]


def test_support_and_anonymity() -> None:
    assert channels({"victim_seeking_support"}) == ["victim_support", "helpline"]
    assert channels({"anonymity_requested"}) == ["anonymous", "helpline"]


def test_labour_adds_the_inspectorate_after_the_helpline() -> None:
    assert channels({"labour"}) == ["helpline", "labour_inspectorate"]


def test_nothing_found_still_reaches_the_helpline() -> None:
    for code in known_jurisdictions():
        assert channels(set(), code) == ["helpline"]


def test_missing_channels_fall_back_and_say_so() -> None:
    routes = route({"child", "anonymity_requested"}, "RO")
    assert [r.channel for r in routes] == ["emergency", "childrens_services", "helpline"]
    assert routes[0].requested == "police"
    assert "no police line" in routes[0].why


def test_aliases_and_case() -> None:
    assert load_jurisdiction("uk").code == "GB"
    assert load_jurisdiction(" us ").code == "US"
    assert load_jurisdiction("usa").code == "US"


def test_unknown_jurisdiction_lists_the_known_ones() -> None:
    with pytest.raises(ThreadlineError) as info:
        triage_document("Someone is locked in.", jurisdiction="FR")
    assert "unknown jurisdiction 'FR'" in info.value.message
    assert "GB, RO, US" in info.value.message
    with pytest.raises(ThreadlineError, match="unknown jurisdiction"):
        route(set(), "")


def test_unknown_flag_is_an_error_not_a_silent_route() -> None:
    with pytest.raises(ThreadlineError, match="unknown triage flag"):
        route({"immediate-danger"})


def test_a_new_jurisdiction_is_a_new_file(tmp_path: Path) -> None:
    for pack in PACKS_DIR.glob("*.toml"):
        shutil.copy(pack, tmp_path)
    (tmp_path / "IE.toml").write_text(
        'code = "IE"\nname = "Ireland"\n'
        '[[channel]]\nchannel = "emergency"\nname = "Emergency"\nnumber = "112"\n'
        '[[channel]]\nchannel = "helpline"\nname = "Test helpline"\nnumber = "000"\n',
        encoding="utf-8",
    )
    assert "IE" in known_jurisdictions(tmp_path)
    routes = route({"child", "labour"}, "IE", packs_dir=tmp_path)
    # No police, children's services or inspectorate in this pack: defaults carry the report
    # to real doors, never to nowhere.
    assert [r.channel for r in routes] == ["emergency", "helpline"]


def test_a_pack_without_an_emergency_number_is_refused(tmp_path: Path) -> None:
    (tmp_path / "XX.toml").write_text(
        'code = "XX"\nname = "Nowhere"\n[[channel]]\nchannel = "helpline"\nname = "H"\nnumber = "1"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigurationError, match="emergency"):
        load_jurisdiction("XX", packs_dir=tmp_path)


def test_json_shape() -> None:
    result = triage_document("A 15-year-old is locked in tonight.", jurisdiction="US")
    assert set(result) == {"jurisdiction", "score", "urgent", "reasons", "routes"}
    assert result["jurisdiction"] == "US"
    assert all(set(r) == {"channel", "name", "contact"} for r in result["routes"])
    assert all(set(r) == {"code", "text", "evidence"} for r in result["reasons"])
    assert result["routes"][0] == {"channel": "emergency", "name": "Emergency services", "contact": "911"}


def test_reporter_choices_from_intake() -> None:
    result = triage_document("The workers sleep in the van.", anonymity="anonymous")
    assert result["routes"][0]["channel"] == "anonymous"
    result = triage_document("The workers sleep in the van.", wants_support=True)
    assert result["routes"][0]["channel"] == "victim_support"
    with pytest.raises(ThreadlineError, match="unknown anonymity"):
        triage_document("text", anonymity="secret")


def test_empty_text_is_refused() -> None:
    with pytest.raises(ThreadlineError, match="empty"):
        triage_document("   ")
