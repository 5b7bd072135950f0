"""The ``summarizer`` command line (Typer).

Each command lives in its own module and registers itself on :data:`app`.
"""

from __future__ import annotations

from summarizer.cli import (  # noqa: F401
    batch_cmd,
    clean_cmd,
    eval_cmd,
    methods_cmd,
    serve_cmd,
    summarize_cmd,
)
from summarizer.cli.app import app, main

__all__ = ["app", "main"]
