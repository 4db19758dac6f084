"""Where the top-level ``resources/`` folder is, in a checkout and in a frozen app.

Pure Python (no Qt) so that ``editor.model`` may use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "POSTING_EDITOR_RESOURCES"


def resources_dir() -> Path:
    """Return the folder holding templates, stylesheets, icons and translations.

    Order: the ``POSTING_EDITOR_RESOURCES`` environment variable (lets tests and
    packagers point elsewhere), then PyInstaller's unpack folder
    (``sys._MEIPASS/resources``), then ``<repo>/resources`` next to the package.
    Computed on each call: it is cheap and reading the environment late keeps
    tests that change it honest.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """Return ``resources_dir()`` joined with ``parts`` (the file need not exist)."""
    return resources_dir().joinpath(*parts)
