"""Write resources/chroma_styles.json: the highlighting styles of the Chroma that a Hugo binary carries.

Hugo colours fenced code with one of Chroma's styles (``markup.highlight.style``); Chroma 2 keeps
them as XML inside the binary. The preview writes the same inline CSS from this table
(editor.model.render.highlight). Run it again when the Hugo the project follows changes:

    python tools/chroma_styles.py [path/to/hugo]

Each style maps a token type in Pygments' dotted spelling (``Name.Function``) to Chroma's
description of its style (``bold #990000 bg:#ffffff``), as written in the style.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "chroma_styles.json"


def styles_in(binary: bytes) -> dict[str, dict[str, str]]:
    styles: dict[str, dict[str, str]] = {}
    for match in re.finditer(rb'<style name="([^"]+)">(.*?)</style>', binary, re.S):
        entries = {}
        for kind, spec in re.findall(r'<entry\s+type="(\w+)"\s+style="([^"]*)"', match.group(2).decode()):
            name = ".".join(re.findall(r"[A-Z][a-z]*", kind)).replace("Preproc.File", "PreprocFile")  # as Pygments
            entries[name] = html.unescape(spec)
        styles[match.group(1).decode()] = entries
    return styles


def main() -> int:
    hugo = sys.argv[1] if len(sys.argv) > 1 else shutil.which("hugo")
    if not hugo:
        print("hugo not found: give its path", file=sys.stderr)
        return 1
    styles = styles_in(Path(hugo).read_bytes())
    if "monokai" not in styles or "swapoff" not in styles:
        print(f"{hugo}: no Chroma 2 styles found in this binary", file=sys.stderr)
        return 1
    lines = [f"  {json.dumps(name)}: {json.dumps(styles[name], sort_keys=True)}" for name in sorted(styles)]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{len(styles)} styles written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
