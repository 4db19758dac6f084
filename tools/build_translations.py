#!/usr/bin/env python3
"""Compile resources/translations/*.ts into the .qm files the application loads.

Runs ``pyside6-lrelease``; each ``.qm`` is written next to its ``.ts``. The
``.qm`` files are committed, so that a wheel built from a clean checkout has them;
tests/test_translations_built.py fails when one is older than its ``.ts``.

Usage: python tools/build_translations.py [OUTPUT_DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from _qt_tools import TRANSLATIONS, qt_tool


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output_dir", nargs="?", type=Path, default=TRANSLATIONS, metavar="OUTPUT_DIR",
                        help="where the .qm files go (default: beside their .ts)")
    output_dir = parser.parse_args(argv).output_dir
    output_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        print(f"no .ts files in {TRANSLATIONS}", file=sys.stderr)
        return 1
    lrelease = qt_tool("lrelease")
    for ts in sources:
        qm = output_dir / ts.with_suffix(".qm").name
        result = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)])
        if result.returncode:
            return result.returncode
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
