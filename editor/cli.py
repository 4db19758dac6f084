"""The ``posting-editor`` command: the window, and checks and edits from a terminal.

Exit status: 0 fine, 1 problems found, 2 usage or input/output error. Messages go to stderr;
bad input never ends in a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Sequence

from editor import __version__
from editor.model.hugo.config import LANGUAGES

# Commands defined in modules of their own: each has NAME and ``register(subparsers)``.
EXTRA_COMMAND_MODULES: tuple[str, ...] = ("editor.cli_check", "editor.cli_export", "editor.cli_translation",
                                         "editor.cli_review", "editor.cli_resolve", "editor.cli_templates")
COMMANDS = ("render", "get", "set", "list", "new", "archive")


def _extra_commands():
    import importlib

    return [importlib.import_module(name) for name in EXTRA_COMMAND_MODULES]


def command_names() -> tuple[str, ...]:
    return COMMANDS + tuple(module.NAME for module in _extra_commands())
TEXT_FIELDS = {"title", "description", "translationKey", "leverId", "layout", "type"}


class CommandError(Exception):
    """A message for the user and an exit status; raised by commands, printed by main."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def display_path(path) -> str:
    """A path as the user would type it: relative to the current folder when below it, with control
    characters in a file name written as escapes (a name in a shared repository may hold any)."""
    try:
        return terminal_safe(os.path.relpath(path))
    except ValueError:
        return terminal_safe(str(path))


# Characters that act on a terminal instead of showing (escape sequences can retitle or clear
# it, or hide text), and those that reorder a line: shown as \x.. / \u.... in text output.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters written as escapes, for lines printed to a terminal."""
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def _load_posting(path: str):
    from editor.model.frontmatter.posting import Posting

    file = Path(path)
    if not file.is_file():
        raise CommandError(f"{path}: no such file." if not file.exists() else f"{path} is not a file.")
    try:
        return Posting.load(file)
    except OSError as error:
        raise CommandError(f"{path}: cannot read the file ({error.strerror}).") from None


def _open_index(path: str):
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site, SiteError

    try:
        site = Site.open(path)
    except SiteError as error:
        raise CommandError(str(error)) from None
    return SiteIndex.build(site)


# ------------------------------------------------------------------------ render
def _render_options_for(path: Path):
    from editor.model.render.markdown import RenderOptions
    from editor.model.hugo.config import Site

    site = Site.containing(path)
    return RenderOptions.from_hugo_config(site.config) if site is not None and site.config else RenderOptions()


def cmd_render(args) -> int:
    from editor.model.render.markdown import render_body

    if len(args.files) > 1 and not args.out:
        raise CommandError("Several files need --out DIR (one DIR/<name>.html per file).")
    status = 0
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(f"{args.out}: cannot create the folder ({error.strerror}).") from None
    for given in args.files:
        posting = _load_posting(given)
        if not posting.valid:
            print(f"{given}:{posting.problem.line}:{posting.problem.column}: {posting.problem.message}", file=sys.stderr)
            status = 1
            continue
        html = render_body(posting.body, _render_options_for(Path(given)))
        if out_dir is None:
            sys.stdout.write(html)
        else:
            target = out_dir / (Path(given).stem + ".html")
            try:
                target.write_text(html, encoding="utf-8")
            except OSError as error:
                raise CommandError(f"{target}: cannot write ({error.strerror}).") from None
            print(display_path(target), file=sys.stderr)
    return status


# ------------------------------------------------------------------- get and set
def _format_value(value: Any) -> str:
    from editor.model.frontmatter.yaml_safe import plain_value

    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(plain_value(value), ensure_ascii=False)


def cmd_get(args) -> int:
    posting = _load_posting(args.file)
    if args.key == "body":
        if not posting.valid:
            raise CommandError(f"{args.file}:{posting.problem.line}:{posting.problem.column}: {posting.problem.message}", 1)
        sys.stdout.write(posting.body)
        return 0
    if not posting.valid:
        raise CommandError(f"{args.file}:{posting.problem.line}:{posting.problem.column}: {posting.problem.message}", 1)
    if args.key not in posting.data:
        raise CommandError(f"{args.file} has no field '{args.key}'.", 1)
    print(_format_value(posting.get(args.key)))
    return 0


def parse_assignment(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` with VALUE read as a YAML scalar; text fields always stay text."""
    from editor.model.frontmatter.yaml_safe import load_scalar_text

    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise CommandError(f"'{text}' is not KEY=VALUE.")
    if key == "body":
        raise CommandError("Use --body-file FILE to change the body.")
    if key in TEXT_FIELDS:
        return key, raw
    try:
        value = load_scalar_text(raw) if raw.strip() else raw
    except Exception:  # any YAML error: the value is then plain text, as the user typed it
        value = raw
    if isinstance(value, (dict, list)):
        value = raw
    if key == "archived" and not isinstance(value, bool):
        raise CommandError(f"archived must be true or false, not '{raw}'.")
    return key, value


SET_ATTEMPTS = 20  # another writer saving the same file in between each time: give up with a message


def cmd_set(args) -> int:
    from editor.model.storage.files import FileChangedError
    from editor.model.site.index import SHARED_FIELDS
    from editor.model.frontmatter.posting import save_postings

    assignments = [parse_assignment(item) for item in args.assignments]
    if not assignments and args.body_file is None:
        raise CommandError("Nothing to set: give KEY=VALUE pairs or --body-file FILE.")
    body = None if args.body_file is None else _read_body(args.body_file)
    shared = any(key in SHARED_FIELDS for key, _ in assignments)
    for attempt in range(SET_ATTEMPTS):
        posting = _load_posting(args.file)
        if not posting.valid and not posting.repairable:
            raise CommandError(
                f"{args.file}:{posting.problem.line}:{posting.problem.column}: {posting.problem.message} "
                "The file was not changed; repair its front matter first.",
                1,
            )
        counterparts = [] if args.only_this_file else _counterparts(Path(args.file), shared, quiet=attempt > 0)
        changed = _apply_set(args.file, posting, counterparts, assignments, body)
        try:
            # The file and its counterpart change together or not at all.
            save_postings(changed)
        except FileChangedError as error:
            # Another program saved one of the files since it was read: read its version and make
            # this change again on top of it, so neither change is lost.
            if attempt + 1 < SET_ATTEMPTS:
                continue
            raise CommandError(f"{error} It kept changing while this command ran; nothing was overwritten.") from None
        except OSError as error:
            raise CommandError(f"Cannot write {error.filename}: {error.strerror}. The file was left as it was.") from None
        break
    for other in changed:
        if other is not posting:
            print(f"Also updated {display_path(other.path)} (shared field).", file=sys.stderr)
    if not posting.valid:
        fields = ", ".join(sorted(map(str, posting.unreadable_fields))) or "the value"
        print(f"Note: {args.file}:{posting.problem.line}:{posting.problem.column}: {posting.problem.message} "
              f"The posting stays invalid until {fields} {'are' if len(posting.unreadable_fields) > 1 else 'is'} "
              f"corrected (posting-editor set {args.file} FIELD=VALUE).", file=sys.stderr)
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
        raise CommandError(f"{given}: {error} The file was not changed.") from None
    return [changed for changed in [posting, *counterparts] if changed.modified]


def _read_body(name: str) -> str:
    """The text of --body-file, read no further than a posting can be long (it may be a pipe)."""
    from editor.model.frontmatter.document import MAX_FILE_BYTES

    try:
        if name == "-":
            stream = getattr(sys.stdin, "buffer", None)  # a test or an embedding may give a text stream
            raw = stream.read(MAX_FILE_BYTES + 1) if stream is not None else sys.stdin.read(MAX_FILE_BYTES + 1).encode("utf-8")
        else:
            with open(name, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise CommandError(f"{name}: the body is larger than {MAX_FILE_BYTES // 1024} KB, the most the editor opens "
                               "for a whole posting. The file was not changed.")
        return raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"{name}: cannot read the body ({getattr(error, 'strerror', None) or error}).") from None


def _counterparts(path: Path, shared: bool = True, *, quiet: bool = False):
    """The other-language file of the pair, when the site pairs it unambiguously. With
    ``shared`` (a shared field is being set), refuses while the other half may be unreadable."""
    from editor.model.storage.files import resolved
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site

    site = Site.containing(path)
    if site is None:
        return []
    index = SiteIndex.build(site)
    entry = index.pair_for_path(path)
    if entry is None:
        return []
    refusal = index.unreadable_refusal(entry.key) if shared else None
    if refusal:
        raise CommandError(f"{refusal} The file was not changed (with --only-this-file, only {display_path(path)} "
                           "would be changed).", 1)
    target = resolved(path)
    others = [p for p in entry.all_postings() if resolved(p.path) != target]
    if any(len(entry.postings(lang)) > 1 for lang in LANGUAGES) or any(not p.valid for p in others):
        if not quiet:
            print(f"Note: the pair '{entry.key}' is in conflict or unreadable; only {display_path(path)} is changed.", file=sys.stderr)
        return []
    return others


# -------------------------------------------------------------------------- list
def cmd_list(args) -> int:
    from editor.model.site.queue import site_progress

    index = _open_index(args.site)
    progress = site_progress(index)
    rows = []
    for entry in index.pairs:
        found = progress[entry.key]
        if args.needs_translation and not found.needs_translation:
            continue
        rows.append(
            {
                "translationKey": entry.key,
                "archived": entry.archived,
                "en": [index.site.relative(p.path) for p in entry.postings("en")],
                "fr": [index.site.relative(p.path) for p in entry.postings("fr")],
                "status": found.word,
                "needsTranslation": found.needs_translation,
                "reasons": [reason.as_dict() for reason in found.reasons],
                "title_en": entry.title("en"),
                "title_fr": entry.title("fr"),
            }
        )
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    headers = ("translationKey", "archived", "en", "fr", "status", "to do")
    table = [
        tuple(terminal_safe(cell) for cell in (
            row["translationKey"],
            {True: "yes", False: "no", None: "?"}[row["archived"]] if row["archived"] in (True, False, None) else str(row["archived"]),
            ", ".join(row["en"]) or "-",
            ", ".join(row["fr"]) or "-",
            row["status"],
            progress[row["translationKey"]].describe(),
        ))
        for row in rows
    ]
    widths = [max(len(h), *(len(r[i]) for r in table)) if table else len(h) for i, h in enumerate(headers)]
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in table]
    sys.stdout.write("\n".join(out) + "\n")
    total = len(index.pairs)
    if args.needs_translation:
        print(f"{len(rows)} of {total} postings need translation in {display_path(index.site.root)}.", file=sys.stderr)
    else:
        print(f"{total} postings in {display_path(index.site.root)}.", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- new and archive
def cmd_new(args) -> int:
    from editor.model.site.create import CreateError, build_pair, make_drafts_folder, undo_drafts_folder, write_pair

    made: list[Path] = []
    folder = Path(args.site)
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        try:
            made = make_drafts_folder(folder)
        except (CreateError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            raise CommandError(f"Cannot make {args.site} a drafts folder: {reason}") from None
    try:
        index = _open_index(args.site)
        pair = build_pair(
            index,
            {"en": args.title_en or "", "fr": args.title_fr or ""},
            key=args.key,
            lever_id=args.lever_id,
            descriptions={"en": args.description_en or "", "fr": args.description_fr or ""},
        )
        written = write_pair(pair)
    except CreateError as error:
        undo_drafts_folder(made)
        raise CommandError(str(error)) from None
    except OSError as error:
        undo_drafts_folder(made)
        raise CommandError(f"Cannot create {error.filename}: {error.strerror}. Nothing was created.") from None
    if made:
        print(f"{display_path(folder)} was {'empty' if folder not in made else 'missing'}: it is now a drafts "
              "folder, with en/ for the English postings and fr/ for the French ones.", file=sys.stderr)
    for path in written:
        print(display_path(path))
    missing = [lang for lang in LANGUAGES if lang not in pair.postings]
    if missing:
        name = "French" if missing[0] == "fr" else "English"
        print(f"Created the {'English' if name == 'French' else 'French'} posting of '{pair.key}'; its {name} "
              f"version is for the translator to create (in the window: Create the {name} Version…).", file=sys.stderr)
    else:
        print(f"Created the pair '{pair.key}'.", file=sys.stderr)
    unread = index.unreadable()
    if unread:
        names = ", ".join(display_path(p.path) for p in unread)
        print(f"Note: {names} cannot be read, so its key is unknown; if it already is this posting, "
              "remove one of the two.", file=sys.stderr)
    _templates_hint(index.site.root, args.site)
    return 0


def _templates_hint(root: Path, given: str) -> None:
    """Once per site: new postings come from the bundled templates, and how to give the site its own."""
    from editor.model.site.templates import first_bundled_use, site_has_templates

    if not site_has_templates(root) and first_bundled_use(root):
        print("This site has no templates of its own, so the new posting starts from the bundled ones (headings and "
              f"placeholders only). To start from the site's usual text, run: posting-editor templates init {given} "
              "[--from POSTING]", file=sys.stderr)


def cmd_archive(args) -> int:
    from editor.model.storage.files import FileChangedError
    from editor.model.frontmatter.posting import save_postings

    index = _open_index(args.site)
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError(f"No posting has the translationKey '{args.key}' in {args.site}.")
    refusal = index.unreadable_refusal(args.key)
    if refusal:
        raise CommandError(f"{refusal} Nothing was changed.", 1)
    broken = [p for p in entry.all_postings() if not p.valid]
    if broken:
        raise CommandError(
            "; ".join(f"{display_path(p.path)}:{p.problem.line}: {p.problem.message}" for p in broken)
            + " Nothing was changed.",
            1,
        )
    value = not args.undo
    postings = entry.all_postings()
    try:
        for posting in postings:
            posting.set("archived", value)
    except ValueError as error:  # in memory only so far: neither file was written
        raise CommandError(f"{display_path(posting.path)}: {error} Nothing was changed.", 1) from None
    changed = [p for p in postings if p.modified]
    try:
        save_postings(changed)  # both files of the pair, or neither
    except (FileChangedError, OSError) as error:
        raise CommandError(f"{error} Nothing was changed; run the command again.") from None
    word = "archived" if value else "open"
    for posting in postings:
        print(f"{display_path(posting.path)}: {word}{'' if posting in changed else ' (already)'}")
    return 0


# ---------------------------------------------------------------------- window
def cmd_open(path: str | None) -> int:
    # Checked before Qt starts, so a wrong PATH is a message and exit status, not a dialog.
    if path is not None:
        from editor.model.hugo.config import Site, SiteError

        target = Path(path)
        if not target.exists():
            raise CommandError(f"{path}: no such file or folder.")
        if target.is_dir():
            try:
                Site.open(target)
            except SiteError as error:
                raise CommandError(str(error)) from None
        elif not target.is_file():
            raise CommandError(f"{path} is neither a file nor a folder.")
    try:
        from editor.app import run
    except ImportError as error:
        raise CommandError(f"The window cannot start: {error}. The command-line tools still work (see --help).") from None
    return run(path)


def _open_window(path: str | None) -> int:
    """``cmd_open``, with start-up errors also shown in a dialog when nobody reads the terminal."""
    from editor.app import report_startup_error

    try:
        return cmd_open(path)
    except CommandError as error:
        report_startup_error(str(error))
        return error.status
    except Exception as error:  # a bug, not bad input (see main)
        if os.environ.get("POSTING_EDITOR_DEBUG"):
            raise
        report_startup_error(f"internal error: {type(error).__name__}: {error} "
                             "(set POSTING_EDITOR_DEBUG=1 for details, and please report it).")
        return 2


# ---------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="posting-editor",
        description="Edit bilingual (English/French) job postings of a Hugo site. "
        "Without a command, opens the editor window on PATH (a site folder or a posting file; "
        "default: the bundled sample site).",
        epilog="Exit status: 0 fine, 1 problems found, 2 usage or file error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    render = sub.add_parser("render", help="render postings' bodies to HTML", description="Render bodies as the site will.")
    render.add_argument("files", nargs="+", metavar="FILE")
    render.add_argument("--out", metavar="DIR", help="write DIR/<file name>.html for each file")
    render.set_defaults(func=cmd_render)

    get = sub.add_parser("get", help="print a front matter value, or 'body'", description="Print one field.")
    get.add_argument("file", metavar="FILE")
    get.add_argument("key", metavar="KEY")
    get.set_defaults(func=cmd_get)

    set_ = sub.add_parser(
        "set",
        help="change fields with a minimal diff",
        description="Change fields; only their lines are rewritten. VALUE is read as YAML "
        "(archived=true is a boolean); title, description, translationKey and leverId are always text. "
        "Shared fields (archived, leverId, translationKey, layout, type) are written to the other "
        "language's file of the pair too.",
    )
    set_.add_argument("file", metavar="FILE")
    set_.add_argument("assignments", nargs="*", metavar="KEY=VALUE")
    set_.add_argument("--body-file", metavar="F", help="replace the body with the text of F ('-': standard input)")
    set_.add_argument("--only-this-file", action="store_true", help="do not update the counterpart's shared fields")
    set_.set_defaults(func=cmd_set)

    list_ = sub.add_parser(
        "list",
        help="list the pairs of a site",
        description="One row per linked pair: translationKey, archived, files, status and what is left to do. "
        "Status: invalid, conflict, draft (template placeholders left), needs-translation, ok. A pair needs "
        "translation while a language file is missing, a file still has [À TRADUIRE]/[TO TRANSLATE] markers "
        "or the other language's text, its source changed after the translation was last saved (git history, "
        "or the editor's .posting-editor/translations.json), or it has template placeholders.",
    )
    list_.add_argument("site", metavar="SITE")
    list_.add_argument("--format", choices=("text", "json"), default="text")
    list_.add_argument("--needs-translation", action="store_true",
                       help="only the pairs that need translation (the window's “Needs translation”)")
    list_.set_defaults(func=cmd_list)

    new = sub.add_parser(
        "new", help="create a linked pair (or one language) from the templates",
        description="Create an English/French pair from the templates, or only the language given a title "
        "(the other is created later, from the translator's side). A missing or empty SITE folder is made "
        "a drafts folder (en/, fr/).")
    new.add_argument("site", metavar="SITE")
    new.add_argument("--title-en", metavar="T", help="English title (creates the English file)")
    new.add_argument("--title-fr", metavar="T", help="French title (creates the French file)")
    new.add_argument("--key", metavar="K", help="translationKey (default: from the English title, else the French one)")
    new.add_argument("--lever-id", metavar="UUID", help="applicant-tracking id; also names the files")
    new.add_argument("--description-en", metavar="TEXT")
    new.add_argument("--description-fr", metavar="TEXT")
    new.set_defaults(func=cmd_new)

    archive = sub.add_parser("archive", help="archive (or reopen) both files of a pair", description="Set archived on a pair.")
    archive.add_argument("site", metavar="SITE")
    archive.add_argument("key", metavar="KEY")
    archive.add_argument("--undo", action="store_true", help="set archived: false instead")
    archive.set_defaults(func=cmd_archive)
    for module in _extra_commands():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv or (argv[0] not in command_names() and not argv[0].startswith("-")):
            if len(argv) > 1:
                build_parser().error(f"unknown command '{argv[0]}' (commands: {', '.join(command_names())})")
            return _open_window(argv[0] if argv else None)
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _open_window(None)
        return args.func(args)
    except CommandError as error:
        print(f"posting-editor: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug, not bad input: one clear line, the details on request
        if os.environ.get("POSTING_EDITOR_DEBUG"):
            raise
        print(f"posting-editor: internal error: {type(error).__name__}: {error} "
              "(set POSTING_EDITOR_DEBUG=1 for details, and please report it).", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
