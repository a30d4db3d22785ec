"""Short tip texts written for the triage tests, with what a call handler should see.

Each case: (id, text, expected channels in order, urgent). The channel list is the whole GB
route list, most important first, so a change in routing shows up as a failing row.
"""

from __future__ import annotations

E, P, H, V, A, C, L = (
    "emergency",
    "police",
    "helpline",
    "victim_support",
    "anonymous",
    "childrens_services",
    "labour_inspectorate",
)

TIPS: list[tuple[str, str, list[str], bool]] = [
    # --- immediate danger ---------------------------------------------------------------
    (
        "danger-locked",
        "There is a woman locked in the upstairs room at 14 Station Road. She was crying for help.",
        [E, H],
        True,
    ),
    (
        "danger-knife",
        "The manager pulled a knife on one of the cleaners today and said he would kill her if she talked.",
        [E, H],
        True,
    ),
    (
        "danger-tonight",
        "They are moving the women to another house tonight, I heard them threaten them.",
        [E, H],
        True,
    ),
    (
        "danger-cant-leave",
        "My cousin says she cannot leave the house, the man keeps the key and took her phone.",
        [E, H],
        True,
    ),
    (
        "danger-injured",
        "A worker at the farm is badly injured and they will not take him to hospital.",
        [E, H, L],
        True,
    ),
    ("danger-self", "Please help me! I am held against my will in a flat in Luton.", [E, V, H], True),
    (
        "danger-weapon-carwash",
        "At the hand car wash on the A5 the boss carries a gun. The men "
        "sleep in a container and are never paid.",
        [E, H, L],
        True,
    ),
    ("danger-ro", "Fata este sechestrată într-un apartament din Iași.", [E, H], True),
    # --- children -------------------------------------------------------------------------
    (
        "child-15",
        "A 15-year-old girl is working at the nail bar every day after school and the owner keeps her money.",
        [P, C, H, L],
        True,
    ),
    (
        "child-schoolgirl",
        "Older men pick up a schoolgirl from the park in different cars and she has new phones and bruises.",
        [P, C, H],
        True,
    ),
    (
        "child-minor-cannabis",
        "Police should know a minor is looking after a cannabis grow in the flat; he never goes out.",
        [P, C, H],
        True,
    ),
    (
        "child-danger",
        "A 12-year-old boy is locked in the basement of the takeaway tonight.",
        [E, C, H, L],
        True,
    ),
    (
        "child-county-lines",
        "Kids aged 14 are being used to sell drugs for a county lines gang and are threatened if they stop.",
        [P, C, H],
        True,
    ),
    ("child-only-mention", "A 16-year-old works Saturdays at the bakery and seems happy.", [P, C, H], False),
    # --- sexual exploitation --------------------------------------------------------------
    (
        "sexual-brothel",
        "There is a brothel in a terraced house; six women live there and men "
        "come and go all night. The women never go out alone.",
        [H],
        False,
    ),
    (
        "sexual-loverboy",
        "My friend's boyfriend promised her a job in London but now he takes "
        "all her money and makes her see clients.",
        [H],
        False,
    ),
    (
        "sexual-adverts",
        "The same phone number is in escort adverts for different Romanian women every week.",
        [H],
        False,
    ),
    # --- labour -----------------------------------------------------------------------------
    (
        "labour-farm",
        "Workers at the farm say they owe money for their travel and their "
        "passports were taken by the gangmaster.",
        [H, L],
        False,
    ),
    (
        "labour-construction",
        "On the building site the same men work 14 hours a day, 7 days a week, and sleep in a van.",
        [H, L],
        False,
    ),
    (
        "labour-factory-many",
        "About 20 workers at the factory are not paid and live in an "
        "overcrowded house with mattresses everywhere.",
        [H, L],
        False,
    ),
    (
        "labour-carwash",
        "The car wash lads have no gloves in winter and are picked up and dropped off by the same van.",
        [H, L],
        False,
    ),
    (
        "labour-nailbar",
        "At the nail salon the girls are escorted everywhere and do not speak English.",
        [H, L],
        False,
    ),
    (
        "labour-hotel",
        "Cleaning staff at the hotel were told they would be paid well but are paid "
        "nothing and their ID cards are kept.",
        [H, L],
        False,
    ),
    # --- criminal -------------------------------------------------------------------------
    (
        "criminal-cannabis",
        "A Vietnamese man lives inside a cannabis house and is never seen going out.",
        [H],
        False,
    ),
    (
        "criminal-begging",
        "A group of people are dropped off every morning to beg on the high "
        "street and collected at night; a man takes their money.",
        [H],
        False,
    ),
    # --- domestic servitude ---------------------------------------------------------------
    (
        "domestic-maid",
        "The family next door has a maid who works all day and night, sleeps "
        "on the kitchen floor and has no phone.",
        [H],
        False,
    ),
    (
        "domestic-passport",
        "Their nanny told me her employer has her passport and she has not been paid for a year.",
        [H],
        False,
    ),
    # --- victim seeking support -----------------------------------------------------------
    (
        "victim-escaped",
        "I escaped from the people who made me work in a restaurant and I have nowhere to go.",
        [V, H, L],
        False,
    ),
    ("victim-help", "I need help. My boss took my passport and says I owe him money.", [V, H], False),
    # --- anonymous reporter ---------------------------------------------------------------
    (
        "anon-carwash",
        "I don't want to give my name. The car wash workers sleep on the site and look scared of the boss.",
        [A, H, L],
        False,
    ),
    ("anon-brothel", "Reporting anonymously: flat 3 above the shop is used as a brothel.", [A, H], False),
    ("anon-danger", "I want to stay anonymous but a girl is locked in there right now.", [E, A, H], True),
    # --- linked / many ----------------------------------------------------------------------
    ("many-workers", "Twelve men get out of a minibus at the warehouse every morning.", [H, L], False),
    # --- unclear --------------------------------------------------------------------------
    ("unclear-feeling", "Something does not feel right about the house on the corner.", [H], False),
    ("unclear-question", "Is it normal for a car wash to be open until midnight?", [H, L], False),
    ("unclear-worried", "I'm not sure if she can go out on her own, she always looks tired.", [H], False),
    # --- negation and hypotheticals must not score ----------------------------------------
    (
        "neg-no-danger",
        "No one is in danger, but I think the workers at the bakery might be underpaid.",
        [H],
        False,
    ),
    ("neg-not-locked", "She is not locked in, she can come and go as she likes.", [H], False),
    ("hypo-advice", "If you suspect someone is locked in or held against their will, call 999.", [H], False),
    ("hypo-signs", "Signs of slavery include injuries, no passport and long hours.", [H], False),
    ("neg-no-children", "There are no children involved, it is just a question about visas.", [H], False),
    # --- not slavery at all -----------------------------------------------------------------
    ("none-noise", "My neighbour plays loud music every weekend.", [H], False),
    ("none-parking", "Someone keeps parking across my driveway.", [H], False),
    ("none-parent", "She has two children and works part-time at the library.", [H], False),
    ("none-happy-worker", "I work at a café, I am paid every Friday and I like my job.", [H], False),
]
