"""Places searched one at a time, written without a number ("a raid on a house in Baghpat",
"searched a hand car wash and a nearby house").
"""

from __future__ import annotations

import re

from threadline.extract.alternation import gated
from threadline.extract.counts.lexicon import _ORDINALS

# Places raided one at a time, written without a number.
_ONE_PLACE = (
    r"home|house|property|address|flat|apartment|farm|factory|brothel|building|warehouse|salon|"
    r"nail bar|car wash|kiln|hotel|motel|residence|facility|(?:night ?)?club|(?:massage )?parlou?r|spa|"
    r"guesthouse|restaurant|bar|hideout|office|compound|den|camp|site|yard|workshop|shop|caravan|"
    r"shelter|hostel|dormitory|villa|bungalow|cottage|mansion|barn|plant|cantina|smallholding|ranch|"
    r"plantation|garage|depot|mill|quarry|laundry|bakery|pub|inn|tavern|canteen|karaoke|takeaway|"
    r"supermarket|store|minimarket|kitchen|cafe|eatery|massage centre|brickworks|storeroom|lodge|"
    r"clinic|studio|shack|hut|farmhouse|tenement|orphanage|boarding house|lodging house|bunkhouse|"
    r"trailer|mobile home|motorhome|bedsit|cabin|outbuilding|laboratory|lab"
)
# Whose place it was: "Daley's home", "the Corderos' home"
_POSSESSOR = r"[a-z]+(?:['’]s|s['’])"
# The next place in a list of places searched: its town after the last one, "and", and its article.
_AND_NEXT_PLACE = (
    # ("… and two more in Wolverhampton, as well as at a house in Dudley")
    r"(?P<gap>\s+(?:more\s+)?(?:in|at|near|on)\s+[^,;.]{1,40}?)?,?\s+(?:and|as well as|plus)\s+"
    r"(?P<at>at\s+|on\s+)?"
    r"(?:an?|one|the|another|his|her|their|a (?:second|third|fourth|fifth)"
)
# after searched places and their town: "… and a storage unit in Perrysburg", "… and at a third property"
_AND_MORE_PREMISES = re.compile(
    _AND_NEXT_PLACE + r")\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_ONE_PLACE}|premises|location|unit|greenhouse|venue|business|sauna)\b"
)


# the same with the place named: "searched a hand car wash and a nearby house", "executed warrants at
# the salon and at the Bucknall address"
_AND_ONE_MORE_PLACE = re.compile(
    # the head of a compound the place word began: "a farm property near Delhi", "a motel room in …"
    r"(?:\s+(?:property|premises|room|building|site|unit|complex))?"
    + _AND_NEXT_PLACE
    + rf"|{_POSSESSOR})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<place>{_ONE_PLACE}|premises)\b(?!\s*(?:owners?|managers?|staff)\b)"
)


# a list's middle item: "executed search warrants at the plant, the bunkhouse and a residence"
_COMMA_ONE_MORE_PLACE = re.compile(
    r",\s+(?:at\s+)?(?:an?|the|his|her|their|another)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<place>{_ONE_PLACE}|premises)\b(?!\s*(?:owners?|managers?|staff)\b)"
)


def more_places(s: str, end: int) -> list[re.Match[str]]:
    """The places named after one searched place in the same list: "… and a nearby house", or "…, the
    bunkhouse and a residence" (middle items count only when an "and" closes the list)."""
    found: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []
    while True:
        if (m := _AND_ONE_MORE_PLACE.match(s, end)) is not None:
            found += [*pending, m]
            pending = []
        elif (m := _COMMA_ONE_MORE_PLACE.match(s, end)) is not None:
            pending.append(m)
        else:
            return found
        end = m.end()


# the next place left unnamed, by its ordinal: "raids on two houses in Puebla and a third in Tlaxcala"
_AND_AN_ORDINAL_PLACE = re.compile(
    r"(?:\s+(?:in|at|near|on)\s+[^,;.]{1,40}?)?,?\s+(?:and|as well as|plus)\s+(?:at\s+)?"
    rf"a (?:{'|'.join(_ORDINALS[:5])})(?:\s+one)?\s+(?:in|at|near|on)\s"
)


def _more_premises(s: str, end: int) -> int:
    """One more searched place named after a counted number of them in the same clause (numbered
    ones, "… and five addresses in Bulgaria", are summed by the chains already)."""
    m = _AND_MORE_PREMISES.match(s, end)
    # "three flats and a house" is summed where the house is found on its own (_ONE_PREMISES)
    if m is None:
        return 1 if _AND_AN_ORDINAL_PLACE.match(s, end) else 0
    return 1 if m.group("gap") or m.group("at") else 0


# One raid, named by its noun: "during a police raid in Baghpat", "the raid was conducted", "rescued
# in a raid by officers". Plural raids without a number count nothing.
_A_RAID = gated(
    r"\b(?P<place>(?:a|the|this)\s+(?:(?:joint|police|dawn|surprise|pre-dawn|late-night|night|rescue|"
    r"major|large|coordinated|targeted|subsequent|sting)\s+){0,2}raid|raiding (?:party|team))\b(?!s)"
    r"(?!\s+(?:on|at|of)\s+\d)"
)
# A search told only as when something was found: "agents found it in a drawer during a search in May"
_DURING_A_SEARCH = gated(
    r"\bduring\s+(?P<place>(?:a|the)\s+(?:police\s+|house\s+)?search)\b(?!\s+(?:of|for)\s+(?:the\s+|an?\s+|his\s+|"
    r"her\s+|their\s+)?(?:cars?|vehicles?|vans?|lorry|lorries|trucks?|boats?|databases?|records|phones?|online))"
)
# One place raided and named before: "the compound … when police raided it"
_RAIDED_IT = gated(r"\b(?:raided|stormed)\s+(?P<place>it)\b")
# "a force of 40 officers entered the farm with a search order"
_ENTERED_WITH_WARRANT = gated(
    rf"\bentered\s+(?:the|an?|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<place>{_ONE_PLACE})\s+with\s+(?:a|an)\s+"
    r"(?:search\s+)?(?:warrant|order)\b"
)
# One place raided: "raided a motel", "swooped on the property", "searched Daley's home address".
_ONE_PREMISES = gated(
    r"\b(?:raid(?:ed|s)?|search(?:ed|ing)?|stormed|swoop(?:ed)?(?: down)? on|forced entry (?:to|into)|"
    # (an officer's note: "members attended a hotel on Pembina Hwy"; not a victim who "attended a clinic")
    r"inspected|(?:(?<=officers )|(?<=police )|(?<=members )|(?<=agents ))attended|"
    # (no space of its own at the end: "executed a warrant at the site" has one space before "at")
    r"warrants?(?: (?:were|was))?(?: (?:executed|carried out))?"
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?)"
    r"\s+(?:(?:on|at|of|in)\s+)?(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?|"
    rf"(?:the|{_POSSESSOR}|his|her)\s+(?:[\w'’-]+\s+){{0,4}}?)"
    rf"(?P<place>{_ONE_PLACE}|premises|lodge)\b(?!\s*(?:owners?|managers?|staff)\b)"
)
# One search in Romanian: "după o percheziție la locuința lor", "găsită la percheziția din locuința
# inculpaților"
_A_SEARCH_RO = gated(
    r"\b(?P<place>(?<=\bo )perchezitie|(?<=\bunei )perchezitii|"
    r"perchezitia(?=\s+(?:din|de la|la|efectuata la)\s+(?:locuinta|domiciliul|sediul|imobilul)\b))\b"
    r"(?!\s+(?:informatica|a (?:telefonului|autoturismului|sistemului)))"
)
# One more place searched, told on its own: "A second address, in Hulme, was searched", "an address in
# Birmingham was searched the same morning" (an indefinite place: not one counted before).
_PLACE_SEARCHED = gated(
    r"(?:^|[;,]\s*|\band\s+)(?:an?|another|one more)\s+(?:(?:second|third|fourth|further|separate)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<place>{_ONE_PLACE}|premises)\b"
    # ("A flat above the shop was also searched")
    r"(?:,?\s+(?:in|at|on|near|above|below|behind|beside|next to|opposite)\s+[^,;.]{1,40}?,?)?"
    r"\s+(?:was|has been|had been|were)\s+(?:also\s+)?(?:raided|searched|inspected)\b"
    # "…was searched, as was a house in Kingswood": one more
    rf"|,\s*as\s+(?:was|were)\s+(?:an?|another|one more)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<place2>{_ONE_PLACE})\b"
)
# Places named before their passive verb: "The house was searched", "The vessel and the Annalong property
# were both searched" (each a place; told again, not more of them)
_THE_PLACE = (
    rf"(?:the|his|her|their|{_POSSESSOR})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_ONE_PLACE}|premises|vessel|boat|ship|trawler)\b"
)
_DEFINITE_SEARCHED = gated(
    rf"(?:^|[;:]\s*|,\s*(?:and|while)\s+)(?P<place>{_THE_PLACE}(?:\s+and\s+{_THE_PLACE})*)"
    r"\s+(?:was|were|has been|have been|had been)\s+(?:both\s+|all\s+|also\s+|later\s+|then\s+)?"
    r"(?:raided|searched)\b"
)
# One place an operation went to: "a pre-dawn operation at the Portview Avenue massage parlour"; one of
# several places searched: "searched one of the accused's residences".
_OPERATION_AT = gated(
    rf"\b(?:operation|inspection|crackdown)\s+(?:at|on|of)\s+(?:the|a|an|his|her|their|{_POSSESSOR})\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?P<place>{_ONE_PLACE}|premises)\b(?!\s*(?:owners?|managers?|staff)\b)"
)
_ONE_OF_SEVERAL = gated(
    rf"\b(?:raid(?:ed)?|search(?:ed)?|stormed)\s+one\s+of\s+(?:the|his|her|their|{_POSSESSOR})\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<place>homes|houses|residences|properties|addresses|flats|apartments|farms)\b"
)
# One search warrant executed, where the text names no place: "police executed a search warrant"
_A_SEARCH_WARRANT = gated(
    r"(?:\b(?:executed|executing|served|serving|carried out|carrying out|conducted|conducting|implementing|"
    r"implemented|implementation of)\s+(?:a|one)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"|\b(?:a|one)\s+(?=search warrant\s+(?:was|had been|has been)\s+(?:also\s+)?"
    r"(?:executed|served|carried out)\b))"
    r"(?P<place>search warrant|warrant to search)\b"
)
# One place before counted ones: "the farm and three houses were searched".
_ONE_PLACE_BEFORE = re.compile(
    rf"\b(?:the|an?|his|her|their|{_POSSESSOR})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<place>{_ONE_PLACE})\s+and\s+$"
)
# One more place after counted ones: "raided four houses and a car wash".
_ONE_MORE_PREMISES = gated(
    # (whose it was: "three shops and the owner's house", "two flats and his home")
    r"(?:and|as well as|plus)\s+"
    rf"(?:(?:a|an|one|the|his|her|their)\s+(?:[\w-]+\s+|{_POSSESSOR}\s+)?|{_POSSESSOR}\s+)"
    rf"(?P<place>{_ONE_PLACE})\b"
)
_RAID_HEAD = re.compile(
    r"search warrants|warrants|raids|searches|perchezitii(?: domiciliare)?|descinderi|"
    r"mandate(?: de perchezitie)?"
)
_RAID_CUE = re.compile(
    r"\b(?:raids?|raided|raiding|searche[sd]|search|searching|warrants?|inspections?|inspected|stormed|swoops?|visited|"
    r"rescued|freed|"
    r"checked|targeted|"
    r"perchezitii|perchezitionat\w*|descinderi|descins)\b"
)
# "at four restaurants in Kansas City, Independence and Lee's Summit, Missouri, and at two residences":
# the next part of a list of places searched, after a long run of towns
_LISTED_PREMISES_GAP = re.compile(
    # whose they were may come first: "four car washes belonging to the same operator in Genk, …"
    r"(?:\s+(?:belonging to|owned by|run by|operated by|used by)\s+[^,;.]{1,40}?)?"
    r"\s+(?:in|at|near|across)\s[^;.]{1,100}?,?\s+(?:and|as well as|plus)\s+(?:(?:at|in|on)\s+)?"
)
_RAIDED_AFTER = re.compile(
    r"^[^.;]{0,25}\b(?:were|was|have been|had been|au fost)\s+(?:raided|searched|perchezitionate)"
)


# Places searched in each of several towns, written without a number: "executed search warrants at homes
# in Strathfield and Parramatta" (two homes). One town alone tells no number.
_PLACES_IN = re.compile(
    r"\b(?:raided|searched|(?:search )?warrants?\s+(?:were\s+)?(?:executed|carried out)\s+at|"
    r"executed\s+(?:search\s+)?warrants\s+at|searches\s+(?:at|of)|raids\s+(?:on|at))\s+"
    r"(?P<place>homes|houses|addresses|properties|premises|businesses|flats|apartments|brothels|salons)"
    r"\s+in\s+"
)
_TOWN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_TOWNS = re.compile(rf"{_TOWN}(?:\s*,\s*{_TOWN})*,?\s+and\s+{_TOWN}\b")
_TOWN_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def places_in_towns(text: str, folded: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, number of places) for each plural place searched "in X, Y and Z": one per town,
    and one more for a place named after the towns ("… and at a brothel in Marrickville")."""
    found: list[tuple[int, int, int]] = []
    if not any(cue in folded[start:end] for cue in ("search", "raid", "warrant")):
        return found  # every place _PLACES_IN reads follows one of these words: no scan needed
    for m in _PLACES_IN.finditer(folded, start, end):
        towns = _TOWNS.match(text, m.end(), end)
        if towns is None:
            continue
        value = len(_TOWN_SPLIT.split(towns.group()))
        if _AND_ONE_MORE_PLACE.match(folded, towns.end(), end):
            value += 1
        found.append((m.start("place"), towns.end(), value))
    return found
