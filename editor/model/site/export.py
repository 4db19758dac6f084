"""Hand finished postings from a drafts folder to the site: plan what will change, then write it.

:func:`plan_export` writes nothing: it checks the postings (errors block, warnings are listed),
decides where each file goes in the site and what it will hold, and gives a diff for each
changed file. :func:`apply_export` writes that plan atomically and, when asked, commits exactly
those files on a branch of the site's git repository.

A posting the site already has (same translationKey and language) is updated in place: the
site's file keeps its name, fields that only the site has (aliases, url, date...) are kept, and
each source value goes in with the model's minimal-diff edits, so the site's diff shows only real
changes. Renaming to the title's file name is asked for explicitly; the old address then goes
into ``aliases``, and so it does whenever an update changes the page's address in another way
(a permalink pattern built from the title, say).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.findings.catalogue import say
from editor.model.findings.worded import Worded
from editor.model.storage.confine import OutsideSiteError, check_inside
from editor.model.storage.files import Change, FileChangedError, digest, read_bytes, resolved, write_files
from editor.model.storage.safe_write import failure_words
from editor.model.findings import Finding, Severity
from editor.model.hugo.urls import HugoUrls, UrlError
from editor.model.site.index import PairEntry, SiteIndex
from editor.model.hugo.naming import posting_file_name
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES, Site

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


# ------------------------------------------------------------------------------ planning
def plan_export(source_index: SiteIndex, site_index: SiteIndex, keys: list[str] | None = None,
                rename: bool = False) -> ExportPlan:
    """What exporting ``keys`` (default: every pair of the source) into the site would do; writes nothing."""
    source, site = source_index.site, site_index.site
    if source.root == site.root:
        raise ExportError.said("export-same-folder")
    entries = _selected(source_index, keys)
    plan = ExportPlan(source.root, site.root, [], [], [], rename)
    found = _gate(source_index, site_index, entries)
    urls = HugoUrls(site)
    lever_owner = {posting.get("leverId"): entry.key for entry in site_index.pairs for posting in entry.all_postings()
                   if posting.valid and posting.get("leverId")}
    for entry in entries:
        for lang in LANGUAGES:
            drafts = entry.postings(lang)
            if len(drafts) != 1 or not drafts[0].valid:
                continue  # missing, doubled or unreadable: the checks above already said so
            item = _plan_item(plan, entry.key, lang, drafts[0], site_index, urls, found)
            if item is not None:
                plan.items.append(item)
        lever = next((p.get("leverId") for p in entry.all_postings() if p.valid and p.get("leverId")), None)
        if lever and lever_owner.get(lever, entry.key) != entry.key:
            posting = entry.all_postings()[0]
            found.append(Finding(str(posting.path), *posting.field_position("leverId"), Severity.WARNING, "export-lever-id-used",
                                 params={"lever": lever, "key": lever_owner[lever]}))
    targets: dict[Path, ExportItem] = {}
    for item in plan.items:
        other = targets.setdefault(item.target, item)
        if other is not item:
            found.append(Finding(str(item.source), 1, 1, Severity.ERROR, "export-same-target",
                                 params={"file": item.source.name, "other_file": other.source.name,
                                         "target": plan.relative(item.target)}))
    found = sorted(set(found), key=Finding.sort_key)
    plan.errors = [f for f in found if f.severity is Severity.ERROR]
    plan.warnings = [f for f in found if f.severity is Severity.WARNING]
    return plan


def _gate(source_index: SiteIndex, site_index: SiteIndex, entries: list[PairEntry]) -> list[Finding]:
    """Every check the window shows, on each pair to export, with unfinished work raised to errors.

    A language missing from the drafts blocks the export unless the site already has that
    language's file for the key (an update of one language of a published pair)."""
    from editor.model.checks.pipeline import CheckSetup, check_entries, publish_gate
    from editor.model.translation.status import translation_status

    source = source_index.site
    setup = CheckSetup.for_site(source.root)
    # The target site's own templates and words count too: drafts are written for that site.
    site_setup = CheckSetup.for_site(site_index.site.root)
    words = setup.words  # both are set: for_site reads the words unless told not to
    if words is not None and site_setup.words is not None:
        words = words.including(site_setup.words)
    setup = dataclasses.replace(setup, guidance=setup.guidance | site_setup.guidance, words=words)
    try:
        sources = {key: status.source for key, status in translation_status(source_index).items()}
    except (OSError, ValueError):
        sources = {}
    kept_by_site: set[str] = set()  # files whose missing counterpart the site already has
    for entry in entries:
        site_entry = site_index.pair_for_key(entry.key)
        missing = [lang for lang in LANGUAGES if not entry.postings(lang)]
        if site_entry is not None and missing and all(site_entry.postings(lang) for lang in missing):
            kept_by_site.update(str(posting.path) for posting in entry.all_postings())
    found: list[Finding] = []
    for finding in check_entries(entries, source, setup, sources=sources, absolute=True):
        if finding.code == "missing-counterpart" and finding.file in kept_by_site:
            kept = "-".join(part for part in (finding.variant, "kept") if part)
            found.append(dataclasses.replace(finding, severity=Severity.WARNING, variant=kept))
        else:
            found += publish_gate([finding])
    return found


def _selected(index: SiteIndex, keys: list[str] | None) -> list[PairEntry]:
    if keys is None:
        return list(index.pairs)
    entries = []
    for key in dict.fromkeys(keys):
        entry = index.pair_for_key(key)
        if entry is None:
            raise ExportError.said("no-such-key", key=key, site=str(index.site.root))
        entries.append(entry)
    return entries


def _plan_item(plan: ExportPlan, key: str, lang: str, draft: Posting, site_index: SiteIndex, urls: HugoUrls,
               found: list[Finding]) -> ExportItem | None:
    site = site_index.site
    title = str(draft.get("title") or "").strip()
    lever = draft.get("leverId")
    try:
        name = posting_file_name(title, lever if isinstance(lever, str) and lever else None)
    except ValueError as error:
        found.append(Finding(str(draft.path), *draft.field_position("leverId"), Severity.ERROR, "export-file-name",
                             params={"detail": str(error)}))
        return None
    site_entry = site_index.pair_for_key(key)
    existing = site_entry.postings(lang) if site_entry is not None else []
    if len(existing) > 1:
        for posting in existing:
            found.append(Finding(str(posting.path), *posting.field_position("translationKey"), Severity.ERROR, "export-site-conflict",
                                 params={"count": len(existing), "lang": lang, "key": key}))
        return None
    unknown = site_index.unreadable_candidates(key, lang)
    if unknown:
        # Unread, any of them may already be this posting: writing a new one could make a second.
        for posting in unknown:
            found.append(Finding(str(posting.path), 1, 1, Severity.ERROR, "export-site-unreadable", variant="candidate",
                                 params={"lang": lang, "key": key, "detail": posting.problem_message}))
        return None
    if not existing:
        folder = _new_folder(site_index, site_entry, lang, _source_folder(draft))
        return _checked(plan, ExportItem(key, lang, title, draft.file_path, folder / name, NEW, draft.to_bytes()), site, found)
    current = existing[0]
    try:
        target_posting = Posting.load(current.file_path)
    except OSError as error:
        found.append(Finding(str(current.path), 1, 1, Severity.ERROR, "export-site-unreadable",
                             params={"reason": error.strerror or str(error)}))
        return None
    problem = target_posting.problem  # just read from its file: set exactly when it is invalid
    if problem is not None:
        found.append(Finding(str(current.path), problem.line, problem.column, Severity.ERROR, "export-site-invalid",
                             params={"detail": problem.message}))
        return None
    previous = target_posting.to_bytes()
    old_data = target_posting.data
    item = ExportItem(key, lang, title, draft.file_path, current.file_path, UPDATE, b"", previous)
    try:
        kept = _bring_over(target_posting, draft)
    except (ValueError, TypeError) as error:
        found.append(_aliases_finding(draft, error, 1, 1) or
                     Finding(str(draft.path), 1, 1, Severity.ERROR, "export-field",
                             params={"target": plan.relative(current.file_path), "detail": str(error)}))
        return None
    if kept:
        item.note_parts.append(("kept-fields", {"fields": ", ".join(kept)}))
    wanted = current.file_path.parent / name
    if wanted.name != current.file_path.name:
        if plan.rename:
            item.action, item.old_path, item.target = RENAME, current.file_path, wanted
        else:
            item.note_parts.append(("file-name-kept", {"name": wanted.name}))
    old_link: str | None
    new_link: str | None
    try:
        old_link = urls.link(current.file_path, old_data, lang)
        new_link = urls.link(item.target, target_posting.data, lang)
    except UrlError as error:
        severity = Severity.ERROR if item.action == RENAME else Severity.WARNING
        found.append(Finding(str(current.path), 1, 1, severity, "export-address", params={"detail": str(error)},
                             variant="error" if severity is Severity.ERROR else "warning"))
        old_link = new_link = None
    if old_link != new_link and old_link is not None and new_link is not None:  # both or neither are None
        try:
            _add_alias(target_posting, old_link, new_link)
        except (ValueError, TypeError) as error:
            place = target_posting.field_position("aliases")
            found.append(_aliases_finding(current, error, *place) or
                         Finding(str(current.path), *place, Severity.ERROR, "export-aliases", params={"detail": str(error)}))
            return None
        item.alias = old_link
        item.note_parts.append(("address-changed", {"old": str(old_link), "new": str(new_link)}))
    item.content = target_posting.to_bytes()
    if item.action == UPDATE and item.content == previous:
        item.action = UNCHANGED
    return _checked(plan, item, site, found)


def _source_folder(draft: Posting) -> Path | None:
    """Where the draft sits below its own site's content folder (``careers/positions``), if it is in a site."""
    path = draft.path
    source = Site.containing(path) if path is not None else None
    folder = source.content_dirs.get(draft.language or "") if source is not None and not source.loose else None
    try:
        return path.parent.relative_to(folder) if folder is not None and path is not None else None
    except ValueError:
        return None


def _new_folder(site_index: SiteIndex, site_entry: PairEntry | None, lang: str,
                source_relative: Path | None = None) -> Path:
    """Next to where the site keeps the counterpart when it has one, else where it keeps postings;
    in a site without any posting yet, where the source kept the draft (say ``careers/positions``)."""
    site = site_index.site
    if source_relative is not None and lang in site.content_dirs and not any(
            posting.path for entry in site_index.pairs for posting in entry.all_postings()):
        return site.content_dirs[lang] / source_relative
    if site_entry is not None:
        for other in LANGUAGES:
            counterpart = site_entry.first(other)
            if other != lang and counterpart is not None and other in site.content_dirs:
                try:
                    relative = counterpart.file_path.parent.relative_to(site.content_dirs[other])
                except ValueError:
                    break
                return site.content_dirs[lang] / relative
    return site_index.postings_folder(lang)


def _checked(plan: ExportPlan, item: ExportItem, site: Site, found: list[Finding]) -> ExportItem | None:
    """The item, unless its target escapes the language's content folder or would replace another file."""
    folder = resolved(site.content_dirs[item.lang])
    try:
        check_inside(item.target, site)
        if not resolved(item.target).is_relative_to(folder) or item.target.name != Path(item.target.name).name:
            raise OutsideSiteError.at(item.target, "outside-content-folder", path=str(item.target), lang=item.lang,
                                      folder=str(folder))
    except OutsideSiteError as error:
        found.append(Finding(str(item.source), 1, 1, Severity.ERROR, "export-outside", params={"detail": str(error)}))
        return None
    if item.action in (NEW, RENAME) and (item.target.exists() or item.target.is_symlink()):
        found.append(Finding(str(item.source), 1, 1, Severity.ERROR, "export-target-exists",
                             params={"target": plan.relative(item.target)}))
        return None
    return item


def _bring_over(target: Posting, draft: Posting) -> list[str]:
    """Put the draft's values and body into the site's posting; returns the fields only the site has."""
    values = draft.data
    for key, value in values.items():
        if key == "aliases":
            value = _merged_aliases(target.get("aliases"), value)
        target.set(key, value)
    newline = target.newline
    body = re.sub(r"\r\n|\r|\n", newline, draft.body)
    if body != target.body:
        target.set_body(body)
    return [key for key in target.data if key not in values]


def _alias_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    raise ExportError.said("export-aliases-not-a-list", value=repr(value))


def _aliases_finding(posting: Posting, error: Exception, line: int, column: int) -> Finding | None:
    """The finding that says, in the reader's language, that aliases are not a list (None for any other error)."""
    if not isinstance(error, ExportError) or error.key != "export-aliases-not-a-list":
        return None
    return Finding(str(posting.path), line, column, Severity.ERROR, "export-aliases", variant="not-a-list",
                   params={"value": error.params["value"]})


def _merged_aliases(site_value: object, draft_value: object) -> list[str]:
    return list(dict.fromkeys(_alias_list(site_value) + _alias_list(draft_value)))


def _add_alias(target: Posting, old_link: str, new_link: str) -> None:
    aliases = _alias_list(target.get("aliases"))
    if old_link not in aliases:
        aliases.append(old_link)
    # An alias at the page's own address would replace the page with a redirect to itself.
    aliases = [alias for alias in aliases if alias.rstrip("/") != new_link.rstrip("/")]
    target.set("aliases", aliases)


# ------------------------------------------------------------------------------ writing
def repository_problems(plan: ExportPlan, *, commit: bool = True, branch: str | None = None,
                        lang: str = "en") -> list[str]:
    """Why :func:`apply_export` with these git options would refuse, in ``lang``; [] when it would go ahead.

    Only reads the repository, so a preview (``--dry-run``, the export dialog) can say it early.
    Without ``commit`` or ``branch``, a site that is not a git repository is fine; one that is
    must not be in the middle of a merge or rebase, and the files must be inside it.
    """
    from editor.model.site.export_git import GitError, SiteRepo

    try:
        repo = SiteRepo.open(plan.site_root)
    except GitError as error:
        return [error.text(lang)] if commit or branch else []
    try:
        return [problem.text(lang) for problem in repo.problems(plan.paths(), branch=branch, commit=commit,
                                                                written=plan.written_paths())]
    except GitError as error:
        return [error.text(lang)]


def apply_export(plan: ExportPlan, *, commit: bool = False, branch: str | None = None,
                 message: str | None = None) -> ExportResult:
    """Write the plan's changed files atomically; with ``commit``, commit exactly them on ``branch``.

    Refuses (ExportError, nothing written) when the plan has errors, when a file changed since the
    plan was made, or, with git, when the repository is mid-merge/rebase, those files have
    uncommitted changes, git has no identity, or the branch cannot be switched to safely.
    """
    if plan.errors:
        raise ExportError.said("export-plan-errors", count=len(plan.errors))
    changes = plan.changes()
    from editor.model.site.export_git import GitError, SiteRepo

    repo = None
    try:
        repo = SiteRepo.open(plan.site_root)
    except GitError as error:
        if commit or branch:
            raise ExportError.carrying(error) from None
    if repo is not None:
        try:
            problems = repo.problems(plan.paths(), branch=branch, commit=commit, written=plan.written_paths())
        except GitError as error:
            raise ExportError.carrying(error) from None
        if problems:
            raise ExportError.said("lines", lines=tuple(problems))
    _check_still_planned(changes)
    result = ExportResult([], [], branch)
    if branch:
        assert repo is not None  # refused above when there is no repository
        try:
            result.branch_created = repo.switch(branch)
        except GitError as error:
            raise ExportError.carrying(error) from None
        _check_still_planned(changes)
    _write(changes, result)
    if commit and changes:
        assert repo is not None  # refused above when there is no repository
        try:
            result.commit = repo.commit(plan.paths(), plan.commit_message(message))
        except GitError as error:
            raise ExportError.said("export-not-committed", reason=error) from None
    if repo is not None and (commit or branch) and result.branch is None:
        result.branch = repo.current_branch()
    return result


def _check_still_planned(changes: list[ExportItem]) -> None:
    for item in changes:
        expected: dict[Path, bytes | None]
        if item.written:  # already written: the file must still hold it, the old name still be gone
            expected = {item.target: item.content}
        else:
            expected = {item.target: item.previous if item.action == UPDATE else None}
        if item.old_path is not None:
            expected[item.old_path] = None if item.written else item.previous
        for path, data in expected.items():
            try:
                now = read_bytes(path)
            except FileNotFoundError:
                now = None
            if (digest(now) if now is not None else None) != (digest(data) if data is not None else None):
                raise ExportError.said("export-changed-since-plan", path=str(path))


def _write(changes: list[ExportItem], result: ExportResult) -> None:
    """Write every file, or none: one transaction, which a crash cannot leave half done (see safe_write)."""
    to_write = [item for item in changes if not item.written]
    made_folders: list[Path] = []
    files: list[Change] = []
    for item in to_write:
        files.append(Change(item.target, item.content,
                            digest(item.previous) if item.action == UPDATE and item.previous is not None else ""))
        if item.old_path is not None:
            assert item.previous is not None  # a renamed file is one the site has
            files.append(Change(item.old_path, None, digest(item.previous)))
    try:
        for change in files:
            check_inside(change.path)
        for item in to_write:
            missing = [folder for folder in [item.target.parent, *item.target.parent.parents] if not folder.exists()]
            item.target.parent.mkdir(parents=True, exist_ok=True)
            made_folders += missing
        if files:
            write_files(files)
    except (OSError, FileChangedError) as error:
        for folder in made_folders:  # deepest first, as collected
            try:
                folder.rmdir()
            except OSError:
                pass
        raise ExportError.said("export-not-written", reason=failure_words(error)) from None
    result.written += [item.target for item in to_write]
    result.removed += [item.old_path for item in to_write if item.old_path is not None]


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
