"""Settling a pair's conflicts: shared fields that differ between its files, and a key used twice.

``pair_conflicts`` lists what is wrong with one key (the same facts ``check_pairs`` reports); the
other functions change postings in memory with the usual minimal edit and return them, and
``save_postings`` writes them, refusing when any of them changed on disk since it was read. The
command line (``posting-editor resolve``) and the window both go through here.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.model.findings.catalogue import say
from editor.model.findings.worded import Worded
from editor.model.storage.files import Change, FileChangedError, write_files
from editor.model.site.index import SHARED_FIELDS, PairEntry, SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES
from editor.model.storage.files import resolved

LANGUAGE_NAMES = {"en": "English", "fr": "French"}


class ConflictError(Worded, ValueError):
    """The resolution cannot be applied as asked (the message says why and what to do)."""


@dataclass(frozen=True)
class FieldConflict:
    """A shared field whose value is not the same in every readable file of the key."""

    field: str
    values: tuple[tuple[Posting, bool, Any], ...]  # each readable file: (posting, field present, value)

    def value_of(self, lang: str) -> tuple[bool, Any]:
        """(present, value) that ``lang``'s files hold; ConflictError when they disagree among themselves."""
        mine = [(present, value) for posting, present, value in self.values if posting.language == lang]
        if not mine:
            raise ConflictError.said("conflict-no-readable", lang=lang, name=self.field)
        if len({repr(item) for item in mine}) > 1:
            raise ConflictError.said("conflict-among-themselves", lang=lang, name=self.field)
        return mine[0]


@dataclass(frozen=True)
class DuplicateKey:
    """Several files of one language use the key; all but one must go or get another key."""

    lang: str
    postings: tuple[Posting, ...]


def pair_conflicts(entry: PairEntry) -> list[FieldConflict | DuplicateKey]:
    """Duplicates first (they decide which files the field values come from), then fields."""
    found: list[FieldConflict | DuplicateKey] = [DuplicateKey(lang, tuple(entry.postings(lang)))
                                                 for lang in LANGUAGES if len(entry.postings(lang)) > 1]
    readable = [posting for posting in entry.all_postings() if posting.valid]
    for name in entry.disagreements():
        values = tuple((posting, name in posting.data, posting.get(name)) for posting in readable)
        found.append(FieldConflict(name, values))
    return found


def shown_value(present: bool, value: Any, lang: str = "en") -> str:
    """A value as the files would show it: ``true``, ``'text'`` (« text » in French), or ``(not set)`` (in ``lang``)."""
    if not present:
        return say("value-not-set", lang)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return say("value-empty", lang)
    return say("value-text", lang, text=value) if isinstance(value, str) else str(value)  # « text » in French


def _readable(entry: PairEntry) -> list[Posting]:
    broken = [p for p in entry.all_postings() if not p.valid]
    if broken:
        names = ", ".join(p.path.name for p in broken if p.path is not None)
        raise ConflictError.said("conflict-unreadable", files=names)
    return entry.all_postings()


def take_field(entry: PairEntry, field: str, lang: str) -> list[Posting]:
    """Give every file of the key the value ``lang``'s file has for ``field``; returns those changed."""
    if field not in SHARED_FIELDS:
        raise ConflictError.said("not-shared-field", name=field, shared=", ".join(SHARED_FIELDS))
    if field == "translationKey":
        raise ConflictError.said("conflict-key-per-file")
    postings = _readable(entry)
    conflict = next((c for c in pair_conflicts(entry) if isinstance(c, FieldConflict) and c.field == field), None)
    if conflict is None:
        raise ConflictError.said("conflict-already-agree", key=entry.key, name=field)
    present, value = conflict.value_of(lang)
    changed = []
    for posting in postings:
        if present:
            if field in posting.data and posting.get(field) == value and type(posting.get(field)) is type(value):
                continue
            posting.set(field, value)
        elif field in posting.data:
            posting.remove(field)
        changed.append(posting)
    return changed


def _duplicate(entry: PairEntry, path: Path | str) -> Posting:
    # The file of that name, a link itself when it is one: an old name kept as a link to the pair's
    # posting resolves to that posting, which settling the old name must never change or delete.
    target = _named(path)
    for lang in LANGUAGES:
        for posting in entry.postings(lang):
            if posting.path is not None and _named(posting.path) == target:
                if len(entry.postings(lang)) < 2:
                    raise ConflictError.said("conflict-only-file", path=posting.path.name, lang=lang, key=entry.key)
                return posting
    raise ConflictError.said("conflict-not-a-file-of", path=str(path), key=entry.key)


def _named(path: Path | str) -> Path:
    """``path`` with its folders' links resolved but not its own name's."""
    path = Path(os.path.abspath(path))
    return resolved(path.parent) / path.name


def _refuse_one_file(entry: PairEntry, posting: Posting, *, deleting: bool = False) -> None:
    """ConflictError when another file of the key is ``posting``'s file under another name (one a
    symbolic link to the other): a new key or ``archived`` written through either changes both, and
    deleting the file a link leads to leaves the link empty. Only deleting the link settles them."""
    for other in entry.all_postings():
        if other is posting or other.path is None or resolved(other.path) != resolved(posting.file_path):
            continue
        link = posting.file_path if posting.file_path.is_symlink() else other.path
        if deleting and link == posting.file_path:
            continue  # the link goes, the file it leads to stays
        raise ConflictError.said("conflict-same-file", link=link.name, target=resolved(link).name, key=entry.key)


def check_new_key(index: SiteIndex, posting: Posting, new_key: str) -> str:
    """``new_key`` stripped; ConflictError when empty, unchanged, or already used in the file's language."""
    new_key = (new_key or "").strip()
    if not new_key:
        raise ConflictError.said("empty-new-key")
    if new_key == str(posting.get("translationKey")):
        raise ConflictError.said("already-has-key", path=posting.file_path.name, key=new_key)
    taken = index.pair_for_key(new_key)
    if taken is not None and taken.postings(posting.file_language):
        other = taken.postings(posting.file_language)[0].file_path.name
        raise ConflictError.said("key-used-by", key=new_key, lang=posting.file_language, path=other)
    return new_key


def check_key_free(index: SiteIndex, new_key: str, files: list[Path]) -> None:
    """ConflictError when another file of ``new_key`` is in the language of one of ``files`` (the
    files about to be given that key): each language may have one file per key. One of ``files``
    having it already is no conflict (a pair given its own key again)."""
    key = str(new_key).strip()
    taken = index.pair_for_key(key)
    if taken is None:
        return
    ours = {resolved(path) for path in files}
    for path in files:
        lang = index.site.language_of(path)
        for other in taken.postings(lang) if lang is not None else []:
            if resolved(other.file_path) not in ours:
                raise ConflictError.said("key-used-by", key=key, lang=lang, path=other.file_path.name)


def suggest_key(index: SiteIndex, entry: PairEntry, path: Path | str) -> str:
    """A key for an extra copy: the old key and the copy's own leverId (so the old English and French
    copies of one posting, which share a leverId, pair up again), else ``-archived``, made unique."""
    posting = _duplicate(entry, path)
    lever = posting.get("leverId")
    others = [p.get("leverId") for p in entry.postings(posting.file_language) if p is not posting]
    stem = entry.key
    if isinstance(lever, str) and re.fullmatch(r"[A-Za-z0-9-]+", lever) and lever not in others:
        stem = f"{entry.key}-{lever.split('-')[0]}"
    else:
        stem = f"{entry.key}-archived"
    candidate, number = stem, 2
    while True:
        taken = index.pair_for_key(candidate)
        if taken is None or not taken.postings(posting.file_language):
            return candidate
        candidate, number = f"{stem}-{number}", number + 1


def rekey_duplicate(index: SiteIndex, entry: PairEntry, path: Path | str, new_key: str) -> Posting:
    """The extra copy ``path`` with a translationKey of its own (it then forms its own pair), to save.

    A copy of the index's posting is edited: the window keeps its index, and a save that fails must
    leave it as the disk is (else trying again is refused, the index's posting having the key)."""
    posting = _duplicate(entry, path)
    _refuse_one_file(entry, posting)
    _readable(PairEntry(entry.key, {posting.file_language: [posting]}))
    key = check_new_key(index, posting, new_key)
    edited = posting.saved_version()
    edited.set("translationKey", key)
    return edited


def archive_duplicate(index: SiteIndex, entry: PairEntry, path: Path | str, new_key: str | None = None) -> Posting:
    """The extra copy ``path`` archived under a key of its own (``new_key``, else ``suggest_key``), to
    save: an archived copy keeping the key would still make the key used twice."""
    key = new_key if new_key is not None else suggest_key(index, entry, path)
    edited = rekey_duplicate(index, entry, path, key)
    edited.set("archived", True)
    return edited


def delete_duplicate(entry: PairEntry, path: Path | str) -> Path:
    """Delete the extra copy ``path`` from disk (the caller asked the user first)."""
    posting = _duplicate(entry, path)
    _refuse_one_file(entry, posting, deleting=True)
    if posting.disk_changed():
        raise FileChangedError.said("changed-before-delete", path=str(posting.path))
    # Under the file's lock, against what was read: a save landing just after the look above stays too.
    write_files([Change(posting.file_path, None, posting.summary().digest)])
    return posting.file_path


def save_postings(postings: list[Posting]) -> list[Path]:
    """Write the modified ones as one change (all or none, under each file's lock), refusing when any
    changed on disk since it was read; returns the paths written."""
    from editor.model.frontmatter.posting import save_postings as save_together

    modified = [posting for posting in postings if posting.modified]
    save_together(modified)
    return [posting.file_path for posting in modified]
