"""Time render_body on a generated ~5 KB posting body and on every corpus body.

Run: .venv/bin/python benchmarks/bench_render.py [--repeat N]
Target: a 5 KB body renders in under 2 ms (median). Repeated headings cost the same per heading
as distinct ones (5,000 identical headings and an 80 KB page of them: time grows with the size,
not its square).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from markdown_it import MarkdownIt  # noqa: E402

from editor.model.render.markdown import RenderOptions, _markdown_it, render_body  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "cds-site" / "content"
FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)


def generated_body(size: int = 5000) -> str:
    """A body shaped like the corpus postings (about 3 list items and 0.4 headings per KB).

    It exercises every rule that costs time: quotes, dashes and ellipses for
    the typographer, bare URLs and an e-mail address for linkify, links,
    emphasis, a nested list and a heading id.
    """
    section = (
        "## What you'll do\n\n"
        "We believe that public services should be easy to use, secure, reliable, accessible and "
        "inclusive for everyone -- especially those most in need -- and we want your help! "
        "Our mandate is to help government improve the way it designs and delivers services to "
        "people in Canada. We're looking for someone who \"gets things done\" and who can explain "
        "why... Read more at https://example.org/jobs or write to jobs@example.org.\n\n"
        "As a member of this team, you'll work with partners across government, share our work in "
        "the open and advocate for policy changes that make it easier for others to embrace agile, "
        "human-centred practices. See [our values](https://example.org/values) and **apply** *today* "
        "at www.example.org/apply.\n\n"
        "- Build services that people can use, with accessibility in mind from the start\n"
        "- Work in the open; it's how we learn and how others learn from us\n"
        "  - in both official languages\n"
        "- Coach partners on modern practices and on the way we've been doing things\n"
        "- Take part in research with the people who will use the service\n\n"
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


def time_renders(render: Callable[[str], str], bodies: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds per render; CPU time is steadier on a shared machine."""
    wall, cpu = [], []
    for _ in range(repeat):
        for body in bodies:
            start, start_cpu = time.perf_counter(), time.thread_time()
            render(body)
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return wall, cpu


def report(name: str, samples: tuple[list[float], list[float]]) -> None:
    parts = []
    for label, values in zip(("wall", "cpu"), samples):
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        parts.append(f"{label} median {statistics.median(ordered) * 1000:.3f} ms p95 {p95 * 1000:.3f} ms")
    print(f"{name}: {'; '.join(parts)} (n={len(samples[0])})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    # render_body keeps its last results; time the rendering itself, as for a changed body
    uncached = _markdown_it(RenderOptions()).render  # also builds the parser outside the timings
    # The floor: markdown-it-py alone, CommonMark only, no Goldmark rules.
    plain = MarkdownIt("commonmark", {"html": True}).render
    body = generated_body()
    size = len(body.encode("utf-8"))
    report(f"render_body, generated body ({size} bytes)", time_renders(uncached, [body], args.repeat))
    report(f"plain markdown-it, same body   ({size} bytes)", time_renders(plain, [body], args.repeat))
    bodies = corpus_bodies()
    if bodies:
        sizes = sorted(len(b.encode("utf-8")) for b in bodies)
        print(f"corpus: {len(bodies)} bodies, median size {statistics.median(sizes):.0f} bytes, max {sizes[-1]}")
        repeat = max(1, args.repeat // 20)
        report("render_body, corpus bodies", time_renders(uncached, bodies, repeat))
        report("plain markdown-it, corpus bodies", time_renders(plain, bodies, repeat))
    else:
        print(f"corpus not found at {CORPUS}; skipped")
    for label, text in (("5,000 identical headings", "## A\n\n" * 5000), ("80 KB of identical headings", "# x\n" * 20000)):
        report(f"render_body, {label}", time_renders(uncached, [text], 1))
    render_body(body)
    report("render_body, unchanged body again", time_renders(render_body, [body], args.repeat))


if __name__ == "__main__":
    main()
