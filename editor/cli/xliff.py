"""``posting-editor xliff export|import``: a posting's translation through a CAT tool (XLIFF 1.2).

Exit status: 0 done, 1 refused (the source changed since the export, a block changed on both
sides), 2 bad input or a file error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from editor.cli.common import CommandError, display_path, open_index


def cmd_export(args) -> int:
    from editor.model.storage.files import atomic_write
    from editor.model.translation.xliff import XliffError, export_pair

    if not Path(args.site).is_dir():
        raise CommandError(f"{args.site}: no such folder.")
    index = open_index(args.site)
    try:
        data = export_pair(index, args.key, args.to)
    except XliffError as error:
        raise CommandError(str(error)) from None
    if args.output == "-":
        sys.stdout.buffer.write(data)
        return 0
    output = Path(args.output)
    try:
        atomic_write(output, data)
    except OSError as error:
        raise CommandError(f"Cannot write {display_path(output)}: {error.strerror or error}.") from None
    print(f"Wrote {display_path(output)} for translation into {'French' if args.to == 'fr' else 'English'}.",
          file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from editor.model.storage.files import FileChangedError
    from editor.model.storage.safe_write import write_failure
    from editor.model.translation.xliff import XliffError
    from editor.model.translation.xliff_import import import_xliff
    from editor.model.translation.xml_input import XmlInputError

    if not Path(args.site).is_dir():
        raise CommandError(f"{args.site}: no such folder.")
    index = open_index(args.site)
    try:
        reports = import_xliff(index, Path(args.file))
    except XmlInputError as error:
        raise CommandError(str(error)) from None
    except XliffError as error:
        raise CommandError(str(error), 1) from None
    except (FileChangedError, OSError) as error:
        raise CommandError(f"{write_failure(error)} Nothing was imported; run the command again.") from None
    for report in reports:
        print(report.summary())
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "xliff", help="exchange a posting's translation with a CAT tool (XLIFF 1.2)",
        description="Export a posting for translation in a CAT tool (Trados, memoQ, OmegaT) as XLIFF 1.2, "
        "and import the translated file back into the other language's posting.")
    sub = parser.add_subparsers(dest="xliff_command", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export", help="write the pair's segments as XLIFF 1.2",
        description="Write the title, description and each text block of the KEY pair's source posting as XLIFF 1.2 "
        "units, with the present translation as targets (marked blocks as needs-translation).")
    export.add_argument("site", metavar="SITE", help="the site folder")
    export.add_argument("key", metavar="KEY", help="translationKey of the pair, or the file of the posting to "
                        "translate (needed when the key has several files in that language)")
    export.add_argument("--to", dest="to", choices=("fr", "en"), required=True, help="the language to translate into")
    export.add_argument("-o", "--output", metavar="FILE.xlf", required=True, help="the file to write (- for the output)")
    export.set_defaults(func=cmd_export)
    imported = sub.add_parser(
        "import", help="write a translated XLIFF file into the site",
        description="Write the translated units of FILE into the other language's posting (created if missing), "
        "changing only the translated title, description and blocks. Refused when the source text changed since "
        "the export; units left untranslated keep their marker.")
    imported.add_argument("file", metavar="FILE.xlf")
    imported.add_argument("site", metavar="SITE", help="the site folder")
    imported.set_defaults(func=cmd_import)
