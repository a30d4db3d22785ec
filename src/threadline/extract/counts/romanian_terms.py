"""Romanian court and prosecution news: the prison term each person received, verdict lines, and
measures ordered "față de N" people.
"""

from __future__ import annotations

import re

from threadline.extract.alternation import gated, scanned
from threadline.extract.boilerplate import Segment
from threadline.extract.counts.lexicon import _NUM, EXTRACTOR
from threadline.extract.counts.named_people import _FULL_NAME, _not_a_name
from threadline.extract.textutil import NUMBER_RE, parse_number
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

# Romanian court news tells each person's prison term: "Ionuț Bălan, de 31 de ani, a primit 8 ani și 6
# luni de închisoare", "l-a condamnat pe Ionuț la șase ani…, iar pe verișoara lui la trei ani",
# "Marius Căpraru a primit 6 ani…, iar Elisabeta Căpraru 4 ani". Each person given a term is one
# convicted, named by the words before the term.
_TERM_RO = rf"(?:{NUMBER_RE})\s+(?:de\s+)?(?:ani|luni)\b"
_A_TERM = scanned(rf"\b{_TERM_RO}")
_TERM_RECEIVED = gated(
    r"\b(?:(?:a|au) primit|(?:va|vor) executa|primeste|condamnat[aie]?(?: definitiv)? la)\s+"
    rf"(?:o pedeapsa de\s+)?{_TERM_RO}"
)
_TERM_FOR_WHOM = re.compile(
    r"(?:^|[^\w])(?:pe|condamnarea lui)\s+(?P<who>[^\W\d][^,;.:()]{0,50}?)(?:,[^,;.:()]{1,40},)?"
    rf"\s+la\s+{_TERM_RO}"
)
_TERM_AND_NEXT = re.compile(rf"(?:,\s*iar|;)\s+(?!pe\s)(?P<who>[^\W\d][^,;.:()]{{0,40}}?)\s+{_TERM_RO}")
_BEFORE_RECEIVER = re.compile(r".*(?:,\s*iar\s|;|:|\bdupa ce\b)", re.DOTALL)
_NO_ONE_NAMED = re.compile(
    r"\b(?:acesta|aceasta|acestia|acestea|el|ea|ei|ele|inculpat\w*|celalalt|cealalta|fiecare|toti|"
    r"tribunalul|instanta|curtea|judecator\w*)\b"
)


def _who_receives(text: str, folded: str, start: int, end: int) -> str | None:
    """The person a clause's words before a term name: a full name if any, else the first words of
    the noun phrase ("un văr al acestuia"); None for a pronoun or nothing."""
    clause = _BEFORE_RECEIVER.match(folded, start, end)
    if clause is not None:
        start = clause.end()
    names = [m.group() for m in _FULL_NAME.finditer(text, start, end) if not _not_a_name(m.group())]
    if names:
        return names[-1]
    words = re.findall(r"[^\W\d]+", folded[start:end])
    if not words or _NO_ONE_NAMED.search(" ".join(words)):
        return None
    return " ".join(words[:4])


def _terms_received(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    """One convicted count per person given a prison term in the sentence (Romanian); a term given
    to no one named adds nothing to a count of the convicted told in the sentence ("Un cuplu a fost
    condamnat la 9 ani")."""
    out = []
    counted = any(m.attributes.get("counts") == OutcomeKind.CONVICTED.value for m in told)
    headline = index == 0 and not text[start:end].rstrip().endswith((".", "!", "?", '"'))
    spans: list[tuple[int, int, str | None]] = []
    for m in _TERM_RECEIVED.finditer(folded, start, end):
        spans.append((m.start(), m.end(), _who_receives(text, folded, start, m.start())))
    if "condamn" in folded[start:end]:
        for m in _TERM_FOR_WHOM.finditer(folded, start, end):
            spans.append((m.start("who"), m.end(), _who_receives(text, folded, m.start("who"), m.end("who"))))
    for m in _TERM_AND_NEXT.finditer(folded, start, end):
        if spans:  # "…, iar Elisabeta Căpraru 4 ani": only after a term given before
            spans.append((m.start("who"), m.end(), _who_receives(text, folded, m.start("who"), m.end("who"))))
    for a, b, who in spans:
        attrs: dict[str, object] = {"counts": OutcomeKind.CONVICTED.value, "sentence": index}
        if who and (not headline or (" " in who.strip() and who[:1].isupper())):
            # a headline's "Proxenet condamnat la 8 ani" is the person the report names later
            attrs["subject"] = who
        elif counted:
            continue
        out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.5, attrs))
    return out


# "au fost condamnați:" and one line per defendant: "– 12 ani și 6 luni închisoare, pentru …"
_TERMS_HEADING = gated(r"\bcondamnat[ie]\b[^\n]{0,40}:[ \t]*(?=\n)")
_TERM_LINE = re.compile(rf"\s*\n[ \t]*[-*•][ \t]*(?:[^\W\d][^\n]{{0,60}}?)?{_TERM_RO}[^\n]*")


def _listed_terms(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """The people a list of prison terms under a "condamnați:" heading convicts: one per line."""
    out = []
    for heading in _TERMS_HEADING.finditer(folded):
        lines, pos = 0, heading.end()
        while (line := _TERM_LINE.match(folded, pos)) is not None and line.end() > pos:
            lines, pos = lines + 1, line.end()
        if lines < 2:
            continue
        index = next((i for i, seg in enumerate(segments) if seg.start <= heading.start() < seg.end), -1)
        if index < 0 or segments[index].is_boilerplate:
            continue
        a, b = heading.span()
        attrs = {"counts": OutcomeKind.CONVICTED.value, "sentence": index}
        out.append(Mention("count", (a, b), text[a:b], lines, EXTRACTOR, 0.5, attrs))
    return out


# a court's operative part, one line per defendant: "Condamnă pe inculpatul R.D.C. la pedeapsa de …"
_VERDICT_LINE = re.compile(r"(?<![^\n])[ \t]*(?P<verdict>condamna pe (?:inculpatul|inculpata|inculpat))\b")


def _verdict_lines(text: str, verdicts: list[tuple[int, re.Match[str]]]) -> list[Mention]:
    """The people a verdict's operative part condemns, one line each: one count at the first line."""
    if not verdicts:
        return []
    index, first = verdicts[0]
    a, b = first.span("verdict")
    attrs = {"counts": OutcomeKind.CONVICTED.value, "sentence": index}
    return [Mention("count", (a, b), text[a:b], len(verdicts), EXTRACTOR, 0.6, attrs)]


# "Față de nouă inculpați s-a dispus măsura reținerii", "față de patru dintre acestea procurorii au
# dispus reținerea": the number before the measure
_MEASURE_FOR = re.compile(
    rf"\bfata de (?P<num>{_NUM})(?: (?:dintre (?:acestea|acestia|ele|ei|cei|cele|care)|inculpati|inculpate|"
    r"persoane|suspecti|suspecte|barbati|femei))?,?(?: (?:procurorii|judecatorul|instanta|magistratii))?"
    r"(?: (?:au|a|s-a|s-au))?(?: fost)? (?:dispus\w*|luat\w*|dispunand)(?: (?:masura|masurile))?"
    r" (?P<what>retiner\w*|arest\w* preventiv\w*)"
)


def _measures_for(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    """Detentions and pre-trial arrests ordered "față de N" people (Romanian communiqués)."""
    out = []
    for m in _MEASURE_FOR.finditer(folded, start, end):
        value = parse_number(m.group("num"))
        if not value:
            continue
        kind = OutcomeKind.DETAINED if m.group("what").startswith("retiner") else OutcomeKind.ARRESTED
        attrs = {"counts": kind.value, "sentence": index}
        a, b = m.span("num")
        out.append(Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.6, attrs))
    return out


# An indictment tells who goes to trial under pre-trial or house arrest, and those people were
# arrested: "au dispus trimiterea în judecată, în stare de arest preventiv, a inculpaților A, B și C,
# precum și, sub control judiciar, a lui D"; "a șapte inculpați, dintre care cinci în stare de arest
# preventiv"; one line per defendant ("– X, în stare de arest preventiv;") or per measure ("– în stare
# de arest la domiciliu: P.G. și S.V.;").
_UNDER_ARREST = r"in stare de arest (?:preventiv|la domiciliu)"
_ARREST_THEN_PEOPLE = re.compile(
    rf"\b{_UNDER_ARREST},? a (?:(?P<num>{_NUM}) inculpat\w*|inculpat\w*)(?P<colon>:[ \t]*\n)?"
)
_SOME_UNDER_ARREST = re.compile(
    rf"\bdintre care (?P<num>{_NUM}) (?:se afla |sunt )?(?:in stare de |in )arest (?:preventiv|la domiciliu)"
)
_ARREST_LINE = re.compile(
    rf"(?m)^[ \t]*[-•][ \t]*"
    rf"(?:(?P<head>{_UNDER_ARREST}):(?P<listed>[^\n]*)|(?P<who>[^\n:]*?),? {_UNDER_ARREST}\b)"
)
# where the people held end: those tried at liberty or under judicial control, or the charges
_PEOPLE_END = re.compile(
    r"precum si|, iar\b|\bsi,? (?:in stare de libertate|sub control)|\bsub\b|\bpentru\b|\n"
)
_DEFENDANT_LINE = re.compile(r"[ \t]*[-•][ \t]*(?P<head>[^\n,;]*)[^\n]*\n")
# initials ("M.A.R.", "Ș.A.") or a name of two to four capitalised words ("DRĂGAN Silviu-Mihai")
_PERSON = re.compile(
    r"(?<!\w)(?:[A-ZĂÂÎȘŞȚŢ]\.){1,5}|\b[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:[ \t]+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){1,3}"
)
_ASIDE = re.compile(r"\([^()\n]*\)|[„\"“][^„\"“”\n]*[”\"]")


def _people_in(text: str) -> int:
    """How many people a stretch of names and initials names (asides and nicknames left out)."""
    return len(_PERSON.findall(_ASIDE.sub(" ", text)))


def _held_for_trial(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """The people an indictment sends to trial under pre-trial or house arrest (Romanian), one count
    for the indictment."""
    found: list[tuple[int, int, int]] = []
    for m in _ARREST_THEN_PEOPLE.finditer(folded):
        if m.group("num"):
            value = int(parse_number(m.group("num")) or 0)
        elif m.group("colon"):  # one defendant per line
            value, pos = 0, m.end()
            while (line := _DEFENDANT_LINE.match(text, pos)) is not None:
                value, pos = value + max(1, _people_in(line.group("head"))), line.end()
        else:
            end = _PEOPLE_END.search(folded, m.end())
            value = _people_in(text[m.end() : end.start() if end else len(text)])
        found.append((m.start(), m.end(), value))
    for m in _SOME_UNDER_ARREST.finditer(folded):
        found.append((m.start("num"), m.end("num"), int(parse_number(m.group("num")) or 0)))
    lines = list(_ARREST_LINE.finditer(folded))
    if lines:
        people = sum(_people_in(text[slice(*m.span("listed" if m.group("head") else "who"))]) for m in lines)
        found.append((lines[0].start(), lines[-1].end(), people))
    out = []
    for a, b, value in found:
        index = next((i for i, seg in enumerate(segments) if seg.start <= a < seg.end), -1)
        if value <= 0 or index < 0 or segments[index].is_boilerplate:
            continue
        attrs = {"counts": OutcomeKind.ARRESTED.value, "sentence": index}
        out.append(Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.6, attrs))
    return out
