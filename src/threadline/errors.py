"""The error types a user may see. Each carries a message that names the problem in plain words."""

from __future__ import annotations


class ThreadlineError(Exception):
    """Base for every error we show to a user as one clear line (CLI) or a problem body (API)."""

    status_code = 400
    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class IntakeError(ThreadlineError):
    """A report (or batch) was refused; nothing of it was stored."""

    code = "intake_rejected"


class TooLargeError(IntakeError):
    status_code = 413
    code = "too_large"


class NotFoundError(ThreadlineError):
    status_code = 404
    code = "not_found"


class ConfigurationError(ThreadlineError):
    status_code = 500
    code = "configuration"
