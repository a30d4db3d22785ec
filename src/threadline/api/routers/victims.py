"""`/cases/{id}/victims`: add a victim to a case, list a case's victims, read one. Identity is shown
only to those the policy allows (and every such read is audited); everyone else sees it withheld."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request, status
from pydantic import BaseModel, ConfigDict, Field, field_validator

from threadline.api.deps import MAX_ID, RecordId
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.cases.identity import VictimIdentity
from threadline.cases.victims import (
    AGE_BANDS,
    SUPPORT_STATUSES,
    VictimDetails,
    add_victim,
    get_victim,
    list_victims,
)
from threadline.store.database import Database

router = APIRouter(prefix="/cases/{case_id}/victims", tags=["victims"])
AsCaseRead = Annotated[Principal, Depends(require(Permission.CASE_READ))]
AsCaseWrite = Annotated[Principal, Depends(require(Permission.CASE_WRITE))]

Text = Annotated[str, Field(min_length=1, max_length=200)]
AgeBand = Literal[AGE_BANDS]  # type: ignore[valid-type]
SupportStatus = Literal[SUPPORT_STATUSES]  # type: ignore[valid-type]


class VictimIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: Text | None = None
    aliases: list[Text] = Field(default_factory=list, max_length=20)
    date_of_birth: date | None = None
    address: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    phone: Annotated[str, Field(min_length=3, max_length=50)] | None = None
    email: Annotated[str, Field(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$")] | None = None
    document_number: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    age_band: AgeBand | None = None
    gender: Annotated[str, Field(min_length=1, max_length=20)] | None = None
    nationality: Annotated[str, Field(pattern=r"^[A-Z]{2,3}$")] | None = None
    consent_to_share_identity: bool = False
    navigator_user_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    support_status: SupportStatus = "identified"

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        # A NUL cannot be stored in a PostgreSQL text column, and no name or address contains one.
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and any(ord(ch) < 32 for ch in text):
                raise ValueError("must not contain control characters")
        return value

    def identity(self) -> VictimIdentity:
        return VictimIdentity(
            name=self.name,
            aliases=list(self.aliases),
            date_of_birth=self.date_of_birth,
            address=self.address,
            phone=self.phone,
            email=self.email,
            document_number=self.document_number,
        )

    def details(self) -> VictimDetails:
        return VictimDetails(
            age_band=self.age_band,
            gender=self.gender,
            nationality=self.nationality,
            consent_to_share_identity=self.consent_to_share_identity,
            navigator_user_id=self.navigator_user_id,
            support_status=self.support_status,
        )


class VictimOut(BaseModel):
    id: int
    case_id: int
    name: str | None = None
    aliases: list[str] | None = None
    date_of_birth: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    document_number: str | None = None
    age_band: str | None = None
    gender: str | None = None
    nationality: str | None = None
    consent_to_share_identity: bool
    navigator_user_id: int | None = None
    support_status: str
    # Identity fields withheld from this reader (so a screen can say "withheld", not "unknown").
    redacted: list[str] = Field(default_factory=list)


def _db(request: Request) -> Database:
    return request.app.state.db


@router.post("", status_code=status.HTTP_201_CREATED, response_model=VictimOut)
def create_victim(case_id: RecordId, body: VictimIn, request: Request, principal: AsCaseWrite) -> Any:
    db = _db(request)
    with db.session() as session:
        return add_victim(
            session=session,
            settings=db.settings,
            principal=principal,
            case_id=case_id,
            identity=body.identity(),
            details=body.details(),
        )


@router.get("", response_model=list[VictimOut])
def case_victims(case_id: RecordId, request: Request, principal: AsCaseRead) -> Any:
    db = _db(request)
    with db.session() as session:
        return list_victims(session=session, settings=db.settings, principal=principal, case_id=case_id)


@router.get("/{victim_id}", response_model=VictimOut)
def case_victim(case_id: RecordId, victim_id: RecordId, request: Request, principal: AsCaseRead) -> Any:
    db = _db(request)
    with db.session() as session:
        return get_victim(
            session=session, settings=db.settings, principal=principal, case_id=case_id, victim_id=victim_id
        )
