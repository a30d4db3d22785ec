"""Logging for the server: no client addresses, no user agents, no secrets.

`logging_config()` is a uvicorn `log_config`: the access log says what was asked and how it ended,
never by whom. A reporter's IP address in a log file is exactly the leak this project must not have.
"""

from __future__ import annotations

import logging
import re
from typing import Any

# Receipt codes travel in the path (/public/reports/{code}/additions): keep them out of the log too.
_RECEIPT_PATH = re.compile(r"(/public/reports/)[^/?\s]+")
_SECRETS = [
    (re.compile(r"\btl_[A-Za-z0-9_\-]{16,}"), "tl_[redacted]"),
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=\-]+"), r"\1[redacted]"),
    (
        re.compile(
            r"(?i)((?:password|passphrase|secret|token|code|cookie)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&}]+"
        ),
        r"\1[redacted]",
    ),
    (re.compile(r"(__Host-threadline_session=)[^;\s]+"), r"\1[redacted]"),
]


def redact_text(message: str) -> str:
    for pattern, replacement in _SECRETS:
        message = pattern.sub(replacement, message)
    return message


def redact_path(path: str) -> str:
    # Query strings can carry anything a client chose to put there; drop them.
    return _RECEIPT_PATH.sub(r"\1[code]", path.split("?", 1)[0])


class NoClientFilter(logging.Filter):
    """Blank the client address in uvicorn access records, whatever format string is configured."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            _client, method, path, version, status = args
            record.args = ("-", method, redact_path(str(path)), version, status)
        return True


class RedactSecretsFilter(logging.Filter):
    """Scrub tokens, passwords and session cookies from any message before a handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging library's problem, not a reason to drop it
            return True
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def logging_config(level: str = "INFO") -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "no_client": {"()": "threadline.api.server_logging.NoClientFilter"},
            "redact": {"()": "threadline.api.server_logging.RedactSecretsFilter"},
        },
        "formatters": {
            "default": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
            # No %(client_addr)s: uvicorn's default access format starts with it.
            "access": {"format": "%(asctime)s %(levelname)s access: %(message)s"},
        },
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "filters": ["redact"],
                "stream": "ext://sys.stderr",
            },
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "access",
                "filters": ["no_client", "redact"],
                "stream": "ext://sys.stdout",
            },
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.error": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": ["access"], "level": level, "propagate": False},
            "threadline": {"handlers": ["default"], "level": level, "propagate": False},
        },
        "root": {"handlers": ["default"], "level": "WARNING"},
    }


def install_redaction(logger: logging.Logger | None = None) -> None:
    """Add the secret scrubber to every handler of `logger` (root by default) that lacks it."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactSecretsFilter) for f in handler.filters):
            handler.addFilter(RedactSecretsFilter())
