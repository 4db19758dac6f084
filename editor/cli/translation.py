"""``posting-editor translate SITE KEY --to fr|en``: start the other language's version of a posting.

Writes the skeleton (see ``editor.model.translation.skeleton``): shared fields copied, title and
description empty for the translator, each block of the body holding the source text behind a
``[À TRADUIRE]`` / ``[TO TRANSLATE]`` marker, standard template paragraphs already translated.
Prints the new file's path. Exit status: 0 written (or would be, with --dry-run), 2 otherwise.
"""

from __future__ import annotations

import sys

from editor.cli.common import add_language_option, display_path, message_language, terminal_safe, path_argument
from editor.model.findings.catalogue import say

NAME = "translate"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="create the other language's version of a posting, ready to translate",
        description="Create the French (or English) posting of the pair KEY from the other language: shared "
        "fields copied, title and description left empty, every heading, paragraph and list item holding the "
        "source text marked [À TRADUIRE] / [TO TRANSLATE] until translated; standard paragraphs of the "
        "bilingual template are put in their translated form. Prints the new file's path.",
    )
    parser.add_argument("site", metavar="SITE", type=path_argument, help="the site folder")
    parser.add_argument("key", metavar="KEY", help="translationKey of the pair")
    parser.add_argument("--to", dest="to", choices=("fr", "en"), required=True, help="the language to create")
    parser.add_argument("--title", metavar="T", help="the translated title (also names the file); default: empty, the "
                        "file then named after the translation memory's exact translation of the title, else after "
                        "the source's title")
    parser.add_argument("--dry-run", action="store_true", help="print the path and the new file; write nothing")
    parser.add_argument("--pretranslate", action="store_true",
                        help="fill blocks from the site's translation memory: 100%% matches among 100%% matches go in "
                        "translated, others scoring the site's pretranslate_threshold (default 85) or more go in "
                        "still marked to translate")
    add_language_option(parser)
    parser.set_defaults(func=run)



def run(args) -> int:
    from editor.cli.common import CommandError, write_refusal
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site, SiteError
    from editor.model.translation.skeleton import SkeletonError, create_counterpart

    try:
        index = SiteIndex.build(Site.open(args.site))
    except SiteError as error:
        raise CommandError.of(error) from None
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError.said("no-such-key", key=args.key, site=args.site)
    source_lang = "en" if args.to == "fr" else "fr"
    sources = entry.postings(source_lang)
    if not sources:
        raise CommandError.said("no-source-posting", key=args.key, from_lang=source_lang)
    if len(sources) > 1:
        names = ", ".join(display_path(p.path) for p in sources)
        raise CommandError.said("translate-several-sources", key=args.key, from_lang=source_lang, files=names)
    memory, threshold = None, 85
    report: dict[str, int] = {}
    if args.pretranslate:
        from editor.model.translation.memory.build import build_memory
        from editor.model.translation.settings import TranslationSettings

        memory = build_memory(index)
        threshold = TranslationSettings.load(index.site.root).pretranslate_threshold
    try:
        posting = create_counterpart(index, sources[0], args.to, title=args.title, memory=memory, threshold=threshold,
                                     report=report)
    except SkeletonError as error:
        raise CommandError.of(error) from None
    except ValueError as error:  # a field the model cannot write safely
        raise CommandError.said("path-reason", path=display_path(sources[0].path), reason=error) from None
    lang = message_language(args)
    if args.dry_run:
        print(display_path(posting.path))
        sys.stdout.write(posting.text())
        _say_name(report, posting, source_lang, args.to, lang)
        print(say("translate-dry-run", lang), file=sys.stderr)
        return 0
    from editor.model.storage.files import FileChangedError

    try:
        posting.file_path.parent.mkdir(parents=True, exist_ok=True)
        posting.save()
    except FileChangedError as error:
        raise CommandError.said("nothing-created", reason=error) from None
    except OSError as error:
        raise write_refusal("new-cannot-create", error, path=display_path(posting.path)) from None
    print(display_path(posting.path))
    print(say("translate-created", lang, to_lang=args.to, key=args.key), file=sys.stderr)
    _say_name(report, posting, source_lang, args.to, lang)
    if args.pretranslate:
        print(say("translate-from-memory", lang, translated=report.get("translated", 0), marked=report.get("marked", 0),
                  threshold=threshold), file=sys.stderr)
    return 0


def _say_name(report: dict[str, int], posting, from_lang: str, to_lang: str, lang: str) -> None:
    """Say that the new file is named in the other language, and how to name it in its own."""
    if report.get("named_after_source"):
        print(say("translate-named-after-source", lang, name=terminal_safe(posting.path.name), from_lang=from_lang,
                  to_lang=to_lang), file=sys.stderr)
