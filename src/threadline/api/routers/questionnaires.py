"""Public safety-first question and spot-the-signs questionnaires (no account needed).

The public flow asks "Is anyone in immediate danger?" before anything else; a yes returns the emergency
number at once. Questionnaire answers above a sector's threshold come back with a ready-made report the
person can send in one step (`POST /public/reports` with the summary and the answers).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.triage.questionnaires import questionnaire_dict, safety_check, safety_question, score, sectors
from threadline.triage.routing import DEFAULT_JURISDICTION

router = APIRouter(
    prefix="/public", tags=["public"], dependencies=[Depends(require(Permission.PUBLIC_GUIDANCE))]
)


class SafetyAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answer: str = Field(description="yes, no or unsure")
    jurisdiction: str = Field(default=DEFAULT_JURISDICTION, min_length=2, max_length=8)


class Answers(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answers: dict[str, Any]
    jurisdiction: str = Field(default=DEFAULT_JURISDICTION, min_length=2, max_length=8)


@router.get("/safety")
def get_safety_question() -> dict[str, object]:
    return safety_question()


@router.post("/safety")
def answer_safety_question(body: SafetyAnswer = Body(...)) -> dict[str, object]:
    return safety_check(body.answer, jurisdiction=body.jurisdiction).to_dict()


@router.get("/questionnaires")
def list_questionnaires() -> list[str]:
    return sectors()


@router.get("/questionnaires/{sector}")
def get_questionnaire(sector: str) -> dict[str, object]:
    return questionnaire_dict(sector)


@router.post("/questionnaires/{sector}")
def answer_questionnaire(
    sector: str, body: Answers = Body(...), jurisdiction: str | None = Query(None)
) -> dict[str, object]:
    return score(sector, body.answers, jurisdiction=jurisdiction or body.jurisdiction).to_dict()
