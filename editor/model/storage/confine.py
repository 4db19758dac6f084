"""Where the editor may write: only inside the site's content folder of the file's language.

A symbolic link at a posting's name, or a postings folder that is a link to elsewhere, would
otherwise have ``new``, ``translate``, ``set`` or an export write outside the site while printing
a path that looks like it is inside. Every writer asks :func:`check_inside` first.
"""

from __future__ import annotations

import errno
import os
from typing import Any
from pathlib import Path

from editor.model.findings.catalogue import say
from editor.model.findings.worded import Worded
from editor.model.hugo.config import LANGUAGES, Site, SiteError


class OutsideSiteError(Worded, PermissionError):
    """The file would be written outside the site's content folder; the message says where and why."""

    def __init__(self, path: Path, message: str):
        super().__init__(errno.EACCES, message, str(path))
        self.message = message

    @classmethod
    def at(cls, path: Path, key: str, /, **params: Any) -> OutsideSiteError:
        """The refusal to write ``path``, worded by the table's ``key``."""
        error = cls(path, say(key, "en", **params))
        error.key, error.params = key, params
        return error

    def __str__(self) -> str:
        return self.message


def check_inside(path: Path | str, site: Site | None = None) -> None:
    """Refuse (OutsideSiteError) when writing ``path`` would land outside its site's content folder.

    The site is the one the path is in as written (links not followed) unless given; a path in no
    site (a lone posting file) is not confined. Links inside the content folder are fine."""
    lexical = Path(os.path.abspath(path))
    if site is None:
        site = _site_of(lexical)
        if site is None:
            return
    lang = _language_of(site, lexical)
    if lang is None:
        raise OutsideSiteError.at(lexical, "outside-content", path=str(lexical),
                                  folders=", ".join(str(folder) for folder in site.content_dirs.values()))
    root = Path(os.path.realpath(site.root))
    folder = Path(os.path.realpath(site.content_dirs[lang]))
    if not folder.is_relative_to(root):
        # The configuration's contentDir may name a folder outside the site itself, or a link lead there.
        configured = not Path(os.path.abspath(site.content_dirs[lang])).is_relative_to(os.path.abspath(site.root))
        raise OutsideSiteError.at(lexical, "outside-content-folder-configured" if configured else "outside-content-folder-link",
                                  lang=lang, path=str(site.content_dirs[lang]), real=str(folder), root=str(root))
    real = Path(os.path.realpath(lexical))
    if not real.is_relative_to(folder):
        raise OutsideSiteError.at(lexical, "outside-by-link", path=str(lexical), real=str(real), lang=lang,
                                  folder=str(folder))


def _site_of(lexical: Path) -> Site | None:
    """The nearest site whose content folder holds ``lexical`` as written; a configured Hugo site wins."""
    nearest = None
    for folder in lexical.parents:
        try:
            site = Site.open(folder)
        except (SiteError, OSError):
            continue
        if _language_of(site, lexical, base=folder) is None:
            continue
        if site.config:
            return site
        nearest = nearest or site
    return nearest


def _language_of(site: Site, lexical: Path, base: Path | None = None) -> str | None:
    """The language whose content folder holds ``lexical``, comparing paths as written below the site's root."""
    base = base if base is not None else _written_root(site, lexical)
    for lang in LANGUAGES:
        content = site.content_dirs.get(lang)
        if content is None:
            continue
        try:
            inside = Path(content).relative_to(site.root)
        except ValueError:
            inside = None
        if inside is not None and lexical.is_relative_to(base / inside):
            return lang
        if lexical.is_relative_to(content):
            return lang
    return None


def _written_root(site: Site, lexical: Path) -> Path:
    """The folder above ``lexical`` that is the site's root (site.root is resolved; the path may not be)."""
    for folder in lexical.parents:
        if folder == site.root or os.path.realpath(folder) == str(site.root):
            return folder
    return site.root


def inside_root(path: Path | str, root: Path | str) -> bool:
    """Whether ``path``, links followed, stays inside the site folder ``root`` (for the site's own
    files under ``.posting-editor/``, which no content folder holds: templates, dictionary)."""
    return Path(os.path.realpath(path)).is_relative_to(Path(os.path.realpath(root)))


def check_inside_root(path: Path | str, root: Path | str) -> None:
    """Refuse (OutsideSiteError) to write ``path`` when a link takes it out of the site at ``root``."""
    if not inside_root(path, root):
        raise OutsideSiteError.at(Path(path), "outside-site-by-link", path=str(path), real=os.path.realpath(path),
                                  root=str(root))
