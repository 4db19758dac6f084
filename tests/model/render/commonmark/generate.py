"""Refresh the CommonMark spec examples and Hugo's rendering of them.

Run from the repository root:

    npm pack commonmark-spec@0.31.2 && tar xzf commonmark-spec-0.31.2.tgz
    .venv/bin/python tests/model/render/commonmark/generate.py package/spec.txt

It writes ``spec_examples.json`` (every example of the spec: number, section,
Markdown and the spec's reference HTML) and ``hugo_golden.json`` (what the
installed ``hugo`` writes for each example's Markdown as a page body with the
default ``markup`` settings, with the Hugo version).  Without an argument only
``hugo_golden.json`` is rebuilt from the committed examples.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "spec_examples.json"
GOLDEN = HERE / "hugo_golden.json"
FENCE = "`" * 32
SPEC_VERSION = "0.31.2"


def extract(spec_text: str) -> list[dict[str, object]]:
    """The examples of spec.txt, as the spec's own tools/spec_tests.py reads them (→ is a tab)."""
    examples: list[dict[str, object]] = []
    section = ""
    state = 0  # 0 outside, 1 Markdown part, 2 HTML part
    markdown: list[str] = []
    html: list[str] = []
    for line in spec_text.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if state == 0 and stripped.startswith("#") and not stripped.startswith("#{"):
            section = stripped.lstrip("#").strip()
        if stripped == FENCE + " example":
            state, markdown, html = 1, [], []
        elif state and stripped == FENCE:
            examples.append({
                "example": len(examples) + 1,
                "section": section,
                "markdown": "".join(markdown).replace("→", "\t"),
                "html": "".join(html).replace("→", "\t"),
            })
            state = 0
        elif state == 1 and stripped == ".":
            state = 2
        elif state == 1:
            markdown.append(line)
        elif state == 2:
            html.append(line)
    return examples


def hugo_render(bodies: dict[str, str]) -> dict[str, str]:
    """Hugo's ``.Content`` for each page body, from one build of a throw-away site."""
    from tests.model.render.test_hugo_conformance import run_hugo

    with tempfile.TemporaryDirectory() as tmp:
        return run_hugo(Path(tmp) / "site", {name: "---\ntitle: x\n---\n" + body for name, body in bodies.items()})


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parents[2]))  # run as a script from anywhere: the repository's packages
    if argv:
        examples = extract(Path(argv[0]).read_text(encoding="utf-8"))
        EXAMPLES.write_text(json.dumps({"spec_version": SPEC_VERSION, "examples": examples},
                                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]
    hugo = shutil.which("hugo")
    if hugo is None:
        print("hugo is not installed", file=sys.stderr)
        return 1
    version = subprocess.run([hugo, "version"], capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    html = hugo_render({f"e{e['example']:03d}": e["markdown"] for e in examples})
    GOLDEN.write_text(json.dumps({
        "hugo_version": version,
        "spec_version": SPEC_VERSION,
        "html": {str(e["example"]): html[f"e{e['example']:03d}"] for e in examples},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(examples)} examples rendered by {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
