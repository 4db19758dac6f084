"""The speed targets of issue 12, each measured beside its reference in the same run.

    .venv/bin/python benchmarks/bench_targets.py [--postings 5000] [--repeat 3] [--only NAME ...]

1. ``check`` cold on a generated 5,000-posting site (no index or findings cache): CPU time (the
   process and its workers) against ``hugo --renderToMemory`` on the same site. Target ≤ 3×.
   ``--structural`` times it with ``--no-grammar --no-spelling --no-translation`` (the target
   cannot be met with Grammalecte, spelling and the checks between languages: see the README and benchmarks/RESULTS.md).
1b. ``check`` after an edit of the site's glossary (every pair's findings invalid, Grammalecte's
   paragraph store warm from the run before): CPU time against ``hugo --renderToMemory``. The
   whole-site re-check that the paragraph store (language/paragraph_cache.py) exists for; held to
   the cold target, 3×.
2. ``check`` again with nothing changed: wall time (and CPU time) against a warm ``list``. Target ≤ 2×.
   Then after one posting's body is edited, and after one of its front matter fields is (only that
   pair is checked again): the same figures, beside the same bound.
3. ``list`` cold and warm against ``hugo list all``, wall and CPU time. Targets ≤ 1.0× and ≤ 0.6×.
4. The window's first paint on the 5,000-posting site against the real site's (the corpus when
   present, else the sample site). Target ≤ 2×.
5. ``render`` of the real postings (``--out``) against a plain markdown-it-py script rendering the
   same bodies, each a fresh process. Target ≤ 1.5×.

``pool`` (no target) compares a cold ``list`` whose files are shared with forked copies of the
process (``parallel.map_beside``, as shipped from ``index.PARALLEL_FROM`` files) with one that reads
them all in its own process: whether the copies are worth their start. ``3 list`` times the command
as shipped; both lines give CPU and wall time.

Each figure is the best of ``--repeat`` runs (the cache filled or emptied before each as the
measure needs); the site generator is ``bench_site.py``'s. Caches live in a private folder, or in
a copy of ``--cache`` (a cold check of 5,000 postings costs several CPU-minutes: the warm measures
can start from a cache an earlier run filled).
"""

from __future__ import annotations

import argparse
import os
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

CORPUS = Path(os.environ.get("POSTING_EDITOR_CORPUS", "/work/shared/corpus/cds-site"))
PLAIN_MARKDOWN = """\
import re, sys
from pathlib import Path
from markdown_it import MarkdownIt
front = re.compile(r"\\A---\\r?\\n.*?^---\\r?$\\n?", re.S | re.M)
md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
out = Path(sys.argv[1])
for name in sys.argv[2:]:
    text = Path(name).read_text(encoding="utf-8")
    match = front.match(text)
    (out / (Path(name).stem + ".html")).write_text(md.render(text[match.end():] if match else text), encoding="utf-8")
"""


def timed(argv: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and every process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, env=env, timeout=1800)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in ok:
        raise SystemExit(f"{' '.join(map(str, argv))} exited {result.returncode}:\n{result.stderr.decode()[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(runs: list[tuple[float, float]], cpu: bool = False) -> float:
    return min(run[1] if cpu else run[0] for run in runs)


class Bench:
    def __init__(self, work: Path, site: Path, repeat: int, structural: bool = False):
        self.work, self.site, self.repeat = work, site, repeat
        self.structural = structural
        self.editor = str(Path(sys.executable).with_name("posting-editor"))
        self.hugo = shutil.which("hugo")
        self.cache = work / "cache"
        self.env = dict(os.environ, POSTING_EDITOR_CACHE_DIR=str(self.cache), LANG="C.UTF-8")
        # An installed program has its byte code compiled; without it every run compiles ~100 modules.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.rows: list[tuple[str, str, float, str, float, float | None]] = []

    def cold(self, argv, ok=(0,)):
        shutil.rmtree(self.cache, ignore_errors=True)
        return timed(argv, self.env, ok)

    def record(self, target: str, ours: str, ours_value: float, reference: str, reference_value: float,
               limit: float | None):
        self.rows.append((target, ours, ours_value, reference, reference_value, limit))

    def check_cold(self):
        options = ["--no-grammar", "--no-spelling", "--no-translation"] if self.structural else []
        runs, hugo = [], []
        for _ in range(self.repeat):
            runs.append(self.cold([self.editor, "check", *options, str(self.site)], (0, 1)))
            if self.hugo:
                hugo.append(timed([self.hugo, "--renderToMemory", "--quiet", "--source", str(self.site)], self.env))
        if self.hugo:
            self.record(f"1 check, cold{', structural' if self.structural else ''} (CPU s)", "check", best(runs, True),
                        "hugo --renderToMemory", best(hugo, True), 3)

    def check_after_glossary_edit(self):
        if not self.cache.is_dir():  # check_cold's last run left every cache filled, the paragraph store too
            self.cold([self.editor, "check", str(self.site)], (0, 1))
        glossary = self.site / ".posting-editor" / "glossary.yaml"
        bundled = (HERE.parent / "resources" / "glossary.yaml").read_text(encoding="utf-8")
        runs, hugo = [], []
        try:
            for number in range(self.repeat):
                glossary.parent.mkdir(exist_ok=True)
                glossary.write_text(f"{bundled}\n  - en: benchmark term {number}\n    fr: terme d'essai {number}\n",
                                    encoding="utf-8")
                runs.append(timed([self.editor, "check", str(self.site)], self.env, (0, 1)))
                if self.hugo:
                    hugo.append(timed([self.hugo, "--renderToMemory", "--quiet", "--source", str(self.site)], self.env))
        finally:
            shutil.rmtree(glossary.parent, ignore_errors=True)
        if self.hugo:
            self.record("1b check, glossary edited (CPU s)", "check", best(runs, True), "hugo --renderToMemory",
                        best(hugo, True), 3)

    def check_warm(self):
        if not self.cache.is_dir():  # check_cold's last run left both caches filled
            self.cold([self.editor, "check", str(self.site)], (0, 1))
        # Once more first: a measure before this one may have left the setup changed (the glossary
        # edit puts the bundled glossary back, so every pair is checked again once).
        timed([self.editor, "check", str(self.site)], self.env, (0, 1))
        runs, french, lists = [], [], []
        for _ in range(self.repeat):
            runs.append(timed([self.editor, "check", str(self.site)], self.env, (0, 1)))
            # The findings cache keeps each message worded in both languages: French as quick.
            french.append(timed([self.editor, "check", "--lang", "fr", str(self.site)], self.env, (0, 1)))
            lists.append(timed([self.editor, "list", str(self.site)], self.env))
        self.record("2 check, nothing changed (wall s)", "check", best(runs), "list, warm", best(lists), 2)
        self.record("2 check, nothing changed (CPU s)", "check", best(runs, True), "list, warm", best(lists, True), 2)
        self.record("2 check --lang fr, unchanged (CPU s)", "check", best(french, True), "list, warm",
                    best(lists, True), 2)

    def check_changed(self):
        """``check`` after one posting's body is edited, and after one of its front matter fields is:
        only that pair is checked again (and verified against the memory with the pairs it can affect)."""
        if not self.cache.is_dir():
            self.cold([self.editor, "check", str(self.site)], (0, 1))
        timed([self.editor, "check", str(self.site)], self.env, (0, 1))  # nothing left from an earlier change
        files = sorted((self.site / "content" / "en").rglob("positions/*--*.md"))
        path = files[min(100, len(files) - 1)]
        original = path.read_text(encoding="utf-8")
        body, field, lists = [], [], []
        try:
            for number in range(self.repeat):
                edited = original.replace("---\n\n", f"---\n\nOne more sentence for edit {number + 1}. ", 1)
                path.write_text(edited, encoding="utf-8")
                body.append(timed([self.editor, "check", str(self.site)], self.env, (0, 1)))
                flipped = ("archived: false", "archived: true") if "archived: false" in edited else ("archived: true", "archived: false")
                path.write_text(edited.replace(*flipped, 1), encoding="utf-8")
                field.append(timed([self.editor, "check", str(self.site)], self.env, (0, 1)))
                lists.append(timed([self.editor, "list", str(self.site)], self.env))
        finally:
            path.write_text(original, encoding="utf-8")
        for name, runs in (("body", body), ("field", field)):
            self.record(f"2 check, one {name} edited (wall s)", "check", best(runs), "list, warm", best(lists), 2)
            self.record(f"2 check, one {name} edited (CPU s)", "check", best(runs, True), "list, warm", best(lists, True), 2)

    def listing(self):
        cold, warm, hugo = [], [], []
        for _ in range(self.repeat):
            cold.append(self.cold([self.editor, "list", str(self.site)]))
            warm.append(timed([self.editor, "list", str(self.site)], self.env))
            if self.hugo:
                hugo.append(timed([self.hugo, "list", "all", "--source", str(self.site)], self.env))
        if self.hugo:
            self.record("3 list, cold (wall s)", "list", best(cold), "hugo list all", best(hugo), 1.0)
            self.record("3 list, warm (wall s)", "list", best(warm), "hugo list all", best(hugo), 0.6)
            # On a loaded machine wall time follows the load; CPU time beside it (Hugo uses several threads).
            self.record("3 list, cold (CPU s)", "list", best(cold, True), "hugo list all", best(hugo, True), 1.0)
            self.record("3 list, warm (CPU s)", "list", best(warm, True), "hugo list all", best(hugo, True), 0.6)

    def pool(self):
        """Cold ``list`` with the files read by worker processes (the default from 600 files) and
        in the command's own process, CPU and wall time side by side."""
        code = ("import sys; from editor.model.site import index; index.PARALLEL_FROM = int(sys.argv.pop(1)); "
                "from editor.cli.main import main; sys.exit(main(sys.argv[1:]))")
        runs: dict[str, list[tuple[float, float]]] = {"workers": [], "one process": []}
        for _ in range(self.repeat):
            for name, threshold in (("workers", "600"), ("one process", str(10**9))):
                runs[name].append(self.cold([sys.executable, "-c", code, threshold, "list", str(self.site)]))
        for unit, cpu in (("wall s", False), ("CPU s", True)):
            self.record(f"list cold, pool ({unit})", "workers", best(runs["workers"], cpu), "one process",
                        best(runs["one process"], cpu), None)

    def window(self):
        from bench_window import clean_env, first_paint

        real = CORPUS if CORPUS.is_dir() else HERE.parent / "resources" / "sample-site"
        env = dict(clean_env(self.work), POSTING_EDITOR_BENCH_FIRST_PAINT="1", POSTING_EDITOR_CACHE_DIR=str(self.cache))
        first_paint([self.editor, str(real)], env)  # byte-code and disk caches warm, as for the runs below
        first_paint([self.editor, str(self.site)], env)
        big, small = [], []
        for _ in range(self.repeat):
            small.append(first_paint([self.editor, str(real)], env)[0])
            big.append(first_paint([self.editor, str(self.site)], env)[0])
        self.record("4 window first paint (wall s)", "5,000 postings", min(big), f"{real.name}", min(small), 2)

    def render(self):
        files = sorted(str(p) for p in (CORPUS / "content").rglob("positions/*.md") if p.name != "_index.md") if CORPUS.is_dir() else []
        if not files:
            print("The real postings are not here: render not timed.")
            return
        ours, plain = [], []
        for number in range(self.repeat):
            out = self.work / f"render-{number}"
            out.mkdir()
            ours.append(timed([self.editor, "render", *files, "--out", str(out / "ours")], self.env, (0, 1)))
            (out / "plain").mkdir()
            plain.append(timed([sys.executable, "-c", PLAIN_MARKDOWN, str(out / "plain"), *files], self.env))
        self.record(f"5 render {len(files)} real postings (wall s)", "render", best(ours), "markdown-it-py script",
                    best(plain), 1.5)

    def report(self):
        print(f"\n{'target':<38} {'ours':>16} {'reference':>30} {'ratio':>6} {'limit':>6}")
        for target, ours, value, reference, ref_value, limit in self.rows:
            ratio = value / ref_value
            verdict = ("≤ " + str(limit), "met" if ratio <= limit else "NOT met") if limit is not None else ("-", "")
            print(f"{target:<38} {ours + f' {value:.2f}':>16} {reference + f' {ref_value:.2f}':>30} "
                  f"{ratio:>6.2f} {verdict[0]:>6} {verdict[1]}")


MEASURES = ("check_cold", "check_after_glossary_edit", "check_warm", "check_changed", "listing", "pool", "window",
            "render")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--site", help="an already generated site (bench_site.py --keep) instead of a new one")
    parser.add_argument("--only", nargs="+", choices=MEASURES, default=list(MEASURES))
    parser.add_argument("--structural", action="store_true",
                        help="the cold check without grammar, spelling and the checks between languages")
    parser.add_argument("--cache", help="a cache folder filled by an earlier run on the same --site: the run "
                        "starts from a copy of it (left as it is), so the warm measures skip their cold check")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-targets-") as temp:
        work = Path(temp)
        site = Path(args.site) if args.site else work / "site"
        if not args.site:
            generate_site(site, args.postings)
        bench = Bench(work, site, args.repeat, args.structural)
        if args.cache:
            shutil.copytree(args.cache, bench.cache, symlinks=True)
        print(f"{args.postings} postings at {site}; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
        for name in args.only:
            getattr(bench, name)()
        bench.report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
