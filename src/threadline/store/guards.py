"""Database triggers that make raw evidence immutable even to code that tries to change it.

Used from migrations; kept here so every migration words the guard the same way.
"""

from __future__ import annotations

from collections.abc import Sequence


def forbid_changes_sql(dialect: str, table: str, columns: Sequence[str] | None = None) -> list[str]:
    """Statements refusing UPDATE (of `columns`, or any column) and DELETE on `table`."""
    name = f"{table}_immutable"
    if dialect == "sqlite":
        when = ""
        if columns:
            checks = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
            when = f" WHEN {checks}"
        statements = [
            f"CREATE TRIGGER {name}_update BEFORE UPDATE ON {table} FOR EACH ROW{when} "
            f"BEGIN SELECT RAISE(ABORT, '{table} evidence is immutable'); END",
        ]
        if not columns:
            statements.append(
                f"CREATE TRIGGER {name}_delete BEFORE DELETE ON {table} FOR EACH ROW "
                f"BEGIN SELECT RAISE(ABORT, '{table} evidence is immutable'); END"
            )
        return statements
    if dialect == "postgresql":
        if columns:
            checks = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
            body = f"IF TG_OP = 'UPDATE' AND ({checks}) THEN RAISE EXCEPTION '{table} evidence is immutable'; END IF; RETURN NEW;"  # noqa: E501
            events = "UPDATE"
        else:
            body = f"RAISE EXCEPTION '{table} evidence is immutable';"
            events = "UPDATE OR DELETE"
        return [
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$",
            f"CREATE TRIGGER {name} BEFORE {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
    raise ValueError(f"no immutability guard for the {dialect} dialect")


def drop_guard_sql(dialect: str, table: str) -> list[str]:
    name = f"{table}_immutable"
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}_update", f"DROP TRIGGER IF EXISTS {name}_delete"]
    return [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"]
