"""How cleaning time grows with the page: copied-text and HTML pages of 1,000 to 100,000 lines.

Pages are real copied-text pages of ``../shared/data/webpages_dev.jsonl.gz`` laid end to
end until they have the number of lines asked for (and for HTML, the pages' ``<body>``
contents inside one document), so the line mix stays that of real pages. Each size is
cleaned once in a fresh process (peak RSS is that process's), and the growth exponent
between sizes is the slope of log time over log lines: 1.0 is linear.
This is a benchmark, not a test: nothing here fails on a slow machine.

Usage: python benchmarks/cleaner_speed.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cleaner_data as cd


def page_of(lines: int, *, html: bool) -> str:
    """Real pages end to end, cut at ``lines`` lines (HTML: block-level lines)."""
    pages = cd.real_pages()
    out: list[str] = []
    i = 0
    while len(out) < lines:
        page = pages[i % len(pages)]
        if html:
            match = re.search(r"<body[^>]*>(.*)</body>", page.html, re.S | re.I)
            out += (match.group(1) if match else page.html).split("\n")
        else:
            out += page.text.split("\n")
        i += 1
    text = "\n".join(out[:lines])
    return f"<html><body>{text}</body></html>" if html else text


def child(lines: int, html: bool) -> None:
    """Clean one page in this process; print seconds and peak RSS as JSON."""
    from summarizer.clean import clean

    clean("A warm-up line. It loads the model and the language detector.")
    text = page_of(lines, html=html)
    started = time.process_time()
    cleaned = clean(text, language="english")
    seconds = time.process_time() - started
    print(json.dumps({"seconds": seconds, "kept": len(cleaned.paragraphs),
                      "bytes": len(text.encode()),
                      "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(int(args.child[0]), args.child[1] == "html")
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    print("| input | lines | MB | CPU s | µs per line | growth exponent | peak RSS MiB |")
    print("|---|---|---|---|---|---|---|")
    for kind in ("text", "html"):
        previous: tuple[int, float] | None = None
        for size in sizes:
            done = subprocess.run([sys.executable, __file__, "--child", str(size), kind],
                                  capture_output=True, text=True, check=True)
            row = json.loads(done.stdout)
            growth = "" if previous is None else \
                f"{math.log(row['seconds'] / previous[1]) / math.log(size / previous[0]):.2f}"
            previous = (size, row["seconds"])
            print(f"| {kind} | {size:,} | {row["bytes"] / 1e6:.2f} | {row['seconds']:.2f} | "
                  f"{1e6 * row['seconds'] / size:.0f} | {growth} | {row['rss_mib']:.0f} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
