"""Where a report came from and how much of its reporter we may keep."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    PUBLIC_WEB = "public_web"
    HELPLINE = "helpline"
    OFFICER = "officer"
    PARTNER = "partner"
    NEWS = "news"
    BULK = "bulk"
    FEED = "feed"


class Anonymity(StrEnum):
    # Nothing identifying the reporter is stored: no IP, user agent or contact; day-only time.
    ANONYMOUS = "anonymous"
    CONFIDENTIAL = "confidential"
    CONSENT_TO_SHARE = "consent_to_share"


class ReportFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    EMAIL = "eml"
    JSON = "json"
    CSV = "csv"
    FEED = "feed"
