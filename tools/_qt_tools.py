"""Locating the Qt command-line tools that PySide6 installs next to Python."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "en")


def qt_tool(name: str) -> str:
    """Path of ``pyside6-<name>`` (e.g. ``lupdate``), preferring this interpreter's venv.

    PySide6-Essentials installs ``pyside6-lupdate`` and ``pyside6-lrelease``
    as console scripts beside the interpreter, so the venv that runs this
    script is searched before PATH.
    """
    exe = f"pyside6-{name}" + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).with_name(exe)
    if beside.exists():
        return str(beside)
    found = shutil.which(exe)
    if found:
        return found
    raise SystemExit(f"{exe} not found: install PySide6-Essentials in this environment")
