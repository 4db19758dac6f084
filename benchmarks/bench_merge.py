"""What Combine Both costs on the UI thread: a three-way merge of each real posting with a front
matter change on disk and a body edit here, and of the largest file a posting may be.

    .venv/bin/python benchmarks/bench_merge.py [--corpus DIR] [--runs 5]

Prints CPU seconds (best of ``--runs``) for all the corpus's postings merged once each (skipped
when the corpus is absent), and for one posting of ~2 MB (``MAX_FILE_BYTES``) of paragraphs and
list items changed at both ends, as the window merges when its dialog opens (and again after Show
Difference).
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from editor.model.frontmatter.document import MAX_FILE_BYTES  # noqa: E402
from editor.model.storage.merge import merge_bytes  # noqa: E402

CORPUS = Path("/work/shared/corpus/cds-site")


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cases_of(corpus: Path) -> list[tuple[bytes, bytes, bytes]]:
    cases = []
    for path in sorted(corpus.rglob("*.md")):
        base = path.read_bytes()
        lines = base.split(b"\n")
        if len(lines) < 8:
            continue
        theirs = b"\n".join([lines[0], lines[1] + b" ", *lines[2:]])  # a front matter line changed on disk
        mine = b"\n".join([*lines[:-3], lines[-3] + b" (edited here)", *lines[-2:]])  # a body line near the end
        cases.append((base, mine, theirs))
    return cases


def large_case() -> tuple[bytes, bytes, bytes]:
    paragraph = b"A paragraph of a posting, long enough to be a real one, with its words. " * 4
    parts, n = [b"---\ntitle: 'Large'\nleverId: 1\n---\n\n"], 0
    while sum(map(len, parts)) < MAX_FILE_BYTES - 2000:
        parts.append(b"## Section %d\n\n%s\n\n- item\n- item\n\n" % (n, paragraph))
        n += 1
    base = b"".join(parts)
    # The front matter on disk, the last section here: the whole file lies between the two edits.
    last = b"## Section %d\n" % (n - 1)
    return base, base.replace(last, last.replace(b"Section", b"Last section")), base.replace(b"leverId: 1\n", b"leverId: 2\n")


def best(cases, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = cpu()
        for base, mine, theirs in cases:
            assert merge_bytes(base, mine, theirs).clean
        times.append(cpu() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.corpus.is_dir():
        cases = cases_of(args.corpus)
        print(f"corpus: {len(cases)} postings merged, {best(cases, args.runs):.3f} CPU s (best of {args.runs})")
    else:
        print(f"corpus: {args.corpus} absent, skipped")
    large = large_case()
    print(f"one {len(large[0]) // 1024} KB posting: {best([large], args.runs):.3f} CPU s (best of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
