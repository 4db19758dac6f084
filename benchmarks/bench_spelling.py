#!/usr/bin/env python3
"""Figures for spell checking: the engines compared, the cost per posting, typing in the window.

1. Engines, on the bundled dictionaries (resources/dictionaries/): load time, lookup time per
   word, suggestion time and quality (is the intended word first / among the first three, on a
   fixed list of real-life misspellings). Compared: Hunspell through chunspell (the one used),
   the one-slip suggestions the CLI shows (dictionaries.Speller.quick_suggestions), and spylls
   (pure-Python Hunspell; a benchmark-only comparison: ``pip install spylls`` to include it, run
   in a subprocess with a time limit because its French load takes minutes).
2. Checking one 10 KB posting (model, cold and warm caches).
3. The window on a 10 KB posting with spelling on: event-loop stalls while typing 12 characters a
   second (target: none over 16 ms) and the time from the last keystroke to the underline.
4. With ``--corpus SITE``: ``posting-editor check`` on that site with and without spelling, and
   the most frequent flagged words per language (for judging precision).

Usage: python benchmarks/bench_spelling.py [--corpus SITE] [--spylls-timeout S] [--no-window]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# (misspelling, intended word): typical slips in postings, English then French.
CASES = {
    "en": [("recieve", "receive"), ("seperate", "separate"), ("acommodate", "accommodate"),
           ("continous", "continuous"), ("accordian", "accordion"), ("behavior", "behaviour"),
           ("center", "centre"), ("organisation", "organization"), ("managment", "management"),
           ("enviroment", "environment"), ("goverment", "government"), ("experiance", "experience"),
           ("knowlege", "knowledge"), ("responsabilities", "responsibilities"), ("begining", "beginning")],
    "fr": [("Coordonateur", "Coordonnateur"), ("evenement", "événement"), ("equipe", "équipe"),
           ("gestionaire", "gestionnaire"), ("developpement", "développement"), ("experience", "expérience"),
           ("recevoire", "recevoir"), ("oeuvre", "œuvre"), ("connaissance", "connaissance"),
           ("fonctionaire", "fonctionnaire"), ("responsabilitée", "responsabilité"), ("programation", "programmation"),
           ("comunication", "communication"), ("personel", "personnel"), ("addresse", "adresse")],
}
LOOKUP_WORDS = {
    "en": "the team will build digital services with colour centre behaviour stakeholders partners accessible".split(),
    "fr": "l’équipe conçoit des services numériques accessibles avec les partenaires gouvernementaux".split(),
}


def _quality(suggest, cases) -> tuple[float, int, int]:
    first = top3 = 0
    started = time.perf_counter()
    for wrong, right in cases:
        found = list(suggest(wrong))
        first += bool(found) and found[0] == right
        top3 += right in found[:3]
    return (time.perf_counter() - started) / len(cases) * 1000, first, top3


def bench_hunspell(lang: str) -> dict:
    from editor.model.language.dictionaries import Speller

    started = time.perf_counter()
    speller = Speller(lang)
    load = time.perf_counter() - started
    handle = speller._handle  # uncached: the engine's own speed
    words = LOOKUP_WORDS[lang] * 50
    started = time.perf_counter()
    for word in words:
        handle.spell(word)
    lookup = (time.perf_counter() - started) / len(words) * 1e6
    cases = [c for c in CASES[lang] if c[0] != c[1]]
    full = _quality(lambda w: handle.suggest(w), cases)
    quick = _quality(speller.quick_suggestions, cases)
    return {"load_ms": load * 1000, "lookup_us": lookup, "full": full, "quick": quick, "cases": len(cases)}


_SPYLLS = r"""
import json, sys, time
from spylls.hunspell import Dictionary
lang, base, words, cases = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
t = time.perf_counter(); d = Dictionary.from_files(base); load = time.perf_counter() - t
t = time.perf_counter()
for w in words: d.lookup(w)
lookup = (time.perf_counter() - t) / len(words) * 1e6
t = time.perf_counter(); first = top3 = 0
for wrong, right in cases:
    found = list(d.suggest(wrong))
    first += bool(found) and found[0] == right; top3 += right in found[:3]
print(json.dumps({"load_ms": load * 1000, "lookup_us": lookup,
                  "full": [(time.perf_counter() - t) / len(cases) * 1000, first, top3]}))
"""


def bench_spylls(lang: str, timeout: float) -> dict | str:
    try:
        import spylls  # noqa: F401
    except ImportError:
        return "not installed (pip install spylls to compare)"
    base = REPO / "resources" / "dictionaries" / {"en": "en_CA", "fr": "fr"}[lang]
    args = [sys.executable, "-c", _SPYLLS, lang, str(base), json.dumps(LOOKUP_WORDS[lang] * 5), json.dumps(CASES[lang])]
    try:
        result = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"did not load within {timeout:.0f} s"
    if result.returncode:
        return "failed: " + result.stderr.strip().splitlines()[-1]
    return json.loads(result.stdout)


def print_engines(timeout: float) -> None:
    print("1. Engines (bundled en_CA and French dictionaries)")
    for lang in ("en", "fr"):
        hun = bench_hunspell(lang)
        n = hun["cases"]
        print(f"  [{lang}] Hunspell (chunspell): load {hun['load_ms']:.0f} ms, lookup {hun['lookup_us']:.1f} µs/word")
        print(f"       Hunspell suggestions: {hun['full'][0]:.0f} ms/word, intended word first {hun['full'][1]}/{n}, "
              f"in first three {hun['full'][2]}/{n}")
        print(f"       one-slip suggestions (check's messages): {hun['quick'][0]:.1f} ms/word, "
              f"first {hun['quick'][1]}/{n}, in first three {hun['quick'][2]}/{n}")
        spylls = bench_spylls(lang, timeout)
        if isinstance(spylls, str):
            print(f"       spylls: {spylls}")
        else:
            print(f"       spylls: load {spylls['load_ms']:.0f} ms, lookup {spylls['lookup_us']:.1f} µs/word, "
                  f"suggestions {spylls['full'][0]:.0f} ms/word, first {spylls['full'][1]}/{n}, "
                  f"in first three {spylls['full'][2]}/{n}")


def ten_kb_posting(workdir: Path) -> tuple[Path, Path]:
    from benchmarks.bench_window import make_site

    return make_site(workdir)


def print_posting(file: Path) -> None:
    from editor.model.language import spelling
    from editor.model.frontmatter.posting import Posting

    posting = Posting.load(file)
    spelling._verdicts.clear()
    started = time.perf_counter()
    spelling.check_spelling(posting, "p.md", "en")
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(5):
        spelling.misspellings(posting.body + " ", "en")  # a changed text, as after a keystroke
    warm = (time.perf_counter() - started) / 5
    print(f"2. One {len(posting.text()) // 1024} KB posting: check_spelling {cold * 1000:.0f} ms with cold caches "
          f"(dictionary loaded), misspellings() {warm * 1000:.1f} ms once words are known (worker thread)")


def print_window(workdir: Path, file: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_window import pump, summary, typing_burst
    from editor.app import create_main_window, guard_none_refcount
    from editor.ui.settings import Settings

    guard_none_refcount()
    app = QApplication.instance() or QApplication([])
    window = create_main_window(file, settings=Settings(workdir / "s.ini"), recovery_dir=workdir / "recovery")
    window.resize(1280, 800)
    window.show()
    editor = window.pair_editor.columns["en"].body
    underliner = next(u for u in window.spelling.service.underliners if u.widget is editor)
    pump(app, lambda: underliner._shown_text is not None, timeout=30)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    preview = window.pair_editor.columns["en"].preview
    # The same burst without spelling first: what the rest of the window costs on this machine now.
    window.spelling.service.enabled = False
    stalls_off = typing_burst(app, editor, preview, QTest, Qt)
    window.spelling.service.enabled = True
    shown: list[float] = []
    original_show = underliner.show

    def timed_show(underlines, text):  # the GUI thread's share of the spelling work
        started = time.perf_counter()
        original_show(underlines, text)
        shown.append((time.perf_counter() - started) * 1000)

    underliner.show = timed_show
    stalls = typing_burst(app, editor, preview, QTest, Qt)
    delays = []
    for number in range(5):
        QTest.keyClicks(editor, f" wrd{'abcde'[number]}q")
        started = time.perf_counter()
        pump(app, lambda n=number: any(u.word == f"wrd{'abcde'[n]}q" for u in underliner.underlines), timeout=10)
        delays.append((time.perf_counter() - started) * 1000)
    print("3. Window, 10 KB posting, spelling on")
    print(f"  event-loop stalls while typing 12 characters/s: {summary(stalls)}  (target 16 ms)")
    print(f"  the same with spelling off:                     {summary(stalls_off)}")
    print(f"  GUI-thread time to show a check's underlines:   {summary(shown) if shown else 'none shown'}")
    print(f"  last keystroke to underline: {summary(delays)}  (pause of {250} ms included)")
    window.manager.close_pair()
    window.close()


def print_corpus(site: Path) -> None:
    from editor.model.site.index import SiteIndex
    from editor.model.language.site_dictionary import SiteDictionary
    from editor.model.language.spelling import misspellings
    from editor.model.hugo.config import Site

    script = Path(sys.executable).with_name("posting-editor")
    times = {}
    for label, extra in (("without spelling", ["--no-spelling"]), ("with spelling", [])):
        started = time.perf_counter()
        subprocess.run([str(script), "check", *extra, str(site)], capture_output=True, timeout=900)
        times[label] = time.perf_counter() - started
    print(f"4. posting-editor check {site}: " + ", ".join(f"{k} {v:.1f} s" for k, v in times.items()))
    index = SiteIndex.build(Site.open(site))
    words = SiteDictionary.load(site)
    counts = {"en": collections.Counter(), "fr": collections.Counter()}
    files = collections.Counter()
    for entry in index.pairs:
        for posting in entry.all_postings():
            if not posting.valid or posting.language not in counts:
                continue
            files[posting.language] += 1
            texts = [(posting.body, True)] + [(posting.get(n), False) for n in ("title", "description")
                                              if isinstance(posting.get(n), str)]
            for text, markdown in texts:
                for miss in misspellings(text, posting.language, site=words, markdown=markdown):
                    counts[posting.language][miss.word] += 1
    for lang, counter in counts.items():
        print(f"  [{lang}] {files[lang]} postings: {sum(counter.values())} flagged words, {len(counter)} distinct; "
              "most frequent:")
        print("    " + ", ".join(f"{word} {count}" for word, count in counter.most_common(40)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a Hugo site to check (e.g. the real postings)")
    parser.add_argument("--spylls-timeout", type=float, default=60)
    parser.add_argument("--no-window", action="store_true")
    args = parser.parse_args(argv)
    print_engines(args.spylls_timeout)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        _site, file = ten_kb_posting(workdir)
        print_posting(file)
        if not args.no_window:
            print_window(workdir, file)
    if args.corpus:
        print_corpus(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
