"""Time render_body on a generated ~5 KB posting body and on every corpus body.

Run: .venv/bin/python benchmarks/bench_render.py [--repeat N]
Target: a 5 KB body renders in under 2 ms (median).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.model.render import RenderOptions, render_body  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "cds-site" / "content"
FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)


def generated_body(size: int = 5000) -> str:
    """A posting-shaped body: headings, paragraphs with quotes, links and emphasis, nested lists."""
    section = (
        "## What you'll do\n\n"
        "We're looking for someone who \"gets things done\" -- and who can explain why... "
        "Read more at https://example.org/jobs or write to jobs@example.org. "
        "See [our values](https://example.org/values) and **apply** *today*.\n\n"
        "- Build services that people can use\n"
        "  - with accessibility in mind\n"
        "  - and in both official languages\n"
        "- Work in the open; it's how we learn\n"
        "1. Apply\n2. Interview\n\n"
    )
    text = ""
    while len(text.encode("utf-8")) < size:
        text += section
    return text


def corpus_bodies() -> list[str]:
    bodies = []
    for path in sorted(CORPUS.rglob("*.md")) if CORPUS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        if match:
            bodies.append(text[match.end() :])
    return bodies


def time_renders(bodies: list[str], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for body in bodies:
            start = time.perf_counter()
            render_body(body)
            samples.append(time.perf_counter() - start)
    return samples


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name}: median {statistics.median(ordered) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms, n={len(ordered)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    render_body("warm *up*", RenderOptions())  # builds the cached parser outside the timings
    body = generated_body()
    report(f"generated body ({len(body.encode('utf-8'))} bytes)", time_renders([body], args.repeat))
    bodies = corpus_bodies()
    if bodies:
        sizes = sorted(len(b.encode("utf-8")) for b in bodies)
        print(f"corpus: {len(bodies)} bodies, median size {statistics.median(sizes):.0f} bytes, max {sizes[-1]}")
        report("corpus bodies", time_renders(bodies, max(1, args.repeat // 20)))
    else:
        print(f"corpus not found at {CORPUS}; skipped")


if __name__ == "__main__":
    main()
