"""``posting-editor translate SITE KEY --to fr|en``: start the other language's version of a posting.

Writes the skeleton (see ``editor.model.translation.skeleton``): shared fields copied, title and
description empty for the translator, each block of the body holding the source text behind a
``[À TRADUIRE]`` / ``[TO TRANSLATE]`` marker, standard template paragraphs already translated.
Prints the new file's path. Exit status: 0 written (or would be, with --dry-run), 2 otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

from editor.cli.common import display_path

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
    parser.add_argument("site", metavar="SITE", help="the site folder")
    parser.add_argument("key", metavar="KEY", help="translationKey of the pair")
    parser.add_argument("--to", dest="to", choices=("fr", "en"), required=True, help="the language to create")
    parser.add_argument("--title", metavar="T", help="the translated title (also names the file); default: empty")
    parser.add_argument("--dry-run", action="store_true", help="print the path and the new file; write nothing")
    parser.add_argument("--pretranslate", action="store_true",
                        help="fill blocks from the site's translation memory: 100%% matches among 100%% matches go in "
                        "translated, others scoring the site's pretranslate_threshold (default 85) or more go in "
                        "still marked to translate")
    parser.set_defaults(func=run)



def run(args) -> int:
    from editor.cli.common import CommandError
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site, SiteError
    from editor.model.translation.skeleton import SkeletonError, create_counterpart

    if not Path(args.site).is_dir():
        raise CommandError.said("no-such-folder", path=args.site)
    try:
        index = SiteIndex.build(Site.open(args.site))
    except SiteError as error:
        raise CommandError(str(error)) from None
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError.said("no-such-key", key=args.key, site=args.site)
    source_lang = "en" if args.to == "fr" else "fr"
    sources = entry.postings(source_lang)
    if not sources:
        raise CommandError(f"The pair '{args.key}' has no {'English' if source_lang == 'en' else 'French'} posting to translate from.")
    if len(sources) > 1:
        names = ", ".join(display_path(p.path) for p in sources)
        raise CommandError(f"The pair '{args.key}' has several {source_lang.upper()} files ({names}); keep one first.")
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
        raise CommandError(str(error)) from None
    except ValueError as error:  # a field the model cannot write safely
        raise CommandError(f"{display_path(sources[0].path)}: {error}") from None
    if args.dry_run:
        print(display_path(posting.path))
        sys.stdout.write(posting.text())
        print("Nothing was written (--dry-run).", file=sys.stderr)
        return 0
    from editor.model.storage.files import FileChangedError

    try:
        posting.file_path.parent.mkdir(parents=True, exist_ok=True)
        posting.save()
    except FileChangedError as error:
        raise CommandError(f"{error} Nothing was created.") from None
    except OSError as error:
        raise CommandError(f"Cannot write {posting.path}: {error.strerror or error}. Nothing was created.") from None
    print(display_path(posting.path))
    print(f"Created the {'French' if args.to == 'fr' else 'English'} version of '{args.key}'; "
          "translate the marked blocks, the title and the description.", file=sys.stderr)
    if args.pretranslate:
        print(f"From the translation memory: {report.get('translated', 0)} translated, {report.get('marked', 0)} "
              f"to review (still marked; {threshold}% or more).", file=sys.stderr)
    return 0
