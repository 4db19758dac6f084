"""CPU time of looking up names alike (case, Unicode form) in a folder of thousands of files.

    .venv/bin/python benchmarks/bench_name_alike.py [--files 5000] [--lookups 1000] [--runs 3]

An export, ``new`` and translate ask ``name_alike`` for every name they would create; the folder's
listing is kept between lookups once the folder has not changed for a whole tick of its file
system's clock. Prints the best of ``--runs`` for: a folder settled long ago (the listing kept),
a folder changed a moment ago (listed again until a tick has gone by: the worst case), and no
listing kept at all (each lookup lists the folder), in CPU seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.model.storage import files  # noqa: E402


def _cpu() -> float:
    return time.process_time()


def _lookups(folder: Path, count: int, before_each=None) -> float:
    started = _cpu()
    for n in range(count):
        if before_each is not None:
            before_each()
        files.name_alike(folder / f"New-Posting-{n}.md")
    return _cpu() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        for n in range(args.files):
            (folder / f"posting-{n}.md").write_bytes(b"")
        settled, fresh, uncached = [], [], []
        for _ in range(args.runs):
            files._LISTINGS.clear()
            os.utime(folder, ns=(1_700_000_000_000_000_000,) * 2)
            settled.append(_lookups(folder, args.lookups))
            files._LISTINGS.clear()
            (folder / "just-written.md").write_bytes(b"")  # the folder changes now
            (folder / "just-written.md").unlink()
            fresh.append(_lookups(folder, args.lookups))
            uncached.append(_lookups(folder, args.lookups, files._LISTINGS.clear))
    print(f"{args.lookups} lookups in a folder of {args.files} files, CPU s (best of {args.runs}):")
    print(f"  folder settled            {min(settled):.3f}")
    print(f"  folder changed just now   {min(fresh):.3f}")
    print(f"  no listing kept           {min(uncached):.3f}")


if __name__ == "__main__":
    main()
