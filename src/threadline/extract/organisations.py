"""Organisations: which agencies, courts and NGOs a text names, and whether they act in the case.

An organisation counts as an agency when our lexicon knows it or its name says what it is
("… Police Service", "… Crown Court", "Anti-Human Trafficking Unit"). Companies, media and the
helplines of "how to report" advice are kept as organisations but never as acting agencies.
"""

from __future__ import annotations

import re

from threadline.extract.lexicon import agency_by_key, strip_accents
from threadline.extract.types import Mention

_INSTITUTION = re.compile(
    r"\b(?:police|policia|polizei|politia|poliția|constabulary|gendarmerie|gendarmerie|carabinieri"
    r"|guard|army|navy|military|armed forces|court|tribunal|tribunalul|judecatoria|judecătoria"
    r"|curtea|parchetul|prosecut\w*|attorney|attorney-general|procurator\w*|agency|agentia|agenția"
    r"|service|bureau|department|ministry|ministerul|office|unit|directorate|directia|direcția"
    r"|council|commission|authority|force|investigations?|enforcement|task ?force|inspectorate"
    r"|inspectoratul|brigade|brigada|squad|division|immigration|customs|border|interior"
    r"|home office|sheriff|marshals?|gardaí|garda|charity|foundation|mission|trust|salvation"
    r"|ngo|fundatia|fundația|asociatia|asociația)\b",
    re.IGNORECASE,
)
_COMPANY = re.compile(
    r"\b(?:llc|ltd|inc|plc|limited|gmbh|srl|s\.r\.l|corp|corporation|company|harvesting"
    r"|holdings|news|times|post|tv|radio|press|media|twitter|facebook|instagram|tiktok"
    r"|whatsapp|google|youtube)\b",
    re.IGNORECASE,
)
_HELPLINE_KINDS = {"helpline"}
# Advice and contact sentences name organisations that do not act in the case.
_ADVICE = re.compile(
    r"\b(?:helpline|hotline|call|ring|dial|contact|report (?:it|a|this|concerns?)|anonymously"
    r"|if you|sunați|sunati|apelati|apelați)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:['’]s?|\s*\(\s*)$")
ACRONYM = re.compile(
    r"((?:[A-Z][\w’'&.-]*|of|for|the|and|against|in|on|de|a|al|pentru|împotriva|si|și)"
    r"(?:\s+(?:[A-Z][\w’'&.-]*|of|for|the|and|against|in|on|de|a|al|pentru|împotriva|si|și)){1,12})"
    r"\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)"
)


def clean_org(raw: str) -> str:
    # a name never runs over a line break: what follows is the next line's text
    name = raw.strip().split("\n")[0]
    name = " ".join(name.split())
    name = _LEADING.sub("", name)
    name = _TRAILING.sub("", name).strip(' ,.;:"“”‘’()')
    # an unbalanced bracket left by the NER ("National Bureau of Investigation (NBI")
    if name.count("(") != name.count(")"):
        name = name.split("(")[0].strip()
    return name


def lexicon_entry(name: str):  # noqa: ANN201 - returns lexicon.Agency | None
    return agency_by_key().get(strip_accents(clean_org(name)))


def org_kind(name: str) -> str | None:
    """What an organisation is (police, court, ngo, …) or None when it is not an agency."""
    entry = lexicon_entry(name)
    if entry is not None:
        return entry.kind
    if _COMPANY.search(name):
        return None
    if _INSTITUTION.search(name):
        return "agency"
    return None


def acronyms(text: str) -> dict[str, str]:
    """ACR → "Long Name (ACR)" for every "Long Name (ACR)" the text spells out."""
    found: dict[str, str] = {}
    for match in ACRONYM.finditer(text):
        long_name = _LEADING.sub("", match.group(1)).strip()
        acr = match.group(2)
        initials = "".join(w[0] for w in long_name.split() if w[0].isupper())
        # keep only pairs whose initials fit: "(NBI)" after "National Bureau of Investigation"
        if acr[0] == initials[:1] or acr.upper() in initials:
            found[acr] = f"{long_name} ({acr})"
    return found


def organisation(
    text: str,
    span: tuple[int, int],
    raw: str,
    *,
    extractor: str,
    boilerplate: bool,
    sentence: str,
    canonical: str | None = None,
    known_acronyms: dict[str, str] | None = None,
) -> Mention | None:
    """An organisation mention with kind and whether it acts in the case."""
    name = clean_org(raw)
    if len(name) < 2 or len(name) > 120 or not any(c.isalpha() for c in name):
        return None
    entry = lexicon_entry(name)
    value = canonical or (entry.canonical if entry else None)
    if value is None and known_acronyms and name in known_acronyms:
        value = known_acronyms[name]
    if value is None:
        value = name
    kind = org_kind(name) or (org_kind(value) if value != name else None)
    advice = bool(_ADVICE.search(sentence))
    acting = kind is not None and kind not in _HELPLINE_KINDS and not boilerplate and not advice
    return Mention(
        "organisation",
        span,
        text[span[0] : span[1]],
        value,
        extractor,
        0.8 if entry else 0.6,
        {"kind": kind, "acting": acting},
    )
