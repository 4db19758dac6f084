"""Creating a pair (or one language) from the templates, and archiving a pair: ``new``, ``archive``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from editor.cli.common import (CommandError, add_language_option, display_path, message_language, open_index,
                               posting_problems, path_argument)
from editor.model.findings.catalogue import say
from editor.model.hugo.config import LANGUAGES
from editor.model.storage.reasons import system_reason


def cmd_new(args) -> int:
    from editor.model.site.create import CreateError, build_pair, make_drafts_folder, undo_drafts_folder, write_pair

    from editor.model.frontmatter.one_line import has_line_break

    for option in ("title_en", "title_fr", "description_en", "description_fr"):
        if has_line_break(getattr(args, option) or ""):
            raise CommandError.said("new-line-break", option="--" + option.replace("_", "-"))
    made: list[Path] = []
    folder = Path(args.site)
    try:
        # A link to nothing or a loop of links is not missing: opening it below says what it is.
        empty_or_missing = not os.path.lexists(folder) or (folder.is_dir() and not any(folder.iterdir()))
    except OSError:
        empty_or_missing = False  # a folder that cannot be listed: opening it below says so
    if empty_or_missing:
        try:
            made = make_drafts_folder(folder)
        except (CreateError, OSError) as error:
            reason = system_reason(error) if isinstance(error, OSError) and not isinstance(error, CreateError) else error
            raise CommandError.said("new-no-drafts", path=args.site, reason=reason) from None
    try:
        index = open_index(args.site)
        pair = build_pair(
            index,
            {"en": args.title_en or "", "fr": args.title_fr or ""},
            key=args.key,
            lever_id=args.lever_id,
            descriptions={"en": args.description_en or "", "fr": args.description_fr or ""},
            bundled=args.bundled_template,
            start_from=_earlier_posting(index, args.start_from) if args.start_from else None,
        )
        written = write_pair(pair)
    except CreateError as error:
        undo_drafts_folder(made)
        if error.key == "create-site-template-unusable":
            raise CommandError.said("new-site-template-unusable", reason=error) from None
        raise CommandError.of(error) from None
    except OSError as error:
        undo_drafts_folder(made)
        raise CommandError.said("new-cannot-create", path=str(error.filename), reason=system_reason(error)) from None
    lang = message_language(args)
    if made:
        print(say("new-drafts-made" if folder in made else "new-drafts-filled", lang, path=display_path(folder)),
              file=sys.stderr)
    for path in written:
        print(display_path(path))
    missing = [lang for lang in LANGUAGES if lang not in pair.postings]
    if missing:
        print(say(f"new-one-{missing[0]}-missing", lang, key=pair.key), file=sys.stderr)
    else:
        print(say("new-pair", lang, key=pair.key), file=sys.stderr)
    unread = index.unreadable()
    if unread:
        names = ", ".join(display_path(p.path) for p in unread)
        print(say("new-unreadable-note", lang, names=names), file=sys.stderr)
    _templates_hint(index.site.root, args.site, lang, bundled=args.bundled_template or bool(args.start_from))
    return 0


def _earlier_posting(index, given: str) -> dict:
    """The files of the pair holding ``given`` in ``index``, by language, to start a new pair from."""
    from editor.model.site.create import CreateError

    entry = index.pair_for_path(Path(given))
    if entry is None:
        raise CreateError.said("template-not-a-posting", path=given)
    return {lang: entry.first(lang) for lang in LANGUAGES if entry.first(lang) is not None}


def _templates_hint(root: Path, given: str, lang: str, *, bundled: bool) -> None:
    """Once per site: new postings come from the bundled templates, and how to give the site its own."""
    from editor.model.site.templates import first_bundled_use, site_has_templates

    if not site_has_templates(root) and first_bundled_use(root) and not bundled:
        print(say("new-bundled-templates", lang, site=given), file=sys.stderr)


def cmd_archive(args) -> int:
    from editor.model.storage.files import FileChangedError
    from editor.model.storage.reasons import write_failure
    from editor.model.frontmatter.posting import save_postings

    index = open_index(args.site)
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError.said("no-such-key", key=args.key, site=args.site)
    refusal = index.unreadable_refusal(args.key)
    if refusal:
        raise CommandError.said("unchanged", 1, reason=refusal)
    broken = [p for p in entry.all_postings() if not p.valid]
    if broken:
        raise CommandError.said("unchanged", 1, reason=posting_problems(broken))
    value = not args.undo
    postings = entry.all_postings()
    try:
        for posting in postings:
            posting.set("archived", value)
    except ValueError as error:  # in memory only so far: neither file was written
        raise CommandError.said("unchanged", 1, reason=f"{display_path(posting.path)}: {error}") from None
    changed = [p for p in postings if p.modified]
    try:
        save_postings(changed)  # both files of the pair, or neither
    except (FileChangedError, OSError) as error:
        # Only a file changed meanwhile is worth running again for; a refused write is refused again.
        again = "unchanged-again" if isinstance(error, FileChangedError) else "unchanged"
        raise CommandError.said(again, reason=write_failure(error, message_language(args), shown=display_path)) from None
    state = "archived" if value else "open"
    for posting in postings:
        already = "-already" if posting not in changed else ""
        print(say(f"archive-{state}{already}", message_language(args), path=display_path(posting.path)))
    return 0


def register(sub) -> None:
    new = sub.add_parser(
        "new", help="create a linked pair (or one language) from the templates",
        description="Create an English/French pair from the templates, or only the language given a title "
        "(the other is created later, from the translator's side). A missing or empty SITE folder is made "
        "a drafts folder (en/, fr/).")
    new.add_argument("site", metavar="SITE", type=path_argument)
    new.add_argument("--title-en", metavar="T", help="English title (creates the English file)")
    new.add_argument("--title-fr", metavar="T", help="French title (creates the French file)")
    new.add_argument("--key", metavar="K", help="translationKey (default: from the English title, else the French one)")
    new.add_argument("--lever-id", metavar="UUID", help="applicant-tracking id; also names the files")
    new.add_argument("--description-en", metavar="TEXT")
    new.add_argument("--description-fr", metavar="TEXT")
    new.add_argument("--bundled-template", action="store_true",
                     help="start from the bundled templates even when the site has its own (say, one that is a "
                     "broken link)")
    new.add_argument("--from", dest="start_from", metavar="FILE", type=path_argument,
                     help="start from this posting of SITE (and its other language) instead of the templates: "
                     "its text and fields with the new title, key and Lever ID, not archived")
    new.set_defaults(func=cmd_new)
    add_language_option(new)

    archive = sub.add_parser("archive", help="archive (or reopen) both files of a pair", description="Set archived on a pair.")
    archive.add_argument("site", metavar="SITE", type=path_argument)
    archive.add_argument("key", metavar="KEY")
    archive.add_argument("--undo", action="store_true", help="set archived: false instead")
    archive.set_defaults(func=cmd_archive)
    add_language_option(archive)
