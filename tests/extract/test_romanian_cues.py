"""Romanian cues for counts, indicators, recruitment, agencies and places (sentences written for
these tests, in the shapes Romanian police and prosecutors' releases use)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of
from threadline.extract.boilerplate import split_segments
from threadline.extract.classify import classify
from threadline.extract.counts import find_counts, summarise_counts
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a pronoun for one person, before the verb or joined after it
        ("În 2024, instanța din Dublin l-a condamnat la 6 ani și 6 luni de închisoare.", "convicted", 1),
        ("Procurorii l-au trimis în judecată.", "charged", 1),
        ("Polițiștii au reținut-o pe femeie.", "detained", 1),
        # a number with its article before a pluperfect, and adults as people
        ("Cei trei fuseseră condamnați în primă instanță.", "convicted", 3),
        ("Procurorii i-au trimis în judecată pe cei trei adulți.", "charged", 3),
        # the group is counted once, the outcome refers back to it
        (
            "Anchetatorii au destructurat o grupare formată din trei persoane. Procurorii au dispus "
            "reținerea suspecților, iar judecătorul a dispus arestarea preventivă pentru 30 de zile "
            "a acestora.",
            "arrested",
            3,
        ),
        (
            "Polițiștii au documentat activitatea a șase persoane, cu vârste între 20 și 40 de ani, "
            "cercetate pentru proxenetism. Procurorii au dispus reținerea acestora.",
            "detained",
            6,
        ),
        (
            "Polițiștii au identificat nouă persoane din județul Olt, care ar fi racolat tinere. "
            "Persoanele depistate vor fi conduse la sediul parchetului pentru audieri.",
            "detained",
            9,
        ),
        (
            "Polițiștii au identificat nouă persoane din județul Olt, care ar fi racolat tinere.",
            "victims",
            None,
        ),
        ("Procurorii au dispus reținerea celor 4 persoane, pentru 24 de ore.", "detained", 4),
        # a proposal to arrest is no arrest
        (
            "Procurorii au dispus reținerea a doi inculpați. Instanța a fost sesizată cu propunerea "
            "de arestare preventivă a inculpaților.",
            "arrested",
            None,
        ),
        # a second action reported "in parallel" adds to the first
        (
            "Două persoane au fost reținute la Brașov. În paralel, la Viena, au fost reținute "
            "alte cinci persoane.",
            "detained",
            7,
        ),
        (
            "Au fost făcute șase percheziții în județul Dolj. În paralel, la Roma, au fost efectuate "
            "trei percheziții domiciliare, la două imobile și un bar.",
            "premises_searched",
            9,
        ),
        # people recruited are the victims; a group and then, after a dash, its breakdown
        ("Cel puțin 43 de muncitori români, toți bărbați, au fost recrutați din Lugoj.", "victims", 43),
        ("Cei șase – patru femei și doi bărbați – fuseseră recrutați de o cunoștință.", "victims", 6),
        (
            "Potrivit procurorilor, 42 de persoane – bărbați și femei, printre care trei minori – au fost "
            "recrutate prin anunțuri pe Facebook.",
            "victims",
            42,
        ),
        # adults; "ambii" is two; a clause "iar în 2023 …" tells another case
        ("Tribunalul a dispus arestarea preventivă pentru 30 de zile a celor trei majori.", "arrested", 3),
        ("Marți, ambii au fost puși sub acuzare pentru trafic de persoane.", "charged", 2),
        (
            "Polițiștii au reținut trei persoane, iar în 2023 DIICOT Iași a trimis în judecată 14 inculpați.",
            "charged",
            None,
        ),
        # after the opening sentences, one that tells of another investigation or group counts nothing
        (
            "Doi bărbați au fost condamnați la Iași. Ei au exploatat patru femei. Sentința nu este "
            "definitivă. Cazul amintește de o altă anchetă, din 2021, când 9 persoane au fost condamnate.",
            "convicted",
            2,
        ),
        (
            "Doi bărbați au fost condamnați la Iași. Ei au exploatat patru femei. Sentința nu este "
            "definitivă. O instanță din Stockholm a condamnat trei cetățeni români, membri ai unei alte "
            "grupări.",
            "convicted",
            2,
        ),
        # a verdict's list of terms; ages are no terms
        (
            "Pedepsele aplicate sunt:\n– 12 ani și 6 luni închisoare;\n– 5 ani închisoare;",
            "sentence_years",
            12.5,
        ),
        ("Nouă ani de închisoare pentru bărbatul care vindea fete de 13 ani", "sentence_years", 9),
        (
            "Tatăl a fost condamnat la 7 ani de închisoare, iar fiica de 14 ani a fost plasată.",
            "sentence_years",
            7,
        ),
        ("Una dintre condamnate fusese exploatată de la 16 ani.", "sentence_years", None),
        ("Curtea a majorat pedeapsa de la 8 ani la 9 ani și 4 luni închisoare.", "sentence_years", 9.333),
        # a sentence opening "simultaneously" or "at the same time" tells more places, not the same ones
        (
            "Procurorii au efectuat 18 percheziții domiciliare. Simultan, autoritățile franceze au efectuat "
            "4 percheziții în Lyon.",
            "premises_searched",
            22,
        ),
        (
            "Polițiștii au efectuat 18 percheziții. În același timp, ofițeri britanici au intrat la trei "
            "adrese din Luton.",
            "premises_searched",
            21,
        ),
        # places entered; one search, told by its article
        ("Polițiștii au intrat în patru locuințe din Iași.", "premises_searched", 4),
        ("Suspectul a fost reținut după o percheziție la locuința sa din Pitești.", "premises_searched", 1),
        ("Banii au fost găsiți la percheziția din locuința inculpatului.", "premises_searched", 1),
        # victims made to work or to beg
        ("Cei doi ar fi obligat 12 tinere să se prostitueze în Italia.", "victims", 12),
        ("Părinții și-au forțat cei trei copii să cerșească pe stradă.", "victims", 3),
        (
            "Cele 40 de femei, cu vârste cuprinse între 19 și 30 de ani, erau forțate să lucreze zilnic.",
            "victims",
            40,
        ),
    ],
)
def test_romanian_counts(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def _labels(text: str, scheme: str) -> set[str]:
    return {c.label for c in classify(text, split_segments(text), "ro") if c.scheme == scheme}


@pytest.mark.parametrize(
    ("text", "scheme", "label"),
    [
        # earnings kept or spent by the group
        (
            "Sumele câștigate de tinere erau însușite aproape în totalitate de membrii grupării.",
            "indicator",
            "withholding_wages",
        ),
        ("Banii primiți de victime ar fi fost însușiți de inculpați.", "indicator", "withholding_wages"),
        (
            "Banii strânși de copii ar fi fost folosiți de părinți pentru jocuri de noroc.",
            "indicator",
            "withholding_wages",
        ),
        ("Lucrătorii primeau o plată lunară derizorie.", "indicator", "withholding_wages"),
        (
            "Salariile erau virate în conturi aflate sub controlul patronului.",
            "indicator",
            "withholding_wages",
        ),
        ("Fiecare minor trebuia să aducă zilnic cel puțin 50 de euro.", "indicator", "withholding_wages"),
        # documents taken
        ("La sosire, muncitorilor li se luau pașapoartele.", "indicator", "retention_of_documents"),
        ("Cărțile de identitate le fuseseră luate de patron.", "indicator", "retention_of_documents"),
        ("Victima era ținută într-o stare de captivitate.", "indicator", "restriction_of_movement"),
        # recruitment
        (
            "Tânărul a racolat-o prin promisiuni de conviețuire și căsătorie.",
            "recruitment",
            "loverboy",
        ),
        (
            "Inculpatul l-a recrutat prin inducere în eroare privind salariul și condițiile de muncă.",
            "recruitment",
            "false_job_offer",
        ),
        (
            "Recrutorii le spuneau că le pot face rost de locuri de muncă în Austria.",
            "recruitment",
            "false_job_offer",
        ),
        ("Le convingeau că vor lucra ca ospătărițe în Grecia.", "recruitment", "false_job_offer"),
        # an advert placed some time before on a platform, its wage written with a slash
        (
            "Oamenii fuseseră recrutați printr-un anunț publicat în martie pe Facebook.",
            "recruitment",
            "online_advertising",
        ),
        (
            "Anunțul spunea: „Căutăm culegători sparanghel Germania, 12 euro/oră, cazare gratuită”.",
            "recruitment",
            "false_job_offer",
        ),
        # what followed the promise, papers gathered in, people crowded into containers
        ("În realitate, primeau cel mult patru euro pe oră.", "indicator", "deception"),
        (
            "Cărțile de identitate le-au fost strânse de un supraveghetor.",
            "indicator",
            "retention_of_documents",
        ),
        ("Oamenii dormeau câte șase în containere.", "indicator", "abusive_conditions"),
    ],
)
def test_romanian_cues(text: str, scheme: str, label: str) -> None:
    assert label in _labels(text, scheme)


def _agencies(text: str) -> list[str]:
    return extract(Document(text=text, language="ro")).summary["agencies"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Acțiunea a avut sprijinul Grupării Mobile de Jandarmi Brașov, au precizat anchetatorii.",
            "Gruparea Mobilă de Jandarmi Brașov",
        ),
        (
            "Cercetările sunt efectuate de polițiștii Poliției Sectorului 2, sub coordonarea parchetului.",
            "Poliția Sectorului 2",
        ),
        ("Cei trei suspecți au fost duși în arestul Poliției Brăila.", "Poliția Brăila"),
        (
            "Polițiștii Brigăzii de Combatere a Criminalității Organizate (BCCO) Cluj au reținut "
            "doi suspecți.",
            "Brigada de Combatere a Criminalității Organizate (BCCO) Cluj",
        ),
    ],
)
def test_romanian_forces_named_by_town_or_unit(text: str, agency: str) -> None:
    assert agency in _agencies(text)


def test_romanian_women_folded_are_no_english_romance() -> None:
    text = "Patru tinere românce au fost exploatate sexual în Germania, după ce au fost recrutate."
    summary = extract(Document(text=text, language="ro")).summary
    assert "loverboy" not in summary["recruitment"]


def test_foreign_town_names_with_umlauts_and_accents_stay_whole() -> None:
    text = (
        "Patru români au fost sechestrați într-un depozit din orașul Neumünster, iar alți doi "
        "au fost găsiți în localitatea Málaga."
    )
    places = set(extract(Document(text=text, language="ro")).summary["places"])
    assert {"Neumünster", "Málaga"} <= places


def test_a_town_in_the_genitive_is_the_town() -> None:
    text = "Tinerele erau exploatate sexual în zona Madridului, au precizat procurorii DIICOT."
    assert "Madrid" in extract(Document(text=text, language="ro")).summary["places"]


def test_a_county_abroad_a_lake_and_genitive_plurals() -> None:
    text = (
        "Procurorii DIICOT au anuntat destructurarea unei grupari specializate in recrutarea tinerelor "
        "pentru exploatare sexuala. Victimele au fost gasite la o ferma de langa Ballyjamesduff, in "
        "comitatul Cavan, iar alte doua pe Lacul Volta."
    )
    summary = extract(Document(text=text, language="ro")).summary
    assert {"Cavan", "Volta"} <= set(summary["places"])
    assert summary["victims"]["genders"] == ["female"]


@pytest.mark.parametrize(
    ("text", "scheme", "label"),
    [
        ("Muncitorii ajungeau să datoreze bani patronului după fiecare lună.", "indicator", "debt_bondage"),
        ("Femeile datorau, spunea el, câte 2.500 de euro pentru transport.", "recruitment", "debt_bondage"),
        ("Bărbatul nu a mai primit niciodată salariul promis.", "indicator", "withholding_wages"),
        ("Din salariu firma le tăia câte 200 de lei pe săptămână.", "indicator", "withholding_wages"),
        ("Anunțul promitea 1.200 de euro pe lună la o fermă din Germania.", "recruitment", "false_job_offer"),
        ("Anunțul promitea 1.200 de euro pe lună la o fermă din Germania.", "indicator", "deception"),
        ("Tânărul urma să-și plătească drumul din primele salarii.", "recruitment", "debt_bondage"),
    ],
)
def test_romanian_wordings_of_debts_pay_and_promises(text: str, scheme: str, label: str) -> None:
    assert label in _labels(text, scheme)


def test_datorita_means_because_of_not_a_debt() -> None:
    assert "debt_bondage" not in _labels("Datorită vremii, percheziția a fost amânată.", "indicator")


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a clause between the noun of the act and the people it concerns
        ("Procurorii au dispus trimiterea în judecată, în stare de arest preventiv, a 5 inculpați.",
         "charged", 5),
        ("Trimitere în judecată a 9 inculpați într-o cauză de trafic de persoane", "charged", 9),
        ("Procurorii au dispus reținerea, pentru 24 de ore, a patru suspecți.", "detained", 4),
        # more heads, adjectives after their noun, names joined by "și"
        ("Doi pescari au fost arestați, iar alți trei sunt căutați.", "arrested", 2),
        ("Patru bărbați, trei cetățeni români și un cetățean italian, au fost arestați.", "arrested", 4),
        ("Ionescu și Marin au fost arestați în aprilie.", "arrested", 2),
        # defendants listed by their initials are counted, not the group named before
        ("Au fost trimiși în judecată 8 inculpați. Inculpații A.B., C.D. și E.F. au fost reținuți.",
         "detained", 3),
        # "s-a reținut că" is a court's finding
        ("În rechizitoriu s-a reținut, în esență, că inculpații au recrutat 12 bărbați.", "detained", None),
    ],
)  # fmt: skip
def test_romanian_acts_heads_name_lists_and_initials(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def _arrested(text: str, language: str = "ro") -> int | None:
    return extract(Document(text=text, language=language)).summary["outcomes"]["arrested"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # arrests abroad, then the preventive arrest at home of some of those detained: both count
        ("Doi bărbați au fost arestați în Scoția. În România, șapte persoane au fost reținute, iar "
         "Tribunalul Dolj a dispus arestarea preventivă a cinci dintre ele.", 7),
        ("În Spania au fost arestate 12 persoane. Ulterior, judecătorii au dispus arestarea "
         "preventivă pentru șapte inculpați.", 19),
        # a headline that the later steps add up to is the total
        ("Șase suspecți, arestați în Germania și în România. Poliția germană a arestat patru suspecți. "
         "În România au fost puse în executare alte două mandate europene de arestare.", 6),
        # the same count told again adds nothing
        ("Trei bărbați au fost arestați luni. Polițiștii spun că trei bărbați au fost arestați în Constanța.",
         3),
        # a related story's link dated in brackets is no step of this case
        ("Patru bărbați au fost arestați la Galați. Sunt cercetați pentru trafic de persoane. Victimele "
         "erau din Brăila.\n• Rețea de cămătari destructurată la Brăila: 9 arestați (2024)", 4),
    ],
)  # fmt: skip
def test_romanian_arrests_add_up_step_by_step(text: str, value: int) -> None:
    assert _arrested(text) == value


def test_english_arrests_keep_the_lead_count() -> None:
    text = "Two men were arrested in Glasgow. Police in Craiova later arrested five people."
    assert _arrested(text, "en") == 2


def test_romanian_retineri_are_detentions() -> None:
    assert counts_of("12 arestări în Andaluzia, trei rețineri la Craiova") == {
        **counts_of(""), "arrested": 12, "detained": 3,
    }  # fmt: skip


def test_arrest_warrants_issued_in_romanian_arrest_nobody() -> None:
    counts = counts_of("Judecătorul a emis trei mandate europene de arestare.")
    assert counts["arrested"] is None and counts["premises_searched"] is None


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # workers are no police officers unless the text says so
        ("Au fost identificați 23 de lucrători străini, neplătiți de trei luni.", "victims", 23),
        ("La acțiune au participat 40 de lucrători de poliție.", "officers", 40),
        ("La acțiune au participat 40 de lucrători de poliție.", "victims", None),
        # the place before the people, people taken abroad, countrymen
        ("O firmă a adus în România 38 de muncitori din Nepal.", "victims", 38),
        ("Membrii familiei au dus în Italia nouă persoane.", "victims", 9),
        ("Cei doi au exploatat cinci conaționali într-o spălătorie auto.", "victims", 5),
        # a headline's people, where they come from, then what happened to them
        ("11 femei din Vaslui, salvate dintr-un apartament din Londra", "victims", 11),
        ("Au fost duși la audieri trei bărbați.", "detained", 3),
    ],
)  # fmt: skip
def test_romanian_victims_workers_and_headlines(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Salariile erau virate în conturi controlate de patron.", "withholding_wages"),
        ("Muncitorii primeau cel mult 60 de euro pe săptămână.", "withholding_wages"),
        ("Tinerele erau obligate să predea întreaga sumă câștigată.", "withholding_wages"),
        ("Copiii erau nevoiți să aducă zilnic între 100 și 200 de lei.", "withholding_wages"),
        ("Bărbații dormeau în containere metalice pe șantier.", "abusive_conditions"),
    ],
)
def test_romanian_wages_taken_and_container_housing(text: str, indicator: str) -> None:
    assert indicator in _labels(text, "indicator")


def test_a_verdicts_operative_lines_count_the_condemned() -> None:
    text = (
        "Soluția pe scurt:\n"
        "Condamnă pe inculpatul R.D.C. la pedeapsa rezultantă de 9 ani și 4 luni închisoare.\n"
        "Condamnă pe inculpata M.L. la pedeapsa de 3 ani închisoare pentru complicitate.\n"
        "Achită pe inculpatul P.A. pentru săvârșirea infracțiunii de trafic de minori.\n"
    )
    assert counts_of(text)["convicted"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Doi cetățeni români au pledat vinovați miercuri în fața unei instanțe federale din Chicago.",
        "Doi cetateni romani au pledat vinovati in fata unei instante federale din Chicago.",
    ],
)
def test_pleading_guilty_in_romanian_is_a_conviction(text: str) -> None:
    assert counts_of(text)["convicted"] == 2


@pytest.mark.parametrize(
    ("text", "scheme", "label"),
    [
        ("Oamenii erau convinși să plece cu promisiunea că vor lucra la cules de legume în Austria.",
         "recruitment", "false_job_offer"),
        ("Fetele au fost recrutate cu promisiunea unor câștiguri de 3.000 de euro pe lună.",
         "recruitment", "false_job_offer"),
        ("Fiecare plătise între 3.500 și 5.000 de euro unor agenții de recrutare din Kathmandu.",
         "recruitment", "debt_bondage"),
        ("Taxele au fost plătite cu bani pe care majoritatea i-au împrumutat de la rude.",
         "recruitment", "debt_bondage"),
        ("Li s-a spus că datorează bani pentru patul în care dorm.", "indicator", "debt_bondage"),
    ],
)  # fmt: skip
def test_romanian_job_promises_and_debts(text: str, scheme: str, label: str) -> None:
    assert label in _labels(text, scheme)


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [("Poliției de Frontieră Oradea", "Poliția de Frontieră Oradea"), ("Poliției germane", "Poliția germană"),
     ("Tribunalului Bacău", "Tribunalul Bacău")],
)  # fmt: skip
def test_an_institution_in_the_genitive_is_named_in_the_nominative(genitive: str, nominative: str) -> None:
    from threadline.extract.romanian import nominative as to_nominative

    assert to_nominative(genitive) == nominative


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Uneia dintre victime inculpații i-au luat actul de identitate.", "retention_of_documents"),
        ("Pașapoartele lor erau ținute de șofer, „pentru control”.", "retention_of_documents"),
        ("Două dintre femei au declarat că managerul le ținea pașapoartele.", "retention_of_documents"),
        ("Pentru a nu putea pleca, victimelor le erau luate cărțile de identitate.",
         "retention_of_documents"),
        ("Le tine buletinele la el in casa sa nu plece.", "retention_of_documents"),
        ("Tinerele erau obligate să se prostitueze, iar sumele obținute erau predate integral liderului.",
         "withholding_wages"),
        ("Victimele erau cazate la Londra, predând integral sumele obținute.", "withholding_wages"),
        ("Toți banii rămâneau la el.", "withholding_wages"),
        ("Suspecții păstrau aproximativ 90% din sumele încasate.", "withholding_wages"),
        ("Cei 17 bărbați nu primiseră niciun salariu din luna martie.", "withholding_wages"),
        ("Alex îi luase telefonul și o bătea când refuza clienți.", "isolation"),
        ("Li se lua telefonul la sosire.", "isolation"),
    ],
)  # fmt: skip
def test_romanian_indicators_told_in_everyday_words(text: str, label: str) -> None:
    assert label in _labels(text, "indicator")


@pytest.mark.parametrize(
    "text",
    [
        "Firmele au adus în România 43 de muncitori străini - 29 din Nepal și 14 din Sri Lanka -, "
        "toți bărbați.",
        "Inspectorii au descoperit 23 de muncitori străini pe un șantier din Chiajna. Toți sunt bărbați, "
        "cu vârste între 24 și 51 de ani.",
    ],
)
def test_workers_told_as_men_are_male_victims(text: str) -> None:
    assert extract(Document(text=text, language="ro")).summary["victims"]["genders"] == ["male"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tribunalul Brașov a dispus arestarea preventivă, pe o durată de 30 de zile, a cinci dintre "
         "inculpați.", 5),
        ("Tribunalul Iași a dispus arestarea preventivă pentru 30 de zile a șase dintre cei reținuți.", 6),
        ("Au fost reținuți trei bărbați. Miercuri, Curtea de Apel Suceava a dispus arestarea lor pentru 30 "
         "de zile.", 3),
    ],
)  # fmt: skip
def test_romanian_pretrial_arrests_with_their_term_and_of_those_held(text: str, value: int) -> None:
    assert counts_of(text)["arrested"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("La data de 11 martie, procurorii au dispus reținerea pentru 24 de ore a celor șase inculpați.",
         "detained", 6),
        ("Inspectorii au descoperit 23 de muncitori străini pe un șantier.", "victims", 23),
        # found and then held: the people are suspects, not victims found
        ("Cei trei au fost depistați în județul Suceava și reținuți pentru 24 de ore.", "victims", None),
        ("Polițiștii au depistat 12 victime.", "victims", 12),
    ],
)  # fmt: skip
def test_romanian_detentions_with_their_term_and_people_discovered(
    text: str, outcome: str, value: int | None
) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("La acțiune au participat polițiști ai Serviciului pentru Acțiuni Speciale Iași.",
         "Serviciul pentru Acțiuni Speciale Iași"),
        ("Luptătorii Serviciului de Acțiuni Speciale Argeș au intervenit.",
         "Serviciul de Acțiuni Speciale Argeș"),
        ("Inspectorii Inspectoratului Teritorial de Muncă (ITM) Ilfov au făcut un control.",
         "Inspectoratul Teritorial de Muncă (ITM) Ilfov"),
        ("Inspectorii ITM Ilfov au făcut un control pe șantier.", "ITM Ilfov"),
    ],
)  # fmt: skip
def test_romanian_special_units_and_labour_inspectorates(text: str, agency: str) -> None:
    assert agency in _agencies(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Pe una dintre ele, liderul a convins-o că o iubește și că vor pleca în Spania.", "loverboy"),
        ("Au plecat în Italia cu un bărbat care le-a promis lucru la roșii, 50 de euro pe zi.",
         "false_job_offer"),
        ("Au plecat în Italia împreună cu un consătean.", "family_or_acquaintance"),
    ],
)  # fmt: skip
def test_romanian_recruiters_told_in_plain_words(text: str, label: str) -> None:
    assert label in _labels(text, "recruitment")


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # defendants named after "a inculpaților": the names count, not an earlier group
        ("Tribunalul a dispus arestarea preventivă a inculpaților Ion Popescu și Maria Ionescu.",
         "arrested", 2),
        ("Procurorii au dispus trimiterea în judecată a inculpaților Ion Popescu și Maria Ionescu pentru "
         "trafic de persoane.", "charged", 2),
        ("Au fost trimiși în judecată inculpații Nicolae Bălan (61 de ani), Florica Bălan (57 de ani) și "
         "Marius Bălan (33 de ani), pentru trafic de persoane.", "charged", 3),
    ],
)  # fmt: skip
def test_romanian_defendants_named_in_a_list(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    "text",
    [
        "La sosire li se spunea că au o „datorie” de 1.500 de euro pentru drum.",
        "Lucrătorii au spus că datorează agenției între 2.000 și 3.500 de euro pentru viză.",
        "Fiecare dintre ei datora agenției între 4.000 și 6.000 de euro, sumă reținută lunar din salariu.",
    ],
)
def test_romanian_debts_with_their_sums(text: str) -> None:
    assert "debt_bondage" in extract(Document(text=text, language="ro")).summary["recruitment"]


# promises, earnings, living conditions, isolation and vulnerability in everyday Romanian
_EVERYDAY_ROMANIAN = {
    "deception": (
        "Femeia le-ar fi promis câte 3.000 de euro dacă acceptă să se căsătorească în Cipru.",
        "Anunțurile promiteau „până la 4.000 de euro pe lună” pentru hostess.",
        "Ea a convins familia să o trimită pe fată în România, promițând că o va înscrie la liceu.",
    ),
    "withholding_wages": (
        "Apelanta a spus că el o pune să stea pe stradă noaptea și că trebuie să-i dea lui toți banii.",
        "Au angajat-o ca menajeră, cu un salariu de 1.500 de lei, pe care nu l-a primit niciodată.",
        "Erau bătute dacă încercau să păstreze bani din cei primiți de la clienți.",
    ),
    "abusive_conditions": (
        "Muncitorii dormeau în baraci din plăci de azbest, la 15 kilometri de cel mai apropiat sat.",
        "Dormea într-o bucătărie de vară neîncălzită.",
        "Erau cazați câte opt-zece într-un apartament cu două camere.",
        "Udau plantele, dormeau lângă lămpile de creștere și primeau mâncare o dată pe zi.",
    ),
    "isolation": (
        "Nu avea voie să vorbească cu nimeni din afară.",
        "Nu i se permitea să vorbească cu vecinii sau cu alte persoane.",
        "Telefonul i-l dădea doar când voia el s-o sune pe bunica.",
    ),
    "abuse_of_vulnerability": (
        "Ioana a plecat din centrul de plasament în care crescuse.",
        "Nu avea pe nimeni: mama murise, iar tatăl era plecat.",
    ),
}


@pytest.mark.parametrize(
    ("label", "text"), [(label, text) for label, texts in _EVERYDAY_ROMANIAN.items() for text in texts]
)
def test_romanian_indicators_in_everyday_words(label: str, text: str) -> None:
    assert label in extract(Document(text=text, language="ro")).summary["indicators"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Instanța a dispus confiscarea sumei de 38.500 de lei, găsită la percheziție.", "cash"),
        ("Instanța a menținut confiscarea unui autoturism BMW, cumpărat din exploatare.", "vehicles"),
    ],
)
def test_a_court_ordered_confiscation_is_a_seizure(text: str, label: str) -> None:
    assert label in _labels(text, "seizure")


def test_the_victims_money_without_a_confiscation_is_no_seizure() -> None:
    assert not _labels("Victimele strângeau între 150 și 300 de lei pe zi.", "seizure")


@pytest.mark.parametrize(
    "text",
    [
        "La controlul autoturismului a fost identificată, în calitate de pasager, minora B.A.M., 16 ani.",
        "Polițiștii au observat că Ilinca era minoră și au preluat-o.",
    ],
)
def test_a_girl_named_as_a_minor_is_a_female_victim(text: str) -> None:
    assert extract(Document(text=text, language="ro")).summary["victims"]["genders"] == ["female"]


def test_the_men_she_was_forced_to_have_sex_with_are_no_victims() -> None:
    text = (
        "Minora a declarat că a fost obligată să întrețină relații sexuale cu bărbați contactați prin "
        "anunțuri online, banii fiind încasați de Feraru."
    )
    assert extract(Document(text=text, language="ro")).summary["victims"]["genders"] == ["female"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mascații au intrat în mai multe case din Pașcani și Târgu Frumos.", "Târgu Frumos"),
        ("Descinderile au avut loc în Brașov, Săcele, Codlea și Sfântu Gheorghe.", "Sfântu Gheorghe"),
        ("Percheziții în județele Teleorman (Alexandria, Roșiorii de Vede) și Giurgiu.", "Roșiorii de Vede"),
        ("Apelant: femeie. Sună din jud. Vaslui, com. Dimitrie Cantemir. Rezumat: fratele ei.",
         "Dimitrie Cantemir"),
        ("Locul: PTF Nădlac, sensul de ieșire din țară.", "Nădlac"),
    ],
)  # fmt: skip
def test_two_word_towns_in_lists_abbreviated_communes_and_border_points(text: str, place: str) -> None:
    assert place in extract(Document(text=text, language="ro")).summary["places"]


def test_a_man_named_after_a_saint_is_still_a_person() -> None:
    text = "Inculpatul Gheorghe Popescu, de 41 de ani, a fost arestat preventiv."
    summary = extract(Document(text=text, language="ro")).summary
    assert summary["suspects"] == ["Gheorghe Popescu"] and summary["places"] == []


def test_a_body_quoted_for_its_statistics_acts_in_no_case() -> None:
    text = (
        "Polițiștii au reținut doi bărbați în Pașcani. Potrivit datelor ANITP, în România sunt identificate "
        "în fiecare an câteva sute de victime."
    )
    assert not any("ANITP" in a for a in _agencies(text))


def test_a_suspended_romanian_term_is_no_prison_term() -> None:
    assert (
        counts_of("Un văr al acestuia a primit 3 ani de închisoare cu suspendare.")["sentence_years"] is None
    )
    assert (
        counts_of("Inculpatul a fost condamnat la 3 ani de închisoare cu executare.")["sentence_years"] == 3.0
    )


@pytest.mark.parametrize(
    ("text", "detained"),
    [
        # people taken for questioning, some of them then detained: the detained
        ("Nouă persoane au fost duse la audieri, iar procurorii au dispus reținerea pentru 24 de ore a "
         "șase dintre ele.", 6),
        ("În urma perchezițiilor, șapte persoane au fost conduse la audieri, iar față de patru dintre "
         "acestea procurorii au dispus măsura reținerii pentru 24 de ore.", 4),
        ("Un număr de 12 persoane au fost conduse la audieri. Față de nouă inculpați s-a dispus măsura "
         "reținerii pentru 24 de ore.", 9),
        # questioning alone still counts; a measure told with its people once is one group
        ("Nouă persoane au fost conduse la sediul DIICOT în vederea audierii.", 9),
        ("Față de patru persoane a fost dispusă măsura reținerii pentru 24 de ore.", 4),
    ],
)  # fmt: skip
def test_detained_after_questioning(text: str, detained: int) -> None:
    assert extract(Document(text=text, language="ro")).summary["outcomes"]["detained"] == detained


def test_pre_trial_arrest_ordered_for_a_number() -> None:
    text = "Față de cinci dintre aceștia s-a dispus arestarea preventivă pentru 30 de zile."
    assert extract(Document(text=text, language="ro")).summary["outcomes"]["arrested"] == 5


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the article makes a bare number people, even after "pe"; "toți" before it
        (
            "Procurorii DIICOT, care i-au trimis în judecată pe cei trei în 2024, au cerut condamnarea.",
            "charged",
            3,
        ),
        (
            "Procurorii, care i-au trimis în judecată pe toți cei cinci în 2023, au arătat că fapta e gravă.",
            "charged",
            5,
        ),
        # no new subject after "iar": the men arrested are the men charged
        (
            "Doi bărbați, Ionel Radu, de 29 de ani, și Costinel Sandu, de 41 de ani, au fost arestați "
            "în Glasgow, iar miercuri au fost puși sub acuzare pentru trafic de persoane.",
            "charged",
            2,
        ),
        # initials listed with their ages
        (
            "Parchetul a dispus trimiterea în judecată, în stare de libertate, a inculpaților P.D., "
            "în vârstă de 36 de ani, și P.L., în vârstă de 33 de ani, pentru exploatarea cerșetoriei.",
            "charged",
            2,
        ),
        ("Au fost reținuți inculpații M.A.R., de 29 de ani, și S.D., de 51 de ani.", "detained", 2),
        # a date after "pe" is still no count
        ("Percheziția a avut loc pe 12 martie, iar cei doi au fost reținuți.", "detained", 2),
    ],
)
def test_the_people_sent_to_trial_named_by_article_or_initials(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the crime as a noun with its victims
        ("Carabinierii au arestat un bărbat acuzat de exploatarea prin muncă a 23 de cetățeni români.", 23),
        ("Cei trei sunt suspectați de exploatarea sexuală a patru tinere din Bihor.", 4),
        # a worker's own tip
        ("Noi suntem 9 oameni din Nepal, toți bărbați, lucrăm la construcție.", 9),
        # no people after the noun: no count
        ("Procurorii au cerut exploatarea a două terenuri agricole.", None),
    ],
)
def test_victims_of_the_crime_named_as_a_noun(text: str, value: int | None) -> None:
    assert counts_of(text)["victims"] == value


def test_victims_of_a_case_recalled_after_the_story_are_not_counted() -> None:
    text = (
        "Polițiștii au salvat opt tinere din Bacău. Suspecții au fost reținuți. Ancheta continuă. "
        "Reamintim că, în 2019, membrii unei alte rețele au exploatat 20 de cerșetori în Suedia. "
        "Anul trecut, un alt proprietar de stână a primit 8 ani pentru exploatarea a cinci oameni."
    )
    assert counts_of(text)["victims"] == 8


@pytest.mark.parametrize(
    ("text", "minors"),
    [
        # the ages of a group nobody in the sentence is accused of anything: the exploited
        (
            "Cel puțin 14 bărbați, cu vârste între 19 și 52 de ani, au lucrat doi ani la o spălătorie auto.",
            False,
        ),
        (
            "Polițiștii au identificat două tinere, de 19 și 22 de ani, care voiau să plece spre Larnaca.",
            False,
        ),
        ("Muncitorii locuiau în două containere. Toți sunt bărbați, cu vârste între 24 și 51 de ani.", False),
        ("Au fost găsite șase fete, cu vârste între 14 și 17 ani.", True),
        # a list of ages, a person's own age in a story, adults stated
        (
            "Polițiștii au găsit la fermă trei bărbați cu dizabilități, cu vârste de 34, 47 și 58 de ani.",
            False,
        ),
        ("Mihai (nume schimbat) are 44 de ani și este din Caracal. A fost exploatat în Spania.", False),
        ("Ioana avea 16 ani când l-a cunoscut pe Andrei pe Instagram.", True),
        ("Apelanta semnalează 2 potențiale victime, ambele majore, exploatate la ferme.", False),
        # the ages of the accused tell nothing about the victims
        ("Cei doi suspecți, de 34 și 41 de ani, au fost reținuți.", None),
    ],
)
def test_ages_of_an_unaccused_group_tell_whether_victims_are_minors(text: str, minors: bool | None) -> None:
    assert extract(Document(text=text)).summary["victims"]["minors"] is minors


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        # each person given a prison term, named or described
        ("Mihai Dobre, de 40 de ani, a primit 7 ani de închisoare. Fratele său, Vasile Dobre, va executa "
         "4 ani și 2 luni, iar soția primului, Ana Dobre, a primit 2 ani cu suspendare.", 3),
        ("Tribunalul Iași l-a condamnat pe recrutor la opt ani de închisoare. Un prieten al acestuia, care "
         "îi găzduise pe muncitori, a primit 3 ani de închisoare.", 2),
        ("Curtea a menținut condamnarea lui Sorin Matei, în vârstă de 33 de ani, la 9 ani de închisoare, "
         "iar Laura Matei 5 ani.", 2),
        ("Instanța i-a condamnat pe Petru Lazăr la 6 ani și pe Dan Lazăr la 4 ani de închisoare.", 2),
        # a term told again for the same person is no one new
        ("Radu Ene a primit 8 ani de închisoare. În primă instanță, acesta fusese condamnat la 10 ani.", 1),
        # a counted group given one term
        ("Un cuplu din Brăila a fost condamnat la 7 ani de închisoare pentru trafic de persoane.", 2),
        # one line per defendant under the verdict
        ("Prin sentința instanței au fost condamnați:\n\n– inculpatul A.B. – 9 ani închisoare;\n"
         "– inculpata C.D. – 6 ani închisoare;\n– inculpatul E.F. – 3 ani închisoare.\n\n"
         "Decizia este definitivă.", 3),
    ],
)  # fmt: skip
def test_each_person_given_a_prison_term_is_convicted(text: str, convicted: int) -> None:
    assert counts_of(text)["convicted"] == convicted


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Bărbatul a vândut patru tinere unor proxeneți din Italia.", 4),
        ("Potrivit procurorilor, victimele sunt cinci tinere din Bistrița.", 5),
        ("Astfel, numărul victimelor din acest dosar a ajuns la trei.", 3),
        ("Sesizare privind posibila exploatare a doi minori din Vaslui.", 2),
        # a tip's own count of the people there
        ("sunt 4 fete acolo, una pare foarte mica", 4),
        ("Lucrează la o fermă din Huelva. Sunt 6 femei cu ea, toate din Galați.", 6),
        # the suspects described, and people counted among others: no victims counted
        ("Inculpații sunt patru bărbați din Dolj.", None),
        ("Anchetatorii spun că sunt trei bărbați implicați.", None),
    ],
)
def test_romanian_victims_sold_named_as_victims_or_seen_in_a_tip(text: str, victims: int | None) -> None:
    assert counts_of(text)["victims"] == victims


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # pay promised as a figure, work offered or proposed, an offer that seemed simple
        ("Recrutorul le-a promis 12 lire pe oră și cazare în Anglia.", "false_job_offer", None),
        ("Altora li se oferea de lucru ca chelnerițe în baruri din Cipru.", "false_job_offer", None),
        ("O vecină i-a propus un post de menajeră la o familie din Napoli.", "false_job_offer", None),
        ("Oferta părea simplă: muncă la cules de căpșuni, 45 de euro pe zi.", "false_job_offer", None),
        # ads that found clients recruited no one; a share button is no recruitment either
        ("Tinerele erau obligate să se prostitueze cu clienți găsiți prin anunțuri online.", None,
         "online_advertising"),
        ("Clienții erau atrași prin anunțuri publicate pe site-uri de escortă.", None, "online_advertising"),
        ("Distribuie pe Facebook. Victimele erau obligate să cerșească pe străzile din Madrid.", None,
         "online_advertising"),
        # meeting the recruiter online is
        ("Fata l-a cunoscut pe Facebook pe recrutor, care i-a promis un loc de muncă.", "online_advertising",
         None),
    ],
)  # fmt: skip
def test_romanian_job_offers_and_online_recruitment(
    text: str, present: str | None, absent: str | None
) -> None:
    labels = _labels(text, "recruitment")
    if present:
        assert present in labels
    if absent:
        assert absent not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Băiatul a fost recrutat de un văr al mamei sale, care i-a promis de lucru în Irlanda.",
        "Recrutorii erau chiar rude îndepărtate ale victimelor.",
        "Gruparea ducea în Spania copii din familia extinsă, cu acordul părinților.",
        "Trei membri ai unei familii din Vaslui au fost trimiși în judecată pentru trafic de minori.",
    ],
)
def test_romanian_relatives_who_recruit(text: str) -> None:
    assert "family_or_acquaintance" in _labels(text, "recruitment")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a job they were told of, or one a friend could find them, is no sector of the case
        ("Fetelor li s-a spus că vor lucra ca ospătărițe într-un restaurant din Verona.", "ro"),
        ("Un prieten le poate găsi de lucru la un restaurant din Madrid, le-a spus el.", "ro"),
        # a place of work denied after it is named
        ("Restaurantul nu a existat niciodată.", "ro"),
        ("The restaurant never existed.", "en"),
    ],
)
def test_a_job_only_told_of_or_denied_is_no_sector(text: str, language: str) -> None:
    sectors = {c.label for c in classify(text, split_segments(text), language) if c.scheme == "sector"}
    assert "hospitality" not in sectors


def test_a_restaurant_worked_in_is_the_sector() -> None:
    text = "Muncitorii au lucrat într-un restaurant din Roma fără plată."
    assert "hospitality" in _labels(text, "sector")


@pytest.mark.parametrize(
    "text",
    [
        "Tatăl și-a „vândut” fiica de 13 ani pentru o căsătorie în Italia.",
        "Fata ar fi fost „măritată”, în vara trecută, cu un băiat de 15 ani, în schimbul a 6.000 de euro.",
        "Victimele traficului în scopul căsătoriilor de conveniență au fost identificate la Otopeni.",
        "Minora a fost vândută unei familii în vederea „căsătoriei” cu fiul acesteia.",
    ],
)
def test_romanian_girls_sold_into_marriage(text: str) -> None:
    assert "forced_marriage" in _labels(text, "exploitation")


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("În cauză au fost reținute pentru 24 de ore cinci persoane.", "detained", 5),
        ("Au fost arestați preventiv pentru 30 de zile trei inculpați.", "arrested", 3),
    ],
)
def test_the_custody_length_before_the_people_held(text: str, outcome: str, value: int) -> None:
    assert summarise_counts(find_counts(text, split_segments(text)), stepwise=True)[outcome] == value


def test_a_romanian_ordinal_member_arrested_adds_one() -> None:
    text = (
        "Judecătorul a dispus arestarea preventivă a patru inculpați. Un al cincilea membru al grupării "
        "a fost arestat la München."
    )
    assert summarise_counts(find_counts(text, split_segments(text)), stepwise=True)["arrested"] == 5


def test_clients_found_through_adverts_are_no_recruitment() -> None:
    text = "Clienții erau atrași printr-un anunț publicat pe site-uri de escortă."
    assert "online_advertising" not in _labels(text, "recruitment")


def test_in_reality_opening_a_sentence_is_deception_in_english() -> None:
    text = "They were promised £9 an hour. In reality, they were paid £2 a day."
    labels = {c.label for c in classify(text, split_segments(text), "en") if c.scheme == "indicator"}
    assert "deception" in labels


def test_a_romanian_domestic_worker_cooking_and_cleaning_for_a_family() -> None:
    text = (
        "Ioana face curățenie și gătește în casa familiei Sabău și are grijă de cei trei copii ai "
        "acestora. Nu a primit bani în două luni."
    )
    summary = extract(Document(text=text, language="ro")).summary
    assert "domestic_work" in summary["sectors"]
    assert "domestic_servitude" in summary["exploitation"]
    assert summary["victims"]["minors"] is not True  # the family's children are no victims


def test_a_border_police_note_on_women_bound_for_escort_work() -> None:
    text = (
        "Polițiștii de frontieră au observat trei tinere, de 18, 19 și 21 de ani, însoțite de un bărbat. "
        "Bărbatul avea asupra sa cărțile de identitate ale celor trei. Tinerele urmau să returneze "
        "„agenției” câte 1.500 de lire din primele salarii. În telefonul bărbatului au fost descoperite "
        "anunțuri de escortă cu fotografiile uneia dintre tinere. Bărbatul a fost reținut. Cercetările "
        "continuă. Amintim că, în cursul anului 2024, polițiștii de frontieră au identificat 64 de posibile "
        "victime, dintre care 22 erau minori, la Calafat."
    )
    summary = extract(Document(text=text, language="ro")).summary
    assert "sexual" in summary["exploitation"]
    assert {"retention_of_documents", "debt_bondage"} <= set(summary["indicators"])
    assert "Calafat" not in summary["places"]  # a release's reminder of another year


def test_a_moldovan_report_in_romanian_is_about_moldovan_victims() -> None:
    moldovan = (
        "Ofițerii Centrului pentru Combaterea Traficului de Persoane au destructurat un grup care "
        "recruta femei din raionul Ungheni și din municipiul Chișinău pentru exploatare sexuală în Turcia. "
        "Trei femei au fost salvate."
    )
    summary = extract(Document(text=moldovan, language="ro")).summary
    assert summary["victims"]["nationalities"] == ["MD"]
    assert summary["countries"]["origin"] == ["MD"]
    romanian = (
        "Polițiștii DIICOT au destructurat un grup care recruta femei din județul Iași și din Vaslui "
        "pentru exploatare sexuală în Germania. Trei femei au fost salvate."
    )
    summary = extract(Document(text=romanian, language="ro")).summary
    assert summary["countries"]["origin"] == ["RO"]


@pytest.mark.parametrize(
    "text",
    [
        "De la începutul anului, polițiștii de frontieră au identificat alte 14 posibile victime.",
        "Since the start of the year, border officers have identified 14 more possible victims.",
    ],
)
def test_a_years_running_figure_is_no_count_of_the_case(text: str) -> None:
    assert counts_of(text)["victims"] is None


@pytest.mark.parametrize(
    ("text", "scheme", "label"),
    [
        # written without diacritics, as many pages and messages are
        ("Ajunsi in Anglia, li s-au luat cartile de identitate.", "indicator", "retention_of_documents"),
        (
            "Li s-a spus ca trebuie sa returneze cate 500 de lire pentru bilet si chirie.",
            "indicator",
            "debt_bondage",
        ),
        ("Acum nu le da banii ca au datorie la el 800 lire de drum.", "indicator", "debt_bondage"),
        ("Acum nu le da banii ca au datorie la el 800 lire de drum.", "recruitment", "debt_bondage"),
        ("Acum seful nu le da banii de doua luni.", "indicator", "withholding_wages"),
        ("Munceau trei luni inainte de a primi vreun ban.", "indicator", "withholding_wages"),
        ("Dormeau intr-o camera fara geamuri din spatele atelierului.", "indicator", "abusive_conditions"),
        ("Cand a zis ca pleaca, i-a spus ca stie unde sta mama lui.", "indicator", "intimidation_threats"),
        ("Un cunoscut le spusese ca vor castiga cat intr-o luna acasa.", "recruitment", "false_job_offer"),
        (
            "I-a dus unul Nelu cu dubita, le-a zis ca iau 9 lire pe ora si casa.",
            "recruitment",
            "false_job_offer",
        ),
    ],
)
def test_romanian_cues_in_plain_words_without_diacritics(text: str, scheme: str, label: str) -> None:
    assert label in _labels(text, scheme)


def test_romanian_plain_words_that_are_no_cue() -> None:
    assert "debt_bondage" not in _labels("Au platit singuri biletul de avion.", "indicator")
    assert "false_job_offer" not in _labels("Le-a spus ca vor fi audiati de procurori.", "recruitment")


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the one held named in the genitive after the act
        ("Procurorii au dispus reținerea bărbatului pentru 24 de ore.", "detained", 1),
        ("Tribunalul a admis propunerea de arestare preventivă a suspectului.", "arrested", 1),
        # part of those held
        ("Doi dintre cei arestați au fost puși sub acuzare pentru trafic de persoane.", "charged", 2),
        # a border interception before the flight
        ("Trei tinere din Galați, oprite pe Aeroportul Otopeni înainte să plece în Spania.", "victims", 3),
    ],
)
def test_romanian_held_in_the_genitive_and_stopped_at_the_border(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_a_bodys_figures_for_last_year_are_no_count_of_the_case() -> None:
    text = (
        "Polițiștii au oprit două tinere în timp ce încercau să se îmbarce spre Madrid. "
        "Ele au fost îndrumate către ANITP. Tinerele vor fi audiate. "
        "Potrivit datelor Poliției de Frontieră, anul trecut au fost identificate 47 de posibile victime."
    )
    assert counts_of(text)["victims"] == 2
    assert counts_of("Telefoanele mobile ale suspectului au fost ridicate.")["detained"] is None


def test_a_dated_verdict_that_points_back_is_the_cases_own() -> None:
    text = (
        "Maria avea 17 ani când Sorin i-a promis o viață nouă în Italia. Acolo a fost obligată să se "
        "prostitueze timp de un an. A reușit să fugă și a sunat la poliție. "
        "În 2024, Tribunalul Vaslui l-a condamnat pe Sorin la 7 ani și 6 luni de închisoare. "
        "În 2023, un alt bărbat din Vaslui a fost condamnat la 5 ani pentru fapte asemănătoare."
    )
    outcomes = extract(Document(text=text, language="ro")).summary["outcomes"]
    assert outcomes["convicted"] == 1
    assert outcomes["sentence_years_max"] == 7.5


def test_injured_parties_split_by_sex_are_the_victims() -> None:
    text = (
        "Procurorii DIICOT au trimis în judecată trei inculpați. În cauză au fost identificate 11 persoane "
        "vătămate: opt adulți (cinci bărbați și trei femei) și trei minori."
    )
    victims = extract(Document(text=text, language="ro")).summary["victims"]
    assert sorted(victims["genders"]) == ["female", "male"]


@pytest.mark.parametrize(
    "text",
    [
        "Elena a plecat cu prietenul ei, Ciprian, care îi promisese că în Olanda vor lucra amândoi într-un "
        "depozit. Acolo a fost obligată să se prostitueze.",
        "Muncitorii fuseseră recrutați prin anunțuri pe Facebook: „lucru la căpșuni în Spania, 48 de euro pe "
        "zi”. Acolo au fost exploatați prin muncă.",
    ],
)
def test_a_false_job_offer_in_romanian_wordings(text: str) -> None:
    recruitment = extract(Document(text=text, id="t")).summary["recruitment"]
    assert "false_job_offer" in recruitment


def test_the_man_she_met_is_the_loverboy_method() -> None:
    text = (
        "Raluca avea 19 ani când l-a cunoscut pe Alex pe Instagram. După două luni a plecat cu el în "
        "Germania, unde a fost obligată să se prostitueze."
    )
    assert "loverboy" in extract(Document(text=text, id="t")).summary["recruitment"]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # names inline, up to those tried at liberty
        ("Procurorii au dispus trimiterea în judecată, în stare de arest preventiv, a inculpaților A.B.C., "
         "de 31 de ani, și D.E. (40 de ani), precum și, sub control judiciar, a inculpatei F.G.", 2),
        # a number of defendants
        ("Procurorii DIICOT au dispus trimiterea in judecata, in stare de arest preventiv, a patru inculpati "
         "si, sub control judiciar, a altor doi inculpati, pentru trafic de persoane.", 4),
        # some of the defendants
        ("Au fost trimiși în judecată nouă inculpați, dintre care șase în stare de arest preventiv și trei "
         "sub control judiciar.", 6),
        # one defendant per line, after a colon
        ("Procurorii au dispus trimiterea în judecată, în stare de arest preventiv, a inculpaților:\n"
         "- R.T., pentru trafic de persoane;\n- M.V. și I.V., pentru proxenetism;\n"
         "precum și a inculpatului C.D., aflat sub control judiciar.", 3),
        # one line per defendant or per measure; house arrest is an arrest; a nickname is no person
        ("Inculpații trimiși în judecată sunt:\n"
         "– POPA Marian, zis „Ursu Mare”, în stare de arest preventiv;\n"
         "– L.M. și T.N., în stare de arest preventiv;\n– G.H., sub control judiciar.", 3),
        ("Au fost trimiși în judecată:\n– în stare de arest preventiv: A.A., B.B. și C.C.;\n"
         "– în stare de arest la domiciliu: D.D.;\n– sub control judiciar: E.E.", 4),
    ],
)  # fmt: skip
def test_defendants_sent_to_trial_under_arrest_were_arrested(text: str, arrested: int) -> None:
    assert counts_of(text)["arrested"] == arrested


def test_defendants_tried_at_liberty_were_not_arrested() -> None:
    text = "Procurorii au dispus trimiterea în judecată, sub control judiciar, a inculpaților A.B. și C.D."
    assert counts_of(text)["arrested"] is None


def test_a_proposal_granted_for_some_defendants_arrests_those() -> None:
    text = (
        "Procurorii au sesizat Tribunalul Iași cu propuneri de arestare preventivă pentru 30 de zile a celor "
        "opt inculpați. Judecătorul a admis propunerea pentru șase dintre aceștia, iar față de ceilalți doi "
        "a dispus măsura controlului judiciar."
    )
    assert counts_of(text)["arrested"] == 6


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # "ar fi" with a participle that does not agree: what the suspect allegedly did
        ("În perioada ianuarie - iunie 2025, un tânăr de 19 ani ar fi recrutat, prin intermediul rețelei de "
         "socializare Instagram, două adolescente din județul Tulcea.", 2),
        ("Suspectul ar fi exploatat trei bărbați la o fermă.", 3),
        # with "fost" and an agreeing participle it was done to them
        ("Două tinere ar fi fost recrutate de suspect.", 2),
    ],
)  # fmt: skip
def test_an_alleged_act_counts_the_people_it_was_done_to(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Cele trei minore au fost preluate de specialiști ai DGASPC Constanța.", 3),
        ("Cei nouă bărbați au fost preluați de o organizație spaniolă de sprijin pentru victime.", 9),
    ],
)
def test_people_taken_into_the_care_of_helpers_are_victims(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


def test_a_case_taken_over_by_prosecutors_counts_no_one() -> None:
    assert counts_of("Cazul a fost preluat de procurorii DIICOT din Craiova.")["victims"] is None


def test_a_forms_place_fields_name_places() -> None:
    text = (
        "Formular de sesizare\nJudet / localitate: Arges, Pitesti\n\nDescrierea situatiei:\n"
        "in blocul meu stau niste fete tinere, nu ies niciodata singure afara."
    )
    places = extract(Document(text=text, id="t", language="ro")).summary["places"]
    assert {"Arges", "Pitesti"} <= set(places)


def test_what_happened_after_a_promise_is_a_fact() -> None:
    text = (
        "Membrii grupului le promiteau o viață mai bună și căsătoria, apoi le convingeau să plece în Regatul "
        "Unit, unde erau obligate să practice prostituția."
    )
    labels = {c.label for c in classify(text, split_segments(text), "ro") if c.scheme == "exploitation"}
    assert "sexual" in labels


def test_work_promised_where_they_would_go_stays_a_promise() -> None:
    text = "Le-a promis un loc de muncă în Spania, unde vor lucra la cules de căpșuni."
    labels = {c.label for c in classify(text, split_segments(text), "ro") if c.scheme == "sector"}
    assert "agriculture" not in labels


def test_a_plural_noun_opening_a_sentence_is_no_name() -> None:
    text = (
        "În cauză au fost identificate 23 de persoane vătămate. Muncitorii au fost preluați de o asociație "
        "locală care sprijină migranții."
    )
    assert counts_of(text)["victims"] == 23


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Judecătoria Cahul a emis mandate de arest preventiv pe 30 de zile pe numele a trei dintre ei.", 3),
        ("Instanța a emis mandat de arestare preventivă pe 30 de zile pe numele bărbatului.", 1),
        ("Judecătoria Orhei a emis mandate de arest pe 30 de zile pe numele femeii și al fiului ei.", 2),
        ("Polițiștii au pus în executare un mandat de arestare emis de instanța din Bacău.", None),
    ],
)
def test_arrest_warrants_issued_in_someones_name_are_arrests(text: str, value: int | None) -> None:
    assert counts_of(text)["arrested"] == value


def test_the_case_file_is_no_person_and_sends_its_accused_to_trial() -> None:
    text = (
        "Ofițerii i-au reținut pe cei doi în martie 2023. Cazul a fost descoperit după ce un muncitor "
        "a fugit. Dosarul a fost trimis în judecată de Procuratura Bălți în august 2023."
    )
    counts = counts_of(text)
    assert counts["charged"] == 2
    assert counts["victims"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Polițiștii italieni i-au arestat în flagrant pe Marius și pe fratele acestuia, de 31 de ani.", 2),
        ("Polițiștii i-au arestat pe Dorin Toma și pe Viorel Neagu.", 2),
    ],
)
def test_people_named_after_pe_are_the_ones_arrested(text: str, value: int) -> None:
    assert counts_of(text)["arrested"] == value


def test_who_allegedly_brought_workers_in_is_no_victim_and_the_workers_are() -> None:
    text = (
        "Administratorii firmei, doi cetățeni români de 52 și 47 de ani, ar fi adus în țară, pe baza unor "
        "avize de muncă, 14 muncitori din Nepal."
    )
    assert counts_of(text)["victims"] == 14


def test_an_escort_site_is_sexual_exploitation_and_a_promise_to_marry_is_no_forced_marriage() -> None:
    text = (
        "Sora mea are 17 ani si a plecat cu un baiat care zice ca e iubitul ei si ca o sa se casatoreasca. "
        "Acum el o pune sa iasa cu barbati si are anunturi pe un site de escorte cu poze cu ea."
    )
    exploitation = extract(Document(text=text, language="ro")).summary["exploitation"]
    assert "sexual" in exploitation
    assert "forced_marriage" not in exploitation


def test_definite_plurals_tell_the_victims_gender_and_columbia_is_colombia() -> None:
    text = (
        "Gruparea recruta victime din județul Dolj. Odată ajunse la Dortmund, tinerele erau obligate să "
        "practice prostituția. Femeile din Columbia au fost exploatate în Alicante."
    )
    summary = extract(Document(text=text, language="ro")).summary
    assert "female" in summary["victims"]["genders"]
    assert "CO" in summary["victims"]["nationalities"]


def test_the_young_women_with_their_article_are_female_victims() -> None:
    text = "Gruparea recruta victime din Dolj. La Dortmund, tinerele erau obligate să practice prostituția."
    assert "female" in extract(Document(text=text, language="ro")).summary["victims"]["genders"]


@pytest.mark.parametrize(
    ("text", "scheme", "label"),
    [
        # a tip written without diacritics, in the present tense
        ("Mi-a scris ca el o pune sa stea cu barbati toata noaptea.", "exploitation", "sexual"),
        ("Seful ii ia toti banii pe care ii face.", "indicator", "withholding_wages"),
        ("Sorin ii ia si buletinul.", "indicator", "retention_of_documents"),
        ("El i-a zis ca o ia de nevasta.", "recruitment", "loverboy"),
        # the refusal is the condition, the beating the fact
        ("Ea munceste la el si daca nu vrea o bate.", "indicator", "physical_sexual_violence"),
        # a record's and a communiqué's past tenses
        ("Victima nu avea voie să iasă; telefonul îi fusese luat.", "indicator", "isolation"),
        ("Toți banii obținuți erau predați „prietenului”.", "indicator", "withholding_wages"),
        ("Banii obținuți fiind însușiți integral de membrii grupării.", "indicator", "withholding_wages"),
        ("Documentele de identitate și telefoanele le erau luate.", "indicator", "retention_of_documents"),
    ],
)
def test_a_tip_in_the_present_without_diacritics(text: str, scheme: str, label: str) -> None:
    assert label in _labels(text, scheme)


@pytest.mark.parametrize(
    "text",
    [
        "Vecinii spun ca sotul nu o bate.",
        # a beating threatened, not told
        "Seful a zis ca ne bate daca fugim.",
        "Varul meu zice ca daca pleaca ii bate.",
        "Ii ameninta ca ii va bate.",
    ],
)
def test_a_denied_or_threatened_beating_is_no_violence(text: str) -> None:
    assert "physical_sexual_violence" not in _labels(text, "indicator")


def test_if_she_says_no_he_beats_her() -> None:
    text = "She told me he keeps her wages and if she says no he beats her."
    assert "physical_sexual_violence" in extract(Document(text=text, language="en")).summary["indicators"]


def test_a_country_then_its_town_and_a_county_abbreviated_without_a_stop() -> None:
    text = "Ramona din Buhusi jud Bacau a plecat cu el in Germania la Hamburg si lucreaza acolo."
    summary = extract(Document(text=text, language="ro")).summary
    assert {"Bacau", "Hamburg"} <= set(summary["places"])
    assert summary["countries"]["destination"] == ["DE"]


def test_a_town_abbreviated_or_and_german_towns_without_umlauts() -> None:
    text = "Apelant: mama victimei, jud. Galați, or. Tecuci. Fiul ei a lucrat in Munchen si Nurnberg."
    assert {"Tecuci", "Munchen", "Nurnberg"} <= set(
        extract(Document(text=text, language="ro")).summary["places"]
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Au fost recrutate fete din familii cu posibilități materiale reduse.", "abuse_of_vulnerability"),
        ("Cine încerca să plece de pe câmp era bătut de paznici.", "restriction_of_movement"),
        ("Locuiau într-o rulotă la 20 km de cea mai apropiată localitate.", "isolation"),
        ("Li s-a spus că dacă merg la poliție vor fi arestați.", "intimidation_threats"),
        ("Banii câștigați din cerșit erau preluați integral de inculpat.", "withholding_wages"),
        ("Salariul promis nu a venit niciodată.", "withholding_wages"),
        ("Un muncitor s-a rănit, dar nu i s-a permis să meargă la medic.", "abusive_conditions"),
        ("Spăla și gătea pentru toată familia. Nu a avut nicio zi liberă.", "excessive_overtime"),
        # the rest of the pay kept back, the whole takings handed over
        ("Primeau 10 euro pe zi, restul fiind reținut de patron.", "withholding_wages"),
        ("Întreaga sumă de bani obținută era predată inculpaților.", "withholding_wages"),
        # travel advanced by the recruiter, then taken back from the pay or owed as a debt
        ("Transportul a fost „avansat” de recrutor, urmând să fie returnat din salariu.", "debt_bondage"),
        ("Șoferul le-a spus că le dă pașapoartele după ce își scot banii de drum.", "debt_bondage"),
        # a ruling's findings: the whole sum kept, the victims' phones taken (a plural), the victims hit
        ("Instanța a reținut că inculpatul păstra întreaga sumă obținută.", "withholding_wages"),
        ("Inculpatul le lua victimelor telefoanele pentru a nu putea comunica.", "isolation"),
        ("Membrii grupării le luau telefoanele.", "isolation"),
        ("Inculpatul le lovea atunci când refuzau să meargă la clienți.", "physical_sexual_violence"),
    ],
)
def test_indicators_told_in_romanian_case_stories(text: str, label: str) -> None:
    assert label in _labels(text, "indicator")


@pytest.mark.parametrize(
    "text",
    [
        "Inculpata le-a propus locuri de muncă într-un bar din Dubai.",
        # a sum with a space between its thousands and hundreds
        "Pe Facebook apărea un anunț: câștig de 1 500 de euro, fără experiență.",
        "O vecină i-a spus că o familie caută o bonă. Salariul: 2.000 de lei pe lună, cu masă și casă.",
    ],
)
def test_a_job_offered_in_romanian_is_a_false_job_offer(text: str) -> None:
    assert "false_job_offer" in _labels(text, "recruitment")


def test_travel_paid_by_the_organisers_and_turned_into_a_debt_recruited_them() -> None:
    text = (
        "Biletele de avion erau achitate de organizatori, suma fiind ulterior transformată într-o "
        "„datorie” de 5.000 de dolari."
    )
    assert "debt_bondage" in _labels(text, "recruitment")


def test_cars_taken_in_a_romanian_search_are_vehicles() -> None:
    text = "Cu ocazia perchezițiilor au fost ridicate telefoane mobile și două automobile."
    assert "vehicles" in _labels(text, "seizure")


def test_a_rulings_terms_written_in_words_too_and_its_named_defendants() -> None:
    text = (
        "A fost condamnat inculpatul LUNGU DĂNUȚ-CRISTIAN la pedeapsa de 8 (opt) ani închisoare.\n\n"
        "A fost condamnată inculpata CIOBOTARU LARISA la pedeapsa de 4 ani și 6 luni închisoare.\n\n"
        "A fost condamnat inculpatul MOCANU SORIN-IONEL la pedeapsa de 2 ani închisoare.\n\n"
        "Stabilește pentru inculpatul Lungu Dănuț-Cristian pedeapsa rezultantă de 9 (nouă) ani și 6 (șase) "
        "luni închisoare."
    )
    counts = counts_of(text)
    assert counts["convicted"] == 3
    assert counts["sentence_years"] == 9.5


@pytest.mark.parametrize(
    ("text", "label", "scheme"),
    [
        ("Suntem la o fabrica de carne langa Oldenburg.", "food_processing", "sector"),
        ("Acum ne dau 600 si ne taie 350 euro de persoana pt cazare.", "withholding_wages", "indicator"),
        ("Un coleg s-a taiat la mana si nu l-au dus la doctor.", "abusive_conditions", "indicator"),
    ],
)
def test_a_workers_tip_from_a_meat_plant(text: str, label: str, scheme: str) -> None:
    assert label in _labels(text, scheme)


def test_a_meat_plant_is_no_factory_of_manufacturing() -> None:
    assert "manufacturing" not in _labels("Suntem la o fabrica de carne langa Oldenburg.", "sector")


def test_a_national_statistic_and_a_countrys_programme_give_no_nationality() -> None:
    text = (
        "Zece bărbați din Călărași au fost exploatați la spălătorii auto. Victimele au fost preluate de "
        "Armata Salvării, care gestionează programul britanic de sprijin pentru victime.\n\n"
        "Românii se numără printre naționalitățile cel mai des identificate ca potențiale victime ale "
        "sclaviei moderne în Marea Britanie, alături de britanici, albanezi și vietnamezi."
    )
    summary = extract(Document(text=text, language="ro")).summary
    assert summary["victims"]["nationalities"] == ["RO"]


def test_a_part_told_by_its_own_parts_is_counted_once() -> None:
    text = "Polițiștii au identificat opt victime: șapte minori – patru băieți și trei fete – și o tânără."
    assert counts_of(text)["victims"] == 8
    assert counts_of("Police rescued two men, three women, one boy and two girls.")["victims"] == 8
