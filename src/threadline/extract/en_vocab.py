"""English cue words shared by the entity rules: which nouns name victims, suspects and groups,
which verbs make a group a victim or a suspect, and which words end a street or an administrative
division. One place, so the rules that read them agree."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

EXTRACTOR = "ner:en"

# Nouns naming the people a case is about; their role comes from the verbs around them.
VICTIM_NOUNS = {"victim", "slave", "survivor", "labourer", "laborer", "farmworker", "worker"}
SUSPECT_NOUNS = {
    "suspect", "defendant", "trafficker", "gang", "pimp", "smuggler", "offender", "ringleader",
    "leader", "member", "accomplice", "perpetrator", "boss", "trafficking", "network", "ring",
    "recruiter", "exploiter", "owner", "employer", "driver", "controller", "husband",
}  # fmt: skip
GROUP_NOUNS = {
    "fisherman", "fishermen", "crew", "domestic", "maid", "housekeeper", "nanny", "farmhand",
    "woman", "women", "girl", "man", "men", "boy", "child", "children", "minor", "people",
    "person", "female", "male", "teenager", "teen", "national", "citizen", "migrant", "worker",
    "labourer", "laborer", "farmworker", "daughter", "son", "victim", "employee", "staff",
    "recruit", "adult", "family", "student", "teenage", "kid", "juvenile", "baby", "sister",
    "individual", "resident", "immigrant", "refugee", "slave", "survivor",
}  # fmt: skip
FEMALE = {"woman", "women", "girl", "female", "daughter", "sister", "mother", "wife", "lady", "schoolgirl"}
MALE = {"man", "men", "boy", "male", "son", "brother", "father", "husband", "fisherman", "fishermen",
        "schoolboy"}  # fmt: skip
MINOR_NOUNS = {"child", "children", "minor", "boy", "girl", "teenager", "teen", "kid", "juvenile",
               "baby", "daughter", "son", "schoolgirl", "schoolboy", "underage"}  # fmt: skip
VICTIM_VERBS = {
    "traffic", "exploit", "rescue", "free", "force", "lure", "recruit", "sell", "smuggle",
    "entice", "hold", "keep", "bring", "send", "find", "identify", "safeguard", "abuse", "enslave",
    "house", "employ", "move", "transport", "take", "target", "prey", "groom", "offer", "make",
    "put", "coerce", "control", "liberate", "support", "deceive", "promise", "pass", "shift",
    "subject", "lock", "feed", "pay", "rape", "beat", "threaten", "compel", "saddle", "load",
    "remove", "share", "prostitute", "tattoo", "trick", "receive", "save",
    "discover", "confine", "locate", "intercept", "repatriate",
}  # fmt: skip
VICTIM_SUBJECT_VERBS = {"work", "suffer", "come", "endure", "arrive", "live", "toil", "range",
                        "escape", "flee", "tell", "describe", "say"}  # fmt: skip
SUSPECT_VERBS = {"arrest", "charge", "jail", "convict", "sentence", "detain", "indict", "accuse",
                 "prosecute", "extradite", "remand", "imprison", "catch", "clear", "acquit",
                 "name", "question", "interrogate"}  # fmt: skip
SUSPECT_SENTENCE = {"arrest", "charge", "jail", "convict", "sentence", "indict", "accuse",
                    "defendant", "suspect", "detain", "prison", "guilty", "plead", "custody",
                    "indictment", "bail", "release", "name", "court",
                    "trafficker", "ringleader", "gang"}  # fmt: skip
VICTIM_SENTENCE = {"victim", "rescue", "free", "survivor", "exploit", "enslave", "safeguard",
                   "trafficked", "lure", "force", "recruit", "work", "worker", "labourer",
                   "wage", "shift", "slave"}  # fmt: skip
ORIGIN_VERBS = {"recruit", "lure", "groom", "target", "entice", "find", "come", "bring", "traffic",
                "smuggle", "transport", "move", "send", "travel", "originate", "hail"}  # fmt: skip
DESTINATION_VERBS = {"traffic", "bring", "smuggle", "transport", "send", "move", "take", "lure",
                     "come", "entice", "force", "exploit", "work", "sell", "ship", "fly",
                     "drive", "travel", "arrive", "pass", "shift"}  # fmt: skip
PLACE_LABELS = {"GPE", "LOC", "FAC"}
INSTITUTION_HEADS = {
    "police", "court", "service", "agency", "unit", "bureau", "department", "office", "force",
    "army", "navy", "guard", "commission", "directorate", "council", "ministry", "authority",
    "tribunal", "constabulary", "gendarmerie", "prosecutor", "prosecutors", "squad", "division", "patrol",
}  # fmt: skip
STREET_WORDS = {"close", "street", "road", "lane", "avenue", "terrace", "drive", "way", "crescent",
                "gardens", "square", "grove", "mews", "row", "walk", "st", "rd", "ave"}  # fmt: skip
DIVISION_WORDS = {"state", "county", "district", "districts", "region", "province", "division",
                  "municipality", "township", "borough", "parish", "city", "town"}  # fmt: skip
# "Ify Mba, 33," and "23-year-old Amanda Eze Chioma": how news names people the NER may miss


def lemmas(sent: SpacySpan) -> set[str]:
    return {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
