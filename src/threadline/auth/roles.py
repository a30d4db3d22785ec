"""Roles, and which of them are staff (staff must use a second factor)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PUBLIC = "public"  # anyone, unauthenticated
    CALL_HANDLER = "call_handler"
    ANALYST = "analyst"
    INVESTIGATOR = "investigator"
    VICTIM_NAVIGATOR = "victim_navigator"
    PARTNER = "partner"  # another agency's user: sees only what is shared with their organisation
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


# Roles a user account can have (nobody logs in as "public").
ACCOUNT_ROLES = tuple(r for r in Role if r is not Role.PUBLIC)
STAFF_ROLES = frozenset(ACCOUNT_ROLES) - {Role.PARTNER}


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        from threadline.errors import ThreadlineError

        choices = ", ".join(r.value for r in ACCOUNT_ROLES)
        raise ThreadlineError(f"unknown role {value!r}; choose one of {choices}", code="invalid") from None
