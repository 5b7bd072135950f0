"""The Typer application and its one-line error handling.

Exit codes, for every command: 0 success, 1 bad input (or a failed quality
gate), 2 bad options or usage (Typer's own usage errors too), 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from summarizer import __version__
from summarizer.errors import OptionError, SummarizerError
from summarizer.validate import cli_spelling

BAD_INPUT = 1
"""Exit code for input that cannot be summarized (missing, empty, binary...)."""
USAGE = 2
"""Exit code for bad options, as for Typer's own usage errors."""
INTERRUPTED = 130
"""Exit code after Ctrl-C: 128 + SIGINT, as shells report it."""


def fail(message: str, *, code: int = BAD_INPUT) -> NoReturn:
    """Print ``error: message`` on one line to stderr and exit with ``code``."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


class _Interrupted(Exception):  # noqa: N818 (it is not an error of the caller)
    """Ctrl-C, carried past Typer, which would turn it into a silent exit 130."""


class OneLineErrors(TyperGroup):
    """Report usage errors and our own errors as one line on stderr, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise _Interrupted from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        standalone = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            with cli_spelling():  # messages name --flags, not Python parameters
                result = super().main(*args, **kwargs)
            code = result if isinstance(result, int) else 0
        except typer.Exit as done:
            code = done.exit_code
        except SummarizerError as error:
            typer.echo(f"error: {error}", err=True)
            code = USAGE if isinstance(error, OptionError) else BAD_INPUT
        except OSError as error:
            where = f" {error.filename!r}" if error.filename else ""
            typer.echo(f"error: cannot read or write{where}: {error.strerror or error}; "
                       "check the path, its permissions and the free space", err=True)
            code = BAD_INPUT
        except typer.TyperException as error:
            code = _report_typer_error(error)
        except (_Interrupted, typer.Abort, KeyboardInterrupt):
            typer.echo("error: interrupted", err=True)
            code = INTERRUPTED
        except Exception as error:  # the last line of defence: never a traceback
            if os.environ.get("SUMMARIZER_DEBUG"):
                raise
            typer.echo(f"error: unexpected {type(error).__name__}: {error}; please report it "
                       "with the input that caused it (SUMMARIZER_DEBUG=1 shows the traceback)",
                       err=True)
            code = 1
        if standalone:
            sys.exit(code)
        return code


def _report_typer_error(error: typer.TyperException) -> int:
    """One line for a usage error; help text (already complete) is passed through."""
    code = int(getattr(error, "exit_code", USAGE))
    if type(error).__name__ == "NoArgsIsHelpError":
        # A bare "summarizer" is a usage error, as in git or pip: the help, on stderr.
        typer.echo(error.format_message(), err=True)
        return USAGE
    message = " ".join(error.format_message().split())
    ctx = getattr(error, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    typer.echo(f"error: {message}{hint}", err=True)
    return code


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarizer (get-a-summary) {__version__}")
        raise typer.Exit()


app = typer.Typer(
    cls=OneLineErrors,
    help="Extractive summaries of news articles, and the evaluation suite that ranks methods.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Extractive summaries of news articles, and the evaluation suite that ranks methods."""


def main() -> None:
    """Console-script entry point."""
    app()
