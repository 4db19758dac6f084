"""Where the top-level ``resources/`` folder is: in a checkout, in an installed package, in a frozen app.

Pure Python (no Qt) so that ``editor.model`` may use it too.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

ENV_VAR = "POSTING_EDITOR_RESOURCES"


def resources_dir() -> Path:
    """Return the folder holding templates, stylesheets, icons and translations.

    Order: the ``POSTING_EDITOR_RESOURCES`` environment variable (lets tests and
    packagers point elsewhere), then PyInstaller's unpack folder
    (``sys._MEIPASS/resources``), then ``<repo>/resources`` next to the package
    (a checkout or an editable install), then the copy a wheel installs as the
    ``editor.data`` package (pyproject.toml maps resources/ there).
    Computed on each call: it is cheap and reading the environment late keeps
    tests that change it honest.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parents[1] / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(files("editor") / "data"))


def resource_path(*parts: str) -> Path:
    """Return ``resources_dir()`` joined with ``parts`` (the file need not exist)."""
    return resources_dir().joinpath(*parts)
