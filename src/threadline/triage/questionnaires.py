"""Spot-the-signs questionnaires per sector, and the safety-first question.

Questions live in `data/questionnaires/<sector>.toml`; each "yes" adds its weight and the ILO
indicators it evidences. At or above the sector's threshold the person is invited to report in
one step: the invitation already carries the sector, indicators, a summary and the doors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from threadline.errors import ConfigurationError, ThreadlineError
from threadline.taxonomy.vocabulary import Indicator, Sector
from threadline.triage._data import DATA_DIR, load_toml
from threadline.triage.routing import DEFAULT_JURISDICTION, FLAGS, Route, load_jurisdiction, route

QUESTIONNAIRE_DIR = DATA_DIR / "questionnaires"
SAFETY_FILE = "safety"
ANSWERS = ("yes", "no", "unsure")


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    indicators: tuple[str, ...]
    weight: int = 1
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Questionnaire:
    sector: str
    taxonomy_sector: str
    title: str
    flags: tuple[str, ...]
    threshold: int
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class ReportInvitation:
    """Everything a one-step report needs; the person only confirms (and may add words)."""

    sector: str
    indicators: tuple[str, ...]
    flags: tuple[str, ...]
    summary: str
    routes: tuple[Route, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "sector": self.sector,
            "indicators": list(self.indicators),
            "flags": list(self.flags),
            "summary": self.summary,
            "routes": [r.to_dict() for r in self.routes],
        }


@dataclass(frozen=True)
class QuestionnaireResult:
    sector: str
    score: int
    threshold: int
    indicators: tuple[str, ...]
    answers: dict[str, str]
    invitation: ReportInvitation | None

    @property
    def invite_to_report(self) -> bool:
        return self.invitation is not None

    def to_dict(self) -> dict[str, object]:
        return {
            "sector": self.sector,
            "score": self.score,
            "threshold": self.threshold,
            "indicators": list(self.indicators),
            "answers": dict(self.answers),
            "invite_to_report": self.invite_to_report,
            "invitation": self.invitation.to_dict() if self.invitation else None,
        }


@dataclass(frozen=True)
class SafetyResult:
    answer: str
    call_now: bool
    number: str | None
    name: str | None
    message: str | None

    def to_dict(self) -> dict[str, object]:
        return {
            "answer": self.answer,
            "call_now": self.call_now,
            "number": self.number,
            "name": self.name,
            "message": self.message,
        }


def questionnaire_dict(sector: str) -> dict[str, object]:
    """The questions of one sector as data for a form (ids, texts; weights stay server-side)."""
    form = load_questionnaire(sector)
    return {
        "sector": form.sector,
        "title": form.title,
        "safety_first": safety_question(),
        "answers": list(ANSWERS),
        "questions": [{"id": q.id, "text": q.text} for q in form.questions],
    }


def sectors() -> list[str]:
    return sorted(p.stem for p in QUESTIONNAIRE_DIR.glob("*.toml") if p.stem != SAFETY_FILE)


def _parse(path: Path) -> Questionnaire:
    raw = load_toml(path)
    where = f"questionnaire {path.name}"
    try:
        questions = tuple(
            Question(
                id=q["id"],
                text=q["text"],
                indicators=tuple(q.get("indicators", ())),
                weight=int(q.get("weight", 1)),
                flags=tuple(q.get("flags", ())),
            )
            for q in raw["question"]
        )
        form = Questionnaire(
            sector=raw["sector"],
            taxonomy_sector=raw["taxonomy_sector"],
            title=raw["title"],
            flags=tuple(raw.get("flags", ())),
            threshold=int(raw["threshold"]),
            questions=questions,
        )
        Sector(form.taxonomy_sector)
        for q in questions:
            for name in q.indicators:
                Indicator(name)
    except (KeyError, ValueError) as exc:
        raise ConfigurationError(f"{where}: {exc}") from exc
    ids = [q.id for q in questions]
    if len(ids) != len(set(ids)):
        raise ConfigurationError(f"{where}: question ids must be unique")
    used_flags = {f for q in questions for f in q.flags} | set(form.flags)
    bad_flags = sorted(used_flags - FLAGS)
    if bad_flags:
        raise ConfigurationError(f"{where}: unknown flag(s) {', '.join(bad_flags)}")
    if any(q.weight < 1 for q in questions) or form.threshold < 1:
        raise ConfigurationError(f"{where}: weights and threshold must be positive")
    return form


@lru_cache(maxsize=32)
def load_questionnaire(sector: str) -> Questionnaire:
    known = sectors()
    if not isinstance(sector, str) or sector not in known:
        raise ThreadlineError(f"unknown sector '{sector}'; known: {', '.join(known)}", code="unknown_sector")
    return _parse(QUESTIONNAIRE_DIR / f"{sector}.toml")


def _answer(question_id: str, value: object) -> str | None:
    """Normalise one answer; None means unanswered. Anything else unexpected is an error."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.strip().lower() in ANSWERS:
        return value.strip().lower()
    raise ThreadlineError(
        f"answer to '{question_id}' must be one of {', '.join(ANSWERS)} (or true/false), got {value!r}",
        code="malformed_answers",
    )


def _validated(form: Questionnaire, answers: object) -> dict[str, str]:
    if not isinstance(answers, Mapping):
        raise ThreadlineError(
            f"answers must be a mapping of question id to answer, got {type(answers).__name__}",
            code="malformed_answers",
        )
    unknown = sorted(str(k) for k in answers if form.question(str(k)) is None)
    if unknown:
        ids = ", ".join(q.id for q in form.questions)
        raise ThreadlineError(
            f"unknown question id(s) for {form.sector}: {', '.join(unknown)}; known: {ids}",
            code="malformed_answers",
        )
    clean: dict[str, str] = {}
    for key, value in answers.items():
        normal = _answer(str(key), value)
        if normal is not None:
            clean[str(key)] = normal
    return clean


def score(
    sector: str, answers: Mapping[str, object], *, jurisdiction: str = DEFAULT_JURISDICTION
) -> QuestionnaireResult:
    """Score answers; at or above the threshold, return a ready-to-send report invitation."""
    form = load_questionnaire(sector)
    pack = load_jurisdiction(jurisdiction)
    clean = _validated(form, answers)
    points = 0
    indicators: set[str] = set()
    flags: set[str] = set(form.flags)
    seen: list[str] = []
    for question in form.questions:
        if clean.get(question.id) != "yes":
            continue
        points += question.weight
        indicators.update(question.indicators)
        flags.update(question.flags)
        seen.append(question.text)
    invitation = None
    if points >= form.threshold:
        summary = f"{form.title}. The person answered yes to: " + " / ".join(seen)
        invitation = ReportInvitation(
            sector=form.taxonomy_sector,
            indicators=tuple(sorted(indicators)),
            flags=tuple(sorted(flags)),
            summary=summary,
            routes=tuple(route(flags, pack)),
        )
    return QuestionnaireResult(
        sector=form.sector,
        score=points,
        threshold=form.threshold,
        indicators=tuple(sorted(indicators)),
        answers=clean,
        invitation=invitation,
    )


def safety_question() -> dict[str, object]:
    """The safety-first question as data, for forms and call scripts."""
    raw = load_toml(QUESTIONNAIRE_DIR / f"{SAFETY_FILE}.toml")
    return {k: raw[k] for k in ("id", "text", "hint", "answers")}


def safety_check(answer: object, *, jurisdiction: str = DEFAULT_JURISDICTION) -> SafetyResult:
    """Answer to "Is anyone in immediate danger?": yes (or unsure) returns the emergency number
    at once, so the form can show it before asking anything else."""
    raw = load_toml(QUESTIONNAIRE_DIR / f"{SAFETY_FILE}.toml")
    pack = load_jurisdiction(jurisdiction)
    normal = _answer(raw["id"], answer)
    if normal is None:
        raise ThreadlineError(
            "the safety question must be answered first: yes, no or unsure",
            code="malformed_answers",
        )
    if normal not in raw["emergency_answers"]:
        return SafetyResult(normal, False, None, None, None)
    emergency = pack.channels["emergency"]
    template = raw["message_yes"] if normal == "yes" else raw["message_unsure"]
    return SafetyResult(
        normal, True, emergency.number, emergency.name, template.format(number=emergency.number)
    )
