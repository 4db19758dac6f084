"""Commands on posting files and a site's list: ``render``, ``get``, ``set`` and ``list``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from editor.cli.common import (CommandError, add_language_option, display_path, json_text, load_posting,
                               message_language, open_index, program_line, terminal_safe, terminal_safe_lines,
                               write_refusal, path_argument)
from editor.model.findings.catalogue import say
from editor.model.findings.worded import Phrase
from editor.model.hugo.config import LANGUAGES
from editor.model.storage.reasons import system_reason


TEXT_FIELDS = {"title", "description", "translationKey", "leverId", "layout", "type"}


# ------------------------------------------------------------------------ render
def _render_options_for(path: Path):
    from editor.cli.common import site_containing
    from editor.model.render.markdown import RenderOptions

    site = site_containing(path)
    return RenderOptions.from_hugo_config(site.config) if site is not None and site.config else RenderOptions()


def cmd_render(args) -> int:
    from editor.model.render.markdown import render_body
    from editor.model.storage.files import atomic_write

    to_output = not args.out or str(args.out) == "-"  # "-": the output, as for every command's files
    if len(args.files) > 1 and to_output:
        raise CommandError.said("render-needs-out")
    status = 0
    out_dir = None if to_output else Path(args.out)
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError.said("render-cannot-make-folder", path=args.out, reason=system_reason(error)) from None
    options_by_folder: dict[Path, Any] = {}  # files of one folder are in one site: its config is read once
    for given in args.files:
        posting = load_posting(given)
        if not posting.valid:
            print(_problem_at(given, posting).text(message_language(args)), file=sys.stderr)
            status = 1
            continue
        folder = Path(given).resolve().parent
        if folder not in options_by_folder:
            options_by_folder[folder] = _render_options_for(Path(given))
        html = render_body(posting.body, options_by_folder[folder])
        if out_dir is None:
            sys.stdout.write(html)
        else:
            target = out_dir / (Path(given).stem + ".html")
            try:
                atomic_write(target, html.encode("utf-8"))
            except OSError as error:
                raise CommandError.said("render-cannot-write", path=display_path(target),
                                        reason=system_reason(error)) from None
            print(display_path(target), file=sys.stderr)
    return status


def _problem_at(given: str, posting) -> Phrase:
    """Why ``posting`` cannot be read, where: "FILE:LINE:COLUMN: problem"."""
    return Phrase("posting-problem-at", {"path": given, "line": str(posting.problem.line),
                                         "column": str(posting.problem.column), "problem": posting.problem})


# ------------------------------------------------------------------- get and set
def _format_value(value: Any) -> str:
    from editor.model.frontmatter.yaml_safe import plain_value

    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json_text(plain_value(value), indent=None)


def cmd_get(args) -> int:
    posting = load_posting(args.file)
    if args.key == "body":
        if not posting.valid:
            raise CommandError.said("reason-only", 1, reason=_problem_at(args.file, posting))
        sys.stdout.write(terminal_safe_lines(posting.body) if sys.stdout.isatty() else posting.body)
        return 0
    if not posting.valid:
        raise CommandError.said("reason-only", 1, reason=_problem_at(args.file, posting))
    if args.key not in posting.data:
        raise CommandError.said("get-no-field", 1, path=args.file, name=args.key)
    text = _format_value(posting.get(args.key))
    # On a terminal, control characters from the file are shown as escapes; piped, the value is exact.
    print(terminal_safe(text) if sys.stdout.isatty() else text)
    return 0


_YAML_TEXT_MARKS = ("|", ">", '"', "'")


def parse_assignment(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` with VALUE read as a YAML scalar; text fields always stay text."""
    from editor.model.checks.fields import is_uuid
    from editor.model.frontmatter.one_line import ONE_LINE_FIELDS, has_line_break, unseen_character
    from editor.model.frontmatter.yaml_safe import load_scalar_text

    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise CommandError.said("set-not-assignment", text=text)
    if key == "body":
        raise CommandError.said("set-body-file")
    if key in ONE_LINE_FIELDS and has_line_break(raw):
        raise CommandError.said("set-line-break", name=key)
    if (unseen := unseen_character(key, raw)) is not None:
        raise CommandError.said("set-unseen-character", name=key, char=unseen[0], what=unseen[1])
    if key == "leverId" and raw.strip() and not is_uuid(raw.strip()):  # empty: not in the tracking system yet
        raise CommandError.said("create-bad-lever-id", lever_id=raw)
    if key in TEXT_FIELDS:
        return key, raw
    try:
        value = load_scalar_text(raw) if raw.strip() else raw
    except Exception:  # any YAML error: the value is then plain text, as the user typed it
        value = raw
    if isinstance(value, (dict, list)):
        value = raw
    elif isinstance(value, str) and has_line_break(raw) and raw.lstrip()[:1] not in _YAML_TEXT_MARKS:
        # YAML folds the line breaks of a plain scalar into spaces: the lines the user gave were
        # written as one. A block (| >) or a quoted scalar is YAML on purpose and read as such.
        value = raw.replace("\r\n", "\n").replace("\r", "\n")
    if key == "archived" and not isinstance(value, bool):
        raise CommandError.said("set-archived-bool", value=raw)
    return key, value


SET_ATTEMPTS = 20  # another writer saving the same file in between each time: give up with a message


def cmd_set(args) -> int:
    from editor.model.storage.files import FileChangedError
    from editor.model.site.index import SHARED_FIELDS
    from editor.model.frontmatter.posting import save_postings

    assignments = [parse_assignment(item) for item in args.assignments]
    if not assignments and args.body_file is None:
        raise CommandError.said("set-nothing")
    body = None if args.body_file is None else _read_body(args.body_file)
    lang = message_language(args)
    shared = any(key in SHARED_FIELDS for key, _ in assignments)
    new_key = next((value for key, value in assignments if key == "translationKey"), None)
    for attempt in range(SET_ATTEMPTS):
        posting = load_posting(args.file)
        if body == "":  # (after the FILE: a missing one is the first thing to say)
            # Nothing at all is what a failed command before the pipe gives: erasing the body with it
            # would lose the posting's text without a word. An empty line still empties it.
            raise CommandError.said("set-body-empty-input") if args.body_file == "-" else CommandError.said(
                "set-body-empty", path=display_path(args.body_file))
        if not posting.valid and not posting.repairable:
            raise CommandError.said("set-repair-first", 1, problem=_problem_at(args.file, posting))
        notes: list[str] = []  # said once the change is written
        index = _site_index(Path(args.file)) if new_key is not None or not args.only_this_file else None
        counterparts = [] if index is None or args.only_this_file else _counterparts(
            index, Path(args.file), shared, notes=notes, lang=lang)
        if new_key is not None and index is not None:
            _refuse_used_key(index, new_key, [Path(args.file), *(other.file_path for other in counterparts)])
        changed = _apply_set(args.file, posting, counterparts, assignments, body)
        try:
            # The file and its counterpart change together or not at all.
            save_postings(changed)
        except FileChangedError as error:
            # Another program saved one of the files since it was read: read its version and make
            # this change again on top of it, so neither change is lost.
            if attempt + 1 < SET_ATTEMPTS:
                continue
            raise CommandError.said("set-kept-changing", reason=error) from None
        except OSError as error:
            raise write_refusal("cannot-write-kept", error, path=str(error.filename)) from None
        break
    for note in notes:
        print(note, file=sys.stderr)
    for other in changed:
        if other is not posting:
            print(say("set-also-updated", lang, path=display_path(other.path)), file=sys.stderr)
    if not posting.valid:
        fields = ", ".join(sorted(map(str, posting.unreadable_fields))) or say("set-the-value", lang)
        print(say("set-still-invalid", lang, problem=_problem_at(args.file, posting).text(lang), fields=fields,
                  count=len(posting.unreadable_fields), path=args.file), file=sys.stderr)
    return 0


def _apply_set(given: str, posting, counterparts: list, assignments: list[tuple[str, Any]], body: str | None) -> list:
    """Make the edits in memory; returns the postings that changed."""
    from editor.model.site.index import SHARED_FIELDS

    try:
        for key, value in assignments:
            posting.set(key, value)
            if key in SHARED_FIELDS:
                for other in counterparts:
                    other.set(key, value)
        if body is not None:
            posting.set_body(body)
    except ValueError as error:
        raise CommandError.said("set-unchanged", path=given, reason=error) from None
    return [changed for changed in [posting, *counterparts] if changed.modified]


def _read_body(name: str) -> str:
    """The text of --body-file, read no further than a posting can be long (it may be a pipe)."""
    from editor.model.frontmatter.document import MAX_FILE_BYTES

    try:
        if name == "-":
            if sys.stdin is None:  # started with its input closed (<&-)
                raise CommandError.said("set-body-unreadable", path=name, reason=Phrase("input-closed"))
            stream = getattr(sys.stdin, "buffer", None)  # a test or an embedding may give a text stream
            raw = stream.read(MAX_FILE_BYTES + 1) if stream is not None else sys.stdin.read(MAX_FILE_BYTES + 1).encode("utf-8")
        else:
            with open(name, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise CommandError.said("set-body-too-large", path=name, kilobytes=str(MAX_FILE_BYTES // 1024))
        return raw.decode("utf-8")
    except OSError as error:
        raise CommandError.said("set-body-unreadable", path=name, reason=system_reason(error)) from None
    except UnicodeDecodeError as error:
        raise CommandError.said("set-body-unreadable", path=name, reason=Phrase(
            "data-not-utf8", {"byte": f"0x{error.object[error.start]:02x}", "offset": error.start})) from None


def _site_index(path: Path):
    """The index of the site holding ``path``; None for a file in no site."""
    from editor.cli.common import site_containing
    from editor.model.site.index import SiteIndex

    site = site_containing(path)
    return None if site is None else SiteIndex.build(site)


def _refuse_used_key(index, new_key: str, files: list[Path]) -> None:
    """Refuse a translationKey another pair's file of the same language has: both pairs would claim it."""
    from editor.model.site.conflicts import ConflictError, check_key_free

    try:
        check_key_free(index, new_key, files)
    except ConflictError as error:
        raise CommandError.of(error) from None


def _counterparts(index, path: Path, shared: bool = True, *, notes: list[str], lang: str = "en"):
    """The other-language file of the pair in ``index``, when the site pairs it unambiguously (else
    ``notes`` gets why only ``path`` changes). With ``shared`` (a shared field is being set), refuses
    while the other half may be unreadable."""
    from editor.model.storage.files import resolved

    entry = index.pair_for_path(path)
    if entry is None:
        return []
    refusal = index.unreadable_refusal(entry.key) if shared else None
    if refusal:
        raise CommandError.said("set-unreadable-counterpart", 1, reason=refusal, path=display_path(path))
    target = resolved(path)
    others = [p for p in entry.all_postings() if p.path is None or resolved(p.path) != target]
    if any(len(entry.postings(lang)) > 1 for lang in LANGUAGES) or any(not p.valid for p in others):
        notes.append(say("set-conflict-note", lang, key=entry.key, path=display_path(path)))
        return []
    return others


# -------------------------------------------------------------------------- list
def cmd_list(args) -> int:
    import gc

    # What the list makes lives until it is printed: Python's cycle collector would only look at
    # it, again and again as a large site is read (a cold list of 5,000 postings spent ~9% of its
    # CPU time there). Turned on again once _list has returned and its index is freed, so the
    # first collection then has little to look at.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _list(args)
    finally:
        if enabled:
            gc.enable()


def _say_unread_record(root, lang: str) -> None:
    """The statuses' "outdated" come from the site's record of translations: a damaged one (a merge's
    conflict markers) is said, else the list would look complete without it."""
    from editor.model.translation.status import TranslationState

    state = TranslationState.load(root)
    if not state.readable:
        print(program_line(say('translations-cannot-read', lang, path=display_path(state.path)), lang), file=sys.stderr)


def _list(args) -> int:
    import shutil

    from editor.cli.list_table import ListRow, list_table
    from editor.model.site.index import Status, pseudo_key_parts
    from editor.model.site.queue import site_progress

    # Only the summaries unless a search looks into the bodies too (they would all be read again).
    index = open_index(args.site, summaries=args.search is None)
    progress = site_progress(index)
    _say_unread_record(index.site.root, message_language(args))
    listed = [(entry, progress[entry.key]) for entry in index.pairs]
    if args.needs_translation:
        listed = [(entry, found) for entry, found in listed if found.needs_translation]
    if args.search is not None:
        from editor.model.site.search import entry_search_text, ranked

        # In the window's order: the pair titled as typed first (titles in the language of the messages).
        listed = ranked(listed, args.search, lambda item: entry_search_text(item[0]),
                        lambda item: item[0].title(message_language(args)))
    relative = _relative_to(index.site)
    if args.format == "json":
        from editor.model.frontmatter.yaml_safe import plain_value

        rows = [
            {
                "translationKey": entry.key,
                # "archived" is whatever the files hold: a date (archived: 2024-01-01) has no JSON type.
                "archived": plain_value(entry.archived),
                "en": [relative(p.path) for p in entry.postings("en")],
                "fr": [relative(p.path) for p in entry.postings("fr")],
                "status": found.word,
                "needsTranslation": found.needs_translation,
                "reasons": [reason.as_dict() for reason in found.reasons],
                "mergeConflicts": [{"file": relative(p.path), "language": p.file_language, "lines": list(p.conflicts)}
                                   for p in entry.merge_conflicts()],
                "title_en": entry.own_title("en"),  # null when that language has no (readable) file
                "title_fr": entry.own_title("fr"),
            }
            for entry, found in listed
        ]
        print(json_text(rows))
        _say_passed_over(index, args)
        return 0
    lang = message_language(args)
    words: dict[str, str] = {}  # each status word, answer and reason worded once, not once per row

    def worded(key: str) -> str:
        found = words.get(key)
        if found is None:
            found = words[key] = say(key, lang)
        return found

    phrases: dict = {}  # by Reason

    def to_do(entry, found) -> list[str]:
        # A merge's markers first: the file must be settled before anything else in it is worth doing.
        merges = [say(f"list-merge-conflict-{p.file_language}", lang, line=str(p.conflicts[0]))
                  for p in entry.merge_conflicts()] if found.word == Status.MERGE_CONFLICT else []
        for reason in found.reasons:
            if reason not in phrases:
                phrases[reason] = reason.describe(lang)
        return merges + [phrases[reason] for reason in found.reasons]

    def key_text(key: str) -> str:
        # A file without a usable key is listed under a key naming it: said in the language (JSON keeps the key).
        parts = pseudo_key_parts(key) if key.startswith("(") else None  # as every such key does
        return key if parts is None else say(f"list-key-{parts[0]}", lang, name=parts[1])

    answers = {True: worded("list-yes"), False: worded("list-no"), None: "?"}

    def archived_text(value) -> str:
        return answers[value] if value in (True, False, None) else str(value)

    headers = ("translationKey", "archived", "en", "fr", worded("list-header-status"), worded("list-header-todo"))
    table = [ListRow(key_text(entry.key), archived_text(entry.archived), [relative(p.path) for p in entry.postings("en")],
                     [relative(p.path) for p in entry.postings("fr")], worded(f"list-status-{found.word}"),
                     to_do(entry, found) if found.reasons or found.word == Status.MERGE_CONFLICT else [])
             for entry, found in listed]
    # Fitted to the terminal's width only when printed on one: piped, one line per pair as ever.
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    sys.stdout.write(list_table(table, headers, width))
    where = display_path(index.site.root)
    where = say("list-here", lang) if where == "." else where  # not "6 postings in .."
    if args.search is not None:
        print(say("list-found", lang, count=len(listed), shown=len(listed), total=len(index.pairs), where=where,
                  search=args.search), file=sys.stderr)
    elif args.needs_translation:
        print(say("list-needing", lang, count=len(listed), shown=len(listed), total=len(index.pairs), where=where),
              file=sys.stderr)
    else:
        print(say("list-count", lang, total=len(index.pairs), where=where), file=sys.stderr)
    _say_passed_over(index, args)
    return 0


def _say_passed_over(index, args) -> None:
    """Which files are not postings, and why: when none is (a folder of drafts without their layout
    line was listed as "0 postings"), or when asked. A site's ordinary pages (the real site's closed
    positions have ``layout: page``) are not said otherwise."""
    from editor.model.site.passed_over import passed_over, passed_over_lines

    if index.pairs and not args.verbose:
        return
    lines = passed_over_lines(passed_over(index), message_language(args))
    if lines:
        print("\n  ".join(lines), file=sys.stderr)


def _relative_to(site):
    """``site.relative``, the site's root made a string once rather than for each of thousands of files."""
    import os

    root = str(site.root) + os.sep

    def relative(path: Path) -> str:
        text = str(path)
        return text[len(root):] if text.startswith(root) else site.relative(path)

    return relative


# ---------------------------------------------------------------- new and archive


def register(sub) -> None:
    render = sub.add_parser("render", help="render postings' bodies to HTML", description="Render bodies as the site will.")
    render.add_argument("files", nargs="+", metavar="FILE", type=path_argument)
    render.add_argument("--out", metavar="DIR", type=path_argument, help="write DIR/<file name>.html for each file (without it, or with -, one file's HTML goes to the output)")
    render.set_defaults(func=cmd_render)
    add_language_option(render)

    get = sub.add_parser("get", help="print a front matter value, or 'body'", description="Print one field.")
    get.add_argument("file", metavar="FILE", type=path_argument)
    get.add_argument("key", metavar="KEY")
    get.set_defaults(func=cmd_get)
    add_language_option(get)

    set_ = sub.add_parser(
        "set",
        help="change fields with a minimal diff",
        description="Change fields; only their lines are rewritten. VALUE is read as YAML "
        "(archived=true is a boolean); title, description, translationKey and leverId are always text, "
        "and title and description one line of it. Shared fields (archived, leverId, translationKey, layout, "
        "type) are written to the other language's file of the pair too.",
    )
    set_.add_argument("file", metavar="FILE", type=path_argument)
    set_.add_argument("assignments", nargs="*", metavar="KEY=VALUE")
    set_.add_argument("--body-file", metavar="FILE", type=path_argument, help="replace the body with the text of FILE ('-': standard input)")
    set_.add_argument("--only-this-file", action="store_true", help="do not update the counterpart's shared fields")
    set_.set_defaults(func=cmd_set)
    add_language_option(set_)

    list_ = sub.add_parser(
        "list",
        help="list the pairs of a site",
        description="One row per linked pair: translationKey, archived, files, status and what is left to do "
        "(a language's further files on lines of their own below it; --format json has one entry per pair). "
        "Files are named from the folder holding all of a language's files, which the header names; on a "
        "terminal narrower than the table, each pair's files go on lines of their own under it and what is "
        "left to do is wrapped (never when the output is piped). "
        "Status: unreadable, merge-conflict (a merge left its conflict markers in a file), invalid, conflict, draft (template placeholders or TODO notes left), needs-translation, ok. A "
        "pair needs translation while a language file is missing or its text empty, a file still has "
        "[À TRADUIRE]/[TO TRANSLATE] markers or the other language's text, its source changed after the "
        "translation was last saved (git history, or the editor's .posting-editor/translations.json), or it "
        "has template placeholders or TODO notes.",
    )
    list_.add_argument("site", metavar="SITE", type=path_argument)
    list_.add_argument("--format", choices=("text", "json"), default="text")
    list_.add_argument("--needs-translation", action="store_true",
                       help="only the pairs that need translation (the window's “Needs translation”)")
    list_.add_argument("--search", metavar="WORDS",
                       help="only the pairs whose title, key, Lever ID or text hold every word (accents and case "
                       "aside), the pairs titled so first, as in the window's search")
    list_.add_argument("--verbose", action="store_true",
                       help="also say which Markdown files of the postings folders are not postings, and why (said "
                       "anyway when no posting is found)")
    list_.set_defaults(func=cmd_list)
    add_language_option(list_)
