"""Validate the fresh page set (standard library only).

Run from anywhere: ``python3 tests/data/pages/fresh/check.py``. Prints one line
per problem and exits 1 if there is any, else prints a summary and exits 0.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = frozenset("title heading body navigation caption byline related comments other".split())
LANGS = frozenset("en es fr de it pt sv nl ru ar zh ja".split())
NAME = re.compile(r"^(\d\d)_([a-z]{2})_[a-z0-9_]+$")
SNIPPET = 60
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Elements whose boundaries separate words in rendered text.
BLOCK = frozenset(
    "address article aside blockquote br button center dd div dl dt figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section table td th time tr ul".split()
)
INVISIBLE = frozenset("script style template noscript title head".split())


class _Text(HTMLParser):
    """Collect the visible text of a page, with block boundaries as newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def collapse(text: str) -> str:
    """Collapse runs of HTML white space (not U+3000 or no-break spaces, which render)."""
    return HTML_SPACE.sub(" ", text).strip(" ")


def visible_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return collapse("".join(parser.parts))  # the parser already decoded entities


def read_lines(path: Path, problems: list[str]) -> list[str]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{path.name}: not UTF-8 ({exc})")
        return []
    if "\r" in text:
        problems.append(f"{path.name}: contains carriage returns")
    if not text.endswith("\n"):
        problems.append(f"{path.name}: does not end with a newline")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_text_page(page: Path, counts: Counter[str], problems: list[str]) -> None:
    lines = read_lines(page, problems)
    labels_path = page.with_suffix(".labels")
    if not labels_path.exists():
        problems.append(f"{page.name}: missing {labels_path.name}")
        return
    rows = read_lines(labels_path, problems)
    if len(rows) != len(lines):
        problems.append(f"{labels_path.name}: {len(rows)} rows for {len(lines)} lines")
    seen: Counter[str] = Counter()
    # A length mismatch is reported above; check the rows both files have.
    for number, (line, row) in enumerate(zip(lines, rows, strict=False), 1):
        where = f"{labels_path.name}:{number}"
        if "\t" in line:
            problems.append(f"{page.name}:{number}: line contains a tab")
        fields = row.split("\t")
        if len(fields) != 3:
            problems.append(f"{where}: expected 3 tab-separated fields, got {len(fields)}")
            continue
        num, label, snippet = fields
        if num != str(number):
            problems.append(f"{where}: line number {num!r}, expected {number}")
        if label not in LABELS:
            problems.append(f"{where}: unknown label {label!r}")
        if snippet != line[:SNIPPET]:
            problems.append(f"{where}: snippet {snippet!r} does not match line {line[:SNIPPET]!r}")
        if not line.strip() and label != "other":
            problems.append(f"{where}: blank line labelled {label!r}, expected 'other'")
        seen[label] += 1
    if seen["title"] != 1:
        problems.append(f"{labels_path.name}: {seen['title']} title lines, expected exactly 1")
    if seen["body"] < 3:
        problems.append(f"{labels_path.name}: only {seen['body']} body lines, expected at least 3")
    counts.update(seen)


def check_html_page(page: Path, problems: list[str]) -> int:
    stem = page.name[: -len(".html")]
    text = visible_text(page.read_text(encoding="utf-8"))
    found = 0
    for suffix in (".body.txt", ".title.txt"):
        truth = page.with_name(stem + suffix)
        if not truth.exists():
            problems.append(f"{page.name}: missing {truth.name}")
            continue
        lines = read_lines(truth, problems)
        if suffix == ".title.txt" and len(lines) != 1:
            problems.append(f"{truth.name}: expected exactly one line, got {len(lines)}")
        if suffix == ".body.txt" and len(lines) < 3:
            problems.append(f"{truth.name}: only {len(lines)} lines, expected at least 3")
        position = 0  # body lines must appear in page order
        for number, line in enumerate(lines, 1):
            if not line.strip() or line != collapse(line):
                problems.append(f"{truth.name}:{number}: blank or not whitespace-collapsed")
            elif line not in text:
                problems.append(f"{truth.name}:{number}: not found in the page text: {line[:60]!r}")
            elif suffix == ".body.txt":
                at = text.find(line, position)
                if at < 0:
                    problems.append(f"{truth.name}:{number}: out of page order: {line[:60]!r}")
                else:
                    position = at + len(line)
                    found += 1
    return found


def main() -> int:
    problems: list[str] = []
    counts: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    text_pages = html_pages = html_body = 0
    stems: set[str] = set()
    for path in sorted(HERE.iterdir()):
        name = path.name
        if name in {"README.md", "FIRST_RUN.md", "check.py"} or name.startswith((".", "__")):
            continue
        stem = name.split(".", 1)[0]
        match = NAME.match(stem)
        if not match or match.group(2) not in LANGS:
            problems.append(f"{name}: name does not follow NN_lang_slug with a known language")
            continue
        if not name.endswith((".txt", ".labels", ".html")):
            problems.append(f"{name}: unexpected file")
        html_page = HERE / f"{stem}.html"
        if name.endswith((".body.txt", ".title.txt")) and not html_page.exists():
            problems.append(f"{name}: no matching {stem}.html")
        if name.endswith(".labels") and not HERE.joinpath(stem + ".txt").exists():
            problems.append(f"{name}: no matching {stem}.txt")
        if name == stem + ".txt":
            text_pages += 1
            check_text_page(path, counts, problems)
        elif name == stem + ".html":
            html_pages += 1
            html_body += check_html_page(path, problems)
        else:
            continue
        if match.group(1) in {s.split("_")[0] for s in stems}:
            problems.append(f"{name}: page number {match.group(1)} used twice")
        stems.add(stem)
        langs[match.group(2)] += 1
    for problem in problems:
        print(problem)
    print(
        f"{text_pages} text pages, {html_pages} HTML pages; languages: "
        + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
    )
    print("text-page lines per label: " + ", ".join(f"{k} {counts[k]}" for k in sorted(LABELS)))
    print(f"HTML body lines: {html_body}")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
