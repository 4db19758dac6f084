"""Reading and editing one posting in each front matter format: the cost of TOML (tomlkit) and JSON
beside YAML, per posting.

    .venv/bin/python benchmarks/bench_front_matter_formats.py [ROUNDS]

The posting is the bundled sample site's data-analyst one, rewritten in each format with the same
values and body. Prints, per format, the time to read it (parse and values), to read it and ask a
field's line (entry positions), and to set one field (edit, read back, check); and the import time
of the format's module, paid once per process the first time such a posting is met.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _per_call(function, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        function()
    return (time.perf_counter() - start) / rounds * 1000


def main() -> int:
    import json

    import tomlkit

    from editor.model.frontmatter.posting import Posting

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    source = next((REPO / "resources/sample-site/content/en/careers/positions").glob("data-analyst--*.md"))
    posting = Posting.load(source)
    texts = {
        "yaml": source.read_bytes(),
        "toml": ("+++\n" + tomlkit.dumps(posting.data) + "+++\n" + posting.body).encode(),
        "json": (json.dumps(posting.data, ensure_ascii=False, indent=2) + "\n" + posting.body).encode(),
    }
    print(f"{'format':<6} {'read ms':>8} {'read+line ms':>13} {'set ms':>8} {'import ms':>10}")
    for kind, raw in texts.items():
        assert Posting(raw).format == kind and Posting(raw).valid
        read = _per_call(lambda raw=raw: Posting(raw).data, rounds)
        line = _per_call(lambda raw=raw: Posting(raw).field_line("archived"), rounds)

        def edit(raw=raw):
            Posting(raw).set("title", "Senior Data Analyst")

        edited = _per_call(edit, max(1, rounds // 3))
        module = {"yaml": "yaml_edit", "toml": "toml_front", "json": "json_front"}[kind]
        imported = subprocess.run(
            [sys.executable, "-c", f"import time, editor.model.frontmatter.yaml_safe as y; s = time.perf_counter(); "
             f"import editor.model.frontmatter.{module}; print((time.perf_counter() - s) * 1000)"],
            capture_output=True, text=True, timeout=60, cwd=REPO, check=True).stdout.strip()
        print(f"{kind:<6} {read:>8.3f} {line:>13.3f} {edited:>8.3f} {float(imported):>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
