"""``posting-editor review``: a bilingual review copy of a pair, as PDF or HTML, for approval before publishing."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from editor.cli.common import add_language_option, message_language, path_argument
from editor.model.findings.catalogue import say
from editor.model.storage.reasons import system_reason

NAME = "review"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help="a bilingual review copy of a posting (PDF or HTML)",
        description="Writes the English and French versions of a posting side by side, block by block, "
                    "with the shared fields, the date, each file's last commit and the open findings, "
                    "for a hiring manager to approve.")
    parser.add_argument("site", metavar="SITE", type=path_argument, help="the site or drafts folder")
    parser.add_argument("key", metavar="KEY", help="the posting's translationKey")
    parser.add_argument("--pdf", metavar="FILE", type=path_argument, help="write a PDF here")
    parser.add_argument("--html", metavar="FILE", type=path_argument, help="write an HTML page here (- for the output)")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.cli.common import CommandError, display_path, open_index, refuse_other_kind, write_output

    if not args.pdf and not args.html:
        raise CommandError.said("review-no-output")
    if args.pdf == "-":
        raise CommandError.said("review-pdf-to-output")
    for output, suffixes in ((args.html, (".html", ".htm")), (args.pdf, (".pdf",))):
        if output:
            refuse_other_kind(output, suffixes)
    index = open_index(args.site)
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError.said("no-such-key", key=args.key, site=display_path(index.site.root))
    from editor.model.render.review import review_for_pair

    html, title = review_for_pair(index, entry)
    for option, target in (("--html", args.html), ("--pdf", args.pdf)):
        if not target:
            continue
        if target == "-":  # the output, as -o - of the exports: nothing to say but the page
            write_output(target, html.encode("utf-8"), (".html", ".htm"))
            continue
        path = Path(target)
        if os.path.isdir(path):  # not Path.is_dir(), which lets a name too long for the system through
            raise CommandError.said("review-output-folder", option=option, path=str(target))
        try:
            if option == "--html":
                from editor.model.storage.files import atomic_write

                atomic_write(path, html.encode("utf-8"))  # never half a page over the copy that was there
            else:
                _write_pdf(html, path, title)
        except OSError as error:
            raise CommandError.said("cannot-write", path=str(target), reason=system_reason(error)) from None
        print(say("review-wrote", message_language(args), path=display_path(path)))
    return 0


def _write_pdf(html: str, path: Path, title: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a terminal needs no display to write a PDF
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["posting-editor"])
    from editor.ui.review_document import write_pdf

    write_pdf(html, path, title=title)
    del app
