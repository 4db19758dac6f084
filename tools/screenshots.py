#!/usr/bin/env python3
"""Write the README's pictures of the window to docs/ (1366×768, the commonest laptop screen; offscreen).

* ``window-en.png`` / ``window-fr.png``: a pair of the sample site, English then French interface;
* ``problems-en.png`` / ``problems-fr.png``: the sample site's conflict pair (archived in one language only) whose English
  body also skips a heading level, with the problems panel and the underlines;
* ``raw-mode-fr.png``: a French file whose front matter is broken, open in raw-text mode;
* ``aligned-en.png``: a pair whose English source changed after the French translation was saved
  (the outdated notice), the cursor in an English block and its French match highlighted, and a
  section only the English text has marked in the gutter (previews hidden to show more text);
* ``export-en.png`` / ``export-fr.png``: File ▸ Export to Site… previewing an update of that posting in a website kept
  in git, with the diff of the changed file.

Works on a scratch copy of resources/sample-site; builds the .qm translations first.

Usage: python tools/screenshots.py [OUTPUT_DIR]   (default: docs/)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SIZE = (1366, 768)


def pump(app, done=lambda: True, at_least: float = 0.3, timeout: float = 10.0) -> None:
    started = time.perf_counter()
    while time.perf_counter() - started < at_least or not done():
        if time.perf_counter() - started > timeout:
            raise RuntimeError("the window did not settle")
        app.processEvents()
        time.sleep(0.005)


def outdated_pair(site: Path) -> None:
    """Record the product manager's French translation as saved, then change its English source:
    a new title, a reworded sentence and a section the French text does not have yet."""
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site
    from editor.model.translation.status import record_translation_saved

    opened = Site.open(site)
    record_translation_saved(opened, SiteIndex.build(opened).pair_for_key("product-manager"), translated="fr")
    english = next((site / "content/en/careers/positions").glob("product-manager--*.md"))
    text = english.read_text(encoding="utf-8")
    text = text.replace("title: 'Product Manager'", "title: 'Senior Product Manager'", 1)
    text = text.replace("takes days of reading", "takes whole days of reading", 1)
    text = text.rstrip("\n") + "\n\n## Benefits\n\n- Four weeks of paid leave from the start\n" \
        "- A defined-benefit pension plan\n"
    english.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Works on a scratch copy of resources/sample-site; builds the .qm "
                                            "translations first.")
    parser.add_argument("output", nargs="?", type=Path, default=REPO / "docs", metavar="OUTPUT_DIR",
                        help="where the pictures go (default: docs/)")
    output = parser.parse_args(argv).output
    output.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, str(REPO / "tools" / "build_translations.py")], check=True,
                   stdout=subprocess.DEVNULL)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window, guard_none_refcount
    from editor.ui import i18n
    from editor.ui.settings import Settings

    guard_none_refcount()
    work = Path(tempfile.mkdtemp(prefix="screenshots-"))
    try:
        site = work / "site"
        shutil.copytree(REPO / "resources" / "sample-site", site)
        positions = site / "content"
        conflict_en = next((positions / "en/careers/positions").glob("accessibility-specialist--*.md"))
        conflict_en.write_text(conflict_en.read_text(encoding="utf-8").replace(
            "## What you’ll do", "#### What you’ll do", 1), encoding="utf-8")
        broken_fr = next((positions / "fr/careers/positions").glob("analyste-de-données--*.md"))
        broken_fr.write_text(broken_fr.read_text(encoding="utf-8").replace(
            "archived: false", "archived: [false", 1), encoding="utf-8")
        website = work / "website"
        shutil.copytree(REPO / "resources" / "sample-site", website)
        for command in (["init", "-q", "-b", "main"], ["config", "user.name", "Site Maintainer"],
                        ["config", "user.email", "maintainer@example.org"], ["add", "-A"],
                        ["commit", "-q", "-m", "The site"]):
            subprocess.run(["git", "-C", str(website), *command], check=True)

        app = QApplication.instance() or QApplication([])
        app.setApplicationName("posting-editor")
        i18n.install_translator(app, "en")
        window = create_main_window(site, settings=Settings(work / "settings.ini"),
                                    recovery_dir=work / "recovery")
        window.resize(*SIZE)
        window.show()

        def settle() -> None:
            editor = window.pair_editor
            pump(app, lambda: editor.renderer.is_idle() and window.checker.is_idle(), at_least=0.6)

        def save(image, path: Path) -> None:
            image = image.convertToFormat(QImage.Format.Format_RGB32)
            # The picture's own 256 commonest colours keep an interface sharp and true to its
            # colours at a quarter of the size (these files live in git).
            data = image.constBits().tobytes()
            counts = Counter(data[i:i + 4] for i in range(0, len(data), 4))
            table = [int.from_bytes(pixel, "little") | 0xFF000000 for pixel, _ in counts.most_common(256)]
            image = image.convertToFormat(QImage.Format.Format_Indexed8, table,
                                          Qt.ImageConversionFlag.ThresholdDither)
            image.save(str(path), "PNG", 9)
            print(path)

        def shoot(name: str) -> None:
            settle()
            save(window.grab().toImage(), output / name)

        window.select_pair("product-manager")
        shoot("window-en.png")
        window.set_interface_language("fr")
        shoot("window-fr.png")
        window.select_pair("data-analyst")
        window.pair_editor.columns["fr"].raw.setFocus()
        shoot("raw-mode-fr.png")
        window.set_interface_language("en")
        window.select_pair("accessibility-specialist")
        settle()
        # Go to the heading problem the way a user would (F8 until it is selected).
        for _ in window.problems.problems():
            window.problems.go_to(1)
            if window.problems.tree.currentItem().text(4) == "heading-skip":
                break
        shoot("problems-en.png")
        window.set_interface_language("fr")
        shoot("problems-fr.png")
        window.set_interface_language("en")

        outdated_pair(site)
        window.site.rebuild()
        window.select_pair("product-manager")
        pump(app, lambda: window.translator.watcher.runner.is_idle(), at_least=0.3)
        settle()
        # Without the previews the two bodies are wide enough to show both sections at once.
        window.app_actions["toggle_preview"].setChecked(False)
        english = window.pair_editor.columns["en"].body
        english.setFocus()
        lines = english.toPlainText().splitlines()
        english.go_to_line(lines.index("## How to apply") + 3)
        english.verticalScrollBar().setValue(english.document().findBlockByNumber(
            lines.index("## Nice to have")).firstLineNumber())
        pump(app, lambda: window.pair_editor.aligned.is_idle(), at_least=0.6)
        shoot("aligned-en.png")
        window.app_actions["toggle_preview"].setChecked(True)

        dialog = window.handoff.show_export()
        dialog.resize(1180, 720)
        dialog.set_target(website)
        dialog.request_plan(now=True)
        pump(app, lambda: not dialog.is_busy() and dialog.outcome() is not None, at_least=0.6)
        changed = dialog.preview.findItems("EN  ", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
        dialog.preview.setCurrentItem(next(i for i in changed if i.parent().text(0).startswith("Changed")))
        pump(app, at_least=0.3)
        save(dialog.grab().toImage(), output / "export-en.png")
        dialog.close()
        # The French picture from a dialog opened in French, as a French user sees it.
        window.set_interface_language("fr")
        dialog = window.handoff.show_export()
        dialog.resize(1180, 720)
        dialog.set_target(website)
        dialog.request_plan(now=True)
        pump(app, lambda: not dialog.is_busy() and dialog.outcome() is not None, at_least=0.6)
        changed = dialog.preview.findItems("EN  ", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
        if changed:
            dialog.preview.setCurrentItem(changed[-1])
        pump(app, at_least=0.3)
        save(dialog.grab().toImage(), output / "export-fr.png")
        window.set_interface_language("en")
        dialog.close()
        window.manager.close_pair()
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
