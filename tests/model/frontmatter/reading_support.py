"""Sites with hostile files for the reading tests: postings written here, never real ones."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SAMPLE_SITE = REPO / "resources" / "sample-site"
POSITIONS = Path("content") / "{lang}" / "careers" / "positions"

BROKEN_DATE = """\
---
layout: job-posting
type: section
title: 'Night Auditor'
description: >-
  Checks the books overnight.
date: 2023-02-30
archived: false
translationKey: night-auditor
leverId: 5d3c1a2b-0000-4000-8000-00000000a001
---

## About the role

Counting.
"""


def copy_site(dest: Path) -> Path:
    shutil.copytree(SAMPLE_SITE, dest, ignore=shutil.ignore_patterns("public", "resources", ".hugo_build.lock"))
    return dest


def folder(site: Path, lang: str) -> Path:
    return site / str(POSITIONS).format(lang=lang)


def sample_file(site: Path, lang: str, prefix: str) -> Path:
    [path] = folder(site, lang).glob(f"{prefix}*--*.md")
    return path


def make_unreadable(monkeypatch, *paths: Path) -> None:
    """Reading ``paths`` fails with EACCES, as for a file of another user (works as root too)."""
    import editor.model.storage.files as files

    blocked = {str(Path(p)) for p in paths}
    real = files.read_bytes

    def read_bytes(path, limit=files.MAX_FILE_BYTES, *, known=None):
        if str(Path(path)) in blocked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, limit, known=known)

    for module in ("editor.model.storage.files", "editor.model.frontmatter.posting", "editor.model.site.index", "editor.model.site.export_write"):
        monkeypatch.setattr(f"{module}.read_bytes", read_bytes)


def make_unsearchable(monkeypatch, folder: Path) -> None:
    """``folder`` behaves as a folder of mode 000 of another user (works as root too): it cannot
    be listed, and nothing in it can be looked at (stat fails with EACCES)."""
    import os

    inside = str(Path(folder).resolve()) + os.sep

    def denied(path, *, itself: bool) -> bool:
        if not isinstance(path, (str, os.PathLike)):
            return False  # a file descriptor
        name = os.path.abspath(os.fsdecode(path))
        return name.startswith(inside) or (itself and name + os.sep == inside)

    def refusing(real, itself: bool):
        def call(path=".", *args, **kwargs):
            if denied(path, itself=itself):
                raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
            return real(path, *args, **kwargs)
        return call

    for name, itself in (("stat", False), ("lstat", False), ("scandir", True), ("listdir", True)):
        monkeypatch.setattr(os, name, refusing(getattr(os, name), itself))
