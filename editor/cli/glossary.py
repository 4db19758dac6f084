"""``posting-editor glossary import|export``: the site's glossary with terminology tools (TBX, CSV).

Exit status: 0 done, 2 bad input or a file error.
"""

from __future__ import annotations

import sys

from editor.cli.common import (CommandError, add_action, add_output_option, command_with_actions, display_path,
                               message_language, refuse_other_kind, terminal_safe, write_output, path_argument)
from editor.model.findings.catalogue import say

TBX_SUFFIXES = (".tbx", ".xml")  # what these files are called; another file at the name is never replaced


def _site_glossary(site: str):
    from editor.model.hugo.config import Site, SiteError
    from editor.model.translation.glossary import Glossary, GlossaryError

    try:
        root = Site.open(site).root
    except SiteError as error:
        raise CommandError.of(error) from None
    try:
        return Glossary.load(root), root
    except GlossaryError as error:
        raise CommandError.of(error) from None


def cmd_export(args) -> int:
    from editor.model.translation.glossary_files import glossary_tbx

    refuse_other_kind(args.output, TBX_SUFFIXES)
    glossary, root = _site_glossary(args.site)
    if write_output(args.output, glossary_tbx(glossary, title=f"Glossary of {root.name}"), TBX_SUFFIXES):
        print(say("glossary-wrote", message_language(args), path=display_path(args.output), count=len(glossary.entries)),
              file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from editor.model.translation.glossary import GlossaryError
    from editor.model.translation.glossary_files import TermFileError, merge_terms, read_term_file

    glossary, _root = _site_glossary(args.site)
    try:
        read = read_term_file(args.file)
    except TermFileError as error:
        raise CommandError.of(error) from None
    lang = message_language(args)
    if read.assumed is not None:  # before the report: the terms it lists were read that way
        print(read.assumed.text(lang), file=sys.stderr)
    report = merge_terms(glossary, read.terms)
    if report.modified and not args.dry_run:
        try:
            path = glossary.save()
        except GlossaryError as error:  # before the report, which would say "Added" of terms not saved
            raise CommandError.of(error) from None
        where = say("glossary-saved-in", lang, path=display_path(path))
    else:
        where = say("glossary-dry-run" if args.dry_run and report.modified else "glossary-nothing", lang)
    for kind, names in (("added", report.added), ("changed", report.changed), ("skipped", report.skipped)):
        for name in names:
            print(say(f"glossary-{kind}", lang, term=terminal_safe(name if isinstance(name, str) else name.text(lang))))
    print(say("glossary-report", lang, added=len(report.added), changed=len(report.changed),
              skipped=len(report.skipped), written=where), file=sys.stderr)
    return 0


def register(subparsers) -> None:
    actions = command_with_actions(
        subparsers, "glossary", help="exchange the site's glossary with terminology tools (TBX, CSV)",
        description="Import term pairs from a TBX (ISO 30042, v2 or v3) or CSV file into the site's glossary "
        "(.posting-editor/glossary.yaml), or export the glossary as TBX-Basic.")
    imported = add_action(
        actions, "import", cmd_import, help="add the terms of a TBX or CSV file to the glossary",
        description="Add the term pairs of FILE (TBX, or CSV with English, French and an optional note per row, "
        "in that order unless a header row names the columns en, fr, note; several forms in a cell separated by |) "
        "to the site's glossary. An entry whose English term is already there replaces its forms. Lists what was "
        "added, changed and skipped.")
    imported.add_argument("file", metavar="FILE.tbx|FILE.csv", type=path_argument)
    imported.add_argument("site", metavar="SITE", type=path_argument, help="the site folder")
    imported.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    export = add_action(actions, "export", cmd_export, help="write the glossary as TBX-Basic",
                        description="Write the site's glossary as a TBX-Basic file (ISO 30042:2019).")
    export.add_argument("site", metavar="SITE", type=path_argument, help="the site folder")
    add_output_option(export, "FILE.tbx")
