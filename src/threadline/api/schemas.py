"""The API's request and response shapes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from threadline.store.tables.reports import Report

AnonymityMode = Literal["anonymous", "confidential", "consent_to_share"]
StaffChannel = Literal["helpline", "officer", "partner", "news", "bulk", "feed", "public_web"]


class PublicReportIn(BaseModel):
    """What the public web form sends. No account; nothing about the sender is kept when anonymous."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="What the reporter saw or knows.")
    anonymity: AnonymityMode = "anonymous"
    language: str | None = Field(default=None, max_length=8)
    answers: dict[str, Any] | None = Field(default=None, description="Spot-the-signs answers, if any.")
    contact: str | None = Field(
        default=None,
        max_length=500,
        description="How we may reach the reporter (not allowed when anonymous); stored encrypted.",
    )


class ReportIn(BaseModel):
    """A report from a staff channel (helpline notes, officer notes, partner referrals, news)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    channel: StaffChannel = "officer"
    anonymity: AnonymityMode = "confidential"
    title: str | None = None
    language: str | None = Field(default=None, max_length=8)
    published: date | None = None
    url: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    idempotency_key: str | None = Field(default=None, max_length=150)
    contact: str | None = Field(
        default=None, max_length=500, description="Reporter contact; stored encrypted."
    )


class Submitted(BaseModel):
    id: int
    duplicate: bool
    sha256: str


class Receipt(BaseModel):
    """Shown once to an anonymous reporter: with both, they can add information later, no account."""

    code: str
    passphrase: str


class SubmissionResult(BaseModel):
    reports: list[Submitted]
    receipt: Receipt | None = None


class ReportSummary(BaseModel):
    id: int
    channel: str
    anonymity: str
    status: str
    received_at: datetime
    title: str | None
    language: str | None
    excerpt: str

    @classmethod
    def from_row(cls, r: Report) -> ReportSummary:
        return cls(
            id=r.id,
            channel=r.channel,
            anonymity=r.anonymity,
            status=r.status,
            received_at=r.received_at,
            title=r.title,
            language=r.language,
            excerpt=" ".join(r.text.split())[:200],
        )


class ReportDetail(BaseModel):
    id: int
    channel: str
    format: str
    anonymity: str
    status: str
    received_at: datetime
    sha256: str
    content_type: str
    title: str | None
    language: str | None
    published_on: date | None
    source_url: str | None
    metadata: dict[str, Any]
    flags: list[str]
    text: str

    @classmethod
    def from_row(cls, r: Report) -> ReportDetail:
        return cls(
            id=r.id,
            channel=r.channel,
            format=r.format,
            anonymity=r.anonymity,
            status=r.status,
            received_at=r.received_at,
            sha256=r.sha256,
            content_type=r.content_type,
            title=r.title,
            language=r.language,
            published_on=r.published_on,
            source_url=r.source_url,
            metadata=dict(r.meta or {}),
            flags=list(r.flags or []),
            text=r.text,
        )


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ReportSummary]
