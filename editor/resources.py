"""Where the top-level ``resources/`` folder is: in a checkout, in an installed package, in a frozen app.

Pure Python (no Qt) so that ``editor.model`` may use it too.
"""

from __future__ import annotations

import functools
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
    Computed on each call: reading the environment late keeps tests that change it
    honest. Only where this module's own file really is (its links resolved) is
    kept: resolving it took a system call per folder of the path on every look-up
    (40 µs, 14 now), and the window looks up icons, styles and templates often.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = _package_parent() / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(files("editor") / "data"))


@functools.cache
def _package_parent() -> Path:
    """The folder holding the ``editor`` package (a module's file does not move while it runs)."""
    return Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path:
    """Return ``resources_dir()`` joined with ``parts`` (the file need not exist)."""
    return resources_dir().joinpath(*parts)
