"""One sentence's counts: number phrases bound to the outcome verbs by word order (the phrase after
the verb is its object; the nearest one before a passive verb is its subject).
"""

from __future__ import annotations

import re
from dataclasses import replace

from threadline.extract.counts.chains import _arrest_kind, _chains, _compatible
from threadline.extract.counts.lexicon import (
    _ADDITIVE,
    _AUX,
    _CLAUSE_BREAK,
    _NAMED_PERSON,
    _NEGATED,
    _OBJECT_GAP,
    _PREMISES_GAP,
    _SUSPECT_OUTCOMES,
    _VAGUE,
    _VERB_RE,
    _VICTIM_GAP,
    _VICTIM_HEADS,
    EXTRACTOR,
)
from threadline.extract.counts.named_people import (
    _ONE_AGE,
    _PLURAL_AUX,
    _named_objects,
    _named_subject,
    _named_subject_list,
    _vocative_names,
)
from threadline.extract.counts.phrases import (
    _BEFORE_CHARGE,
    _LATER_COORDINATION,
    _OF_THOSE_HELD,
    _RUNNING_TOTAL,
    _SUBSET,
    _VICTIMISH,
    _Phrase,
    _phrases,
)
from threadline.extract.counts.premises import (
    _A_RAID,
    _A_SEARCH_RO,
    _A_SEARCH_WARRANT,
    _DEFINITE_SEARCHED,
    _DURING_A_SEARCH,
    _ENTERED_WITH_WARRANT,
    _LISTED_PREMISES_GAP,
    _ONE_MORE_PREMISES,
    _ONE_OF_SEVERAL,
    _ONE_PLACE_BEFORE,
    _ONE_PREMISES,
    _OPERATION_AT,
    _PLACE_SEARCHED,
    _RAID_CUE,
    _RAID_HEAD,
    _RAIDED_AFTER,
    _RAIDED_IT,
    _more_premises,
    more_places,
    places_in_towns,
)
from threadline.extract.counts.prison_terms import (
    _BACKGROUND_CASE,
    _sentence_years,
    life_sentences,
    listed_under_terms,
)
from threadline.extract.counts.totals import _name_of
from threadline.extract.places import demonym_code
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

# the place some counted places were in: "four plots on the site"
_WHERE_THEY_WERE = re.compile(r"\s+(?:on|at|in|within|inside)\s+")
# no auxiliary between a subject and its active verb, only an adverb ("She now faces charges")
_ADVERB_ONLY = re.compile(r"\s*(?:(?:now|later|then|subsequently|eventually|already)\s*)+")
_AND_BOTH = re.compile(r"and both\b")

# A national or yearly figure quoted as context, not the case's victims (folded text).
_REFERRAL_MECHANISM = r"(?:national referral mechanism|nrm|mecanismul national de referire)"
_STATISTIC = re.compile(
    r"\b(?:annual|yearly|(?:its|their|the) (?:latest|most recent|last|new) (?:\w+ )?report|"
    r"(?:in|over|during) (?:the|its|their) (?:last|past|previous) (?:financial|fiscal) year|"
    r"nationally|nationwide|across the country|worldwide|globally|each year|every year|per year|"
    r"across (?:england and wales|the uk|great britain|britain)|"
    r"figures (?:show|showed|from|published)|statistics|statisticile|raportul(?:ui)?|anual|anuala|"
    r"across (?:the eu|the european union|europe|the world)|member states|eurostat|unodc|"
    r"la nivel national|in fiecare an|potrivit (?:datelor|statisticilor|cifrelor)|"
    # "Human Rights Watch has estimated that more than 100,000 children …": an estimate, not a count
    r"(?:has|have|had) estimated|estimates that|estimated (?:in (?:19|20)\d\d )?that|"
    r"according to (?:figures|data|statistics) (?:from|published by|released by)|"
    rf"{_REFERRAL_MECHANISM}\b[^.;]*\b(?:in|din) (?:19|20)\d\d|"
    rf"(?:in|din) (?:19|20)\d\d\b[^.;]*\b{_REFERRAL_MECHANISM})\b"
)
# An offence named as the statute words it: "guilty of holding a person in slavery or servitude",
# "admitted arranging or facilitating the travel of another person", "convicted of trafficking a person"
_GENERIC_PERSON = re.compile(r"(?:a|another) person")
_OFFENCE_BEFORE = re.compile(
    r"\b(?:of|with|for|admitted|admits|admitting|denied|denies|denying)\s+\w+ing"
    r"(?:,? (?:or|and) \w+ing)?(?: the travel of)?\s+$"
)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being)\s+$")
_THEN_ARRESTED = re.compile(
    r"[^.;,]{0,60}?\band\s+(?:later\s+|then\s+|subsequently\s+|formally\s+)*arrested\b"
)
# (a search "in parallel" or "at the same time" elsewhere is more places, not the same ones told again)
_MORE_BEFORE_VERB = re.compile(r"\b(?:also|separately|additionally|further)\s+$")
# an English verb in the present is active: what comes before it did the arresting ("Sabah police
# rescue 19 workers, arrest estate supervisor"), it was not arrested
_ACTIVE_PRESENT = re.compile(
    # ("the defendants' arrests" is the noun)
    r"arrest|charge|(?:rescue|free|save|liberate|detain|jail|convict|imprison)s?"
)
# between one place's count and the next: "… in Northamptonshire and three …", "… from Tegal, four …"
_GAPPED_PLACE = re.compile(
    # ("found working in houses in …", "found on the trawler …": a participle or a boat may come first)
    r"\s+(?:(?:on [a-z]+day|yesterday|today)\s+)?(?:[a-z]+ing\s+)?"
    r"(?:in|at|across|near|around|outside|from|on board|aboard|on(?!\s+[a-z]+day\b))\s+[^;.\d–—]{2,60}?"
    r"(?:,\s*and|\s+and|\s+while|,\s*while|,)\s+(?:(?:a further|another|an additional)\s+)?"
)
_PLACE_AFTER_PART = re.compile(
    r"\s+(?:(?:more|others?|further)\s+)?(?:in|at|across|from|on board|aboard|on)\s+"
    r"(?!(?:total|all|prison|jail|custody|bail|charges?|suspicion)\b)"
)
# "Seven of the girls were found in houses …, while two more were found in the office": the part with
# the verb told again
_MORE_TOLD_AGAIN = re.compile(r"\s+more\s+(?:were|was|have been|had been)\s+(?:also\s+)?")


# the word a ruling puts before a defendant's name
_DEFENDANT_NOUNS = frozenset({"inculpatul", "inculpata", "inculpatului", "inculpatei", "defendant"})


def _gapped_parts(
    s: str, chains: list[_Phrase], pos: int, verbs: list[tuple[int, int, OutcomeKind]], outcome: OutcomeKind
) -> list[_Phrase]:
    """The counts after a counted place that share its verb, each with a place of its own: "(five
    arrested) in Leeds, four in York and two in Hull"."""
    parts: list[_Phrase] = []
    while (nxt := next((c for c in chains if c.start > pos), None)) is not None:
        again = _MORE_TOLD_AGAIN.match(s, nxt.end)
        if (
            nxt.kind not in ("bare", "person")
            or not _GAPPED_PLACE.fullmatch(s, pos, nxt.start)
            or not (
                _PLACE_AFTER_PART.match(s, nxt.end)
                or (again and any(v == again.end() and o is outcome for v, _, o in verbs))
            )
        ):
            break
        parts.append(nxt)
        pos = nxt.end
    return parts


_LATER_ARRESTS = (OutcomeKind.ARRESTED, OutcomeKind.DETAINED)
_LATER_AFTER = re.compile(
    r"(?:\s+[^,.;]{0,30}?)?\s+(?:in the (?:following|next|days|weeks) (?:days|weeks|hours|that followed)|"
    r"the (?:following|next) (?:day|morning|week|month)|"
    r"(?:a|one|two|three|four|several|a few|some) (?:days?|weeks?|months?) later|"
    r"(?:days|weeks|months) later)\b"
)
_IN_ADDITION = re.compile(
    r"^\W*(?:in addition|additionally|separately|in parallel|at the same time|simultaneously|"
    r"de asemenea|in plus|in paralel|totodata|concomitent|simultan|in acelasi timp|"
    r"in aceeasi (?:zi|dimineata)|the same (?:day|morning))\b"
)


# A sentence that counts since a year or since a body began is a record, not this case: "Since the
# groups were created in 1995, more than 63,000 people have been found …"
_SINCE_YEARS = re.compile(
    r"^\W*(?:since\b[^,;.]{0,80}?\b(?:19|20)\d\d\b|since (?:its|our|their|the) "
    r"(?:founding|creation|launch|inception)\b|since records began\b|de la infiintare|"
    # a year's running figure: "De la începutul anului, polițiștii de frontieră au identificat alte 14 …"
    r"since the (?:start|beginning) of (?:the|this) year\b|de la inceputul anului\b)",
    re.IGNORECASE,
)


def _held_then_arrested(s: str, verb: re.Match[str]) -> OutcomeKind:
    """ "was detained by officers in Banbridge and arrested": held, then arrested; the arrest counts."""
    outcome = OutcomeKind(verb.lastgroup)
    if (
        outcome is OutcomeKind.DETAINED
        and _PASSIVE_AUX.search(s, max(0, verb.start() - 12), verb.start())
        and _THEN_ARRESTED.match(s, verb.end())
    ):
        return OutcomeKind.ARRESTED
    return outcome


def _sentence_counts(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    s = folded[start:end]
    if _SINCE_YEARS.match(s):
        return []
    sentence_additive = bool(_IN_ADDITION.search(s))
    chains = _chains(s, _phrases(s, text[start:end]))
    # A verb form inside a counted phrase is its noun ("șase inculpați", "12 arrests"), not a verb.
    verbs = [
        (m.start(), m.end(), _held_then_arrested(s, m))
        for m in _VERB_RE.finditer(s)
        if not any(c.start <= m.start() < c.end for c in chains)
    ]
    out: list[Mention] = []
    counted: dict[int, set[OutcomeKind]] = {}  # id of a chain -> the outcomes it was counted for
    previous: tuple[int, _Phrase | None, int] | None = None  # (verb end, subject chain, verb start)
    previous_outcome: OutcomeKind | None = None
    previous_named: list[str] = []  # the people the previous verb counted by name

    def emit(
        chain: _Phrase,
        outcome: OutcomeKind,
        conf: float,
        subject: str | None = None,
        more: bool = False,
        questioned: bool = False,
    ) -> None:
        if chain.hedge and re.fullmatch(_VAGUE, chain.hedge):
            return
        if (
            outcome is OutcomeKind.VICTIMS
            and chain.value == 1
            and (
                (chain.parts and chain.parts[0].subset)
                or (s.startswith("one ", chain.start) and _SPEAKS_AFTER.match(s, chain.end))
            )
        ):
            # "one of the victims told police", "one victim told police": a witness among them, not
            # how many there were
            return
        if (
            outcome is OutcomeKind.VICTIMS
            and _GENERIC_PERSON.fullmatch(s, chain.start, chain.end)
            and _OFFENCE_BEFORE.search(s, 0, chain.start)
        ):
            return  # "found guilty of holding a person in slavery": the offence's name, not a count
        if outcome is OutcomeKind.VICTIMS and index >= 3 and _BACKGROUND_CASE.search(s, 0, chain.start):
            return  # "Anul trecut, un alt proprietar … pentru exploatarea a cinci oameni": another case
        if index >= 3 and _STATISTIC.search(s):
            # "CoMensha registered more than 1,000 possible victims in its annual report", "it carried
            # out 43 searches in the last financial year": a figure, not the case's
            return
        if _YEARLY_FIGURE.match(s):
            return  # "In fiscal year 2024, the office charged 57 people": a year's figure, not the case
        if outcome is OutcomeKind.VICTIMS and s.endswith("household of ", 0, chain.start):
            return  # "she found a household of eleven people": the family she worked for
        if _LATER_OTHER_CASE.search(s, 0, chain.start) or (index >= 3 and _ANOTHER_CASE.search(s)):
            return  # "…, iar în 2023 DIICOT Iași a trimis în judecată 14 inculpați": another case
        if outcome is OutcomeKind.DETAINED and _OF_THOSE_HELD.search(s, chain.start, chain.end):
            return  # "ordered three of those arrested to be held in custody": remanded, no new detention
        if outcome in counted.setdefault(id(chain), set()):
            return  # "four co-defendants who pleaded guilty were sentenced": four people, told once
        counted[id(chain)].add(outcome)
        # "bringing the number of arrests to three": the whole, not a part
        total = bool(_RUNNING_TOTAL.search(s[max(0, chain.start - 40) : chain.start]))
        a, b = start + chain.start, start + chain.end
        attrs: dict[str, object] = {"counts": outcome.value, "sentence": index}
        if chain.hedge:
            attrs["hedge"] = chain.hedge
        partner = _SOMEONES_PARTNER.match(s, chain.start) or _PARTNER_BEFORE.search(
            s, max(0, chain.start - 40), chain.start
        )
        if chain.additive or sentence_additive or more or partner:
            # ("His co-accused, Anna Reyes, was convicted": someone beside the person counted before)
            attrs["additive"] = True
        if chain.parts and chain.parts[0].subset:
            attrs["subset"] = True
        if (
            outcome is OutcomeKind.VICTIMS
            and ((chain.parts and chain.parts[0].subset) or s.startswith(" of ", chain.end))
            and _RECOGNISED_AS_VICTIMS.match(s, chain.end)
            and "so far" not in s
        ):
            attrs["recognised"] = True  # "Six of those women were recognised as victims": the victims
        if subject:
            attrs["subject"] = subject
        if len(chain.parts) > 1:
            attrs["parts"] = [int(p.value) for p in chain.parts]
        elif chain.parts and chain.parts[0].ordinal:
            attrs["ordinal"] = chain.parts[0].ordinal
        if chain.kind == "anaphor":
            attrs["refers"] = True
        age = _ONE_AGE.search(text, a, b) if chain.kind == "singular" and len(chain.parts) == 1 else None
        if age is not None:
            attrs["age"] = int(age.group(1))  # people told apart by their ages across sentences
        elif len(chain.parts) > 1 and all(p.kind == "singular" for p in chain.parts):
            # "the 39-year-old man and 58-year-old woman": each part one person of an age
            part_ages = [_ONE_AGE.search(text, start + p.start, start + p.end) for p in chain.parts]
            if all(part_ages):
                attrs["ages"] = [int(m.group(1)) for m in part_ages if m]
        if outcome in _SUSPECT_OUTCOMES and (named := _names_in(text, chain, a, b)):
            # "Hemin Rashid, 38, and his brother Shvan Rashid, 34": people told apart by name across
            # sentences
            attrs["names"] = named
        if total:
            attrs["total"] = True
        if questioned:
            attrs["questioned"] = True
        out.append(Mention("count", (a, b), text[a:b], int(chain.value), EXTRACTOR, conf, attrs))

    for v_start, v_end, outcome in verbs:
        target: _Phrase | None = None
        before_verb = s[max(0, v_start - 30) : v_start]
        if _NEGATED.search(before_verb) or (
            outcome in _SUSPECT_OUTCOMES and (_PROPOSED.search(before_verb) or _NOT_YET.search(before_verb))
        ):
            previous = (v_end, None, v_start)
            continue
        # Object: a phrase right after the verb ("arrested two women", "au fost reținute cinci persoane").
        for c in chains:
            if c.start >= v_end:
                gap = s[v_end : c.start]
                if (
                    _compatible(outcome, c)
                    and (
                        _OBJECT_GAP.match(gap)
                        or (
                            outcome is OutcomeKind.VICTIMS
                            and _VICTIM_GAP.match(gap)
                            # "suspects of human trafficking have been arrested and five others": the
                            # phrase after another outcome verb is not this verb's object
                            and not any(v_end < vs < c.start for vs, _, _ in verbs)
                        )
                        or (outcome is OutcomeKind.PREMISES_SEARCHED and _PREMISES_GAP.match(gap))
                        or _shares_object(s, verbs, v_end, c)
                        # inverted: "Arrested at the scene were a woman and her partner", "Among
                        # those rescued were four women"
                        or (_INVERTED_GAP.fullmatch(gap) and _INVERSION_OPENS.fullmatch(s, 0, v_start))
                    )
                    and not (outcome is OutcomeKind.VICTIMS and _SUSPECTED_AFTER.match(s, c.end))
                ):
                    target = c
                elif outcome in _SUSPECT_OUTCOMES and _compatible(outcome, c) and _PRONOUN_AND.fullmatch(gap):
                    # "a charge sheet against him and two of his associates": one more than the phrase
                    target = replace(c, start=v_end + len(gap) - len(gap.lstrip()), value=c.value + 1)
                break
        conf = 0.85
        if (
            target is None
            and previous is not None
            and previous[1] is not None
            and outcome in _SUSPECT_OUTCOMES
            and _THEM_AFTER.match(s, v_end)
            and _compatible(outcome, previous[1])
        ):
            target = previous[1]  # "arrested five persons, who ran the club, and charged them"
        if target is None:
            # Coordinated verbs share their subject: "were arrested and charged", "were arrested
            # in Motueka this morning and have been charged", "arrested five … and charged them".
            gap = s[previous[0] : v_start] if previous is not None else ""
            if (
                previous is not None
                and previous[1] is not None
                and (
                    re.fullmatch(
                        r"\s*(?:,|and|or|si|,\s*and)\s*(?:later\s+|then\s+|subsequently\s+|ulterior\s+)?",
                        gap,
                    )
                    or (
                        outcome in (OutcomeKind.CHARGED, OutcomeKind.CONVICTED)
                        and previous_outcome in _BEFORE_CHARGE
                        and _LATER_COORDINATION.fullmatch(gap) is not None
                        and not any(previous[0] <= c.start < v_start and c is not previous[1] for c in chains)
                    )
                )
            ):
                target = previous[1]
                if target is not None and not _compatible(outcome, target):
                    target = None
            elif not _ACTIVE_PRESENT.fullmatch(s, v_start, v_end):
                target = _subject(s, chains, verbs, v_start, outcome, v_end)
        if target is None and outcome in _SUSPECT_OUTCOMES:
            # "Tribunalul l-a condamnat", "polițiștii au reținut-o": a pronoun for one person
            clitic = _ONE_PERSON_CLITIC.search(s, max(0, v_start - 12), v_start) or (
                _ONE_PERSON_CLITIC_AFTER.match(s, v_end)
            )
            if clitic is not None:
                target = _Phrase(clitic.start(), clitic.end(), 1, "person", None, False, "singular")
        if (
            target is not None
            and target.kind == "bare"
            and outcome is OutcomeKind.VICTIMS
            and s[v_start:v_end] in ("trafficking", "exploiting")
        ):
            target = None
        if (
            target is not None
            and (target.kind == "anaphor" or (target.kind == "singular" and target.head in _DEFENDANT_NOUNS))
            and outcome in _SUSPECT_OUTCOMES
            and _named_objects(text, start + target.end, start + len(s))
        ):
            # "arestarea preventivă a inculpaților Ion Popa și Maria Lungu", a ruling's "a fost
            # condamnat inculpatul LUNGU DĂNUȚ-CRISTIAN": the names count
            target = None
        subject_name = None
        named: list[str] = []
        aux_text = ""
        if (
            target is None
            and outcome is not OutcomeKind.PREMISES_SEARCHED
            and outcome is not OutcomeKind.OFFICERS
        ):
            aux = _AUX.search(s[max(0, v_start - 40) : v_start])
            if vocative := _vocative_names(text, start, start + v_start, start + v_end):
                named = vocative
            elif (aux is None or _ADVERB_ONLY.fullmatch(aux.group())) and _SUBJECT_VERB.match(s, v_start):
                # "Shahid Rahman, 49, admitted a charge", "She now faces charges": an active verb with
                # its own subject
                subject_name = _named_subject(text, start, start + v_start)
            elif aux is not None and (
                listed := _named_subject_list(text, start, start + v_start - len(aux.group()))
                if _PLURAL_AUX.search(aux.group())
                else []
            ):
                named = listed
            elif (
                aux is not None
                and re.search(r"\b(?:was|has|had|is|a|been|fost)\b", aux.group())
                # "Egypt has arrested a gang": an active perfect names who arrested
                and not (re.fullmatch(r"\s*(?:has|had|have)\s*", aux.group()) and _HAS_OBJECT.match(s, v_end))
            ):
                subject_name = _named_subject(text, start, start + v_start - len(aux.group()))
                aux_text = aux.group()
            if not subject_name and outcome in _SUSPECT_OUTCOMES:
                named = named + _named_objects(text, start + v_end, start + len(s))
            if (
                not named
                and not subject_name
                and outcome in _SUSPECT_OUTCOMES
                # ("filed a charge sheet against her": the verb holds its own article)
                and (aux is None or s.endswith("against", v_start, v_end))
                and (pronoun := _ONE_PRONOUN_OBJECT.match(s, v_end))
            ):
                # "police, who arrested him in December": one person, as "he was arrested" is
                subject_name = "he" if pronoun.group(1) == "him" else "she"
            if (
                not named
                and not subject_name
                and outcome in _SUSPECT_OUTCOMES
                and previous is not None
                and _LATER_COORDINATION.fullmatch(s[previous[0] : v_start])
            ):
                named = previous_named  # "X, Y and Z were arrested and charged": the same people
            # each person named with the verb counts once ("X and Y were jailed", "arrested X")
            a, b = start + v_start, start + v_end
            for name in [*named, subject_name] if subject_name else named:
                attrs = {"counts": outcome.value, "sentence": index, "subject": name}
                if name == subject_name and _ADDITIVE.search(aux_text):
                    attrs["additive"] = True
                out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.6, attrs))
            if (
                not named
                and not subject_name
                and outcome is OutcomeKind.ARRESTED
                and _ONE_ARREST_AFTER.match(s, v_end)
                and not _PLURAL_BEFORE.search(s, max(0, v_start - 60), v_start)
            ):
                # an officer's log: "NGUYEN arrested on suspicion of …", "Arrested 0205 hrs for …":
                # one person, whoever the note is about (no name is read off the verb)
                target = _Phrase(v_start, v_end, 1, "person", None, False, "person")
        if target is not None and outcome is OutcomeKind.VICTIMS and _suspect_group(s, target):
            target = None  # "au identificat 13 persoane care ar fi racolat …": the recruiters
        if target is not None and outcome is OutcomeKind.PREMISES_SEARCHED and target.start >= v_end:
            # "executed search warrants at two residences in Toledo and a storage unit in Perrysburg"
            target.value += _more_premises(s, target.end)
        along = _ALONG_WITH.match(s, v_end) if outcome in _SUSPECT_OUTCOMES else None
        # "police arrested the five, along with two other people": the object's companions
        object_along = (
            _ALONG_AFTER_OBJECT.match(s, target.end)
            if along is None and outcome in _SUSPECT_OUTCOMES and target is not None and target.start >= v_end
            else None
        )
        along = along or object_along
        companions = next((c for c in chains if along and c.start == along.end() and c is not target), None)
        if companions is not None and _compatible(outcome, companions):
            # "Popescu was arrested along with a man and a woman": the subject and the others, one
            # group (so a headline's "three arrested" is the same three, not three more)
            if target is None:
                subject_count = len(named) + bool(subject_name)
            else:
                subject_count = target.value if target.end <= v_start or object_along else 0
            if subject_count:
                target = replace(companions, value=companions.value + subject_count, additive=False)
        if target is not None and (
            (target.end <= v_start and target.kind != "bare") or not s[v_end : target.start].strip()
        ):
            # "Five people have been arrested in Northamptonshire and three in Romania", "police
            # arrested five in Leeds, four in York and two in Hull": the verb left out of the later
            # clauses is the same
            parts = _gapped_parts(s, chains, v_end if target.end <= v_start else target.end, verbs, outcome)
            if parts and sum(p.value for p in parts) == target.value:
                parts = []  # "Ten were arrested in France, eight in Lyon and two in Nice": the ten in parts
            if parts:
                for part in (target, *parts):
                    counted.setdefault(id(part), set()).add(outcome)  # told once, with the rest
                target = replace(target, value=target.value + sum(p.value for p in parts))
        if target is not None:
            # "police separately arrested a man", "officers also rescued two boys": more people
            more = target.start >= v_end and bool(_MORE_BEFORE_VERB.search(before_verb))
            # "A surgeon and a nurse were arrested in the following days": people held after the
            # first arrests, so more of them
            more = more or (
                outcome in _LATER_ARRESTS and target.end <= v_start and bool(_LATER_AFTER.match(s, v_end))
            )
            questioned = outcome is OutcomeKind.DETAINED and bool(_QUESTIONED.search(s, v_start, v_end))
            emit(target, outcome, conf, more=more, questioned=questioned)
        previous = (v_end, target, v_start)
        previous_outcome = outcome
        previous_named = [] if target is not None else [*named, *([subject_name] if subject_name else [])]

    # "Three of the six victims lived in a trailer": whatever the part did, the whole were victims
    for c in chains:
        for part in c.parts or [c]:
            if part.head in _VICTIM_HEADS and part.whole is not None and part.whole > part.value:
                a, b = start + part.start, start + part.end
                attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index}
                out.append(Mention("count", (a, b), text[a:b], int(part.whole), EXTRACTOR, 0.6, attrs))
    # Phrases no verb claimed: officers, arrests, searches and victims count by their head alone.
    for c in chains:
        if id(c) in counted:
            continue
        if c.kind == "officer":
            emit(c, OutcomeKind.OFFICERS, 0.7)
        elif c.kind == "arrests":
            emit(c, _arrest_kind(c.head), 0.7)
        elif c.kind == "premises" and _SEARCHES_AT.search(s[max(0, c.start - 40) : c.start]):
            continue  # "patru percheziții, la trei imobile și un hotel": where the searches were
        elif (
            c.kind == "premises"
            and (
                _SUBSET.search(s, max(0, c.start - 20), c.start)
                # "six locations, including two farms, the firm's office and three homes": a list of parts
                or any(
                    d.kind == "premises"
                    and d.end <= c.start
                    and _SUBSET.match(s[d.end : c.start].lstrip(" ,"))
                    and not _VERB_RE.search(s, d.end, c.start)
                    for d in chains
                )
            )
        ):
            continue  # "at five locations, including two homes": part of the places counted
        elif c.kind == "premises" and any(
            d.kind == "premises"
            and id(d) in counted
            and d.end <= c.start
            and _BREAKDOWN_GAP.fullmatch(s, d.end, c.start)
            for d in chains
        ):
            continue  # "checked 26 premises in Lincoln and Boston – 14 hand car washes, …": what they were
        elif c.kind == "premises" and (
            _RAID_HEAD.fullmatch(c.head)
            or _RAID_CUE.search(s[max(0, c.start - 90) : c.start])
            or _RAIDED_AFTER.match(s[c.end : c.end + 40])
            or any(
                d.kind == "premises"
                and id(d) in counted
                and _LISTED_PREMISES_GAP.fullmatch(s, d.end, c.start)
                and not _VERB_RE.search(s, d.end, c.start)
                and not _SUBSET.search(s, max(0, d.start - 20), c.start)  # "…, including two homes and …"
                for d in chains
            )
        ):
            # "raids … took place at 16 addresses", "an inspection of four factories"; "the raids, which
            # also included search warrants at two homes": more places than those counted before
            more = _ALSO_BEFORE.search(s, max(0, c.start - 60), c.start) is not None
            emit(c, OutcomeKind.PREMISES_SEARCHED, 0.6, more=more)
        elif c.kind == "person" and c.head in _VICTIM_HEADS:
            emit(c, OutcomeKind.VICTIMS, 0.6)
        elif c.kind == "person" and _suspect_group(s, c):
            # no outcome, but the group a later "reținerea acestora" refers to
            a, b = start + c.start, start + c.end
            attrs = {"group": "suspects", "sentence": index}
            out.append(Mention("count", (a, b), text[a:b], int(c.value), EXTRACTOR, 0.5, attrs))

    # One place raided, written without a number ("a huge raid on a home in Iver"), or added to
    # counted ones ("raided four houses and a car wash").
    counted_chains = [
        c
        for c in chains
        if c.kind == "premises" and any(m.span == (start + c.start, start + c.end) for m in out)
    ]
    counted_premises = [c.end for c in counted_chains]
    raids = [
        *_A_RAID.finditer(s),
        *_OPERATION_AT.finditer(s),
        *_ONE_OF_SEVERAL.finditer(s),
        *_DURING_A_SEARCH.finditer(s),
    ]
    one_premises = list(_ONE_PREMISES.finditer(s))
    second_places = [more for m in one_premises for more in more_places(s, m.end())]
    singles = (
        one_premises
        + second_places
        + list(_PLACE_SEARCHED.finditer(s))
        + list(_RAIDED_IT.finditer(s))
        + list(_ENTERED_WITH_WARRANT.finditer(s))
        + list(_A_SEARCH_RO.finditer(s))
        + raids
        + [
            m
            for m in _ONE_MORE_PREMISES.finditer(s)
            if any(0 <= m.start() - end <= 2 for end in counted_premises)
        ]
        # "The farm and three houses … were searched", "raids at the office and five homes"
        + [
            m
            for c in counted_chains
            if (m := _ONE_PLACE_BEFORE.search(s, max(0, c.start - 60), c.start)) is not None
            # "nine locations, including four labor camps, the company's office and three homes": parts
            and "including" not in s[max(0, m.start() - 80) : m.start()]
            # "searched four plots on the site and two other addresses": where the plots were
            and not any(
                d.kind == "premises" and _WHERE_THEY_WERE.fullmatch(s, d.end, m.start()) for d in chains
            )
        ]
    )
    # a warrant counts only where no place searched is told with it ("executed a search warrant at
    # the home" is the home)
    singles += [
        m
        for m in _A_SEARCH_WARRANT.finditer(s)
        if not any(x.start() < m.end() + 40 and m.start() < x.end() for x in singles)
        and not any(m.start() <= c.start < m.end() + 40 for c in chains if c.kind == "premises")
    ]
    seen_places: set[int] = set()
    for m in singles:
        group = "place2" if m.re is _PLACE_SEARCHED.compiled and m.group("place2") else "place"
        if any(c.start <= m.start(group) < c.end for c in chains) or m.start(group) in seen_places:
            continue
        seen_places.add(m.start(group))
        attrs = {"counts": OutcomeKind.PREMISES_SEARCHED.value, "sentence": index, "single": True}
        if m.re is _PLACE_SEARCHED.compiled or m in second_places:
            attrs["additive"] = True  # "an address in Birmingham was searched the same morning": one more
        if m in raids:
            attrs["subset"] = True  # "searched four houses after the raid": the raid is those four
        a, b = start + m.start(group), start + m.end(group)
        out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.5, attrs))
    for m in _DEFINITE_SEARCHED.finditer(s) if not singles else ():
        if any(c.start <= m.start("place") < c.end for c in chains):
            continue
        attrs = {"counts": OutcomeKind.PREMISES_SEARCHED.value, "sentence": index, "single": True}
        a, b = start + m.start("place"), start + m.end("place")
        places = 1 + len(re.findall(r"\sand\s", s[m.start("place") : m.end("place")]))
        out.append(Mention("count", (a, b), text[a:b], places, EXTRACTOR, 0.5, attrs))

    for a, b, value in places_in_towns(text, folded, start, end):
        if any(c.start <= a - start < c.end for c in chains if c.kind == "premises"):
            continue
        attrs = {"counts": OutcomeKind.PREMISES_SEARCHED.value, "sentence": index}
        out.append(Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.5, attrs))

    for a, b in life_sentences(s, index):
        # no number of years: the summary's longest term is then unknown
        attrs = {"counts": OutcomeKind.SENTENCE_YEARS.value, "sentence": index, "life": True}
        out.append(
            Mention("count", (start + a, start + b), text[start + a : start + b], 0, EXTRACTOR, 0.7, attrs)
        )
    listed = s[:1] in "-*\u2022\u00b7" and listed_under_terms(folded, start)
    for a, b, years in _sentence_years(s, index, listed):
        attrs = {"counts": OutcomeKind.SENTENCE_YEARS.value, "sentence": index}
        out.append(
            Mention(
                "count", (start + a, start + b), text[start + a : start + b], years, EXTRACTOR, 0.8, attrs
            )
        )
    return out


_YEARLY_FIGURE = re.compile(r"\W*in (?:the )?(?:(?:fiscal|financial|calendar) year|fy) ?(?:(?:19|20)?\d\d)\b")
_LATER_OTHER_CASE = re.compile(r"\biar (?:in|din) (?:anul )?(?:19|20)\d\d\b")
# a sentence that tells of another investigation or group ("Cazul amintește de o altă anchetă, din 2021,
# …; atunci, 9 persoane au fost condamnate", "membri ai unei alte grupări", "Nu este primul caz")
_ANOTHER_CASE = re.compile(
    r"\b(?:(?:o|unei) alt[ea] (?:ancheta|anchete|grupari|retele|operatiuni)|(?:un|unui) alt (?:caz|dosar)|"
    r"alte grupari|nu este primul caz|another (?:case|investigation|gang|network|trafficking ring)|"
    r"(?:a|in an?) (?:separate|similar|earlier|unrelated)(?: and (?:separate|similar|unrelated))? "
    r"(?:case|investigation|prosecution|matter)|"
    r"not the first (?:case|time))\b"
)
_PRONOUN_AND = re.compile(r"\s+(?:him|her)\s*(?:,|and)\s+")
# After places counted, a dash or a colon opens what they were: "checked 26 premises in Lincoln and
# Boston – 14 hand car washes, nine nail bars and three barbers", "six searches – at the agency's
# premises and at five homes"
_BREAKDOWN_GAP = re.compile(
    r"(?:\s+(?:in|at|across|on|near)\s[^;.:–—]{1,100}?)?\s*(?:\s[-–—]|:)\s[^;.]{0,80}"
)


# Romanian groups of suspects named before any outcome: "patru persoane, cu vârste între 18 și 56
# de ani, cercetate pentru…", "13 persoane…, care ar fi racolat…", "grupare formată din patru persoane".
_SUSPECT_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,.;]{0,60},\s*)?"
    r"(?:cercetat|suspectat|banuit|acuzat|invinuit|anchetat)\w*"
    r"|[^.;]{0,70}?,\s*care (?:ar fi|au|si-ar fi|si-au)\s+(?:\w+\s+)?(?:racolat|recrutat|traficat|exploatat|"
    r"obligat|constituit|transportat|vandut|initiat|coordonat)\b"
)
_SUSPECT_BEFORE = re.compile(
    r"\b(?:grup\w*|retea|retele|retelei|banda|bande)\s+(?:[a-z]+\s+)?(?:formata|formate|compusa|"
    r"alcatuita|constituita) din\s+$"
)
# Romanian communiqués take people "la audieri" / "la sediul DIICOT" and then detain some of them:
# the ones taken for questioning are detained only when no detention is counted
_QUESTIONED = re.compile(r"\b(?:audier\w*|la sediul)\b")


# "the suspects will be charged", "is expected to be sentenced": not done yet; "the police would
# arrest her": a threat, never done
_NOT_YET = re.compile(
    r"\b(?:will|would|could|may|might|shall|(?:expected|set|due|likely|going) to)\s+"
    r"(?:also\s+|now\s+|soon\s+)?be\s+$"
    r"|\b(?:would|could|might)\s+(?:then\s+|also\s+)?$"
)
# (a proposal the judges granted is a decision: "au admis propunerea de arestare preventivă")
_PROPOSED = re.compile(
    r"(?<!admis )(?<!admisa )(?<!aprobat )\b(?:propuner\w*|cerer\w*|solicitar\w*) (?:de|privind)\s+$"
)
_SEARCHES_AT = re.compile(r"\bperchezitii(?: domiciliare)?\s*,?\s*(?:la|in)\s+$")


def _suspect_group(s: str, c: _Phrase) -> bool:
    """A Romanian person phrase that names the suspects ("cinci persoane cercetate pentru…")."""
    if c.kind != "person" or c.head in _VICTIMISH:
        return False
    return bool(
        _SUSPECT_AFTER.match(s, c.end, min(len(s), c.end + 140))
        or _SUSPECT_BEFORE.search(s, max(0, c.start - 50), c.start)
    )


# "arrested him", "charged her on Friday" (not "her husband": a possessive opens another phrase)
_ONE_PRONOUN_OBJECT = re.compile(
    r"\s+(him|her)\b(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|after|for|over|and|last|this|early|late|yesterday|"
    r"today|outside|near|as|while|when|during|with|without|under|shortly|soon|two|three|a few)\b)"
)
# what follows "arrested" when one person's arrest is logged
_ONE_ARREST_AFTER = re.compile(
    r"\s+(?:on suspicion of|(?:at )?\d{3,4}(?:\s?hrs)?\b|under s(?:ection|\.)\s?\d|"
    r"for (?:material benefit|(?:human )?trafficking|modern slavery|the offences?)\b)"
)
# … unless more people are the subject: "they were arrested on suspicion of", "both men arrested"
_PLURAL_BEFORE = re.compile(
    r"\b(?:they|both|all|were|are|have been|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b[^.;:\n]*$"
)
# Romanian object pronouns for one person, before the verb ("l-a condamnat", "l-au arestat") or
# joined after it ("a reținut-o")
_ONE_PERSON_CLITIC = re.compile(r"\bl-(?:a|au)\s+(?:mai\s+)?$")
_ONE_PERSON_CLITIC_AFTER = re.compile(r"-o\b")
_THEM_AFTER = re.compile(r"\s+(?:them|all of them|both of them|pe toti|pe acestia)\b")
# "Popescu was arrested in October along with a man and a woman": people besides the subject
_ALONG_WITH = re.compile(
    r"\s+(?:(?:in|on|at|last) [\w-]+(?: [\w-]+)?\s+)?(?:along with|alongside|together with|impreuna cu)\s+"
)
_ALONG_AFTER_OBJECT = re.compile(r"\s*,?\s+(?:along with|alongside|together with|impreuna cu)\s+")
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or|si)\s+(?:\w+ly\s+|then\s+|later\s+)?")


def _shares_object(s: str, verbs: list[tuple[int, int, OutcomeKind]], v_end: int, c: _Phrase) -> bool:
    """ "arrested and charged five executives": a verb coordinated with the next one shares its
    object, when that object suits both."""
    for v2_start, v2_end, outcome2 in verbs:
        if v2_start < v_end or v2_end > c.start:
            continue
        return bool(
            _COORDINATED.fullmatch(s, v_end, v2_start)
            and _OBJECT_GAP.match(s[v2_end : c.start])
            and _compatible(outcome2, c)
        )
    return False


_INCLUDED_BEFORE = re.compile(r",\s*(?:including|among them)\s+$")


def _subject(
    s: str,
    chains: list[_Phrase],
    verbs: list[tuple[int, int, OutcomeKind]],
    v_start: int,
    outcome: OutcomeKind,
    v_end: int,
) -> _Phrase | None:
    """The nearest compatible phrase before a passive (or headline) verb in the same clause.

    Walks back over phrases that cannot be the subject ("… found at three of the properties and
    have been safeguarded"), and over outcome verbs inside a relative clause ("seven members of a
    gang that trafficked … have been jailed").
    """
    # a "while" or "but" inside a relative clause set off by commas ("X, who let the houses while
    # knowing their use, pleaded guilty") breaks that clause only: blank it, offsets kept
    main_clause = _COMMA_RELATIVE.sub(lambda m: "," + " " * (len(m.group()) - 2) + ",", s)
    # an aside between dashes after a counted phrase ("42 de persoane – bărbați și femei, printre care
    # trei minori – au fost recrutate") is skipped whole: its phrases are not the subject, its words no
    # break
    asides = [
        m.span()
        # (most sentences have no dash: no scan)
        for m in (_DASH_ASIDE.finditer(s, 0, v_start) if "-" in s[:v_start] else ())
        # only after a phrase of its own: "the crew – five men and three boys – were" counts the aside
        if any(
            c.kind != "bare"
            and c.start < m.start()
            and (c.end > m.start() or _BEFORE_ASIDE.fullmatch(s, c.end, m.start()))
            for c in chains
        )
    ]
    blank_text = s
    if asides:
        blank, clause = list(s), list(main_clause)
        for a, b in asides:
            blank[a:b] = clause[a:b] = " " * (b - a)
        blank_text, main_clause = "".join(blank), "".join(clause)
    for c in reversed([c for c in chains if c.end <= v_start]):
        if any(a <= c.start < b for a, b in asides):
            continue
        if any(c.start < a < c.end for a, _ in asides) and c.parts:
            # "the two older men – Tuan Van Ho, 41, and …": the phrase before the aside alone
            c = replace(c, end=c.parts[0].end, value=c.parts[0].value, parts=c.parts[:1])
        gap = blank_text[c.end : v_start]
        if ")" in gap and "(" not in gap[: gap.index(")")]:
            continue  # inside a bracket: "12 workers (nine from Nepal, three from India) were rescued"
        checked = main_clause[c.end : v_start]
        if (bracket := _BRACKET_AFTER.match(gap)) is not None:
            # "19 crew (17 IDN, 2 PHL) identified as potential victims": who they were, in brackets
            gap, checked = " " + gap[bracket.end() :], " " + checked[bracket.end() :]
        # "six men denied the charges, but were found guilty": "but" and no new subject
        same_subject = _BUT_SAME_SUBJECT.search(gap)
        checked = checked[: same_subject.start()] if same_subject else checked
        if len(gap) > (220 if _RELATIVE.search(gap[:20]) else 140) or _CLAUSE_BREAK.search(checked):
            return None
        if _OWN_SUBJECT_CLAUSE.search(gap):
            return None  # "… a racket in which poor Bangladeshis were brought": the clause's own subject
        if (
            not _compatible(outcome, c)
            # ("… that day and both were charged": "both" after "and" opens a clause of its own)
            or (
                _IN_RELATIVE.search(s[max(0, c.start - 40) : c.start])
                and not _AND_BOTH.match(s, max(0, c.start - 4))
            )
            # "Two women, including the children's aunt, were arrested": the group is the subject
            or (_INCLUDED_BEFORE.search(s, max(0, c.start - 20), c.start) and gap.lstrip().startswith(","))
            # "three people suspected of subjecting a woman to servitude were arrested": the woman
            # is inside the reduced clause; its subject is the people before it
            or _IN_REDUCED_RELATIVE.search(s[max(0, c.start - 70) : c.start])
            or (
                outcome is not OutcomeKind.PREMISES_SEARCHED
                and re.search(r"\bof\s*$", s[max(0, c.start - 5) : c.start])
                # "one of three people arrested": the group itself is the subject
                and not _MEMBER_OF.search(s[max(0, c.start - 10) : c.start])
                # "the departure of 10 workers who were being trafficked": their own clause
                and not re.match(r"\s*,?\s*(?:who|that|which)\b", gap)
            )
        ):
            # "A husband and wife who kept a vulnerable man … have been jailed": the man is the
            # object inside the relative clause, the couple is the subject.
            continue
        # "denied accusations of trafficking": a verb form after "of" or "for" is a noun here
        inner = [
            vs
            for vs, _, _ in verbs
            if c.end <= vs < v_start and not _NOUN_USE.search(s[max(0, vs - 20) : vs])
        ]
        if (
            inner
            and not (
                _RELATIVE.search(s[c.end : inner[0]])
                or _REDUCED_RELATIVE.match(s, c.end)
                or s[c.end : inner[0]].rstrip().endswith(",")
                # "the woman arrested in Dublin has been charged": a participle right after the people,
                # then the main verb with its own auxiliary
                or (not s[c.end : inner[0]].strip() and _PARTICIPLE_THEN_AUX.match(s, inner[0], v_start))
            )
        ):
            # An outcome verb between them ends the subject's reach, unless it sits in a relative
            # clause or a participle set off by commas ("11 persons, exploited …, were recovered").
            return None
        aux = _AUX.search(gap)
        if aux is None and same_subject and _SHARED_AUX.match(gap):
            return c  # "a fourth defendant was acquitted of trafficking but convicted of harbouring"
        if aux is None and _COORDINATED_PASSIVE.fullmatch(gap):
            return c  # "all four were brought before a prosecutor on Wednesday and charged": theirs
        if aux is None:
            # Headline style "Three traffickers arrested, 14 victims freed": the verb follows
            # directly and has no object of its own ("Nowicki, 47, recruited the men" is active).
            if _SUBJECT_VERB.match(s, v_start) and _MODIFIER_GAP.fullmatch(gap) and c.kind != "bare":
                return c  # "51 women from poor families fell victim to …": a modifier, then the verb
            if c.kind != "bare" and _SHARED_NUMBER_GAP.fullmatch(gap):
                gap = " "  # "15 women and girls rescued", "13 children and vulnerable adults safeguarded"
            if c.kind != "bare" and re.fullmatch(r" [a-z]+ ", gap) and demonym_code(gap.strip()):
                gap = " "  # "doi cetățeni români au pledat vinovați": a nationality after its noun
            if _SUBJECT_VERB.match(s, v_start) and _WHO_GAP.fullmatch(gap) and c.kind != "bare":
                return c  # "the 13 defendants who stood trial": the relative's own subject
            if c.start == 0 and c.kind != "bare" and _HEADLINE_ORIGIN.fullmatch(gap):
                return c  # a headline: "14 băieți din Bacău, salvați dintr-o spălătorie auto"
            if gap.strip(" ,'\"") or (c.kind == "bare" and len(gap) > 1):
                return None
            if _HAS_OBJECT.match(s, v_end) and not _SUBJECT_VERB.match(s, v_start):
                return None
            return c
        if c.kind == "bare" and len(gap) > 40:
            return None
        if not _PASSIVE.search(aux.group()) and not _SUBJECT_VERB.match(s, v_start):
            # "cei doi au racolat nouă bărbați": an active perfect; its subject is the recruiter.
            return None
        if _PRESUMED.search(gap) and _INVARIANT_PARTICIPLE.fullmatch(s, v_start, v_end):
            # "un tânăr ar fi recrutat două adolescente": the alleged act, active; its subject did it
            return None
        return c
    return None


_INVERTED_GAP = re.compile(
    r"\s+(?:(?:at|in|from|during|on|inside|near|after|across)\s[^,.;]{1,40}?\s+)?(?:were|was|are)\s+"
    r"(?:also\s+)?"
)
_INVERSION_OPENS = re.compile(r"\s*(?:(?:also|among|and)\s+)?(?:those\s+|the people\s+)?")
# a clause with a subject of its own right before the verb: "in which poor Bangladeshis were", "where
# the workers had been"
_OWN_SUBJECT_CLAUSE = re.compile(
    r"\b(?:(?:in|from|to|by|through|at|for|with|under|during) which|where)\s+"
    r"(?!(?:were|was|are|is|had|have|has|been|being|they|he|she|we|it)\b)[a-z'’-]+(?:\s+[a-z'’-]+){0,5}?\s+"
    r"(?:were|was|are|is|had been|have been|has been|been|being)\s*$"
)
_COORDINATED_PASSIVE = re.compile(
    r"\s*(?:were|have been|had been)\s+[a-z]+(?:ed|ght|en)\b[^.;,]{0,60}?\s+and\s+"
)
_PARTICIPLE_THEN_AUX = re.compile(
    r"[a-z]+ed\b[^.;,]{0,50}?\s(?:has been|have been|had been|were|was|are|is|will be)\s+$"
)
_SOMEONES = (
    r"(?:his|her|their)\s+(?:(?:former|alleged|business)\s+)?"
    r"(?:co-accused|co-defendants?|accomplices?|partner|associates?)\s*,\s*"
)
_SOMEONES_PARTNER = re.compile(_SOMEONES + r"[a-z]")
_PARTNER_BEFORE = re.compile(r"(?:^|[.;:]\s*|\n)" + _SOMEONES + "$")
_BEFORE_ASIDE = re.compile(r"\s*(?:,?\s*aged\s[^-,;.]{1,30}?)?\s*")
_DASH_ASIDE = re.compile(r"\s-\s[^.]{1,200}?\s-(?=\s)")  # (a list inside may use semicolons)
# a verb form after "of" or "for" is a noun: "accusations of trafficking", "suspects of human trafficking"
_MEMBER_OF = re.compile(r"\b(?:one|two|each|both|all|any|none) of\s*$")
_NOUN_USE = re.compile(r"\b(?:of|for)\s+(?:(?:human|sex|labou?r|child|people|organ)\s+)?$")
_ALSO_BEFORE = re.compile(r"\b(?:also|additionally)\b[^.;:]*$")
_SPEAKS_AFTER = re.compile(
    r"\s+(?:later\s+|also\s+)?(?:told|said|says|tells|described|recalled|testified|explained|recounted)\b"
)
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,60}\)\s*")
_SHARED_AUX = re.compile(r"\s*(?:was|were|has been|have been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
_BUT_SAME_SUBJECT = re.compile(
    r",?\s*\bbut\s+(?:(?:later|then|eventually|were later)\s+)?(?:(?:were|was|have been|had been|are|is)\s+)?"
    # (the auxiliary may be the first verb's: "was acquitted of trafficking but convicted of …")
    r"(?:[a-z]+ly\s+)?(?:found\s+)?$"
)


def _names_in(text: str, chain: _Phrase, a: int, b: int) -> list[str]:
    """The people a counted phrase names, or the one a lone role stands beside."""
    named = [_name_of(n.group()) for n in _NAMED_PERSON.finditer(text, a, b)]
    if not named and chain.kind == "singular" and len(chain.parts) <= 1:
        # "Ion Varga, 45, of Derby, the ringleader, admitted": the role stands beside the name
        beside = _NAMED_BEFORE_ROLE.search(text, max(0, a - 100), a)
        named = [_name_of(beside.group("named"))] if beside else []
        if not named and (after := _NAME_AFTER_ROLE.match(text, b)) is not None:
            named = [after.group("named")]  # "his nephew, Faustino Cortes-Ramos, was sentenced"
    return named


_NAME_AFTER_ROLE = re.compile(r",\s*(?P<named>(?:[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s+){1,3}[A-ZĂÂÎȘŞȚŢ][\w'’-]+)\s*[,(]")
_NAMED_BEFORE_ROLE = re.compile(rf"(?P<named>{_NAMED_PERSON.pattern})(?:\s*(?:of|from)\s[^,;]{{1,40}},)?\s*$")
_COMMA_RELATIVE = re.compile(r",\s*(?:who|whom)\s[^;,]{1,120}?,")
# Romanian "ar fi" with a participle that does not agree tells what someone allegedly did ("ar fi
# recrutat"); the people it was done to take "ar fi fost recrutate"
_PRESUMED = re.compile(r"\b(?:ar|s-ar|ar mai) fi\s+$")
_INVARIANT_PARTICIPLE = re.compile(r"[a-z]+(?:at|it|ut|us|is|os)")
_PASSIVE = re.compile(
    r"\b(?:were|was|been|being|are|is|got|get|be|fost|sunt|fi|fusesera|s-au|s-a|erau|era)\b"
)
# the part of a group found to be victims ("Six of those women were recognised as victims of trafficking",
# "71 of the 214 have been formally identified as victims")
_RECOGNISED_AS_VICTIMS = re.compile(
    r"[^.;]{0,60}?\b(?:were|was|are|is|have|had|has)\s+(?:since\s+|now\s+|later\s+)?(?:been\s+)?"
    r"(?:formally\s+|officially\s+)?(?:(?:identified|recogni[sz]ed|confirmed|deemed|assessed|treated|regarded)"
    r"\s+as|considered(?:\s+to\s+be)?|believed\s+to\s+be)\s+"
    r"(?:(?:potential|possible|presumed|likely)\s+)?victims\b"
    r"|[^.;]{0,60}?\b(?:au|a) fost\s+(?:ulterior\s+|apoi\s+)?(?:recunoscut|identificat|confirmat)[ei]?\s+"
    r"(?:ca|drept)\s+(?:(?:posibile|potentiale)\s+)?victime\b"
)
# Verbs whose grammatical subject is what they count even in the active voice.
# "… from poor families fell victim", "Jordan Keeley, 27, of Walton, admitted", "X, who rented the
# flat, pleaded guilty"
# (up to three modifiers in a row: "Darren Cole, 52, of Hull, who let the houses, pleaded guilty";
# an appositive too: "Tom Ray, 41, of Hull, the organiser, admitted")
_MODIFIER_GAP = re.compile(
    # (an age in apposition too: "The woman, 38, faces charges")
    r"(?:\s*,\s*\d{1,2}\s*,|\s+(?:(?:from|of|in|at|aged|with)\s[^,;]{1,50}?,?|(?:who|whom)\s[^;]{1,120}?,"
    r"|(?:the|a|an|his|her|their)\s[^,;]{1,40},)){1,3}\s+"
)
# (with the relative's own words before the verb too: "Two brothers who ran a farm business pleaded guilty")
_WHO_GAP = re.compile(r"\s*,?\s*(?:who|that)\s+(?:[^,;.]{1,80}?\s+)?")
# a second noun sharing the group's number ("15 women and girls", "13 children and vulnerable adults")
_SHARED_NUMBER_GAP = re.compile(
    r"\s+and\s+(?:(?:young|vulnerable|teenage|other)\s+)?(?:adults|people|men|women|children|teenagers|"
    r"girls|boys|workers|minors)\s+"
)
# a headline's group with where it is from, or with what it is in apposition ("Două tinere, posibile
# victime ale traficului de persoane, depistate la PTF Nădlac")
_HEADLINE_ORIGIN = re.compile(
    r"\s+(?:from|of|din|de la)\s[^,;]{1,40},\s*"
    r"|(?:,\s*(?:dintre|din) care [^,;]{1,30})?,\s*"
    r"(?:(?:possible|potential|presumed|suspected|posibile|potentiale|presupuse) )?"
    r"(?:victims of|victime ale)\s[^,;]{1,40},\s*"
)
_SUBJECT_VERB = re.compile(
    r"(?:pleaded|pled|admitted|den(?:y|ied|ies) (?:the|all) charges|entered guilty|received|took part|"
    r"taking part|participated|fell prey|appeared|"
    r"st(?:ood|and|ands|anding) trial|(?:went|go|goes|gone) on trial|"
    r"fac(?:e|es|ing) |fell victim|fallen (?:prey|victim)|c[ao]me forward|coming forward|"
    r"au participat|au actionat|deployed|involved|part of|recunoscut|entered (?:the )?(?:[\w'’]+ )?"
    r"(?:national referral mechanism|nrm))"
)
# a phrase inside a relative clause: "… who trafficked the women", "două tinere, dintre care una minoră"
_IN_RELATIVE = re.compile(
    r"\b(?:(?:who|that|which|whom|care)\s+(?:[a-z'-]+\s+){1,3}|(?:dintre|din) care\s+)$"
)
_HAS_OBJECT = re.compile(
    # (a time is no object: "were both arrested the same night", "arrested a week later")
    r"\s+(?!the (?:same|following|next|previous|day|night|morning|evening|week|weekend)\b|"
    r"(?:a|one|two|three|four) (?:days?|weeks?|months?|years?) later\b)"
    r"(?:the|a|an|his|her|their|them|him|its|these|those|\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|several|some|many|pe|o|un|doi|doua|trei|"
    # a bare plural or its adjective is an object too: "Three men trafficked women to Leeds", "the pair
    # lured victims", "X and Y recruited young women"
    r"women|men|girls|boys|children|victims|people|workers|labou?rers|migrants|minors|teenagers|youths|"
    r"young|vulnerable|underage|hundreds|at least|more than|up to)\b"
)
# "police identified five men believed to be connected to the trafficking": found, but as suspects
# ("women believed to have been trafficked" are the victims)
_SUSPECTING = r"(?:suspected|accused|alleged|believed|thought)"
_SUSPECTED_AFTER = re.compile(
    rf"\s*,?\s+{_SUSPECTING}\s+(?:of|to)\b(?!\s+(?:be|have)\s+(?:been\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:victims?|trafficked|exploited|enslaved|forced|held|sold|abused)\b)"
)
# "two men suspected of trafficking women were arrested": a clause without "who"
_REDUCED_RELATIVE = re.compile(rf"\s+(?:{_SUSPECTING}|said)\s+(?:of|to)\b")
_RELATIVE = re.compile(r"\b(?:who|that|which|whom|whose|care|ce)\b")
_IN_REDUCED_RELATIVE = re.compile(rf"\b{_SUSPECTING}\s+(?:to\s+be|of\s+[a-z]+ing)\s+(?:[\w'’-]+\s+){{0,5}}$")
