"""The README tells the truth about the registry and the two quick-start commands."""

from __future__ import annotations

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
