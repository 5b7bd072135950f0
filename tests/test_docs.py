"""The README tells the truth about the registry and the two quick-start commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli.methods_cmd import methods_markdown
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_method_table_is_the_registry() -> None:
    assert methods_markdown() in README


def test_ci_runs_the_readme_commands() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = README.split("```bash\n")[1:3]
    install, test = (block.split("\n```")[0].strip() for block in blocks)
    assert install in ci
    assert test in ci


def test_bundled_article_in_quickstart_exists() -> None:
    assert (ROOT / "references" / "articles" / "002_ad0407a9d237ef29.txt").exists()


def readme_transcript() -> list[tuple[list[str], str]]:
    """The README's error transcript: (arguments, the one line printed on stderr)."""
    section = README.split("## Length and input")[1].split("## Page cleaning")[0]
    block = section.split("```console\n")[1].split("```")[0].splitlines()
    pairs = []
    for command, output in zip(block[::2], block[1::2], strict=True):
        assert command.startswith("$ summarizer ")
        pairs.append((command[len("$ summarizer "):].split(), output))
    return pairs


def test_the_readme_error_transcript_is_what_the_cli_prints(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300))
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n")
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?>\n<rss version="2.0">'
                                       "<channel/></rss>\n", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "article.txt").write_bytes(
        (ROOT / "references" / "articles" / "001_d3225705ede13dcf.txt").read_bytes())
    monkeypatch.chdir(tmp_path)
    transcript = readme_transcript()
    assert len(transcript) >= 9
    for arguments, line in transcript:
        result = CliRunner().invoke(app, arguments)
        assert result.stderr.strip() == line, arguments
        assert result.exit_code == (0 if line.startswith("warning:") else
                                    2 if line.startswith(("error: --", "error: unknown"))
                                    else 1), arguments
