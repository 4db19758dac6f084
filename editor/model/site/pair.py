"""A linked pair being edited: shared fields once for both files, the rest per language."""

from __future__ import annotations

from typing import Any

from editor.model.findings.worded import Worded
from editor.model.storage.files import FileChangedError
from editor.model.site.index import PairEntry, shared_disagreements
from editor.model.frontmatter.posting import Posting, save_postings
from editor.model.hugo.config import LANGUAGES


class PairConflictError(Worded, ValueError):
    """The pair cannot be edited as one: several files of a language, or shared fields that disagree."""


class PostingPair:
    def __init__(self, key: str, en: Posting | None, fr: Posting | None):
        self.key = key
        self._postings = {"en": en, "fr": fr}

    @classmethod
    def from_entry(cls, entry: PairEntry) -> PostingPair:
        """The editable pair of an index row; refuses rows with two files in one language."""
        for lang in LANGUAGES:
            if len(entry.postings(lang)) > 1:
                names = ", ".join(p.path.name for p in entry.postings(lang) if p.path)
                raise PairConflictError.said("pair-several-files", lang=lang, key=entry.key, files=names)
        return cls(entry.key, entry.first("en"), entry.first("fr"))

    def posting(self, lang: str) -> Posting | None:
        return self._postings[lang]

    def set_posting(self, lang: str, posting: Posting | None) -> None:
        self._postings[lang] = posting

    def present(self) -> list[Posting]:
        return [p for p in self._postings.values() if p is not None]

    def shared(self, name: str) -> Any:
        """The value both files agree on; the English one when they disagree (see disagreements)."""
        for posting in self.present():
            if posting.valid and name in posting.data:
                return posting.get(name)
        return None

    def disagreements(self) -> list[str]:
        return shared_disagreements(self.present())

    def set_shared(self, name: str, value: Any) -> None:
        """Write a shared field to every file of the pair (validating all before changing any)."""
        readable = [p for p in self.present() if p.valid]
        if len(readable) != len(self.present()):
            raise PairConflictError.said("pair-unreadable-file")
        # Each file may refuse the value (a key written twice, a value its format cannot hold): tried on
        # a copy of every file first, so a refusal never leaves one file changed to be saved alone.
        for posting in readable[1:]:
            Posting(posting.to_bytes(), posting.path, posting.language).set(name, value)
        for posting in readable:
            posting.set(name, value)

    @property
    def modified(self) -> bool:
        return any(p.modified for p in self.present())

    def save(self, *, force: bool = False) -> list[Posting]:
        """Save the modified files; checks every file for outside changes before writing any."""
        to_save = [p for p in self.present() if p.modified]
        if not force:
            changed = [p for p in to_save if p.disk_changed()]
            if changed:
                raise FileChangedError.said("files-changed-on-disk", files=", ".join(str(p.path) for p in changed))
        save_postings(to_save, force=force)
        return to_save
