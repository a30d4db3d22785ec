"""Lexicon classification: labels with evidence, negation, hypotheticals, Romanian, boilerplate."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract import classify as classify_module
from threadline.extract.boilerplate import split_segments
from threadline.extract.classify import LEXICON_DIR, SCHEMES, classify
from threadline.taxonomy.vocabulary import (
    Exploitation,
    Indicator,
    Recruitment,
    Sector,
    SeizureKind,
)

VOCABULARY = {
    "exploitation": Exploitation,
    "sector": Sector,
    "recruitment": Recruitment,
    "indicator": Indicator,
    "seizure": SeizureKind,
}


def labels(text: str, scheme: str, language: str | None = None) -> set[str]:
    return {c.label for c in classify(text, split_segments(text), language) if c.scheme == scheme}


POSITIVE = [
    # exploitation
    ("The women were forced into prostitution in Birmingham.", "exploitation", "sexual"),
    ("Victims were made to sell sex from rented flats.", "exploitation", "sexual"),
    ("The men were subjected to forced labour on building sites.", "exploitation", "labour"),
    ("She was kept in domestic servitude for eight years.", "exploitation", "domestic_servitude"),
    ("The boys were forced to sell drugs along county lines.", "exploitation", "criminal"),
    ("The girl was forced to marry a man twice her age.", "exploitation", "forced_marriage"),
    ("Villagers were lured to sell a kidney.", "exploitation", "organ_removal"),
    ("Tinerele erau obligate să practice prostituția în Germania.", "exploitation", "sexual"),
    ("Bărbații erau exploatați prin muncă pe un șantier.", "exploitation", "labour"),
    # sectors
    ("They worked at a hand car wash in Hull.", "sector", "car_wash"),
    ("Women were found working in nail bars in Gloucester.", "sector", "nail_bar"),
    ("Six Vietnamese boys were found tending a cannabis factory.", "sector", "cannabis_cultivation"),
    ("The crew were held on a fishing vessel for months.", "sector", "fishing"),
    ("The labourers were freed from two brick kilns.", "sector", "manufacturing"),
    ("They worked shifts in poultry factories.", "sector", "food_processing"),
    ("Workers picked strawberries at a farm in Kent.", "sector", "agriculture"),
    ("They were forced to work in a scam compound defrauding people online.", "sector", "online_scam"),
    ("Lucrau la o spălătorie auto din Manchester.", "sector", "car_wash"),
    ("Copiii erau obligați să cerșească pe străzi.", "sector", "begging"),
    # recruitment
    ("Recruiters posed as boyfriends to lure the women abroad.", "recruitment", "loverboy"),
    ("The network used the 'loverboy' method to recruit girls.", "recruitment", "loverboy"),
    ("He groomed her and claimed they were in a romantic relationship.", "recruitment", "loverboy"),
    ("Membrii grupării se prezentau drept iubiții victimelor.", "recruitment", "loverboy"),
    ("Au recrutat tinerele prin metoda lover boy.", "recruitment", "loverboy"),
    ("They were promised well-paid jobs in construction.", "recruitment", "false_job_offer"),
    ("Traffickers lured them with talk of 'good jobs'.", "recruitment", "false_job_offer"),
    ("Le-au promis locuri de muncă bine plătite în Italia.", "recruitment", "false_job_offer"),
    # Romanian work told or proposed in other words, and a job advert's "we hire"
    ("Celorlalte trei li s-a spus că vor lucra ca ospătărițe.", "recruitment", "false_job_offer"),
    ("Le spuneau că vor lucra puțin la un salon de masaj.", "recruitment", "false_job_offer"),
    (
        "Are un prieten în Spania care le poate găsi de lucru la un restaurant.",
        "recruitment",
        "false_job_offer",
    ),
    ("El avea o afacere în Irlanda, iar ea putea lucra într-o cafenea.", "recruitment", "false_job_offer"),
    ("Un vecin i-a propus să meargă la mere în Spania: 60 de euro pe zi.", "recruitment", "false_job_offer"),
    ("Anunțul apărea săptămânal: „Angajăm spălători auto în Anglia.”", "recruitment", "false_job_offer"),
    ("They had to repay debts for their travel to the UK.", "recruitment", "debt_bondage"),
    ("Each worker paid recruitment fees of $1,500.", "recruitment", "debt_bondage"),
    ("The victims' parents had agreed to send them away.", "recruitment", "family_or_acquaintance"),
    ("The girl was abducted on her way home from school.", "recruitment", "abduction"),
    ("Victims were recruited via Facebook and Instagram.", "recruitment", "online_advertising"),
    ("Fata a fost răpită din fața casei.", "recruitment", "abduction"),
    # indicators
    ("Their passports were confiscated on arrival.", "indicator", "retention_of_documents"),
    ("Le-au luat actele de identitate.", "indicator", "retention_of_documents"),
    ("They worked 14 hours a day, seven days a week.", "indicator", "excessive_overtime"),
    ("They were locked in the house and never allowed to leave.", "indicator", "restriction_of_movement"),
    ("He threatened to harm their families.", "indicator", "intimidation_threats"),
    ("The men lived in squalid, overcrowded caravans.", "indicator", "abusive_conditions"),
    ("The workers were never paid for their work.", "indicator", "withholding_wages"),
    ("The gang preyed on homeless men.", "indicator", "abuse_of_vulnerability"),
    ("The women were beaten if they refused.", "indicator", "physical_sexual_violence"),
    ("Victimele erau bătute și amenințate.", "indicator", "physical_sexual_violence"),
    # seizures
    ("Officers seized £12,000 in cash and two vans.", "seizure", "cash"),
    ("Officers seized £12,000 in cash and two vans.", "seizure", "vehicles"),
    ("A handgun and ammunition were recovered from the flat.", "seizure", "firearms"),
    ("Officers found 30 sewing machines and about $5,000 in cash at the workshop.", "seizure", "cash"),
    ("Twelve phones, Rs 4 lakh and USD 300 were seized from the suspects.", "seizure", "cash"),
    ("High value watches were seized in Romania.", "seizure", "jewellery_watches"),
    ("Au fost ridicate sume de bani și telefoane mobile.", "seizure", "phones"),
    ("Anchetatorii au indisponibilizat conturi bancare și două imobile.", "seizure", "bank_assets"),
    ("Anchetatorii au indisponibilizat conturi bancare și două imobile.", "seizure", "property"),
    # family who trafficked them, said in more ways
    (
        "Two sisters, 15 and 16, told police that their mother was their pimp.",
        "recruitment",
        "family_or_acquaintance",
    ),
    ("The accused include her 40-year-old husband and his mother.", "recruitment", "family_or_acquaintance"),
    ("Two of the victims are children of another female suspect.", "recruitment", "family_or_acquaintance"),
    # work promised in other words than "promised jobs"
    ("She was lured to Bangkok under pretenses of a well-paid job.", "recruitment", "false_job_offer"),
    ("The promise of a few weeks' work began a long ordeal at sea.", "recruitment", "false_job_offer"),
    (
        "The boys were taken across the border on the temptation of employment.",
        "recruitment",
        "false_job_offer",
    ),
    ("They were lured with attractive packages and good salaries in Oman.", "recruitment", "false_job_offer"),
    ("The agents lured them to Delhi where they would get jobs in hotels.", "recruitment", "false_job_offer"),
    # work offered to the people themselves, advertised, or promised as hours and pay in a foreign currency
    ("She offered the girls, then 15 and 16, work in her sister's salon.", "recruitment", "false_job_offer"),
    ("Posts advertising well-paid work in massage parlours drew them in.", "recruitment", "false_job_offer"),
    ("Each paid agents for jobs advertised as paying €1,100 a month.", "recruitment", "false_job_offer"),
    ("They were promised 38 hours of work a week at award rates.", "recruitment", "false_job_offer"),
    # ads and offers placed on a named platform, recruiting through messaging apps and "social networks"
    (
        "Most had answered advertisements on Telegram offering sewing work.",
        "recruitment",
        "online_advertising",
    ),
    ("He met the girls after posting an advertisement on Instagram.", "recruitment", "online_advertising"),
    ("They recruited women through advertisements posted on WeChat.", "recruitment", "online_advertising"),
    ("The women had answered job offers posted in Facebook groups.", "recruitment", "online_advertising"),
    ("The women were contacted through social networks by recruiters.", "recruitment", "online_advertising"),
    (
        'The recruiters offered jobs as "internas" (live-in workers) through Facebook.',
        "recruitment",
        "online_advertising",
    ),
    ("Posted in a Facebook group for job seekers, it promised work.", "recruitment", "online_advertising"),
    # a relative who told of the work, a parent's cousin, the village's own agent, brokers who are relatives
    (
        "A cousin who had worked in Sicily told her about a farmer near Vittoria.",
        "recruitment",
        "family_or_acquaintance",
    ),
    (
        "His mother's cousin told the family he could work in a nail salon.",
        "recruitment",
        "family_or_acquaintance",
    ),
    (
        "They were brought to Delhi by an agent belonging to their own village.",
        "recruitment",
        "family_or_acquaintance",
    ),
    (
        "The brokers, some of whom are relatives of the children, promised school.",
        "recruitment",
        "family_or_acquaintance",
    ),
    (
        "The five men were recruited through relatives of the brothers.",
        "recruitment",
        "family_or_acquaintance",
    ),
    (
        "Several of them were distant relatives of the leaders of the clan.",
        "recruitment",
        "family_or_acquaintance",
    ),
    # a relationship or a marriage talked of, a boyfriend in scare quotes or in the victim's words
    ("They began a relationship and he said he had a business in London.", "recruitment", "loverboy"),
    ("He recruited them by pretending to be romantically interested.", "recruitment", "loverboy"),
    ("He met the woman online and promised her a relationship.", "recruitment", "loverboy"),
    ("After three months of chats, he told her he wanted to marry her.", "recruitment", "loverboy"),
    ("Within six months they were talking about getting married.", "recruitment", "loverboy"),
    ("She came from Craiova with her 'boyfriend' Marius.", "recruitment", "loverboy"),
    # children won over with money, clothes or drugs (county lines): recruitment of another kind
    (
        "The boys had been groomed on Snapchat with offers of money and designer clothes.",
        "recruitment",
        "other",
    ),
    ('They were lured with designer trainers and promises of "easy money".', "recruitment", "other"),
    ("One of the accused began supplying her with drugs.", "recruitment", "other"),
    ("Recruited through Facebook, the workers paid fees.", "recruitment", "online_advertising"),
    ("She told them that factories in Guangzhou were hiring.", "recruitment", "false_job_offer"),
    ("A contractor promised them 2,500 reais ($450) a month plus lodging.", "recruitment", "false_job_offer"),
    (
        "The network published advertisements on Instagram offering work as hostesses.",
        "recruitment",
        "online_advertising",
    ),
    ("The gang targeted vulnerable women from poor villages.", "indicator", "abuse_of_vulnerability"),
    ("The workers were often beaten by the foreman.", "indicator", "physical_sexual_violence"),
    # documents taken, and violence, in more words
    ("They were stripped of their passports on arrival.", "indicator", "retention_of_documents"),
    ("The boss was accused of stealing their identity documents.", "indicator", "retention_of_documents"),
    ("He was charged with withholding or destroying documents.", "indicator", "retention_of_documents"),
    (
        "After handing over their passports they were driven to the farm.",
        "indicator",
        "retention_of_documents",
    ),
    ("The cleaners were physically and verbally abused.", "indicator", "physical_sexual_violence"),
    ("An enforcer used violence and dogs to keep them in line.", "indicator", "physical_sexual_violence"),
    # abusive conditions under more adjectives
    ("The pickers worked in horrid working conditions on the farm.", "indicator", "abusive_conditions"),
    ("They lived in subhuman conditions of overcrowding.", "indicator", "abusive_conditions"),
    ("Her food was rationed and she slept in the hall.", "indicator", "abusive_conditions"),
    ("The men were exploited under gruelling conditions.", "indicator", "abusive_conditions"),
    ("They ate once a day.", "indicator", "abusive_conditions"),
    ("- One meal a day, rice only.", "indicator", "abusive_conditions"),
    ("The boys were made to do hazardous work on the lake.", "indicator", "abusive_conditions"),
    ("They owed the gang £3,000 and had to work off the debt.", "indicator", "debt_bondage"),
    ("The men owed ever-growing debts to the gang.", "indicator", "debt_bondage"),
    # kept from leaving, in more words
    ("Two boys were being kept against their will at the farm.", "indicator", "restriction_of_movement"),
    ("The cooks were forbidden to leave the house except for work.", "indicator", "restriction_of_movement"),
    ("The couple did not allow her to leave the flat alone.", "indicator", "restriction_of_movement"),
    ("The gang held them prisoners in a brothel.", "indicator", "restriction_of_movement"),
    ("One of the men managed to escape and called the police.", "indicator", "restriction_of_movement"),
    # being deprived of pay, in the many ways reports say it
    ("The cleaners worked for no money for two years.", "indicator", "withholding_wages"),
    ("The owner grew rich on cheap or totally free labour.", "indicator", "withholding_wages"),
    ("The pickers were paid very little and lived in a barn.", "indicator", "withholding_wages"),
    ("He was charged with not paying the kitchen staff the minimum wage.", "indicator", "withholding_wages"),
    ("The men never received the money they had earned.", "indicator", "withholding_wages"),
    ("Rent for the caravan was taken from the workers' wages.", "indicator", "withholding_wages"),
    ("The labourers were housed in sheds and paid substandard wages.", "indicator", "withholding_wages"),
    # kept in, driven everywhere, watched, in more words
    ("when madam go out she lock the door", "indicator", "restriction_of_movement"),
    ("- Gate of the living compound is locked from 21:00.", "indicator", "restriction_of_movement"),
    (
        "They were driven to and from the brothels by members of the syndicate.",
        "indicator",
        "restriction_of_movement",
    ),
    ("The caller has never seen them leave alone.", "indicator", "restriction_of_movement"),
    ("The women were kept under constant watch by 'madams'.", "indicator", "restriction_of_movement"),
    ("The manager controlled who came and went.", "indicator", "restriction_of_movement"),
    (
        "they don't let us go out, they say if we leave they will call migración",
        "indicator",
        "restriction_of_movement",
    ),
    ("They had not been allowed to go ashore in Castletownbere.", "indicator", "restriction_of_movement"),
    ("She was allowed out of the house only with a family member.", "indicator", "restriction_of_movement"),
    ("Workers may go to the market, accompanied by a supervisor.", "indicator", "restriction_of_movement"),
    ("- Armed men watch the road out of the settlement.", "indicator", "restriction_of_movement"),
    # cut off in other words: no phone, calls rationed, no contact outside, no one to talk to
    ("Her only contact with the outside world was a weekly Mass.", "indicator", "isolation"),
    ("The gang made sure they had no contact with anyone outside the business.", "indicator", "isolation"),
    ("She did not speak English and had no money or phone.", "indicator", "isolation"),
    ("- Phone calls home allowed once a month, from employer's phone only.", "indicator", "isolation"),
    ("Workers were told not to speak with customers or other staff.", "indicator", "isolation"),
    ("Visitors are not allowed.", "indicator", "isolation"),
    # Romanian threats in other words: the police held over them, harm to the family, recordings sent home
    ("Poliția spaniolă îl va închide, fără acte.", "indicator", "intimidation_threats"),
    ("Mi-a zis că dacă fug, o să le facă rău părinților mei.", "indicator", "intimidation_threats"),
    (
        "Li se spunea că înregistrările lor vor fi trimise colegilor și părinților.",
        "indicator",
        "intimidation_threats",
    ),
    ("Li se spusese că, dacă merg la poliție, vor fi arestați.", "indicator", "intimidation_threats"),
    ("„Le era teamă să vorbească.”", "indicator", "intimidation_threats"),
    (
        "Ne-au spus că dacă plecăm nu ne mai dau nimic și că ne găsesc acasă.",
        "indicator",
        "intimidation_threats",
    ),
    # Romanian pay cut to a pittance or nothing, takings taken over, accounts only the group could use
    ("Primeau în cel mai bun caz 20 de lire pe zi.", "indicator", "withholding_wages"),
    ("În final, primeau 20 de euro pe zi sau nimic.", "indicator", "withholding_wages"),
    ("Întreaga sumă obținută era preluată de membrii grupării.", "indicator", "withholding_wages"),
    ("Banii îi lua toți Sorin.", "indicator", "withholding_wages"),
    ("Din plată li se rețineau sume pentru cazare și transport.", "indicator", "withholding_wages"),
    (
        "Pe numele lor erau deschise conturi bancare la care aveau acces exclusiv membrii grupului.",
        "indicator",
        "withholding_wages",
    ),
    # the takings kept by the exploiters, in more words
    ("The defendants kept the majority of the proceeds.", "indicator", "withholding_wages"),
    ("Most of the money was kept by the organisers.", "indicator", "withholding_wages"),
    ("The women kept only a small fraction of the money.", "indicator", "withholding_wages"),
    ("he must give back almost all money in cash, he keep only 200 pound", "indicator", "withholding_wages"),
    ("He took her identity card and all the money she earned.", "indicator", "withholding_wages"),
    ("She must give all money to Mama Joy.", "indicator", "withholding_wages"),
    ("Subject 2 was controlling her earnings and documents.", "indicator", "withholding_wages"),
    ("I never saw any money.", "indicator", "withholding_wages"),
    ('Same worker said "boss pay us only tip".', "indicator", "withholding_wages"),
]


@pytest.mark.parametrize(("text", "scheme", "label"), POSITIVE)
def test_labels_found(text: str, scheme: str, label: str) -> None:
    assert label in labels(text, scheme)


NEGATIVE = [
    ("Inspectors found no evidence of forced labour at the factory.", "exploitation", "labour"),
    ("There was no sign of sexual exploitation.", "exploitation", "sexual"),
    ("If you suspect someone is being forced into prostitution, call the police.", "exploitation", "sexual"),
    ("Signs include workers at car washes who seem frightened.", "sector", "car_wash"),
    ("They had been promised jobs as housemaids in Oman.", "sector", "domestic_work"),
    ("She was told she would work in a restaurant.", "sector", "hospitality"),
    ("Victims' passports were confiscated by the gang.", "seizure", "documents"),
    ("The court heard he had large cash sums in bank accounts.", "seizure", "cash"),
    ("Hundreds of adverts for sexual services appeared on a website.", "recruitment", "online_advertising"),
    # a person met, befriended or groomed on a platform was reached by someone, not by an advert
    ("The 16-year-old met one of the accused on Instagram.", "recruitment", "online_advertising"),
    # a marriage arranged by parents is forced, not a boyfriend's lure
    ("Her parents told her that she would marry a relative.", "recruitment", "loverboy"),
    ("The charity began a relationship with the local police.", "recruitment", "loverboy"),
    ("He groomed the boys through Snapchat with offers of cash.", "recruitment", "online_advertising"),
    ("One of the men befriended the girl on Snapchat.", "recruitment", "online_advertising"),
    ("Recruiters approached young women in Albania through Instagram.", "recruitment", "online_advertising"),
    ("Police seized the moment to ask for help.", "seizure", "other"),
    ("She wore a watch.", "seizure", "jewellery_watches"),
    ("Police found three boys locked inside a house converted into a cannabis farm.", "seizure", "drugs"),
    ("The men were not beaten, police said.", "indicator", "physical_sexual_violence"),
    ("He could not pay the money he owed the recruiter.", "indicator", "withholding_wages"),
    ("Most of the men speak very little English.", "indicator", "isolation"),
    # what victims in general "are often" or "may be" made to suffer
    ("Victims are often too afraid to speak out, the inspector said.", "indicator", "intimidation_threats"),
    ("Women in such places may be threatened with deportation.", "indicator", "intimidation_threats"),
    # the law's definition is no fact of the case
    (
        "Slavery is legally defined as forced labour under excessive working hours.",
        "indicator",
        "excessive_overtime",
    ),
    # a debt or a fee alone is no bondage
    ("Each worker paid recruitment agents filing fees for a visa.", "indicator", "debt_bondage"),
    ("He came to Britain to pay off his family's mortgage.", "indicator", "debt_bondage"),
    # the vulnerable in general, in an official's words, are not this case's victims
    (
        "We must protect vulnerable people from exploitation, the minister said.",
        "indicator",
        "abuse_of_vulnerability",
    ),
    ("Such gangs prey on the most vulnerable in society.", "indicator", "abuse_of_vulnerability"),
    (
        "Campaigns aim to shield vulnerable communities from traffickers.",
        "indicator",
        "abuse_of_vulnerability",
    ),
    ("They were jailed for money laundering and paid a fine.", "indicator", "withholding_wages"),
    ("Nu au existat indicii de exploatare sexuală.", "exploitation", "sexual"),
]


@pytest.mark.parametrize(("text", "scheme", "label"), NEGATIVE)
def test_labels_not_found(text: str, scheme: str, label: str) -> None:
    assert label not in labels(text, scheme)


def test_romanian_without_diacritics_reads_the_same() -> None:
    with_marks = "Tinerele erau obligate să practice prostituția, iar banii erau luați de inculpați."
    without = "Tinerele erau obligate sa practice prostitutia, iar banii erau luati de inculpati."
    for scheme in ("exploitation", "indicator"):
        assert labels(with_marks, scheme, "ro") == labels(without, scheme, "ro")
        assert labels(with_marks, scheme, "ro")


def test_boilerplate_paragraph_gives_no_sectors() -> None:
    text = (
        "Police rescued six women who were forced into prostitution.\n\n"
        "'We believe there are victims in every borough and the public may encounter them every "
        "day. Victims have been found working in construction, agriculture, car washes and nail "
        "bars.'"
    )
    assert labels(text, "sector") == {"sex_industry"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was held in domestic servitude and forced labour, cleaning for the family.",
            {"domestic_servitude"},
        ),
        ("The men were trafficked for forced labour to run online scams from a compound.", {"criminal"}),
        (
            "The maid was held in domestic servitude; her brother did forced labour on a farm.",
            {"domestic_servitude", "labour"},
        ),
    ],
)
def test_servitude_and_forced_crime_are_their_own_forms(text: str, expected: set[str]) -> None:
    assert labels(text, "exploitation", "en") == expected


def test_derived_labels() -> None:
    text = "Recruiters posed as boyfriends and the women were forced into prostitution."
    assert "sex_industry" in labels(text, "sector")
    assert "deception" in labels(text, "indicator")


def test_evidence_spans_point_at_cues() -> None:
    text = "The men were forced to work at a car wash and their passports were taken."
    for c in classify(text, split_segments(text), "en"):
        assert c.evidence
        for a, b in c.evidence:
            assert 0 <= a < b <= len(text)
        assert 0 < c.confidence <= 1


def test_lexicon_labels_belong_to_the_vocabulary() -> None:
    for scheme in SCHEMES:
        data = tomllib.loads((LEXICON_DIR / f"{scheme}.toml").read_text(encoding="utf-8"))
        allowed = {e.value for e in VOCABULARY[scheme]}
        assert set(data) - {"_scheme"} <= allowed, scheme


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(["en", "ro", None]))
def test_arbitrary_text_never_raises(text: str, language: str | None) -> None:
    for c in classify(text, split_segments(text), language):
        assert c.scheme in SCHEMES
        assert c.label in {e.value for e in VOCABULARY[c.scheme]}
        for a, b in c.evidence:
            assert 0 <= a < b <= len(text)


def test_a_cannabis_grows_farm_and_crop_are_no_agriculture() -> None:
    text = "Boys were found tending cannabis crops in two houses. Those behind these farms used them."
    labels = {c.label for c in classify(text, split_segments(text), "en") if c.scheme == "sector"}
    assert labels == {"cannabis_cultivation"}


def test_no_evidence_that_denies_the_whole_clause() -> None:
    text = "Police found no evidence that any of the women in the group had been sexually exploited."
    labels = {c.label for c in classify(text, split_segments(text), "en") if c.scheme == "sector"}
    assert "sex_industry" not in labels


def test_every_macro_a_lexicon_uses_is_defined_and_compiles() -> None:
    import re

    from threadline.extract.classify import expand_macros

    used = 0
    for scheme in SCHEMES:
        data = tomllib.loads((LEXICON_DIR / f"{scheme}.toml").read_text(encoding="utf-8"))
        data.pop("_scheme", None)
        for lists in data.values():
            for key, patterns in lists.items():
                if key == "context":
                    continue
                for pattern in patterns:
                    if "<MONEY>" in pattern or "<PERIOD>" in pattern:
                        used += 1
                    expanded = expand_macros(pattern)
                    assert not re.search(r"<[A-Z][A-Z_]*>", expanded), pattern
                    re.compile(expanded)
    assert used > 0


@pytest.mark.parametrize(
    ("text", "matches"),
    [("rm 1,800/month", True), ("10 million dong a month", True), ("$14 an hour", True),
     ("2000 dollar month", True), ("usd 4,000 per month", True), ("1,800 workers a month", False)],
)  # fmt: skip
def test_money_and_period_macros(text: str, matches: bool) -> None:
    import re

    from threadline.extract.classify import expand_macros

    assert bool(re.fullmatch(expand_macros("<MONEY><PERIOD>"), text)) is matches


_SOME_LITERALS = sorted(classify_module._load("indicator", ("en", "ro")).literals)[::40]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_SOME_LITERALS, " ", "x", "ow", "de"]), max_size=30).map("".join))
def test_the_literals_found_in_one_pass_are_all_the_literals_present(text: str) -> None:
    languages = ("en", "ro")
    every = {literal for scheme in SCHEMES for literal in classify_module._load(scheme, languages).literals}
    assert classify_module._present_literals(text, languages) == {
        literal for literal in every if literal in text
    }


def test_a_boyfriend_met_online_is_no_advert_unless_a_job_was_offered() -> None:
    courted = "He recruited the girl through Instagram, posing as her boyfriend, and took her to Leeds."
    assert "loverboy" in labels(courted, "recruitment")
    assert "online_advertising" not in labels(courted, "recruitment")
    advertised = (
        "He recruited the girl through Instagram, posing as her boyfriend, and promised her a well-paid job "
        "in a bar in Leeds."
    )
    assert {"loverboy", "false_job_offer", "online_advertising"} <= labels(advertised, "recruitment")


@pytest.mark.parametrize(
    "text",
    [
        # the work offered is named by the cue itself
        "Others answered offers of cleaning work in hotels which, prosecutors said, never existed.",
        "The women were recruited through job advertisements on social media offering hospitality work in "
        "restaurants and bars.",
        '"I thought I was going to work in a hotel," said a 27-year-old man.',
    ],
)
def test_work_only_offered_or_expected_is_no_sector(text: str) -> None:
    labels = {c.label for c in classify(text, split_segments(text), "en") if c.scheme == "sector"}
    assert "hospitality" not in labels


def test_work_offered_then_another_done_keeps_only_the_work_done() -> None:
    text = "They were offered work in a hotel but were forced to work in a car wash."
    labels = {c.label for c in classify(text, split_segments(text), "en") if c.scheme == "sector"}
    assert labels == {"car_wash"}
