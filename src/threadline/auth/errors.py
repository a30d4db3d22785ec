"""Errors the access layer raises; the API turns them into problem bodies with these statuses."""

from __future__ import annotations

from threadline.errors import ThreadlineError


class AuthenticationRequired(ThreadlineError):
    status_code = 401
    code = "authentication_required"


class Forbidden(ThreadlineError):
    status_code = 403
    code = "forbidden"


class TooManyRequests(ThreadlineError):
    status_code = 429
    code = "rate_limited"
