"""Split a report into sentence segments and mark generic advice as boilerplate.

News and press releases about trafficking end with "if you suspect …, call …" paragraphs, helpline
promotions, awareness quotes ("victims are often found in car washes, nail bars …") and scraper
junk ("Read Related Also: …"). Those sentences yield contacts but no facts about the case, so the
classifiers and counters skip them. Scoring is per sentence (strong cues 2, weak cues 1; 2 marks a
sentence) and then per paragraph: a paragraph whose sentences are at least half boilerplate is
boilerplate as a whole, because awareness quotes mix a generic sentence with a vaguer one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from threadline.extract.alternation import Alternation, gated
from threadline.extract.textutil import fold


@dataclass(frozen=True)
class Segment:
    """A sentence-sized piece of the text: `text[start:end]`."""

    start: int
    end: int
    is_boilerplate: bool
    paragraph: int = 0


# Advice to the reader, helplines, page furniture: one of these is enough.
_STRONG = Alternation(
    r"\bif (?:you|anyone|someone)\b[^.]{0,40}\b(?:suspect|think|believe|concern|know|worried|"
    r"information|spot|see|notice)"
    r"|\b(?:anyone|those|people) with (?:any )?information\b"
    r"|\b(?:help|advice)line\b|\bhotline\b|\bcrimestoppers\b|\bcrime stoppers\b"
    r"|\bto report (?:modern slavery|trafficking|exploitation|a concern|concerns|it|this|a crime)"
    r"|\byou can (?:also )?(?:report|call|contact|get|seek|find|visit|ring)"
    r"|\b(?:call|ring|dial|contact|phone)\b[^.]{0,40}(?:\bon\s+\+?\d|\bnumber\b|\b(?:101|999|911|112)\b)"
    r"|\bspot the signs\b|\bsigns (?:to look out for|of (?:modern slavery|trafficking|exploitation))"
    r"|\bsigns (?:include|may include|can include)\b|\bread (?:related|also|more)\b|\balso read\b"
    r"|\brelated (?:articles?|stories|news)\b|\bclick here\b|\bsign up\b|\bsubscribe\b"
    r"|\bshare this\b|\bfollow us\b|\bcookies?\b|\ball rights reserved\b|^\s*source\s*:"
    r"|<!-|\bnotes? to editors\b|\b365 days a year\b|\bin an emergency\b"
    # a line open round the clock; not people made to work it ("had to be available 24 hours a day")
    r"|(?<!be available )(?<!to clients )(?<!on call )(?<!on duty )(?<!worked )(?<!working )(?<!work )"
    r"(?<!them available \")\b24 hours? a day\b"
    r"|\bin (?:the )?case of (?:an )?emergency\b|\bdaca (?:aveti|detineti|cunoasteti|suspectati)\b"
    r"|\b(?:sunati|apelati|suna|apeleaza|semnalati)\b|\blinia? (?:telefonica|verde)\b|\btelverde\b"
    r"|\bciteste si\b|\bvezi si\b|\bcitiți și\b|\bafla mai multe\b|\bnumarul unic\b"
    r"|\bcopyright\b|©|\bsubscribe to\b|\bnewsletter\b|\bshare (?:this|on)\b|\bimage caption\b"
    r"|\b(?:anti-trafficking|hot|help|tip|toll-free|freephone|confidential|emergency) ?line\b"
    r"|\breminds? the public\b|\bfree(?:,| and) confidential\b|\bfreephone\b"
    r"|^\s*(?:photo|foto|image|picture|video|sursa foto|advertisement|publicitate|related|more from|more)\s*:"
    # a period's statistics: "rescuing more than 700 victims in the first eight months of 2012"
    r"|\bin the first (?:\w+ )?(?:months?|half|quarter|weeks?) of (?:(?:19|20)\d\d|this year|last year)\b"
    r"|\burmareste-ne\b|\baboneaza-te\b|\bfollow (?:us|@)\b|\bdownload (?:our|the) app\b"
    # a prosecutor's standing programme the case belongs to ("This case is part of Project Safe
    # Childhood, a nationwide initiative launched in 2006 …"): its agencies and figures are not the case's
    r"|\bthis (?:case|prosecution|investigation|effort) (?:is|was) (?:brought )?(?:as )?part of\b"
)
# Someone in the story who rang a helpline is a fact of the case, not advice to the reader ("a neighbour
# called the National Human Trafficking Hotline", "a customer contacted the charity Crimestoppers").
# A helpline that acted in the case ("The hotline alerted the Oklahoma Highway Patrol"); organisations
# uses it too, so that the bodies such a sentence names are not taken for advice.
HELPLINE_ACTED = (
    r"\b(?:hotline|helpline|(?:hot|help|tip) line)(?:['’]s)?\s+"
    r"(?:(?:staff|team|advisers?|advisors?|operators?|then|later|also|immediately)\s+)?"
    r"(?:alerted|referred|passed|notified|contacted|informed|forwarded|relayed)\b"
)
_TOLD_CONTACT = gated(
    r"\b(?:called|contacted|rang|phoned|alerted|texted|messaged|emailed|tipped off)\s+"
    r"(?:the\s+|our\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:hotline|helpline|crimestoppers|crime stoppers|(?:hot|help|tip) line)\b"
    rf"|{HELPLINE_ACTED}"
)
# Generic statements about slavery rather than this case; two of them make a sentence generic.
_WEAK = Alternation(
    # (how long someone in the case worked is a fact of it: "on call around the clock every day")
    r"(?<!work )(?<!worked )(?<!working )(?<!hours )(?<!hour )"
    r"\bevery (?:borough|city|town|county|community|year|day|week)\b"
    r"|\beach (?:year|day)\b"
    r"|\bacross (?:the )?(?:uk|country|world|region|london|europe|us)\b"
    r"|(?<!on call )(?<!worked )(?<!working )(?<!toiled )\baround the clock\b"
    r"|\bhundreds of victims\b|\bthousands of (?:victims|people)\b|\bmay encounter\b"
    r"|\bpotential victims\b|\boften\b|\bmany (?:victims|will|people)\b|\bstill happening\b"
    r"|(?<!from )\bthe public\b|\bimportant role\b|\braise awareness\b|\bawareness\b|\bworldwide\b"
    r"|\ban estimated\b|\bestimates? (?:suggest|show)\b|\bglobal slavery index\b|\btypically\b"
    # (an object "anyone" is the case's: "no contact with anyone", "not allowed to speak to anyone")
    r"|\bcan (?:be|happen|affect)\b|(?<!with )(?<!to )(?<!tell )(?<!told )\banyone\b"
    r"|\bwithout realising\b|\bwithout realizing\b"
    r"|\byou(?:r|rself)?\b|\bsuch as\b|\bwe (?:believe|know|urge|encourage|want)\b"
    # an organisation's "we work with partners …", not a victim's "we work 16 hour every day"
    r"|\bwe work (?:with|to|alongside|closely|together|across|in partnership|hard|tirelessly)\b"
    r"|\bprotection and support\b|\bwill always be\b|\btaken seriously\b|\bwww\.|https?://"
    r"|\bin fiecare an\b|\badesea\b|\bde multe ori\b|\bpotentiale victime\b|\bputeti\b"
    # national statistics quoted for context are not this case's numbers
    r"|\bfigures\b|\bstatistics\b|\bdata (?:show|from|published)\b|\blast year\b|\bnationally\b"
    r"|\bglobally\b|\baccording to (?:the )?(?:ilo|un|unodc|walk free|home office|national crime agency"
    r"|state department|us state department)\b|\breferred to the national referral mechanism\b"
    r"|\bstatistici(?:le)?\b|\banul trecut\b|\bla nivel national\b"
    # "Românii se numără printre naționalitățile cel mai des identificate ca potențiale victime"
    r"|\bprintre nationalitatile\b|\bcel mai des (?:identificat|intalnit)\w*"
    # running totals and yearly figures of an agency, not this case ("Since FY 2001 … has charged")
    r"|\bsince (?:fy |fiscal year )?(?:19|20)\d\d\b|\bmore than double\b|\bpriority\b"
    r"|(?:^|(?<=\n)|(?<=[.!?] ))in (?:the (?:first|second) half of |early |late )?(?:19|20)\d\d,"
    r"|\b\d{1,3},\d{3} (?:[a-z]+ )?(?:people|migrants|persons|victims|nationals|workers|minors|children|"
    r"women|girls)\b"
    r"|\b(?:takes?|taking|come in) many forms\b|\bmost common (?:forms?|types?|include)\b"
    r"|\b(?:so far )?this year\b|\bin the (?:state|country)\b|\b(?:have |had )?bec(?:ome|ame) victims\b"
    r"|\bpublicul\b|\bprevenire\b|\bcampanie\b"
)
# Words that point the reader to other stories, as a line's opening or a list's heading.
_TO_OTHER_STORIES = (
    r"read (?:more|also|related|next)|see also|also read|most (?:read|popular|viewed)|citeste si|vezi si"
)
# Page furniture on a line of its own ("Read more", "Related News", "Exit mobile version"): boilerplate,
# but it says nothing about the sentences beside it, so it takes no part in the paragraph's vote.
_FURNITURE = re.compile(
    rf"\W*(?:(?:{_TO_OTHER_STORIES}|related (?:news|posts?|articles?|stories|press releases?|links?)|"
    r"exit mobile version|"
    r"click here|share (?:this|on)|advertisement|publicitate|more from)\b|related\s*:)[^.!?]{0,90}$"
    # a run of other releases' titles on one line: "Recent Press Releases: A | B"
    r"|\W*recent (?:press releases|news|stories|posts)\s*:[^.!?]{0,300}$"
)
# A heading over a list of links to other stories ("READ MORE", "Most Read", "Related stories"): the
# lines under it, up to a blank line (or list items right after one), are other stories' headlines.
_LINK_HEADING = re.compile(
    rf"\W*(?:{_TO_OTHER_STORIES}|related(?: (?:news|posts?|articles?|stories|content|coverage|"
    r"press releases?|links?))?|"
    r"more (?:from [^.!?]{1,30}|on this story|stories|news)|top stories|trending(?: now)?|"
    # "Other news in Fife"
    r"other (?:news|stories|releases)(?: (?:in|from|on) [^.!?]{1,30})?|"
    r"recent (?:press releases|news|stories|posts)|"
    r"you may also like|recommended(?: for you)?|latest (?:news|stories)|cele mai citite|"
    # a press release page's footer: "Topic / Human Trafficking", "Components / Federal Bureau of …"
    r"articole similare|topics?|components?|"
    # a Romanian page's own: "Comunicate similare:", "Alte știri", "Articole recomandate"
    r"(?:comunicate|stiri) similare|(?:alte|ultimele) (?:stiri|comunicate|articole)|"
    r"articole (?:recomandate|asemanatoare))\W*"
)
# Other stories' headlines run on after a heading and a colon on one line ("Most read: 1. Man charged
# after … 2. …"): the whole line is page furniture, however many sentences it splits into.
_LINKS_ON_THE_LINE = re.compile(rf"\W*(?:{_TO_OTHER_STORIES}|trending(?: now)?|top stories)\s*:")
_LIST_LINE = re.compile(r"[ \t]*(?:[-•*>·▪]|\d{1,2}[.)])[ \t]")
_HEADLINE_CHARS = 200
# Sentence ends: terminal punctuation followed by space and an opening letter/quote, or a line break.
# A lower-case opening counts too: tips typed without capitals ("he take our passport. we work 7
# days") are otherwise one sentence, in which a "promise" or an "if" near the start silences the rest.
_SENT_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Za-z0-9ĂÂÎȘŞȚŢăâîșşțţ])|\n+")
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[-•*]|\s*[\"'‘“])|\n")


_ABBREV = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nr|Gov|Sen|Rep|Det|Insp|Supt|Sgt|Atty|Lt|Col|Gen|"
    r"Capt|Prof|Rev|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Inc|Ltd|Corp|Mt|Ft|"
    r"vs|etc|approx|Ch|Supt|Cllr|jud|mun|str|dl|dna|pct|art|alin|lit))\.$"
)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        # "U.S. District Court", "Det. Insp. Smith": an abbreviation's full stop ends no sentence.
        if text[m.start() - 1 : m.start()] == "." and _ABBREV.search(
            text, max(start, m.start() - 8), m.start()
        ):
            continue
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _score(strong: list[int], weak: list[int], weak_words: list[str], a: int, b: int) -> int:
    if bisect_left(strong, b) > bisect_left(strong, a):
        return 2
    # distinct cues: a judge's "you … you … you" addresses one defendant, not every reader
    return min(2, len(set(weak_words[bisect_left(weak, a) : bisect_left(weak, b)])))


def split_segments(text: str) -> list[Segment]:
    """Sentence segments covering the non-blank text, in order, each marked boilerplate or not."""
    folded = fold(text)
    segments: list[Segment] = []
    para_start = 0
    paragraphs: list[tuple[int, int]] = []
    for m in _PARA.finditer(text):
        paragraphs.append((para_start, m.start()))
        para_start = m.end()
    paragraphs.append((para_start, len(text)))
    # Cue positions found once over the whole text, then counted per sentence.
    told = [m.span() for m in _TOLD_CONTACT.finditer(folded)]
    strong = [m.start() for m in _STRONG.finditer(folded) if not any(a <= m.start() < b for a, b in told)]
    weak_matches = list(_WEAK.finditer(folded))
    weak = [m.start() for m in weak_matches]
    # "you", "your" and "yourself" are one cue: a judge addressing a defendant uses them all
    weak_words = ["you" if m.group().startswith("you") else m.group() for m in weak_matches]
    in_links, previous_end = False, 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        sentences = _sentences(text, p_start, p_end)
        if not sentences:
            continue
        flags = [_score(strong, weak, weak_words, a, b) >= 2 for a, b in sentences]
        furniture = [bool(_FURNITURE.match(folded, a, b)) for a, b in sentences]
        votes = [f for f, junk in zip(flags, furniture, strict=True) if not junk]
        whole = sum(votes) * 2 >= len(votes) and len(votes) > 1
        heading = bool(_LINK_HEADING.fullmatch(folded, sentences[0][0], sentences[-1][1]))
        after_blank = text.count("\n", previous_end, p_start) >= 2
        linked = (
            in_links
            and p_end - p_start <= _HEADLINE_CHARS
            and (not after_blank or bool(_LIST_LINE.match(text, p_start)))
        )
        line_end = -1  # the end of a line of other stories' headlines, when the paragraph opens one
        if _LINKS_ON_THE_LINE.match(folded, sentences[0][0]):
            line_end = text.find("\n", sentences[0][0])
            line_end = len(text) if line_end < 0 else line_end
        for (a, b), flag, junk in zip(sentences, flags, furniture, strict=True):
            listed = a < line_end
            segments.append(Segment(a, b, flag or junk or whole or heading or linked or listed, index))
        in_links = heading or linked
        previous_end = p_end
    return segments


def boilerplate_mask(text_length: int, segments: list[Segment]) -> bytearray:
    """One byte per character: 1 where the character lies in a boilerplate segment."""
    mask = bytearray(text_length)
    for seg in segments:
        if seg.is_boilerplate:
            mask[seg.start : seg.end] = b"\x01" * (seg.end - seg.start)
    return mask


# A sentence that opens on another time or another case ("In 2021, a couple in Manchester were
# jailed …", "In a separate case, …") after the report's opening: background, whose places are not
# the case's. The first three sentences are left alone: a report may open on its own case's date.
_BACKGROUND = re.compile(
    # (a label first: "Background: In 2022 CoMensha registered …")
    r"\W*(?:(?:background|context|for comparison|by comparison)\s*[:,]\s*)?"
    r"(?:(?:in|by) (?:(?:early|late|mid-?) ?)?"
    r"(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december) )?(?:19|20)\d\d|"
    r"in (?:the )?(?:fiscal|financial|calendar) year (?:(?:19|20)\d\d|\d\d)|in fy ?\d\d|"
    r"in (?:an?|another) (?:(?:separate|similar|"
    r"earlier|unrelated|different|other|previous) (?:and (?:separate|similar|unrelated) )?)?(?:case|matter)|"
    # "In another high-profile case, 207 grape pickers were rescued …"
    r"in another (?:[\w-]+ ){1,2}(?:case|matter)|"
    # "In a 2019 trial, eleven members of another family were convicted …"
    r"in (?:an?|another|the) (?:earlier |previous |separate |similar )?(?:19|20)\d\d (?:case|trial|operation|"
    r"investigation|raid|prosecution)|"
    r"last year|previously|earlier this year|"
    # a running total since an earlier time: "Since then more than 7,000 people have been released"
    r"since then|since (?:(?:early|late|mid-?) ?)?(?:(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december) )?(?:19|20)\d\d|"
    r"in anul (?:19|20)\d\d|intr-un (?:alt )?caz (?:similar|separat|anterior)|"
    # a release's reminder: "Amintim că, în cursul anului 2024, polițiștii de frontieră au identificat …"
    r"(?:re)?amintim ca)\b"
    r"|.*?\b(?:o|alta|intr-o) (?:operatiune|ancheta|actiune) (?:similara|separata|anterioara)\b"
    # an earlier year recalled: "The Command recalls that in 2023 it rescued 212 victims"
    r"|[^.;]{0,60}?\b(?:recalls?|recalled|reminds?|reminded|notes?|noted)(?: that)?,? in (?:19|20)\d\d\b"
    # a case the story is compared with: "The case recalls the 2006 fire at a workshop in Caballito"
    r"|[^.;]{0,40}?\b(?:case|raid|operation|investigation|trial|it) (?:recalls|recalled|echoes|echoed) "
    r"(?:the|a|an)\b"
    # … or dates by: "… in the city since March 2006, when a fire in a workshop killed six people"
    r"|.*?\bsince (?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) )?(?:19|20)\d\d, when\b"
    # a related story's link dated in brackets: "• Sfârșitul unei rețele din Brăila: 9 arestați (2024)"
    r"|.*\((?:19|20)\d\d\)\W*$"
    # or that tells one anywhere in it: "The raids follow a separate investigation in 2023, when …"
    # ("In a separate NCA investigation last year, …": the body's name may stand between)
    # ("In an earlier, unrelated Thames Valley case": two such words)
    r"|.*?\b(?:a|an|another) (?:separate|similar|earlier|previous|unrelated|different)"
    r"(?:,? (?:and )?(?:separate|similar|earlier|previous|unrelated|different))? (?:[\w-]+ ){0,2}?"
    r"(?:case|investigation|operation|raid|prosecution|trial|inquiry|development|incident|matter)\b"
    # the other word order: "…eight girls to logging camps, a case unrelated to the Madang vessel"
    r"|.*?\b(?:case|investigation|prosecution|matter|incident)s? (?:wholly |entirely |completely )?"
    r"unrelated to\b"
    # a country's first case recalled: "New Zealand recorded its first people trafficking conviction in
    # 2016, when a Hawke's Bay man was sentenced …"
    r"|[^.;]{0,80}?\bfirst (?:[\w-]+ ){0,3}(?:conviction|prosecution|case|trial)s? "
    r"(?:was |came |(?:was )?recorded )?(?:back )?in (?:19|20)\d\d\b"
    # or that follows one: "The case follows a 2024 operation in Gqeberha in which 12 Thai women …"
    r"|[^.;]{0,40}?\b(?:follows?|followed|comes? (?:weeks |months |days )?after) (?:a|an) "
    r"(?:(?:19|20)\d\d |earlier |similar |previous )?(?:case|operation|raid|investigation|conviction|"
    r"trial|prosecution)\b"
)
_FIRST_SENTENCES = 3


def background_spans(text: str, segments: list[Segment]) -> list[tuple[int, int]]:
    """(start, end) of the sentences about other cases or other times, after the opening ones."""
    folded = fold(text)
    return [
        (seg.start, seg.end)
        for index, seg in enumerate(segments)
        if index >= _FIRST_SENTENCES and _BACKGROUND.match(folded, seg.start, seg.end)
    ]
