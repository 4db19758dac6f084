"""``posting-editor resolve SITE KEY``: settle a pair's conflicts from the command line.

Without an action it lists the pair's conflicts and the commands that settle each (exit 1 while
there are some). ``--field F --take en|fr`` writes one language's value of a shared field to every
file of the key; ``--duplicate FILE`` with ``--archive``, ``--rekey NEWKEY`` or ``--delete`` deals with
an extra file using the key in one language. Exit status: 0 settled (or nothing to settle), 1
conflicts remain / nothing could be changed, 2 usage or file error.
"""

from __future__ import annotations

import sys

from editor.cli.common import add_language_option, display_path, message_language, path_argument, posting_problems
from editor.model.findings.catalogue import say
from editor.model.findings.worded import Phrase
from editor.model.storage.reasons import system_reason

NAME = "resolve"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="settle a pair's conflicts (shared fields that differ, a key used twice)",
        description="Settle the conflicts of the pair KEY. Without an action, lists them with the commands "
        "that settle each. --field F --take en|fr gives every file of the pair the English (or French) "
        "file's value of the shared field F, changing only that line. --duplicate FILE acts on an extra file "
        "using the key in one language: --archive archives it under a key of its own (--rekey NEWKEY to "
        "choose it), --rekey NEWKEY alone gives it another key, --delete deletes the file.",
        epilog="Exit status: 0 settled or nothing to settle, 1 conflicts remain, 2 usage or file error.",
    )
    parser.add_argument("site", metavar="SITE", type=path_argument, help="the site or drafts folder")
    parser.add_argument("key", metavar="KEY", help="translationKey of the pair")
    parser.add_argument("--field", metavar="F", help="the shared field to settle (archived, leverId, layout, type)")
    parser.add_argument("--take", choices=("en", "fr"), help="whose value of --field wins")
    parser.add_argument("--duplicate", metavar="FILE", type=path_argument, help="an extra file using KEY in its language")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--archive", action="store_true", help="archive FILE under a key of its own")
    action.add_argument("--delete", action="store_true", help="delete FILE (it cannot be undone here)")
    parser.add_argument("--rekey", metavar="NEWKEY", help="the new translationKey of FILE")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from editor.cli.common import CommandError, open_index

    if (args.field is None) != (args.take is None):
        raise CommandError.said("resolve-field-take")
    if args.duplicate is None and (args.archive or args.delete or args.rekey is not None):
        raise CommandError.said("resolve-needs-duplicate")
    if args.duplicate is not None and not (args.archive or args.delete or args.rekey is not None):
        raise CommandError.said("resolve-what-to-do")
    if args.delete and args.rekey is not None:
        raise CommandError.said("resolve-delete-rekey")
    if args.field is not None and args.duplicate is not None:
        raise CommandError.said("resolve-one-at-a-time")
    from editor.model.site.index import SHARED_FIELDS

    if args.field is not None and args.field not in SHARED_FIELDS:
        raise CommandError.said("not-shared-field", name=args.field, shared=", ".join(SHARED_FIELDS))
    index = open_index(args.site)
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError.said("no-such-key", key=args.key, site=args.site)
    if args.field is not None:
        return _take(entry, args)
    if args.duplicate is not None:
        return _duplicate(index, entry, args)
    return _list(entry, message_language(args))


def _list(entry, lang: str) -> int:
    from editor.model.site.conflicts import DuplicateKey, pair_conflicts, shown_value

    conflicts = pair_conflicts(entry)
    # Its own files that cannot be read, and those of its missing language that may be its (unreadable
    # files elsewhere in the site): whether they agree with the others cannot be known.
    unread = [posting for posting in entry.all_postings() if not posting.valid]
    unread += [posting for posting in entry.unreadable() if all(posting is not known for known in unread)]
    if not conflicts and not unread:
        print(say("resolve-none", lang, key=entry.key), file=sys.stderr)
        return 0
    for problem in posting_problems(unread):  # its shared fields cannot be compared: not "no conflicts"
        print(say("resolve-unreadable", lang, problem=problem.text(lang)))
    if not conflicts:
        return 1
    for conflict in conflicts:
        if isinstance(conflict, DuplicateKey):
            names = ", ".join(display_path(p.path) for p in conflict.postings)
            print(say("resolve-key-twice", lang, code=conflict.lang, files=names))
            print(say("resolve-settle-duplicate", lang))
        else:
            values = ", ".join(say("path-reason", lang, path=display_path(p.path), reason=shown_value(present, value, lang))
                               for p, present, value in conflict.values)
            print(say("resolve-differs", lang, name=conflict.field, values=values))
            print(say("resolve-settle-field", lang, name=conflict.field))
    print(say("resolve-count", lang, count=len(conflicts), key=entry.key), file=sys.stderr)
    return 1


def _take(entry, args) -> int:
    from editor.cli.common import CommandError
    from editor.model.site.conflicts import ConflictError, shown_value, take_field

    try:
        changed = take_field(entry, args.field, args.take)
    except ConflictError as error:
        raise CommandError.said("unchanged", 1, reason=error) from None
    except ValueError as error:  # a value the model cannot write safely
        raise CommandError.said("unchanged", reason=error) from None
    _save(changed)
    lang = message_language(args)
    present = args.field in changed[0].data if changed else True
    value = changed[0].get(args.field) if changed else None
    for posting in changed:
        print(say("resolve-set", lang, path=display_path(posting.path), name=args.field,
                  value=shown_value(present, value, lang)))
    return 0


def _duplicate(index, entry, args) -> int:
    from editor.cli.common import CommandError
    from editor.model.site.conflicts import (ConflictError, archive_duplicate, delete_duplicate, rekey_duplicate)
    from editor.model.storage.files import FileChangedError, resolved

    given = display_path(args.duplicate)
    if not any(p.path is not None and resolved(p.path) == resolved(args.duplicate) for p in entry.all_postings()):
        raise CommandError.said("conflict-not-a-file-of", path=given, key=entry.key)
    lang = message_language(args)
    try:
        if args.delete:
            path = delete_duplicate(entry, args.duplicate)
            print(say("resolve-deleted", lang, path=display_path(path)))
            return 0
        if args.archive:
            posting = archive_duplicate(index, entry, args.duplicate, args.rekey)
        else:
            posting = rekey_duplicate(index, entry, args.duplicate, args.rekey)
    except (ConflictError, FileChangedError) as error:
        raise CommandError.said("unchanged", 1, reason=error) from None
    except OSError as error:
        raise CommandError.said("resolve-cannot-delete", path=given, reason=system_reason(error)) from None
    except ValueError as error:
        raise CommandError.said("unchanged", reason=Phrase("path-reason", {"path": given, "reason": error})) from None
    _save([posting])
    print(say("resolve-archived" if args.archive else "resolve-rekeyed", lang, path=display_path(posting.path),
              key=str(posting.get("translationKey"))))
    return 0


def _save(postings) -> None:
    from editor.cli.common import CommandError, write_refusal
    from editor.model.site.conflicts import save_postings
    from editor.model.storage.files import FileChangedError

    try:
        save_postings(postings)
    except FileChangedError as error:
        raise CommandError.of(error, 1) from None
    except OSError as error:
        raise write_refusal("resolve-cannot-write", error, path=str(error.filename)) from None
