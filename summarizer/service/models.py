"""The API's schema (pydantic): the OpenAPI page at ``/docs`` is true by construction.

Types are strict (``"3"`` or ``3.0`` is not a sentence count, as in the Python API)
and unknown fields are refused, so a typo is an error rather than an option
silently ignored. Ranges and names are checked by the pipeline's own validators,
so the HTTP API, the CLI and ``summarize()`` give the same messages, each naming
the option as its caller wrote it (the JSON field here, ``--flag`` on the CLI).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from summarizer.methods import available_methods

_STRICT = ConfigDict(extra="forbid", strict=True)


class SummarizeRequest(BaseModel):
    """One article (exactly one of ``text``, ``html``, ``url``) and its options."""

    model_config = _STRICT

    text: str | None = Field(None, description="The article as text (or a page's text dump; "
                             "HTML is recognised by its content).")
    html: str | None = Field(None, description="The article's web page as HTML.")
    url: str | None = Field(None, description="An http(s) address to fetch the article from.")
    method: str | None = Field(None, description="One of: " + ", ".join(available_methods())
                               + ". Default: the pipeline's default.")
    sentences: int | None = Field(None, description="Number of sentences (default 3).")
    words: int | None = Field(None, description="Word budget, never exceeded unless the "
                              "best sentence alone is longer.")
    ratio: float | None = Field(None, description="Fraction of the article's sentences, "
                                "in (0, 1].")
    contiguous: bool | None = Field(None, description="With words: stop at the first ranked "
                                    "sentence that does not fit (true), or also take lesser "
                                    "ones that do (false). Default: the method's (lead: true, "
                                    "the article's opening in order).")
    language: str | None = Field(None, description="Language for splitting, stop words and "
                                 "stemming. Default: the pipeline's default.")
    clean: bool | None = Field(None, description="Strip page chrome, captions, bylines and "
                               "comments first (default true).")
    seed: int | None = Field(None, description="Seed for methods that use randomness.")
    include_document: bool = Field(False, description="Also return every body sentence, "
                                   "e.g. to show the summary highlighted in the article.")


class SentenceOut(BaseModel):
    """A chosen sentence."""

    index: int = Field(description="Position among the article's body sentences.")
    text: str
    score: float


class BodySentence(BaseModel):
    """A body sentence of the article."""

    index: int
    text: str
    paragraph: int


class DocumentOut(BaseModel):
    """The article's body as summarized."""

    sentences: list[BodySentence]


class SummaryOut(BaseModel):
    """A summary: the same fields as ``summarizer summarize --format json``."""

    method: str
    title: str | None
    language: str
    sentences: list[SentenceOut]
    document_sentences: int
    settings: dict[str, Any]
    warnings: list[str]
    document: DocumentOut | None = None


class ErrorDetail(BaseModel):
    """What went wrong, and what to do."""

    code: str
    message: str


class ErrorOut(BaseModel):
    """Every failure's body."""

    error: ErrorDetail


_DOCUMENTS_SCHEMA = {"type": "array", "items": {"$ref": "#/components/schemas/SummarizeRequest"}}


class BatchRequest(BaseModel):
    """Several articles; each document is a ``SummarizeRequest``."""

    model_config = _STRICT

    # Validated one by one, so one bad document gets its own error, not the batch's.
    documents: Annotated[list[dict[str, Any]], WithJsonSchema(_DOCUMENTS_SCHEMA)]


class BatchItem(BaseModel):
    """One document's outcome: a summary or an error."""

    summary: SummaryOut | None = None
    error: ErrorDetail | None = None


class BatchOut(BaseModel):
    """Outcomes in the order of the documents."""

    results: list[BatchItem]


class MethodOut(BaseModel):
    """A registered method."""

    name: str
    kind: str
    description: str
    default: bool


class MethodsOut(BaseModel):
    """The registry."""

    methods: list[MethodOut]
