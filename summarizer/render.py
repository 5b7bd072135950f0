"""Rendering a summary for people (text, Markdown) and programs (JSON)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from summarizer.errors import OptionError
from summarizer.methods import get_method
from summarizer.types import Length, Summary


def settings_to_dict(*, method: str, clean: bool, length: Length | None = None,
                     language: str | None = None, seed: int | None = None) -> dict[str, Any]:
    """The ``settings`` of a JSON summary: what was asked for (see :func:`summary_to_dict`)."""
    settings: dict[str, Any] = {"clean": clean}
    if length is not None:
        settings.update({k: v for k, v in
                         (("sentences", length.sentences), ("words", length.words),
                          ("ratio", length.ratio)) if v is not None})
        if length.words is not None:  # how the budget was filled, the method's default or not
            settings["contiguous"] = (get_method(method).contiguous
                                      if length.contiguous is None else length.contiguous)
    if language is not None:
        settings["language"] = language
    if seed is not None:
        settings["seed"] = seed
    return settings


def summary_to_dict(summary: Summary, *, length: Length | None = None,
                    language: str | None = None, seed: int | None = None) -> dict[str, Any]:
    """A JSON-ready dict: method, sentences with index/text/score, and the settings."""
    settings = settings_to_dict(method=summary.method, clean=summary.cleaned, length=length,
                                language=language, seed=seed)
    return {
        "method": summary.method,
        "title": summary.title,
        "language": summary.language,
        "sentences": [
            {"index": i, "text": t, "score": s}
            for i, t, s in zip(summary.indices, summary.sentences, summary.scores, strict=True)
        ],
        "document_sentences": summary.document_sentences,
        "settings": settings,
        "warnings": list(summary.warnings),
    }


def render_text(summary: Summary, **_: Any) -> str:
    """One sentence per line."""
    return str(summary)


def render_json(summary: Summary, **context: Any) -> str:
    """Pretty-printed JSON (see :func:`summary_to_dict`)."""
    return json.dumps(summary_to_dict(summary, **context), ensure_ascii=False, indent=2)


def render_markdown(summary: Summary, **_: Any) -> str:
    """A bullet list under a heading naming the method."""
    lines = [f"**Summary** ({summary.method}, {len(summary)} of "
             f"{summary.document_sentences} sentences)", ""]
    lines.extend(f"- {sentence}" for sentence in summary.sentences)
    return "\n".join(lines)


RENDERERS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}


def check_format(fmt: str) -> str:
    """The normalised format name.

    Raises:
        OptionError: For an unknown format; the message lists the valid ones.
    """
    name = fmt.strip().lower()
    if name not in RENDERERS:
        raise OptionError(f"unknown format {fmt!r}: choose one of {', '.join(RENDERERS)}")
    return name


def render(summary: Summary, *, fmt: str, **context: Any) -> str:
    """Render in the named format.

    Raises:
        OptionError: For an unknown format; the message lists the valid ones.
    """
    return RENDERERS[check_format(fmt)](summary, **context)
