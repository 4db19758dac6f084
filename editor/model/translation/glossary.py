"""A bilingual glossary per site: term pairs that must correspond between the two languages.

Kept in ``.posting-editor/glossary.yaml`` in the site folder; a site without one starts from the
bundled ``resources/glossary.yaml``. The file::

    terms:
      - en: Treasury Board
        fr: Conseil du Trésor
      - en: [term employment, term position]   # several accepted forms
        fr: [durée déterminée, période déterminée]
        note: optional remark for the translator

Matching ignores case and accents, treats ’ and ' alike, lets words take a plural ending (s, x,
es) and a hyphen stand for a space; a form in capitals (an acronym such as ``GC``) must match
exactly. For the window: ``Glossary.load(site_root)``, ``entries``, ``add``, ``remove``,
``update``, ``save``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from editor.model.findings.worded import Worded
from editor.model.frontmatter.data_files import DataFileError, load_data_file
from editor.model.storage.files import FileChangedError, atomic_write, digest, read_bytes
from editor.model.findings import Finding, Severity
from editor.model.translation.context import PairContext, other_language
from editor.model.translation.glossary_edit import Step, edited
from editor.model.translation.settings import STATE_FOLDER
from editor.model.translation.text import strip_accents
from editor.model.storage.reasons import system_reason

GLOSSARY_FILE = "glossary.yaml"
_HEADER = (
    "# Bilingual glossary of this site: term pairs that must correspond between the English and\n"
    "# French postings. 'en' and 'fr' take one form or a list of accepted forms; 'note' is optional.\n"
)


class GlossaryError(Worded, ValueError):
    """The glossary file cannot be read or written (the message says which and why)."""


def _forms(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    return strip_accents(text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")).casefold()


def _longest_word(form: str) -> str:
    """A piece of text every match of ``form`` contains (its longest word, plural ending removed)."""
    if form.isupper() and len(form) <= 6:
        return form
    longest = max(re.split(r"[\s\-]+", fold(form)), key=len)
    return longest[:-1] if len(longest) > 3 and longest[-1] in "sx" else longest


def _form_pattern(form: str) -> re.Pattern:
    if form.isupper() and len(form) <= 6:
        return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
    parts = []
    for word in re.split(r"[\s\-]+", fold(form)):
        if not word:
            continue
        stem = word[:-1] if len(word) > 3 and word[-1] in "sx" else word
        parts.append(re.escape(stem) + r"(?:s|x|es)?" if stem != word or len(word) > 2 else re.escape(word))
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)")


@dataclass
class GlossaryEntry:
    en: tuple[str, ...]
    fr: tuple[str, ...]
    note: str = ""
    _patterns: dict = field(default_factory=dict, repr=False, compare=False)
    # Fields of the file's own the editor does not use (a source, a date): written back as they were.
    extra: dict = field(default_factory=dict, repr=False, compare=False)

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.en if lang == "en" else self.fr

    def found_in(self, text: str, lang: str, folded: str | None = None) -> bool:
        """True when one of the entry's ``lang`` forms occurs in ``text`` (``folded``: the text
        through :func:`fold`, when the caller tests many entries against one text)."""
        if lang not in self._patterns:
            self._patterns[lang] = [(_form_pattern(f), f.isupper() and len(f) <= 6, _longest_word(f))
                                    for f in self.forms(lang)]
        for pattern, exact, word in self._patterns[lang]:
            if exact:
                if word in text and pattern.search(text):
                    return True
                continue
            folded = folded if folded is not None else fold(text)
            if word in folded and pattern.search(folded):  # the substring test is much cheaper
                return True
        return False

    def as_data(self) -> dict:
        data: dict = {
            "en": self.en[0] if len(self.en) == 1 else list(self.en),
            "fr": self.fr[0] if len(self.fr) == 1 else list(self.fr),
        }
        if self.note:
            data["note"] = self.note
        data.update((key, value) for key, value in self.extra.items() if key not in data)
        return data


@dataclass
class _Unused:
    """What the glossary file holds that is not a term pair the editor can use (an entry not
    finished, another section), kept so that a save writes it back in its place."""

    items: list[tuple[GlossaryEntry | None, object]] = field(default_factory=list)  # (term it came after, item)
    before: dict[int, GlossaryEntry | None] = field(default_factory=dict)  # id(term) -> the term before it
    sections: dict = field(default_factory=dict)  # top-level keys other than "terms"
    digest: str | None = None  # of the file as read: a save refuses when another program changed it since
    # The text as read (or last saved), for a save that rewrites only the lines of what changed.
    text: str | None = None
    bom: bool = False
    mapping: bool = False  # the terms are under "terms" (not the whole file)
    count: int = 0  # items in its sequence of terms
    item_places: list[int] = field(default_factory=list)  # of each of ``items`` in that sequence
    # id(term) -> (its place in the sequence, its state then, the item as read): the terms keep
    # their ids because ``terms`` holds them, so a new term cannot be taken for a removed one.
    places: dict[int, tuple[int, tuple, object]] = field(default_factory=dict)
    terms: list[GlossaryEntry] = field(default_factory=list)


def _state(entry: GlossaryEntry) -> tuple:
    return entry.en, entry.fr, entry.note, dict(entry.extra)


class Glossary:
    def __init__(self, entries: list[GlossaryEntry] | None = None, path: Path | None = None):
        self.entries: list[GlossaryEntry] = list(entries or [])
        self.path = path  # where save() writes
        self._unused = _Unused()

    # ------------------------------------------------------------------ loading and saving
    @classmethod
    def starter_path(cls) -> Path:
        from editor.resources import resource_path

        return resource_path("glossary.yaml")

    @classmethod
    def load(cls, site_root: Path | str | None) -> Glossary:
        """The site's glossary, or the starter one (saved to the site on the first ``save``).

        Raises GlossaryError when the site's file exists but cannot be read."""
        site_path = Path(site_root) / STATE_FOLDER / GLOSSARY_FILE if site_root is not None else None
        # Anything at the name is the site's glossary, a folder, a pipe or a link to a missing file
        # too: it is refused with the reason, never taken for no glossary (the starter's terms).
        if site_path is not None and os.path.lexists(site_path):
            glossary = cls([], site_path)
            glossary._read(site_path)
            return glossary
        glossary = cls([], site_path)
        starter = cls.starter_path()
        if starter.is_file():
            glossary._read(starter)
            glossary._unused.digest = ""  # the site has no file yet: a save must not replace one made meanwhile
        return glossary

    def _read(self, path: Path) -> None:
        try:
            raw = read_bytes(path)
            data = load_data_file(path, kind="yaml")
        except (OSError, DataFileError) as error:
            reason: object = system_reason(error) if isinstance(error, OSError) else error
            raise GlossaryError.said("glossary-cannot-read", path=str(path), reason=reason) from None
        items = data.get("terms", []) if isinstance(data, dict) else data
        unused = _Unused(digest=digest(raw), bom=raw.startswith(b"\xef\xbb\xbf"))
        try:
            unused.text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            unused.text = None
        unused.mapping = isinstance(data, dict)
        if isinstance(data, dict):
            unused.sections = {key: value for key, value in data.items() if key != "terms"}
        if items is None:
            items = []
        if not isinstance(items, list):
            raise GlossaryError.said("glossary-not-list", path=str(path))
        entries: list[GlossaryEntry] = []
        unused.count = len(items)
        for place, item in enumerate(items):
            if isinstance(item, dict):
                en, fr = _forms(item.get("en")), _forms(item.get("fr"))
                if en and fr:
                    extra = {key: value for key, value in item.items() if key not in ("en", "fr", "note")}
                    entry = GlossaryEntry(en, fr, str(item.get("note") or ""), extra=extra)
                    unused.before[id(entry)] = entries[-1] if entries else None
                    unused.places[id(entry)] = (place, _state(entry), item)
                    entries.append(entry)
                    continue
            unused.items.append((entries[-1] if entries else None, item))
            unused.item_places.append(place)
        unused.terms = list(entries)
        self.entries, self._unused = entries, unused

    def save(self, path: Path | str | None = None) -> Path:
        """Write the glossary to ``path`` (the file it was read from by default), changing only the
        lines of the terms added, changed or removed: the rest stays byte for byte (see glossary_edit)."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise GlossaryError.said("glossary-no-file")
        placed = self._placed()
        text, reads_as = self._edited(placed)
        if text is None:
            # The file cannot be changed line by line (no file yet, a flow sequence, entries moved,
            # every term removed, a result that would not read back the same): written whole.
            reads_as = self._terms(placed)
            text = _HEADER + yaml.safe_dump({"terms": reads_as, **self._unused.sections}, allow_unicode=True,
                                             sort_keys=False, width=100)
            self._unused.mapping = True
        elif self._unused.bom:
            text = "\ufeff" + text
        expected = self._unused.digest if target == self.path else None
        try:
            if target.parent.name == STATE_FOLDER:  # the site's glossary: a link there never leads out of the site
                from editor.model.storage.confine import check_inside_root

                check_inside_root(target, target.parent.parent)
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, text.encode("utf-8"), expected_digest=expected)
        except FileChangedError:
            raise GlossaryError.said("glossary-changed-meanwhile", path=str(target)) from None
        except OSError as error:
            raise GlossaryError.said("glossary-cannot-save", path=str(target), reason=system_reason(error)) from None
        self._unused.digest = digest(text.encode("utf-8"))
        self._saved(text, placed, reads_as)
        self.path = target
        return target

    def _terms(self, placed: list[GlossaryEntry | int] | None = None) -> list:
        """The entries in their order, each item of the file the editor does not use after the term it
        came after (or the closest one before it that is still there). ``placed``: :meth:`_placed`'s
        answer when the caller has it already."""
        return [entry.as_data() if isinstance(entry, GlossaryEntry) else self._unused.items[entry][1]
                for entry in (self._placed() if placed is None else placed)]

    def _placed(self) -> list[GlossaryEntry | int]:
        """What :meth:`_terms` writes, in its order: a term, or the number of an unused item."""
        present = {id(entry) for entry in self.entries}
        after: dict[int | None, list[GlossaryEntry | int]] = {}
        for number, (anchor, _item) in enumerate(self._unused.items):
            while anchor is not None and id(anchor) not in present:
                anchor = self._unused.before.get(id(anchor))
            after.setdefault(None if anchor is None else id(anchor), []).append(number)
        placed = list(after.get(None, []))
        for entry in self.entries:
            placed.append(entry)
            placed += after.get(id(entry), [])
        return placed

    def _edited(self, placed: list[GlossaryEntry | int]) -> tuple[str | None, list]:
        """The text as read with only the lines of the terms added, changed or removed rewritten (None
        when that cannot be done), and the items it reads back as."""
        unused = self._unused
        steps, reads_as = [], []
        for entry in placed:
            if isinstance(entry, int):
                steps.append(Step(unused.item_places[entry], None))
                reads_as.append(unused.items[entry][1])
                continue
            place, state, item = unused.places.get(id(entry), (None, None, None))
            if place is not None and state == _state(entry):
                steps.append(Step(place, None))
                reads_as.append(item)
            else:
                data = entry.as_data()
                if isinstance(item, dict):  # its keys in the order the file had them
                    data = {**{key: data[key] for key in item if key in data}, **data}
                steps.append(Step(place, data))
                reads_as.append(data)
        if unused.text is None or not placed:
            return None, reads_as
        whole = {**unused.sections, "terms": reads_as} if unused.mapping else reads_as
        return edited(unused.text, steps, unused.count, whole), reads_as

    def _saved(self, text: str, placed: list[GlossaryEntry | int], reads_as: list) -> None:
        """Take ``text`` as the file as read (``reads_as``: its items): the next save edits it."""
        unused = self._unused
        unused.text, unused.bom, unused.count = text.removeprefix("\ufeff"), text.startswith("\ufeff"), len(placed)
        unused.places, unused.terms = {}, list(self.entries)
        for place, (entry, item) in enumerate(zip(placed, reads_as)):
            if isinstance(entry, int):
                unused.item_places[entry] = place
            else:
                unused.places[id(entry)] = (place, _state(entry), item)

    # ------------------------------------------------------------------------------ editing
    def add(self, en: str | list[str], fr: str | list[str], note: str = "") -> GlossaryEntry:
        """Add a pair (each side a form or a list of forms); ValueError when a side is empty."""
        entry = GlossaryEntry(_forms(en), _forms(fr), note.strip())
        if not entry.en or not entry.fr:
            raise GlossaryError.said("glossary-entry-forms")
        self.entries.append(entry)
        return entry

    def remove(self, entry: GlossaryEntry) -> None:
        self.entries = [e for e in self.entries if e is not entry]

    def update(self, entry: GlossaryEntry, *, en: str | list[str] | None = None, fr: str | list[str] | None = None,
               note: str | None = None) -> None:
        if en is not None:
            entry.en = _forms(en) or entry.en
        if fr is not None:
            entry.fr = _forms(fr) or entry.fr
        if note is not None:
            entry.note = note.strip()
        entry._patterns.clear()

    def lookup(self, text: str, lang: str) -> list[GlossaryEntry]:
        """Entries with a ``lang`` form in ``text`` (for a window's "terms in this block" list)."""
        return [entry for entry in self.entries if entry.found_in(text, lang)]


def check_glossary(ctx: PairContext, glossary: Glossary) -> list[Finding]:
    """A term of the source whose glossary counterpart is nowhere in the translation.

    One way only, as translation QA tools do: a translation may well name the organisation where
    the source says "we", and the source's author is not the one to act on it."""
    found = []
    texts = {lang: [(b, b.plain, fold(b.plain)) for b in ctx.side(lang).all_blocks() if b.kind not in ("code", "html")]
             for lang in ("en", "fr")}
    whole = {lang: ("\n".join(t[1] for t in texts[lang]), "\n".join(t[2] for t in texts[lang])) for lang in ("en", "fr")}
    for entry in glossary.entries:
        present = {lang: entry.found_in(whole[lang][0], lang, whole[lang][1]) for lang in ("en", "fr")}
        for lang in (ctx.source,):
            other = other_language(lang)
            if not present[lang] or present[other]:
                continue
            blocks = [b for b, text, folded in texts[lang] if entry.found_in(text, lang, folded)]
            # A term only in paragraphs missing from the translation: that paragraph is the problem.
            block = next((b for b in blocks if ctx.partners(lang, b)), None)
            if block is None:
                continue
            wanted = " / ".join(f"“{f}”" for f in entry.forms(other))
            found.append(ctx.finding(
                other, ctx.place_in(other, block), Severity.WARNING, "glossary-term-missing",
                lang=lang, other_lang=other, term=entry.forms(lang)[0], where=ctx.side(lang).describe(block),
                wanted=wanted, note=entry.note or "",
            ))
    return found
