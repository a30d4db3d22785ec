"""`/auth/…`: log in and out, finish account setup (password, second factor), manage API tokens."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from pydantic import BaseModel, Field

from threadline.api.deps import RecordId
from threadline.auth import accounts, sessions
from threadline.auth import tokens as api_tokens
from threadline.auth.dependencies import limiter, rate_limited, require
from threadline.auth.errors import AuthenticationRequired, Forbidden, TooManyRequests
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError
from threadline.store.database import Database
from threadline.store.tables.auth import User

router = APIRouter(prefix="/auth", tags=["auth"])
# The permission each route needs, declared once and read by the authorisation tests.
AsAccountSelf = Annotated[Principal, Depends(require(Permission.ACCOUNT_SELF))]
AsLogin = Annotated[Principal, Depends(require(Permission.LOGIN))]
AsTokenManage = Annotated[Principal, Depends(require(Permission.TOKEN_MANAGE))]


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)
    code: str | None = Field(default=None, max_length=64, description="TOTP or recovery code")


class SessionOut(BaseModel):
    username: str
    role: str
    organisation_id: int | None
    csrf_token: str
    setup_required: list[str]


class PasswordIn(BaseModel):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class TotpEnrolOut(BaseModel):
    secret: str
    otpauth_uri: str


class CodeIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str]
    csrf_token: str


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[Permission] = Field(min_length=1)
    days: int = Field(default=90, ge=1, le=365)


class TokenOut(BaseModel):
    id: int
    token: str
    scopes: list[str]
    expires_at: datetime


def _db(request: Request) -> Database:
    return request.app.state.db


def _set_cookie(response: Response, token: str) -> None:
    response.set_cookie(value=token, **sessions.cookie_settings())  # type: ignore[arg-type]


def _session_out(user: User, token: str, *, mfa_passed: bool) -> SessionOut:
    return SessionOut(
        username=user.username,
        role=user.role,
        organisation_id=user.organisation_id,
        csrf_token=sessions.csrf_token(token),
        setup_required=accounts.setup_pending(user, mfa_passed=mfa_passed),
    )


_FAILURES = {
    accounts.Outcome.INVALID: (AuthenticationRequired, "wrong username or password", "invalid_credentials"),
    accounts.Outcome.SECOND_FACTOR_REQUIRED: (
        AuthenticationRequired,
        "enter the code from your authenticator app",
        "second_factor_required",
    ),
    accounts.Outcome.SECOND_FACTOR_INVALID: (
        AuthenticationRequired,
        "that code is not right",
        "second_factor_invalid",
    ),
    accounts.Outcome.LOCKED: (Forbidden, "this account is locked; ask an administrator", "locked"),
    accounts.Outcome.DISABLED: (Forbidden, "this account is disabled", "disabled"),
}


@router.post("/login", response_model=SessionOut, dependencies=[Depends(rate_limited("login"))])
def login(
    body: LoginIn,
    request: Request,
    response: Response,
    _: AsLogin,
) -> SessionOut:
    if not limiter(request, "login_account").allow(accounts.normalise_username(body.username)):
        raise TooManyRequests("too many attempts for this account; wait a few minutes")
    db = _db(request)
    with db.session() as session:
        result = accounts.authenticate(session, db.settings, body.username, body.password, body.code)
        if result.ok and result.user is not None:
            pending = accounts.setup_pending(result.user, mfa_passed=result.mfa_passed)
            token = sessions.start_session(
                session, result.user, mfa_passed=result.mfa_passed, setup_only=bool(pending)
            )
            out = _session_out(result.user, token, mfa_passed=result.mfa_passed)
    if not result.ok:
        error, message, code = _FAILURES[result.outcome]
        raise error(message, code=code)
    # An old session cookie from before this login is replaced, never reused.
    _set_cookie(response, token)
    return out


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(request: Request, response: Response, _: AsAccountSelf) -> None:
    cookie = request.cookies.get(sessions.COOKIE_NAME)
    if cookie:
        with _db(request).session() as session:
            sessions.end_session(session, cookie)
    response.delete_cookie(sessions.COOKIE_NAME, path="/", secure=True, httponly=True, samesite="strict")


def _session_user(request: Request, principal: Principal) -> tuple[str, bool]:
    cookie = request.cookies.get(sessions.COOKIE_NAME)
    if principal.via != "session" or not cookie:
        raise Forbidden("this needs a browser session, not an API token")
    return cookie, True


@router.get("/me", response_model=SessionOut)
def me(request: Request, principal: AsAccountSelf) -> SessionOut:
    cookie, _ = _session_user(request, principal)
    with _db(request).session() as session:
        found = sessions.load_session(session, cookie)
        if found is None:
            raise AuthenticationRequired("the session has ended")
        row, user = found
        return _session_out(user, cookie, mfa_passed=row.mfa_passed)


@router.post("/password", response_model=SessionOut)
def change_password(
    body: PasswordIn,
    request: Request,
    response: Response,
    principal: AsAccountSelf,
) -> SessionOut:
    cookie, _ = _session_user(request, principal)
    db = _db(request)
    with db.session() as session:
        found = sessions.load_session(session, cookie)
        if found is None:
            raise AuthenticationRequired("the session has ended")
        row, user = found
        accounts.change_password(session, db.settings, user, body.current_password, body.new_password)
        pending = accounts.setup_pending(user, mfa_passed=row.mfa_passed)
        token = sessions.rotate_session(
            session, cookie, user, mfa_passed=row.mfa_passed, setup_only=bool(pending)
        )
        out = _session_out(user, token, mfa_passed=row.mfa_passed)
    _set_cookie(response, token)
    return out


@router.post("/totp/enrol", response_model=TotpEnrolOut)
def totp_enrol(request: Request, principal: AsAccountSelf) -> TotpEnrolOut:
    _session_user(request, principal)
    db = _db(request)
    with db.session() as session:
        user = session.get(User, principal.user_id)
        if user is None:
            raise AuthenticationRequired("the session has ended")
        secret, uri = accounts.begin_totp_enrolment(session, db.settings, user)
    return TotpEnrolOut(secret=secret, otpauth_uri=uri)


@router.post("/totp/confirm", response_model=RecoveryCodesOut)
def totp_confirm(
    body: CodeIn,
    request: Request,
    response: Response,
    principal: AsAccountSelf,
) -> RecoveryCodesOut:
    cookie, _ = _session_user(request, principal)
    db = _db(request)
    with db.session() as session:
        user = session.get(User, principal.user_id)
        if user is None:
            raise AuthenticationRequired("the session has ended")
        codes = accounts.confirm_totp_enrolment(session, db.settings, user, body.code)
        pending = accounts.setup_pending(user, mfa_passed=True)
        token = sessions.rotate_session(session, cookie, user, mfa_passed=True, setup_only=bool(pending))
    _set_cookie(response, token)
    return RecoveryCodesOut(recovery_codes=codes, csrf_token=sessions.csrf_token(token))


@router.post("/tokens", response_model=TokenOut, status_code=status.HTTP_201_CREATED)
def create_token(body: TokenIn, request: Request, principal: AsTokenManage) -> TokenOut:
    # A token minting tokens would outlive its own expiry and revocation: only a person may.
    _session_user(request, principal)
    db = _db(request)
    with db.session() as session:
        user = session.get(User, principal.user_id)
        if user is None:
            raise AuthenticationRequired("the session has ended")
        token, secret = api_tokens.issue_token(
            session, db.settings, user, name=body.name, scopes=body.scopes, lifetime=timedelta(days=body.days)
        )
        return TokenOut(id=token.id, token=secret, scopes=token.scopes, expires_at=token.expires_at)


@router.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_token(token_id: RecordId, request: Request, principal: AsTokenManage) -> None:
    db = _db(request)
    with db.session() as session:
        user = session.get(User, principal.user_id)
        if user is None:
            raise NotFoundError("no such token")
        api_tokens.revoke_token(session, db.settings, user, token_id)
