"""What an export will do, file by file: the plan :func:`export.plan_export` makes, that
:func:`export_write.apply_export` writes, and that the command line and the export dialog show.

An :class:`ExportItem` is one posting file: where it goes in the site, what it will hold, what
it holds now and notes on it as data (worded in the reader's language by ``notes(lang)``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.findings import Finding
from editor.model.findings.catalogue import say
from editor.model.findings.worded import Worded
from editor.model.storage.files import resolved

NEW, UPDATE, RENAME, UNCHANGED = "new", "update", "rename", "unchanged"


class ExportError(Worded, ValueError):
    """The export cannot be planned or written as asked; the message says why and what to do."""


@dataclass
class ExportItem:
    """One posting file of the export: where it goes in the site and what it will hold."""

    key: str
    lang: str
    title: str
    source: Path
    target: Path
    action: str  # NEW, UPDATE, RENAME or UNCHANGED
    content: bytes  # what the target file will hold
    previous: bytes | None = None  # what the site's file holds now (None for a new file)
    old_path: Path | None = None  # the site's file before a rename (removed by the export)
    alias: str | None = None  # the old address added to aliases
    # Notes on the file as (kind, values), worded by notes(lang) or by an interface in its own words:
    # ("kept-fields", {"fields"}), ("file-name-kept", {"name"}), ("address-changed", {"old", "new"}),
    # ("written-earlier", {}).
    note_parts: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    written: bool = False  # already on disk from an export that did not get to commit: only commit it

    @property
    def changed(self) -> bool:
        return self.action != UNCHANGED

    def notes(self, lang: str = "en") -> list[str]:
        """The notes on this file, in ``lang``, for the command line."""
        return [say(f"export-note-{kind}", lang, **values) for kind, values in self.note_parts]

    def paths(self) -> list[Path]:
        """Every file this item writes or removes."""
        return [self.target] + ([self.old_path] if self.old_path is not None else [])

    def diff(self, root: Path) -> str:
        """A unified diff (git's a/ b/ labels, relative to ``root``); a new file shows all its lines."""
        old_name = _relative(self.old_path or self.target, root)
        before = _lines(self.previous) if self.previous is not None else []
        after = _lines(self.content)
        lines = difflib.unified_diff(before, after, "/dev/null" if self.previous is None else f"a/{old_name}",
                                     f"b/{_relative(self.target, root)}")
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass
class ExportPlan:
    source_root: Path
    site_root: Path
    items: list[ExportItem]
    errors: list[Finding]
    warnings: list[Finding]
    rename: bool = False

    @property
    def blocked(self) -> bool:
        return bool(self.errors)

    def changes(self) -> list[ExportItem]:
        return [item for item in self.items if item.changed]

    def paths(self) -> list[Path]:
        return [path for item in self.changes() for path in item.paths()]

    def written_paths(self) -> list[Path]:
        """The files an interrupted export already wrote (or removed), waiting to be committed."""
        return [path for item in self.changes() if item.written for path in item.paths()]

    def relative(self, path: Path) -> str:
        return _relative(path, self.site_root)

    def summary(self, lang: str = "en") -> str:
        """What the export will do, one line per file in ``lang``, then the diffs of changed files."""
        actions = {action: say(f"export-action-{action}", lang) for action in (NEW, UPDATE, RENAME, UNCHANGED)}
        width = max(len(word) for word in actions.values())
        out = []
        for item in self.items:
            where = self.relative(item.target)
            if item.action == RENAME and item.old_path is not None:
                where = f"{self.relative(item.old_path)} -> {where}"
            line = f"{actions[item.action]:<{width}} {item.lang}  {where}"
            out.append(line + (f"  {say('export-plan-written', lang)}" if item.written else ""))
            out += [f"{'':<{width + 1}}{note}" for note in item.notes(lang)]
        for item in self.changes():
            if item.action != NEW:
                out.append("")
                out.append(item.diff(self.site_root).rstrip("\n"))
        return "\n".join(out) + "\n"

    def commit_message(self, subject: str | None = None) -> str:
        keys = list(dict.fromkeys(item.key for item in self.changes()))
        if subject is None:
            subject = f"Export the job posting {keys[0]}" if len(keys) == 1 else f"Export {len(keys)} job postings: {', '.join(keys)}"
            if len(subject) > 72:
                subject = f"Export {len(keys)} job postings"
        verbs = {NEW: "add", UPDATE: "update", RENAME: "rename"}
        lines = []
        for item in self.changes():
            where = self.relative(item.target)
            if item.action == RENAME and item.old_path is not None:
                where = f"{self.relative(item.old_path)} -> {where}"
            line = f"- {item.key} ({item.lang}): {verbs[item.action]} {where}"
            if item.title:
                line += f"\n  {item.title}"
            if item.alias:
                line += f"\n  old address kept as an alias: {item.alias}"
            lines.append(line)
        return subject.strip() + "\n\n" + "\n".join(lines) + "\n"


@dataclass
class ExportResult:
    written: list[Path]
    removed: list[Path]
    branch: str | None = None
    branch_created: bool = False
    commit: str | None = None  # the new commit's id


def _relative(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        try:
            return resolved(path).relative_to(resolved(root)).as_posix()
        except ValueError:
            return str(path)


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", errors="replace").splitlines(keepends=True)
