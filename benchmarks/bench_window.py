#!/usr/bin/env python3
"""Figures for the editor window, with ReText (a Qt Markdown editor) started the same way for comparison.

1. Launch to first painted window: ``posting-editor FILE`` and ReText on the same 10 KB posting,
   each as a fresh process (offscreen Qt platform, byte-code caches warm, runs interleaved), timed
   from spawning the process to the line the process prints right after its first paint.
2. Resident memory of ``posting-editor`` at its first paint on a generated 300-posting site.
3. Keystroke to preview on the 10 KB posting, in this process: how long each keystroke keeps the
   GUI thread busy, and how long until the preview shows the typed character.

ReText is a benchmark-only dependency, installed into its own virtual environment
(``--retext-venv``, default /tmp/retext-venv; created with pip on first use).

Usage: python benchmarks/bench_window.py [--runs N] [--keys N] [--no-retext]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SAMPLE_EN = "content/en/careers/positions/product-manager--3a2f11bd-e6f1-4460-b7fc-e13ff4d49120.md"
TEN_KB = 10 * 1024


# --------------------------------------------------------------------------- fixtures
def make_site(workdir: Path) -> tuple[Path, Path]:
    """A copy of the sample site whose product-manager posting is grown to about 10 KB."""
    site = workdir / "site"
    shutil.copytree(REPO / "resources" / "sample-site", site)
    posting = site / SAMPLE_EN
    text = posting.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    sections, number = [body], 1
    while len(head) + sum(len(s) for s in sections) < TEN_KB:
        number += 1
        sections.append(f"\n## Team {number}\n\n" + body.split("## About the role", 1)[-1])
    posting.write_text(head + "\n---\n" + "".join(sections), encoding="utf-8")
    return site, posting


def make_big_site(workdir: Path, postings: int = 300) -> Path:
    """A Hugo site with ``postings`` files (half English, half French), from the sample's texts."""
    site = workdir / "big-site"
    shutil.copytree(REPO / "resources" / "sample-site", site, ignore=shutil.ignore_patterns("*.md"))
    sample = REPO / "resources" / "sample-site"
    en_text = (sample / SAMPLE_EN).read_text(encoding="utf-8")
    fr_text = next((sample / "content/fr/careers/positions").glob("gestionnaire-de-produit--*.md")).read_text(encoding="utf-8")
    for number in range(postings // 2):
        lever = str(uuid.UUID(int=number + 1))
        for lang, text, slug in (("en", en_text, "product-manager"), ("fr", fr_text, "gestionnaire-de-produit")):
            folder = site / "content" / lang / "careers" / "positions"
            folder.mkdir(parents=True, exist_ok=True)
            body = (text.replace("3a2f11bd-e6f1-4460-b7fc-e13ff4d49120", lever)
                    .replace("translationKey: product-manager", f"translationKey: product-manager-{number}"))
            (folder / f"{slug}-{number}--{lever}.md").write_text(body, encoding="utf-8")
    return site


# ------------------------------------------------------------------------ processes
def clean_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run with byte-code caches
    env["QT_QPA_PLATFORM"] = env.get("BENCH_QT_QPA_PLATFORM", "offscreen")
    env["HOME"] = str(workdir / "home")  # neither program reads the user's own settings
    env["XDG_CONFIG_HOME"] = str(workdir / "home" / ".config")
    env["XDG_DATA_HOME"] = str(workdir / "home" / ".local" / "share")
    env["POSTING_EDITOR_SETTINGS_FILE"] = str(workdir / "settings.ini")
    env["POSTING_EDITOR_RECOVERY_DIR"] = str(workdir / "recovery")
    return env


def first_paint(command: list[str], env: dict[str, str], timeout: float = 60) -> tuple[float, int]:
    """Seconds from spawn to the process's 'first-paint' line, and its RSS then (KB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in process.stdout:
            if line.startswith("first-paint"):
                elapsed = time.perf_counter() - started
                rss = int(line.split()[3])
                process.wait(timeout=timeout)
                return elapsed, rss
        raise RuntimeError(f"{command[0]} exited ({process.wait()}) without painting a window")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def retext_python(venv: Path) -> Path | None:
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"Creating {venv} with ReText (benchmark-only)...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", "retext"])
        if result.returncode:
            return None
    check = subprocess.run([str(python), "-c", "import ReText, PyQt6"], capture_output=True)
    return python if check.returncode == 0 else None


# ------------------------------------------------------------------------- in-process
def keystroke_latency(workdir: Path, file: Path, keys: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window, guard_none_refcount
    from editor.ui.settings import Settings

    guard_none_refcount()  # as posting-editor does at start-up
    app = QApplication.instance() or QApplication([])
    window = create_main_window(file, settings=Settings(workdir / "latency.ini"), recovery_dir=workdir / "recovery")
    window.resize(1280, 800)
    window.show()
    editor = window.pair_editor.columns["en"].body
    preview = window.pair_editor.columns["en"].preview
    pump(app, lambda: "About us" in preview.html_source())
    # Every stretch of GUI-thread work (key handling, putting the HTML into the preview,
    # showing problems) is timed as one event-loop iteration, with this timer.
    pair_editor = window.pair_editor
    applied: list[float] = []
    original_show = pair_editor._show_preview

    def timed_show(lang: str, html: str) -> None:
        timer = QElapsedTimer()
        timer.start()
        original_show(lang, html)
        applied.append(timer.nsecsElapsed() / 1e6)

    pair_editor.renderer.rendered.disconnect(original_show)
    pair_editor.renderer.rendered.connect(timed_show)

    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    handling, latency = [], []
    for number in range(keys):
        marker = f"zq{number}x"
        # Type a unique token so the preview shows exactly when this keystroke reached it.
        editor.insertPlainText(" " + marker[:-1])
        pump(app, pair_editor.renderer.is_idle)
        started = time.perf_counter()
        QTest.keyClick(editor, marker[-1])
        handling.append((time.perf_counter() - started) * 1000)
        pump(app, lambda marker=marker: marker in preview.html_source())
        latency.append((time.perf_counter() - started) * 1000)
    burst = typing_burst(app, editor, preview, QTest, Qt)
    window.manager.close_pair()
    window.close()
    return {"handling": handling, "latency": latency, "apply": applied, "burst": burst}


def pump(app, done, timeout: float = 5.0) -> None:
    """Run the event loop until ``done()``, sleeping a little between passes."""
    deadline = time.perf_counter() + timeout
    app.processEvents()
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("timed out waiting for the window")
        time.sleep(0.0002)
        app.processEvents()


def typing_burst(app, editor, preview, qtest, qt) -> list[float]:
    """Type 60 characters at 12 per second (a fast typist) and time the longest event-loop stall."""
    from PySide6.QtCore import QElapsedTimer

    stalls: list[float] = []
    timer = QElapsedTimer()
    end = time.perf_counter() + 5
    next_key = time.perf_counter()
    typed = 0
    while time.perf_counter() < end or typed < 60:
        timer.start()
        if time.perf_counter() >= next_key and typed < 60:
            qtest.keyClick(editor, "abcdefghij"[typed % 10])
            typed += 1
            next_key += 1 / 12
        app.processEvents()
        stalls.append(timer.nsecsElapsed() / 1e6)
        time.sleep(0.001)
    return stalls


# --------------------------------------------------------------------------- report
def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms (n={len(ordered)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="launches of each program (after one warm-up)")
    parser.add_argument("--keys", type=int, default=40, help="keystrokes for the latency figure")
    parser.add_argument("--retext-venv", type=Path, default=Path("/tmp/retext-venv"))
    parser.add_argument("--no-retext", action="store_true")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bench-window-"))
    try:
        site, file = make_site(workdir)
        big = make_big_site(workdir)
        env = clean_env(workdir)
        ours = [str(Path(sys.executable).with_name("posting-editor")), str(file)]
        if not Path(ours[0]).exists():
            ours = [sys.executable, "-m", "editor.cli", str(file)]
        env_ours = dict(env, POSTING_EDITOR_BENCH_FIRST_PAINT="1")
        commands = {"posting-editor": (ours, env_ours)}
        if not args.no_retext:
            python = retext_python(args.retext_venv)
            if python is None:
                print("ReText could not be installed; comparing nothing.")
            else:
                commands["ReText"] = ([str(python), str(REPO / "benchmarks" / "retext_first_paint.py"), str(file)], env)
        print(f"Posting: {file.stat().st_size} bytes; platform {env['QT_QPA_PLATFORM']}; "
              f"{args.runs} launches each after a warm-up, interleaved; {os.cpu_count()} CPUs.")
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[int]] = {name: [] for name in commands}
        for command, command_env in commands.values():
            first_paint(command, command_env)  # writes byte-code caches, warms the disk cache
        for _ in range(args.runs):
            for name, (command, command_env) in commands.items():
                elapsed, kb = first_paint(command, command_env)
                times[name].append(elapsed)
                rss[name].append(kb)
        print("\nLaunch to first painted window (10 KB posting):")
        for name in commands:
            ordered = sorted(times[name])
            print(f"  {name:15s} median {statistics.median(ordered):.2f} s  (min {ordered[0]:.2f}, "
                  f"max {ordered[-1]:.2f});  RSS {statistics.median(rss[name]) / 1024:.0f} MB")
        big_times, big_rss = [], []
        for _ in range(3):
            elapsed, kb = first_paint([ours[0], str(big)] if ours[0].endswith("posting-editor")
                                      else [*ours[:-1], str(big)], env_ours)
            big_times.append(elapsed)
            big_rss.append(kb)
        print(f"\nposting-editor on a 300-posting site: first paint {statistics.median(big_times):.2f} s, "
              f"RSS {statistics.median(big_rss) / 1024:.0f} MB (target < 150 MB)")

        figures = keystroke_latency(workdir, file, args.keys)
        print("\nKeystroke on the 10 KB posting (in process):")
        print(f"  GUI thread busy per keystroke:      {summary(figures['handling'])}")
        print(f"  keystroke to preview showing it:    {summary(figures['latency'])}  (target 150 ms)")
        print(f"  putting new HTML into the preview:  {summary(figures['apply'])}")
        print(f"  event-loop stalls while typing 12 characters/s: {summary(figures['burst'])}  (target 16 ms)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
