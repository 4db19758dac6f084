"""Whether a pair's files share a line: each file's line checksums (what a cold ``list`` does) against
a per-pair verdict made from each file's stripped lines as a set (the "last structural saving" the
eleventh and twelfth sessions' notes estimated at ~9 µs a file).

    .venv/bin/python benchmarks/bench_shared_lines.py [--postings 5000] [--repeat 15] [--site DIR]

The two ways are timed in turns over the same bodies (their UTF-8, as ``posting_progress`` has
them), ``--repeat`` times each, CPU time per file, best and median:

1. ``queue._utf8_line_prints``: the lines of 12 bytes or more, stripped of list, quote and heading
   marks, with two spaces or more, a CRC-32 each (a list of small ints, cached with the file);
2. a frozenset of every stripped line (no filter: a filter before the set costs what it costs in
   (1)), and per pair the two sets' intersection, the few shared lines then filtered as in (1).

Also printed: what the sets would cost to send from a forked copy of the process (marshal, out and
back), as a cold list on an idle core must send each file's answer.
"""

from __future__ import annotations

import argparse
import marshal
import statistics
import sys
import tempfile
import time
from itertools import repeat
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_site import generate_site  # noqa: E402
from editor.model.site import queue  # noqa: E402


def bodies_of(site: Path) -> list[bytes]:
    """Each posting's body, as bytes (what follows its front matter's closing line)."""
    found = []
    for path in sorted((site / "content").rglob("*.md")):
        raw = path.read_bytes()
        if b"job-posting" not in raw:
            continue
        parts = raw.split(b"\n---\n", 1)
        found.append(parts[1] if len(parts) > 1 else raw)
    return found


def as_sets(body: bytes) -> frozenset[bytes]:
    return frozenset(map(bytes.strip, body.splitlines(), repeat(queue._LEADING_BYTES)))


def shares_a_line(first: frozenset[bytes], second: frozenset[bytes]) -> bool:
    # Both sets hold the empty line and short ones: the lines they share are filtered as (1) does.
    return any(len(line) >= 12 and queue._TWO_SPACES(line) for line in first & second)


def as_checksums(body: bytes) -> list[int]:
    return queue._utf8_line_prints([body])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--site", help="an already generated site instead of a new one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-shared-lines-") as temp:
        site = Path(args.site) if args.site else Path(temp) / "site"
        if not args.site:
            generate_site(site, args.postings)
        bodies = bodies_of(site)
    if len(bodies) < 2:
        print(f"no postings found under {site / 'content'}", file=sys.stderr)
        return 2
    ways = {"line checksums (now)": as_checksums, "stripped lines as a set": as_sets}
    times: dict[str, list[float]] = {name: [] for name in ways}
    made: dict[str, list] = {}
    for _ in range(args.repeat):
        for name, way in ways.items():  # in turns: a slower minute of the machine weighs on both
            started = time.process_time()
            made[name] = list(map(way, bodies))
            times[name].append(time.process_time() - started)
    sets = made["stripped lines as a set"]
    half = len(sets) // 2
    verdicts = []
    for _ in range(args.repeat):
        started = time.process_time()
        for first, second in zip(sets[:half], sets[half:]):
            shares_a_line(first, second)
        verdicts.append(time.process_time() - started)
    per_file = 1e6 / len(bodies)
    print(f"{len(bodies)} postings at {site}; CPU µs a file, {args.repeat} runs each, in turns")
    print(f"{'way':<28} {'best':>7} {'median':>7}")
    for name, taken in times.items():
        print(f"{name:<28} {min(taken) * per_file:>7.1f} {statistics.median(taken) * per_file:>7.1f}")
    print(f"{'+ the verdict, half a pair':<28} {min(verdicts) * 1e6 / half / 2:>7.1f} {statistics.median(verdicts) * 1e6 / half / 2:>7.1f}")
    for name, found in made.items():
        started = time.process_time()
        data = marshal.dumps(found)
        marshal.loads(data)
        taken = time.process_time() - started
        print(f"sent from a forked copy, {name}: {taken * per_file:.1f} µs and {len(data) / len(bodies):,.0f} bytes a file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
