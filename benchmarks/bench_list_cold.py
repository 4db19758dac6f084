"""Where the CPU time of a cold ``posting-editor list`` goes, beside ``hugo list all`` on the same site.

    .venv/bin/python benchmarks/bench_list_cold.py [--postings 5000] [--repeat 3] [--site DIR]

Two tables, each figure the least CPU time (user + system, the process and its workers) of
``--repeat`` runs, with the load of the machine printed beside them:

1. A ladder of processes, each doing a little more of the cold list's work, so the floor of a
   Python program on this site shows: Python's start; the command line's imports; reading every
   file of the postings folders; decoding their UTF-8 and hashing them (SHA-256, the digest a
   posting keeps to notice changes); parsing them instead (front matter, the Posting each file
   becomes, its digest included); then each posting's looks (``queue.posting_progress``: markers,
   placeholders, line checksums, words of each language); the site's index as the command builds
   it (the above, plus a stat of each file, pairing by key, the index cache written; each file
   kept as its summary, as ``list`` asks: ``open_index(site, summaries=True)``); each pair's
   status and reasons (``queue.site_progress``, which also asks git about the site); the cold
   ``list`` in one process (the above, plus the table printed); the cold ``list`` as shipped
   (from ``index.PARALLEL_FROM`` files a share of them read by forked copies of the process,
   ``parallel.map_beside``, one for each idle core: none on a busy machine); ``hugo list all``. Every Python rung runs with the cycle collector
   off, as ``list`` does, so that the steps differ only by the work they add.
2. Inside one cold ``list`` in one process: the CPU time of each phase (functions of the index
   and the queue, timed where they are called), so a change shows where it saved.

Issue 12's target is a cold ``list`` within 1.0× the CPU time of ``hugo list all``.

Where the floor is (5,000 generated postings, December 2026, a loaded 2-core machine; RESULTS.md
has the figures): Python's start and imports ~0.08 CPU-s, reading the 5,000 files ~0.10, parsing
them (UTF-8, front matter, SHA-256) ~0.13, the per-posting looks ~0.20 (40 µs a posting: a few
searches in C over its ~5 KB for unfinished text, its line checksums, one bytes object per line,
and the other language's words, one regular expression tried at each space), the index's own work
(stats, pairs, cache) ~0.07, statuses ~0.03, the table ~0.03. Each posting's Python work (~70 µs
of parsing and looks) is most of what is left; Hugo parses the same files in Go, on every core.

On a busy shared machine CPU times move by ±20% from run to run. ``--instructions`` counts the
instructions each Python rung executes instead (valgrind's callgrind, ~50× slower: use
``--postings 1000``), the same from run to run, to compare two versions of the code; Hugo does not
run under valgrind, so that table has no reference (and callgrind's CPU has no SHA instructions:
the hashing weighs far more there than on the machine).
Instructions are not CPU time either: coldlist6's changes took 1.3% of the instructions away and
~7% of the looks' CPU time (best of 9, measured piece by piece); compare both. Nor do they count the
kernel's page faults: coldlist7's summaries-only index took 3.6% of the instructions away, and
the system time of a cold list from 0.21 to 0.17 s (11,000 fewer faults, 145 → 57 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_site import generate_site  # noqa: E402

# Each rung is Python code run as ``python -c CODE SITE``, the cycle collector off as in ``list``.
_START = "import gc\ngc.disable()\n"
_READ = ("import os, sys\nfrom pathlib import Path\nfrom editor.model.hugo.config import Site\n"
         "from editor.model.storage.files import read_bytes\nsite = Site.open(Path(sys.argv[1]))\n"
         "raws = [(p, lang, read_bytes(p)) for lang in ('en', 'fr') for p in site.markdown_files(lang, [])]\n")
_IMPORTS = _START + "import editor.cli.main, editor.model.site.queue, editor.model.translation.status\n"
_PARSE = ("from editor.model.frontmatter.posting import Posting\n"
          "posts = [(Posting(raw, p, lang), raw) for p, lang, raw in raws if b'job-posting' in raw]\n")
_INDEX = ("import sys\nfrom editor.model.site import index\nindex.PARALLEL_FROM = 10**9\n"
          "from editor.cli.common import open_index\nbuilt = open_index(sys.argv[1], summaries=True)\n")
RUNGS = {
    "python start": _START,
    "+ command-line imports": _IMPORTS,
    "+ read every file": _IMPORTS + _READ,
    "+ decode and hash every file": _IMPORTS + _READ + (
        "import hashlib\nfor _, _, raw in raws:\n    raw.decode('utf-8'); hashlib.sha256(raw).hexdigest()\n"),
    "+ parse every file": _IMPORTS + _READ + _PARSE,
    "+ each posting's looks": _IMPORTS + _READ + _PARSE + (
        "from editor.model.site import queue\nguidance = queue.site_guidance(site)\n"
        "hint = queue.guidance_hint(guidance)\n"
        "for posting, raw in posts:\n    queue.posting_progress(posting, guidance, hint, raw)\n"),
    "+ the index (stat, pair, cache)": _IMPORTS + _INDEX,
    "+ each pair's status": _IMPORTS + _INDEX + "from editor.model.site.queue import site_progress\nsite_progress(built)\n",
}
_LIST = ("import sys; from editor.model.site import index; index.PARALLEL_FROM = int(sys.argv.pop(1)); "
         "from editor.cli.main import main; sys.exit(main(sys.argv[1:]))")

# Phases of one cold list: (module, function) timed where called; some are inside others.
PHASES = [("editor.model.site.index", "_load_all"), ("editor.model.site.queue", "posting_progress"),
          ("editor.model.site.queue", "_unfinished_counts"), ("editor.model.site.queue", "_line_prints"),
          ("editor.model.site.queue", "_language_words"), ("editor.model.site.index", "read_bytes"),
          ("editor.model.frontmatter.posting", "Posting.__init__"), ("editor.model.site.queue", "site_progress"),
          ("editor.model.site.index_cache", "IndexCache.save"), ("editor.model.hugo.config", "Site.markdown_files"),
          ("editor.model.site.index", "SiteIndex.build"), ("editor.model.site.index", "tidy"),
          ("editor.model.site.index_cache", "IndexCache.store"), ("editor.model.translation.status", "translation_status")]
_PHASE_CODE = """
import functools, importlib, json, os, sys, time
started = time.process_time()
from editor.cli.main import main
imported = time.process_time() - started
from editor.model.site import index
index.PARALLEL_FROM = 10**9
spent = {}
def timed(label, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start
    return wrapper
for module, path in json.loads(sys.argv.pop(1)):
    owner = importlib.import_module(module)
    *owners, name = path.split(".")
    for part in owners:
        owner = getattr(owner, part)
    setattr(owner, name, timed(path, getattr(owner, name)))
start = time.process_time()
with open(os.devnull, "w") as sys.stdout:
    main(sys.argv[1:])
spent["command (after imports)"] = time.process_time() - start
spent["imports"] = imported
print(json.dumps(spent), file=sys.stderr)
"""


def cpu_of(argv: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(argv, capture_output=True, env=env, timeout=1800)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{argv[:3]} exited {result.returncode}:\n{result.stderr.decode()[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result


def count_instructions(commands: dict[str, list[str]], env: dict[str, str], cache: Path) -> int:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind")
    print(f"{'process':<32} {'instructions':>16}")
    for name, command in commands.items():
        if name == "hugo list all":
            continue
        shutil.rmtree(cache, ignore_errors=True)
        result = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                                capture_output=True, env=env, timeout=7200)
        found = re.search(rb"Collected : (\d+)", result.stderr)
        if result.returncode != 0 or found is None:
            raise SystemExit(f"{name}: valgrind exited {result.returncode}:\n{result.stderr.decode()[-2000:]}")
        # Worker processes are not followed: the figure of the shipped list is its main process only.
        print(f"{name:<32} {int(found.group(1)):>16,}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--site", help="an already generated site instead of a new one")
    parser.add_argument("--instructions", action="store_true", help="count instructions (valgrind) instead of CPU time")
    args = parser.parse_args(argv)
    hugo = shutil.which("hugo")
    with tempfile.TemporaryDirectory(prefix="bench-list-cold-") as temp:
        site = Path(args.site) if args.site else Path(temp) / "site"
        if not args.site:
            generate_site(site, args.postings)
        cache = Path(temp) / "cache"
        env = dict(os.environ, POSTING_EDITOR_CACHE_DIR=str(cache), LANG="C.UTF-8")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {name: [sys.executable, "-c", code, str(site)] for name, code in RUNGS.items()}
        commands["cold list, one process"] = [sys.executable, "-c", _LIST, str(10**9), "list", str(site)]
        commands["cold list, as shipped"] = [sys.executable, "-c", _LIST, "600", "list", str(site)]
        if hugo:
            commands["hugo list all"] = [hugo, "list", "all", "--source", str(site)]
        if args.instructions:
            return count_instructions(commands, env, cache)
        best: dict[str, float] = {}
        phases: dict[str, float] = {}
        for _ in range(args.repeat):
            for name, command in commands.items():
                shutil.rmtree(cache, ignore_errors=True)
                best[name] = min(best.get(name, float("inf")), cpu_of(command, env)[0])
            shutil.rmtree(cache, ignore_errors=True)
            _, result = cpu_of([sys.executable, "-c", _PHASE_CODE, json.dumps(PHASES), "list", str(site)], env)
            for label, seconds in json.loads(result.stderr.decode().strip().splitlines()[-1]).items():
                phases[label] = min(phases.get(label, float("inf")), seconds)
        reference = best.get("hugo list all")
        print(f"{args.postings} postings at {site}; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
        print(f"\n{'process':<32} {'CPU s':>7} {'× hugo':>7}")
        for name, seconds in best.items():
            print(f"{name:<32} {seconds:>7.2f} {seconds / reference if reference else float('nan'):>7.2f}")
        print(f"\n{'phase of a cold list, one process':<40} {'CPU s':>7}")
        for label, seconds in sorted(phases.items(), key=lambda item: -item[1]):
            print(f"{label:<40} {seconds:>7.2f}")
        print(f"(taken at load {os.getloadavg()[0]:.1f}; {time.strftime('%H:%M')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
