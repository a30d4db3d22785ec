"""Drafts for the UK National Referral Mechanism (NRM) and the Duty to Notify (DtN).

Which form applies is decided here, not by the person filling it in:
- under 18, or age not sure -> NRM referral without consent (children are referred regardless);
- adult who consents        -> full NRM referral;
- adult who declines        -> Duty to Notify: gender, nationality and optional details only.
Nothing is sent: the output is a JSON-ready dict and, through `referral_pdf`, a printable PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from threadline.errors import ThreadlineError
from threadline.taxonomy.vocabulary import Exploitation
from threadline.triage._data import data_file


class UnderAge(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_SURE = "not-sure"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class FrLocation(StrEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"


class WhereExploited(StrEnum):
    UK = "uk"
    OVERSEAS = "overseas"
    UK_AND_OVERSEAS = "uk-and-overseas"


class NrmExploitationType(StrEnum):
    """The checkboxes of the public form's "How were they exploited?" page."""

    FORCED_TO_WORK = "forced-to-work"
    WAGES_TAKEN = "wages-taken"
    FORCED_TO_COMMIT_FRAUD = "forced-to-commit-fraud"
    PROSTITUTION = "prostitution"
    CHILD_EXPLOITATION = "child-exploitation"
    TAKEN_SOMEWHERE = "taken-somewhere"
    FORCED_TO_COMMIT_CRIME = "forced-to-commit-crime"
    ORGANS_REMOVED = "organs-removed"
    UNPAID_HOUSEHOLD_WORK = "unpaid-household-work"
    OTHER = "other"


class ReferralKind(StrEnum):
    NRM_CHILD = "nrm_child"
    NRM_ADULT = "nrm_adult"
    DUTY_TO_NOTIFY = "duty_to_notify"


# Our exploitation vocabulary -> the form's checkboxes (for prefilling from triage).
_FROM_TAXONOMY = {
    Exploitation.LABOUR: NrmExploitationType.FORCED_TO_WORK,
    Exploitation.SEXUAL: NrmExploitationType.PROSTITUTION,
    Exploitation.CRIMINAL: NrmExploitationType.FORCED_TO_COMMIT_CRIME,
    Exploitation.DOMESTIC_SERVITUDE: NrmExploitationType.UNPAID_HOUSEHOLD_WORK,
    Exploitation.ORGAN_REMOVAL: NrmExploitationType.ORGANS_REMOVED,
    Exploitation.FORCED_MARRIAGE: NrmExploitationType.OTHER,
}
_FROM_FLAGS = {
    "labour": "labour",
    "sexual": "sexual",
    "criminal": "criminal",
    "domestic": "domestic_servitude",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LocalAuthority(_Strict):
    name: str
    phone: str | None = None
    email: str | None = None


class PotentialVictim(_Strict):
    first_name: str | None = None
    last_name: str | None = None
    nickname: str | None = None
    date_of_birth: date | None = None
    gender: Gender | None = None
    nationality: str | None = None
    second_nationality: str | None = None
    children: int | None = Field(default=None, ge=0)
    interpreter_language: str | None = None
    communication_aid: str | None = None
    home_office_reference: str | None = None
    contact: str | None = None
    phone: str | None = None


class ExploitationDetails(_Strict):
    what_happened: str | None = None
    when: str | None = None
    how_it_started: str | None = None
    where: WhereExploited | None = None
    uk_locations: list[str] = Field(default_factory=list)
    overseas_countries: list[str] = Field(default_factory=list)
    current_location: str | None = None
    who_exploited: str | None = None
    types: list[NrmExploitationType] = Field(default_factory=list)
    other_details: str | None = None
    other_victims: UnderAge | None = None  # the same yes / no / not-sure answers
    future_exploitation_concerns: str | None = None
    police_force: str | None = None
    crime_reference: str | None = None
    why_referral: str | None = None


class FirstResponder(_Strict):
    organisation: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    alternative_contact: str | None = None


class ReferralRequest(_Strict):
    fr_location: FrLocation | None = None
    under_18: UnderAge
    under_18_during_exploitation: UnderAge | None = None
    consent: bool | None = None  # does the adult want their case referred to the NRM?
    refusal_reason: str | None = None
    needs_support: bool | None = None
    police_may_contact: bool | None = None
    local_authority: LocalAuthority | None = None
    victim: PotentialVictim = Field(default_factory=PotentialVictim)
    exploitation: ExploitationDetails = Field(default_factory=ExploitationDetails)
    first_responder: FirstResponder = Field(default_factory=FirstResponder)


@dataclass(frozen=True)
class FormField:
    id: str
    label: str
    value: Any


@dataclass(frozen=True)
class ReferralDraft:
    kind: ReferralKind
    fields: dict[str, Any]
    missing: tuple[str, ...]
    prepared_on: date | None = None

    @property
    def title(self) -> str:
        return {
            ReferralKind.NRM_CHILD: "NRM referral — child (no consent needed)",
            ReferralKind.NRM_ADULT: "NRM referral — adult, with consent",
            ReferralKind.DUTY_TO_NOTIFY: "Duty to Notify — adult declined referral (no identity)",
        }[self.kind]

    def sections(self) -> list[tuple[str, list[FormField]]]:
        """Printable sections in form order, empty fields left out."""
        out = []
        for section in _form()["section"]:
            rows = [
                FormField(fid, label, self.fields[fid])
                for fid, label in section["fields"]
                if self.fields.get(fid) not in (None, "", [])
            ]
            if rows:
                out.append((section["title"], rows))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "form": "duty_to_notify" if self.kind is ReferralKind.DUTY_TO_NOTIFY else "nrm",
            "kind": self.kind.value,
            "title": self.title,
            "referral_without_consent": self.kind is ReferralKind.NRM_CHILD,
            "status": "draft: not sent",
            "prepared_on": self.prepared_on.isoformat() if self.prepared_on else None,
            "fields": self.fields,
            "missing": list(self.missing),
        }


@lru_cache(maxsize=1)
def _form() -> dict[str, Any]:
    return data_file("nrm_form.toml")


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _join(*parts: str | None) -> str | None:
    text = " ".join(p for p in parts if p)
    return text or None


def _flatten(req: ReferralRequest) -> dict[str, Any]:
    """The request as the public form's field ids (values as strings or lists of strings)."""
    v, x, fr, la = req.victim, req.exploitation, req.first_responder, req.local_authority
    return {
        "fr-location": req.fr_location.value if req.fr_location else None,
        "pv-under-age": req.under_18.value,
        "pv-under-age-at-time-of-exploitation": (
            req.under_18_during_exploitation.value if req.under_18_during_exploitation else None
        ),
        "local-authority-contacted-about-child-local-authority-name": la.name if la else None,
        "local-authority-contacted-about-child-local-authority-phone": la.phone if la else None,
        "local-authority-contacted-about-child-local-authority-email": la.email if la else None,
        "pv-want-to-submit-nrm": _yes_no(req.consent),
        "refuse-nrm": req.refusal_reason,
        "does-pv-need-support": _yes_no(req.needs_support),
        "what-happened": x.what_happened,
        "when-did-the-exploitation-take-place": x.when,
        "how-did-the-exploitation-start": x.how_it_started,
        "where-exploitation-happened": x.where.value if x.where else None,
        "where-exploitation-happened-uk": list(x.uk_locations),
        "where-exploitation-happened-overseas": list(x.overseas_countries),
        "current-pv-location": x.current_location,
        "who-exploited-pv": x.who_exploited,
        "types-of-exploitation": [t.value for t in x.types],
        "other-exploitation-details": x.other_details,
        "any-other-pvs": x.other_victims.value if x.other_victims else None,
        "concerns-future-exploitation": x.future_exploitation_concerns,
        "reported-to-police": "yes" if x.crime_reference else None,
        "reported-to-police-police-forces": x.police_force,
        "reported-to-police-crime-reference": x.crime_reference,
        "why-are-you-making-the-referral": x.why_referral,
        "co-operate-with-police": _yes_no(req.police_may_contact),
        "pv-name": _join(v.first_name, v.last_name),
        "pv-name-nickname": v.nickname,
        "pv-dob": v.date_of_birth.isoformat() if v.date_of_birth else None,
        "pv-gender": v.gender.value if v.gender else None,
        "pv-nationality": v.nationality,
        "pv-nationality-second": v.second_nationality,
        "does-pv-have-children": None if v.children is None else str(v.children),
        "pv-interpreter-requirements-language": v.interpreter_language,
        "pv-other-help-with-communication-aid": v.communication_aid,
        "pv-ho-reference-type": v.home_office_reference,
        "pv-contact-details": v.contact,
        "pv-phone-number-yes": v.phone,
        "user-organisation": fr.organisation,
        "fr-details-name": _join(fr.first_name, fr.last_name),
        "fr-details-role": fr.role,
        "fr-details-email": fr.email,
        "fr-details-phone": fr.phone,
        "fr-alternative-contact": fr.alternative_contact,
    }


def _parse(request: ReferralRequest | Mapping[str, Any]) -> ReferralRequest:
    if isinstance(request, ReferralRequest):
        return request
    if not isinstance(request, Mapping):
        raise ThreadlineError(f"a referral must be a mapping, got {type(request).__name__}")
    try:
        return ReferralRequest.model_validate(dict(request))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "referral"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ThreadlineError(f"referral field '{where}': {first['msg']}{more}") from exc


def decide_kind(req: ReferralRequest) -> ReferralKind:
    if req.under_18 in (UnderAge.YES, UnderAge.NOT_SURE):
        # Children (and anyone who may be a child) are referred without consent.
        return ReferralKind.NRM_CHILD
    if req.consent is None:
        raise ThreadlineError(
            "an adult's referral needs their decision: set consent to true (NRM referral) "
            "or false (Duty to Notify)",
            code="missing_facts",
        )
    return ReferralKind.NRM_ADULT if req.consent else ReferralKind.DUTY_TO_NOTIFY


def draft_referral(
    request: ReferralRequest | Mapping[str, Any], *, prepared_on: date | None = None
) -> ReferralDraft:
    """Decide the form and fill it; identity never reaches a Duty to Notify."""
    req = _parse(request)
    kind = decide_kind(req)
    fields = _flatten(req)
    if kind is ReferralKind.NRM_CHILD:
        fields["pv-want-to-submit-nrm"] = "automatic referral: under 18 or age not sure"
        fields["does-pv-need-support"] = None  # children's support comes from the local authority
    if kind is ReferralKind.DUTY_TO_NOTIFY:
        allowed = set(_form()["duty_to_notify"]["allowed"])
        fields = {k: (val if k in allowed else None) for k, val in fields.items()}
        absent = [f for f in ("pv-gender", "pv-nationality") if not fields.get(f)]
        if absent:
            raise ThreadlineError(
                "a Duty to Notify needs the person's gender (female, male or unknown) and "
                f"nationality; missing: {', '.join(absent)}",
                code="missing_facts",
            )
    required = _form()["required"][kind.value]
    missing = tuple(f for f in required if fields.get(f) in (None, "", []))
    return ReferralDraft(kind=kind, fields=fields, missing=missing, prepared_on=prepared_on)


def suggested_types(exploitation: Iterable[str]) -> list[str]:
    """Form checkboxes for exploitation labels from triage (flags) or the taxonomy."""
    out: list[str] = []
    for label in exploitation:
        value = _FROM_FLAGS.get(label, label)
        if value in Exploitation.__members__.values():
            choice = _FROM_TAXONOMY[Exploitation(value)].value
            if choice not in out:
                out.append(choice)
    return out
