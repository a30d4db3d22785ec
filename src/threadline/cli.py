"""`threadline …`: the command line. Each package adds its own commands through `<package>/commands.py`.

A package's `commands.py` defines `register(app: typer.Typer) -> None`; this module finds and calls it,
so adding a command never means editing this file.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import traceback

import typer

from threadline.errors import ThreadlineError

# Order here is the order of `threadline --help`: the pipeline's order.
COMMAND_PACKAGES = (
    "store",
    "intake",
    "extract",
    "link",
    "triage",
    "cases",
    "insight",
    "auth",
    "api",
    "scale",
    "services",
    "demo",
)

app = typer.Typer(
    name="threadline",
    help="Threadline: from scattered reports to rescued victims and disrupted networks.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register_package_commands() -> None:
    for package in COMMAND_PACKAGES:
        module_name = f"threadline.{package}.commands"
        if importlib.util.find_spec(module_name) is None:
            continue
        importlib.import_module(module_name).register(app)


_register_package_commands()


def _log_internal_error(exc: BaseException) -> str:
    """Keep the traceback for the operator's log, never on the user's screen."""
    from threadline.config import load_settings

    try:
        log_dir = load_settings().log_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "cli-errors.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
        return str(path)
    except OSError:
        return "(log unavailable)"


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except ThreadlineError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        where = _log_internal_error(exc)
        print(f"error: internal error ({type(exc).__name__}); details in {where}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
