"""``posting-editor tm export SITE -o FILE.tmx`` and ``tm import FILE.tmx SITE``: the translation
memory in TMX 1.4b, the format CAT tools (Trados, memoQ, OmegaT) exchange.

Import keeps a copy of the file in the site's ``.posting-editor/memory/`` folder, where ``suggest``,
the window and pre-translation read it; an earlier memory of the same name is never lost
(``memory.own_files``). Exit status: 0 done, 2 on bad input (nothing written).
"""

from __future__ import annotations

import sys
from pathlib import Path

from editor.cli.common import (CommandError, add_action, add_output_option, command_with_actions, display_path,
                               message_language, open_index, refuse_other_kind, refuse_unless_file, write_output,
                               write_refusal, path_argument)
from editor.model.findings.catalogue import say
from editor.model.storage.reasons import system_reason

TMX_SUFFIXES = (".tmx", ".xml")  # what these files are called; another file at the name is never replaced


def register(subparsers) -> None:
    actions = command_with_actions(subparsers, "tm", help="export or import the translation memory (TMX)",
                                   description="The site's translation memory as TMX 1.4b (en-CA / fr-CA).")
    export = add_action(actions, "export", run_export, help="write the site's memory to a TMX file",
                        description="Write every unit of the site's translation memory (its aligned pairs, earlier "
                        "versions from git, imported memories) to a TMX 1.4b file.")
    export.add_argument("site", metavar="SITE", type=path_argument)
    add_output_option(export, "FILE.tmx")
    export.add_argument("--no-history", action="store_true", help="leave out earlier versions from git")
    load = add_action(actions, "import", run_import, help="add a translator's TMX memory to the site",
                      description="Check a TMX file and keep a copy in SITE/.posting-editor/memory/, where "
                      "suggest and pre-translation use every file. A different memory already imported under the "
                      "same name is kept: the new one is added beside it (NAME-2.tmx), unless --replace is given.")
    load.add_argument("file", metavar="FILE.tmx", type=path_argument)
    load.add_argument("site", metavar="SITE", type=path_argument)
    load.add_argument("--replace", action="store_true",
                      help="replace the memory imported earlier under the same name; it is kept as a backup "
                      "(NAME.tmx.DATE.bak, not read as memory)")


def run_export(args) -> int:
    from editor.model.translation.memory.build import build_memory

    refuse_other_kind(args.output, TMX_SUFFIXES)
    index = open_index(args.site)
    memory = build_memory(index, history=not args.no_history)
    from editor.model.translation.memory.tmx import tmx_bytes, unit_count

    data = tmx_bytes(memory.units)
    if write_output(args.output, data, TMX_SUFFIXES):  # "-": the output, as for xliff and glossary export
        print(say("tm-exported", message_language(args), path=display_path(args.output), count=unit_count(data)),
              file=sys.stderr)
    return 0


def run_import(args) -> int:
    from editor.model.storage.files import read_bytes
    from editor.model.translation.settings import OWN_FOLDER
    from editor.model.translation.memory.own_files import NotAFileError, keep_memory
    from editor.model.translation.memory.tmx import MAX_TMX_BYTES, TmxError, parse_tmx_counted

    source = Path(args.file)
    refuse_unless_file(args.file)
    index = open_index(args.site)
    try:
        data = read_bytes(source, MAX_TMX_BYTES)
        units, left_out = parse_tmx_counted(data, source.name)
    except OSError as error:
        raise CommandError.said("cannot-read", path=display_path(source), reason=system_reason(error)) from None
    except (TmxError, ValueError) as error:
        raise CommandError.said("tm-not-tmx", path=display_path(source), reason=error) from None
    if not units:
        raise CommandError.said("tm-no-units", path=display_path(source))
    name = source.name if source.suffix.lower() == ".tmx" else source.name + ".tmx"
    try:
        kept = keep_memory(index.site.root, name, data, replace=args.replace)
    except NotAFileError as error:
        raise CommandError.said("tm-target-not-file", path=display_path(error.filename)) from None
    except OSError as error:
        target = index.site.root / OWN_FOLDER / name
        raise write_refusal("tm-cannot-write", error, path=display_path(target)) from None
    print(say(f"tm-{kept.outcome}", message_language(args), path=display_path(kept.path), count=len(units),
              earlier=display_path(kept.earlier) if kept.earlier is not None else ""), file=sys.stderr)
    if left_out:
        print(say("tm-left-out", message_language(args), count=left_out), file=sys.stderr)
    return 0
