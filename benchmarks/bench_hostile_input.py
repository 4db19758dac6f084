#!/usr/bin/env python3
"""How long hostile files take to be refused: the bounds of the reading side.

Each case is a file a shared repository could carry (by accident or not): a YAML alias bomb,
deep nesting, a 400 KB YAML 1.1 base-60 number, a 5,000-digit integer, an impossible date,
in a posting and in ``config/_default/params.yaml``; and a posting folder holding a FIFO and a
link to /dev/zero. Prints, per case, the seconds until the posting is an invalid one (or the
site refuses its configuration with a message) and the peak memory of this process.

Before the bounds: the params.yaml alias bomb and 900-deep nesting took 36 s and 3 GB, the
base-60 number 30-60 s, and the FIFO hung for ever. Target: every case well under a second.

Run: python benchmarks/bench_hostile_input.py
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site, SiteError

ROOT = Path(__file__).resolve().parents[1]

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8))
CASES = {
    "alias bomb (9^9)": BOMB,
    "900-deep flow nesting": "x: " + "[" * 900 + "]" * 900 + "\n",
    "900-deep block nesting": "".join(" " * i + "k:\n" for i in range(900)) + " " * 900 + "k: 1\n",
    "400 KB base-60 number": "n: " + ":".join(["1"] * 200_000) + "\n",
    "5,000-digit integer": "n: " + "7" * 5000 + "\n",
    "impossible date": "d: 2023-02-30\n",
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(function) -> tuple[float, str]:
    start = time.perf_counter()
    outcome = function()
    return time.perf_counter() - start, outcome


def posting_case(text: str) -> str:
    posting = Posting(("---\ntitle: t\n" + text + "---\nBody\n").encode("utf-8"))
    return "valid" if posting.valid else f"invalid ({posting.problem.code}, line {posting.problem.line})"


def config_case(site: Path, text: str) -> str:
    (site / "config" / "_default" / "params.yaml").write_text(text, encoding="utf-8")
    try:
        Site.open(site)
    except SiteError:
        return "refused with a message"
    return "opened"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        shutil.copytree(ROOT / "resources" / "sample-site", site)
        print(f"{'case':28} {'posting s':>10} {'config s':>10} {'peak MB':>8}  outcomes")
        for name, text in CASES.items():
            posting_seconds, posting_outcome = timed(lambda text=text: posting_case(text))
            config_seconds, config_outcome = timed(lambda text=text: config_case(site, text))
            print(f"{name:28} {posting_seconds:10.3f} {config_seconds:10.3f} {peak_mb():8.0f}  "
                  f"{posting_outcome}; {config_outcome}")
        (site / "config" / "_default" / "params.yaml").unlink()
        positions = site / "content" / "en" / "careers" / "positions"
        if hasattr(os, "mkfifo"):
            os.mkfifo(positions / "pipe.md")
        if os.path.exists("/dev/zero"):
            (positions / "zero.md").symlink_to("/dev/zero")
        seconds, index = timed(lambda: SiteIndex.build(Site.open(site), workers=1))
        print(f"{'FIFO + /dev/zero in site':28} {seconds:10.3f} {'':>10} {peak_mb():8.0f}  "
              f"{len(index.unreadable())} files listed as unreadable")


if __name__ == "__main__":
    main()
