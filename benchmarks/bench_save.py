"""Time one save of a posting, and of a pair as one transaction, in folders of a large site.

    .venv/bin/python benchmarks/bench_save.py [--postings 5000] [--repeat 50]

Every save locks the file, looks through its folder for an interrupted transaction or a dead
writer's temp files (one listing of the folder), writes a temp file, fsyncs it and renames it;
a pair also writes and removes a journal. The folders hold ``--postings`` files each, as the
postings folder of a 5,000-posting site does. Prints the median and worst time per save.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.model.frontmatter.posting import Posting, save_postings  # noqa: E402

TEXT = "---\nlayout: job-posting\ntitle: 'Posting {n}'\narchived: false\ntranslationKey: key-{n}\n---\n\nBody {n}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        en, fr = Path(folder) / "en", Path(folder) / "fr"
        for lang in (en, fr):
            lang.mkdir()
            for n in range(args.postings):
                (lang / f"posting-{n}.md").write_text(TEXT.format(n=n), encoding="utf-8")
        single, pair = [], []
        for round_ in range(args.repeat):
            posting = Posting.load(en / "posting-1.md")
            posting.set("title", f"Round {round_}")
            started = time.perf_counter()
            posting.save()
            single.append(time.perf_counter() - started)
            both = [Posting.load(en / "posting-2.md"), Posting.load(fr / "posting-2.md")]
            for one in both:
                one.set("archived", round_ % 2 == 0)
            started = time.perf_counter()
            save_postings(both)
            pair.append(time.perf_counter() - started)
    for name, times in (("one file", single), ("a pair (journal)", pair)):
        print(f"save {name:<17} in folders of {args.postings} files: median {statistics.median(times) * 1000:.1f} ms, "
              f"worst {max(times) * 1000:.1f} ms ({args.repeat} saves)")


if __name__ == "__main__":
    main()
