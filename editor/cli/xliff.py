"""``posting-editor xliff export|import``: a posting's translation through a CAT tool (XLIFF 1.2).

Exit status: 0 done, 1 refused (the source changed since the export, a block changed on both
sides), 2 bad input or a file error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from editor.cli.common import (CommandError, add_action, add_output_option, command_with_actions, display_path,
                               message_language, open_index, refuse_other_kind, write_output, path_argument)
from editor.model.findings.catalogue import say
from editor.model.storage.files import XLIFF_SUFFIXES


def cmd_export(args) -> int:
    from editor.model.translation.xliff import XliffError, export_pair

    refuse_other_kind(args.output, XLIFF_SUFFIXES)
    index = open_index(args.site)
    try:
        data = export_pair(index, args.key, args.to)
    except XliffError as error:
        raise CommandError.of(error) from None
    if write_output(args.output, data, XLIFF_SUFFIXES):
        print(say("xliff-wrote", message_language(args), path=display_path(args.output), to_lang=args.to), file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from editor.model.storage.files import FileChangedError
    from editor.model.storage.reasons import write_failure
    from editor.model.translation.xliff import XliffError
    from editor.model.translation.xliff_import import import_xliff
    from editor.model.translation.xml_input import XmlInputError

    # os.path's answer (False) for a name the system refuses to look at (too long): reading it says why.
    if os.path.isdir(args.file) and os.path.isfile(args.site):
        # Given in export's order (SITE, then the file).
        raise CommandError.said("xliff-import-order", file=display_path(args.file), site=display_path(args.site))
    index = open_index(args.site)
    try:
        reports = import_xliff(index, Path(args.file))
    except XmlInputError as error:
        raise CommandError.of(error) from None
    except XliffError as error:
        raise CommandError.of(error, 1) from None
    except (FileChangedError, OSError) as error:
        # Only a file changed meanwhile is worth running again for; a refused write is refused again.
        refused = "xliff-not-imported" if isinstance(error, FileChangedError) else "xliff-not-imported-refused"
        raise CommandError.said(refused, reason=write_failure(error, message_language(args), shown=display_path)) from None
    for report in reports:
        print(report.summary(message_language(args)))
    return 0


def register(subparsers) -> None:
    actions = command_with_actions(
        subparsers, "xliff", help="exchange a posting's translation with a CAT tool (XLIFF 1.2)",
        description="Export a posting for translation in a CAT tool (Trados, memoQ, OmegaT) as XLIFF 1.2, "
        "and import the translated file back into the other language's posting.")
    export = add_action(
        actions, "export", cmd_export, help="write the pair's segments as XLIFF 1.2",
        description="Write the title, description and each text block of the KEY pair's source posting as XLIFF 1.2 "
        "units, with the present translation as targets (marked blocks as needs-translation).")
    export.add_argument("site", metavar="SITE", type=path_argument, help="the site folder")
    export.add_argument("key", metavar="KEY", help="translationKey of the pair, or the file of the posting to "
                        "translate (needed when the key has several files in that language)")
    export.add_argument("--to", dest="to", choices=("fr", "en"), required=True, help="the language to translate into")
    add_output_option(export, "FILE.xlf")
    imported = add_action(
        actions, "import", cmd_import, help="write a translated XLIFF file into the site",
        description="Write the translated units of FILE into the other language's posting (created if missing), "
        "changing only the translated title, description and blocks. Refused when the source text changed since "
        "the export; units left untranslated keep their marker.")
    imported.add_argument("file", metavar="FILE.xlf", type=path_argument)
    imported.add_argument("site", metavar="SITE", type=path_argument, help="the site folder")
