"""Who is asking: a user through a session or an API token, or the anonymous public."""

from __future__ import annotations

from dataclasses import dataclass

from threadline.auth.roles import Role


@dataclass(frozen=True)
class Principal:
    role: Role
    user_id: int | None = None
    username: str = "anonymous"
    organisation_id: int | None = None
    via: str = "anonymous"  # "session" | "token" | "anonymous"
    # An API token's scopes (permission names); None means "everything the role allows".
    scopes: frozenset[str] | None = None
    # True while a session may only finish account setup (new password, second factor enrolment).
    setup_only: bool = False
    session_id: str | None = None
    token_id: int | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.user_id is None

    @property
    def audit_name(self) -> str:
        return self.username if self.user_id is not None else "anonymous"


ANONYMOUS = Principal(role=Role.PUBLIC)
