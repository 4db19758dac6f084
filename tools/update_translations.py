#!/usr/bin/env python3
"""Extract translatable strings into resources/translations/posting_editor_<lang>.ts.

Runs ``pyside6-lupdate`` over ``editor/ui/*.py`` and ``editor/app.py``. Existing
translations are kept; strings no longer in the code are marked vanished, not
deleted (pass ``--no-obsolete`` to drop them). The English file only carries
plural forms (``%n``): English text is the source language.

Usage: python tools/update_translations.py [--no-obsolete]
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from _qt_tools import LANGUAGES, REPO, TRANSLATIONS, qt_tool


def sources() -> list[str]:
    files = sorted((REPO / "editor" / "ui").glob("*.py"))
    app = REPO / "editor" / "app.py"
    if app.exists():
        files.append(app)
    return [str(path.relative_to(REPO)) for path in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop strings that are no longer in the code")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate = qt_tool("lupdate")
    for language in LANGUAGES:
        target = TRANSLATIONS / f"posting_editor_{language}.ts"
        command = [lupdate, *sources(), "-locations", "relative",
                   "-source-language", "en_CA",
                   "-target-language", f"{language}_CA",
                   "-ts", str(target.relative_to(REPO))]
        if language == "en":
            command.insert(-2, "-pluralonly")
        if args.no_obsolete:
            command.insert(-2, "-no-obsolete")
        result = subprocess.run(command, cwd=REPO)
        if result.returncode:
            return result.returncode
    # The compiled .qm files are committed beside their sources: keep them in step.
    import build_translations

    return build_translations.main([])


if __name__ == "__main__":
    sys.exit(main())
