"""Hand finished postings from a drafts folder to the site: plan what will change, then write it.

:func:`plan_export` writes nothing: it checks the postings (errors block, warnings are listed),
decides where each file goes in the site and what it will hold, and gives a diff for each
changed file. :func:`export_write.apply_export` writes that plan atomically and, when asked,
commits exactly those files on a branch of the site's git repository.

A posting the site already has (same translationKey and language) is updated in place: the
site's file keeps its name, fields that only the site has (aliases, url, date...) are kept, and
each source value goes in with the model's minimal-diff edits, so the site's diff shows only real
changes. Renaming to the title's file name is asked for explicitly; the old address then goes
into ``aliases``, and so it does whenever an update changes the page's address in another way
(a permalink pattern built from the title, say).

What a plan holds is in ``export_plan``; writing it, in ``export_write``.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from editor.model.storage.confine import OutsideSiteError, check_inside
from editor.model.storage.files import name_alike, resolved
from editor.model.findings import Finding, Severity
from editor.model.hugo.urls import HugoUrls, UrlError
from editor.model.site.export_plan import NEW, RENAME, UNCHANGED, UPDATE, ExportError, ExportItem, ExportPlan
from editor.model.site.index import PairEntry, SiteIndex
from editor.model.hugo.naming import posting_file_name
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import LANGUAGES, Site, SiteError


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
    from editor.model.checks.gate import publish_gate
    from editor.model.checks.setup import read_site_setup
    from editor.model.checks.pipeline import check_entries
    from editor.model.translation.status import translation_status

    source = source_index.site
    # What the checks could not read is said as check says it: the gate must not look clean for having done less.
    setup, found = read_site_setup(source.root, absolute=True)
    # The target site's own templates and words (with its glossary's French terms) count too: drafts
    # are written for that site. Its translation settings and record are not used, so not warned about.
    site_setup, site_found = read_site_setup(site_index.site.root, absolute=True)
    if site_index.site.root != source.root:
        found += [f for f in site_found if f.code not in ("settings-unreadable", "translations-unreadable")]
    words = setup.words  # both are set: read_site_setup reads the words unless told not to
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
    try:
        source = Site.containing(path) if path is not None else None
    except SiteError:
        return None  # only a hint for a site with no posting yet; the site written to is what must read
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
    existing = name_alike(item.target) if item.action in (NEW, RENAME) else None
    # A rename that only changes the name's case or form finds the old file itself: it goes.
    if existing is not None and not (item.old_path is not None and resolved(existing) == resolved(item.old_path)):
        found.append(Finding(str(item.source), 1, 1, Severity.ERROR, "export-target-exists",
                             params={"target": plan.relative(existing)}))
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
