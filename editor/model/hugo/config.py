"""Where a site keeps each language's postings: Hugo configuration, or a writer's plain folder."""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from operator import itemgetter
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Any

from editor.model.findings.worded import Worded
from editor.model.frontmatter.data_files import DataFileError, load_data_file
from editor.model.storage.files import file_kind, read_bytes, resolved
from editor.model.storage.reasons import system_reason

LANGUAGES = ("en", "fr")
_CONFIG_NAMES = ("hugo", "config")
_CONFIG_EXTENSIONS = (".yaml", ".yml", ".toml", ".json")
_ROOT_FILE_ORDER = (".toml", ".yaml", ".yml", ".json")  # Hugo's order of looking
_ROOT_FILES = tuple(f"{name}{ext}" for name in _CONFIG_NAMES for ext in _ROOT_FILE_ORDER)
_DEFAULT_FILES = tuple(sorted(f"{name}{ext}" for name in _CONFIG_NAMES for ext in _CONFIG_EXTENSIONS))


class SiteError(Worded, ValueError):
    """The folder is not a site or drafts folder the editor can work with."""


# A folder that is a site whose configuration, or a folder of which, cannot be read.
_SITE_UNREADABLE = frozenset({"site-config-unreadable", "site-folder-unreadable"})


def _postings_place(root: Path, file: Path) -> bool:
    """Whether ``file`` is where a site at ``root`` keeps its postings without a configuration."""
    return any(file.is_relative_to(root / folder) for folder in ("content", *LANGUAGES))


@dataclass
class Site:
    root: Path
    content_dirs: dict[str, Path]  # language code -> content folder
    config: dict = field(default_factory=dict)
    # A plain folder holding postings of either language side by side (a lone posting's folder):
    # each file's language comes from its name (``x.fr.md``) or its text.
    loose: bool = False
    # file -> ((mtime, size), language) of the loose files read so far
    _languages: dict[str, tuple[tuple[int, int], str]] = field(default_factory=dict, repr=False, compare=False)

    def setting(self, *keys: str) -> Any:
        """A value of the site's Hugo configuration by its keys (``"markup", "goldmark", "renderer",
        "unsafe"``: Hugo reads them in any case); None when the configuration does not set it."""
        value: Any = self.config
        for key in keys:
            if not isinstance(value, dict):
                return None
            value = value.get(key.lower())
        return value

    @classmethod
    def open(cls, path: Path | str) -> Site:
        return cls._open(resolved(Path(path).expanduser()), path)  # resolve() raises for a loop of links

    @classmethod
    def _open(cls, root: Path, path: Path | str) -> Site:
        """``open(path)`` for its folder ``root``, resolved already."""
        try:
            if not root.is_dir():
                if file_kind(root) == "link-loop":  # not "no such folder": the links themselves are the fault
                    raise SiteError.said("site-folder-unreadable", path=str(path),
                                         reason=system_reason(OSError(errno.ELOOP, os.strerror(errno.ELOOP))))
                raise SiteError.said("not-a-folder" if root.exists() else "no-such-folder", path=str(path))
            config = read_hugo_config(root)
            dirs = _content_dirs_from_config(root, config)
            if dirs:
                _refuse_overlap(root, dirs, path)
                return cls(root, dirs, config)
            for base in (root / "content", root):
                candidate = {lang: base / lang for lang in LANGUAGES}
                if any(folder.is_dir() for folder in candidate.values()):
                    return cls(root, candidate, config)
        except OSError as error:
            # A folder that may not be searched (no x permission): whether it holds a configuration
            # or content folders cannot be known, so it is not taken for a site without them.
            # Only looks (stat) fail here, at a file or folder in a folder that may not be searched.
            # A name the system refuses to look at (too long) is the fault of the name given, not its folder's.
            folder = Path(error.filename).parent if error.filename and error.errno != errno.ENAMETOOLONG else Path(path)
            raise SiteError.said("site-folder-unreadable", path=str(folder), reason=system_reason(error)) from None
        raise SiteError.said("not-a-site", path=str(path))

    @classmethod
    def containing(cls, file: Path | str) -> Site | None:
        """The site a posting file belongs to, by walking up from it; None when there is none.

        A Hugo site's ``content/`` folder has ``en/`` and ``fr/`` in it and so looks like a drafts
        folder; the configured Hugo site around it, when there is one, is the site (its config is
        what rendering options, page addresses and the export need).

        SiteError when the site around the file cannot be read (its configuration broken or not
        readable): the file is then neither in no site nor in the drafts-like ``content/`` folder,
        whose pairs, addresses and options would be wrong. A folder counts as the file's site when
        the file sits where that site's postings are without a configuration (``content/`` or a
        language folder): a broken ``config.toml`` of another program higher up is passed by."""
        file = resolved(file)
        nearest = None
        for folder in file.parents:  # resolved, as the file is
            try:
                site = cls._open(folder, folder)
            except SiteError as error:
                if error.key in _SITE_UNREADABLE and _postings_place(folder, file):
                    raise SiteError.said("site-around-unreadable", path=str(file), site=str(folder), reason=error) from None
                continue
            if site.language_of(file) is None:
                continue
            if site.config:
                return site
            nearest = nearest or site
        return nearest

    @classmethod
    def loose_folder(cls, folder: Path | str) -> Site:
        """The folder of a posting that is in no site, read as one holding both languages."""
        root = Path(folder).expanduser().resolve()
        if not root.is_dir():
            raise SiteError.said("not-a-folder" if root.exists() else "no-such-folder", path=str(folder))
        return cls(root, {lang: root for lang in LANGUAGES}, {}, loose=True)

    def language_of(self, file: Path) -> str | None:
        file = resolved(file)
        if self.loose:
            return self._loose_language(file) if file.parent == self.root else None
        for lang, folder in self.content_dirs.items():
            if file.is_relative_to(folder.resolve()):
                return lang
        return None

    def _loose_language(self, file: Path) -> str:
        suffix = file.name.lower().removesuffix(".md").rsplit(".", 1)
        if len(suffix) == 2 and suffix[1] in LANGUAGES:
            return suffix[1]
        try:
            stat = file.stat()
            known = self._languages.get(str(file))
            if known is not None and known[0] == (stat.st_mtime_ns, stat.st_size):
                return known[1]
            text = read_bytes(file, 200_000).decode("utf-8", errors="replace")
        except OSError:
            return "en"
        from editor.model.translation.text import guess_language

        lang = guess_language(text, minimum_words=20) or "en"
        self._languages[str(file)] = ((stat.st_mtime_ns, stat.st_size), lang)
        return lang

    def markdown_files(self, lang: str, unreadable: list[OSError] | None = None) -> list[Path]:
        """The Markdown files of ``lang`` (section pages aside). Folders that cannot be listed are
        added to ``unreadable`` when given: the postings in them are unknown, not absent."""
        if self.loose:
            names = sorted(p for p in self.root.glob("*.md") if p.name != "_index.md" and p.is_file())
            return [path for path in names if self._loose_language(path) == lang]
        folder = self.content_dirs.get(lang)
        try:
            if folder is None or not folder.is_dir():
                if unreadable is not None and folder is not None and file_kind(folder) == "link-loop":
                    # is_dir() says False for a loop of links: not an empty folder, one whose postings are unknown.
                    unreadable.append(OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(folder)))
                return []
        except OSError as error:  # a folder above it may not be searched: its postings are unknown
            if unreadable is None:
                raise
            unreadable.append(error)
            return []
        found: list[tuple[str, Path, str]] = []  # (path, its folder, its name)
        # os.walk is several times faster than Path.rglob on sites with thousands of files.
        for current, dirs, files in os.walk(folder, onerror=None if unreadable is None else unreadable.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            if unreadable is not None:
                # os.walk does not follow a linked folder: its postings would silently go missing,
                # and a pair would look one-sided. Said instead; nothing is ever written through it.
                for name in [d for d in dirs if os.path.islink(os.path.join(current, d))]:
                    dirs.remove(name)
                    link = os.path.join(current, name)
                    unreadable.append(OSError(errno.ELOOP, "a symbolic link to a folder (its postings are not read, "
                                                           f"and nothing is written there): {os.path.realpath(link)}", link))
            postings = [name for name in files if name.endswith(".md") and name != "_index.md"]
            if postings:
                # Each path made from its folder's Path: half the cost of parsing each whole path
                # again, for the thousands of files of a site's postings folder.
                parent = Path(current)
                found.extend((os.path.join(current, name), parent, name) for name in postings)
        found.sort(key=itemgetter(0))
        return [parent / name for _, parent, name in found]

    def relative(self, path: Path) -> str:
        text, root = str(path), str(self.root) + os.sep
        if text.startswith(root):  # indexed paths are absolute under the resolved root
            return text[len(root) :]
        try:
            return str(resolved(path).relative_to(self.root))
        except ValueError:
            return text


def read_hugo_config(root: Path) -> dict:
    """The site's Hugo configuration merged the way Hugo layers it (root file, then config/_default)."""
    merged: dict = {}
    # In the site's folder Hugo reads one file, the first of hugo.toml, hugo.yaml, hugo.yml, hugo.json,
    # config.toml... (a config.yaml left beside a new hugo.toml is not read); in config/_default, every
    # one, a hugo.* file over a config.* one (Hugo 0.111, tests/model/site/test_index.py).
    # Looked for as strings: Site.containing asks every folder above a posting, and making a Path of
    # each of the sixteen names took most of the time it spent.
    base = os.fspath(root)
    first = next((name for name in _ROOT_FILES if _is_file(os.path.join(base, name))), None)
    files = [root / first] if first is not None else []
    default = os.path.join(base, "config", "_default")
    has_default = _is_dir(default)
    if has_default:
        files += [Path(default, name) for name in _DEFAULT_FILES if _is_file(os.path.join(default, name))]
    for path in files:
        _merge(merged, _lower_keys(_read_config_file(path)))
    if has_default:
        for path in sorted(Path(default).iterdir()):
            if path.suffix in _CONFIG_EXTENSIONS and path.stem not in _CONFIG_NAMES:
                _merge(merged, {path.stem.lower(): _lower_keys(_read_config_file(path))})
    return merged


# What Path.is_file() and is_dir() take for "no": anything else (a folder that may not be searched) is raised.
_NOT_THERE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _is_file(path: str) -> bool:
    """``Path(path).is_file()`` without making a Path."""
    return _has_mode(path, stat.S_ISREG)


def _is_dir(path: str) -> bool:
    """``Path(path).is_dir()`` without making a Path."""
    return _has_mode(path, stat.S_ISDIR)


def _has_mode(path: str, test: Callable[[int], bool]) -> bool:
    try:
        return bool(test(os.stat(path).st_mode))
    except OSError as error:
        if error.errno in _NOT_THERE:
            return False
        raise
    except ValueError:  # a name Path.is_file() also answers False for (a NUL in it)
        return False


def _read_config_file(path: Path) -> dict:
    try:
        data = load_data_file(path)
    except (OSError, DataFileError) as error:
        reason: object = system_reason(error) if isinstance(error, OSError) else error
        raise SiteError.said("site-config-unreadable", path=str(path), reason=reason) from None
    return data if isinstance(data, dict) else {}


def _lower_keys(data: Any) -> Any:
    # Hugo's configuration keys are case-insensitive (contentDir == contentdir).
    if isinstance(data, dict):
        return {str(key).lower(): _lower_keys(value) for key, value in data.items()}
    return data


def _merge(into: dict, other: dict) -> None:
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _content_dirs_from_config(root: Path, config: dict) -> dict[str, Path]:
    languages = config.get("languages")
    if not isinstance(languages, dict):
        return {}
    base = config.get("contentdir", "content")
    found: dict[str, Path] = {}
    for name, settings in languages.items():
        lang = str(name).lower().split("-")[0].split("_")[0]
        if lang not in LANGUAGES or lang in found:
            continue
        settings = settings if isinstance(settings, dict) else {}
        content = settings.get("contentdir")
        if content:
            # As written, not resolved: a content folder that is a link elsewhere must stay visible
            # as such (see confine.check_inside).
            found[lang] = Path(os.path.normpath(root / str(content)))
    if found and not all(lang in found for lang in LANGUAGES):
        # One language configured, the other left to the default folder layout.
        for lang in LANGUAGES:
            found.setdefault(lang, Path(os.path.normpath(root / str(base) / lang)))
    return found


def _refuse_overlap(root: Path, dirs: dict[str, Path], path: Path | str) -> None:
    """SiteError when one language's content folder is the other's or inside it (a languages block
    copied with its contentDir unchanged): every file would be a posting of both languages, and new
    ones of one language written into the other's folder."""
    en, fr = (Path(os.path.realpath(dirs[lang])) for lang in LANGUAGES)
    if en == fr or en.is_relative_to(fr) or fr.is_relative_to(en):
        shown = {lang: os.path.relpath(dirs[lang], root) for lang in LANGUAGES}
        raise SiteError.said("content-dirs-overlap", path=str(path), en=shown["en"], fr=shown["fr"])


def postings_folder(site: Site, lang: str, posting_paths: list[Path]) -> Path:
    """Where new postings of ``lang`` go: where most existing ones are, else mirror the other language."""
    mine = Counter(path.parent for path in posting_paths if site.language_of(path) == lang)
    if mine:
        return mine.most_common(1)[0][0]
    for other in LANGUAGES:
        theirs = Counter(path.parent for path in posting_paths if site.language_of(path) == other)
        if theirs and other in site.content_dirs and lang in site.content_dirs:
            relative = theirs.most_common(1)[0][0].relative_to(site.content_dirs[other])
            return site.content_dirs[lang] / relative
    return site.content_dirs[lang]
