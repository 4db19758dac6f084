"""``posting-editor export SOURCE --to SITE``: hand finished postings to the site's repository.

Exit status as for every command: 0 done (or, with --dry-run, would be done), 1 the postings
have errors, or warnings not accepted, 2 usage, file or repository problem. Messages go to stderr,
the plan (files and diffs) to stdout.
"""

from __future__ import annotations

import sys

from editor.cli.common import add_language_option, display_path, message_language, open_index, path_argument
from editor.model.findings.catalogue import say

NAME = "export"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="copy finished postings into the site, optionally committing them",
        description="Check the postings of SOURCE (a drafts folder with en/ and fr/, or a copy of the site), "
        "then write them into SITE: new postings under the site's postings folder as slug--leverId.md, "
        "postings the site already has (same translationKey) updated in place with minimal diffs. "
        "Every check of 'posting-editor check' runs on the pairs first. Errors stop the export; warnings stop it "
        "unless accepted. Unfinished work is always an error: a [TO TRANSLATE]/[À TRADUIRE] marker, a template "
        "placeholder or guidance sentence, an empty or 'null' title or description, an empty body, a TODO note, "
        "a file mostly in the other language, text or a title left in the other language, a section with no "
        "text in one language (left out, or only an HTML comment under its heading), a pair missing a language "
        "that the site does not have either.",
    )
    parser.add_argument("source", metavar="SOURCE", type=path_argument, help="drafts folder or site copy to export from")
    parser.add_argument("--to", dest="site", metavar="SITE", type=path_argument, required=True, help="the Hugo site to export into")
    parser.add_argument("--key", dest="keys", action="append", metavar="K",
                        help="export only this translationKey (repeat for several; default: every pair of SOURCE)")
    parser.add_argument("--branch", metavar="NAME", help="switch to this branch of SITE's repository first (created from the current one if needed)")
    parser.add_argument("--commit", action="store_true", help="commit exactly the exported files with git (never pushed)")
    parser.add_argument("--message", metavar="TEXT", help="first line of the commit message (the postings are listed below it)")
    parser.add_argument("--dry-run", action="store_true", help="show what would be written; write nothing")
    parser.add_argument("--accept-warnings", action="store_true", help="export even when the checks report warnings (errors are never overridden)")
    parser.add_argument("--rename", action="store_true",
                        help="rename existing postings to their title's file name (the old address is kept in aliases)")
    add_language_option(parser)
    parser.set_defaults(func=run)



def run(args) -> int:
    from editor.cli.common import CommandError
    from editor.model.site.export import plan_export
    from editor.model.site.export_plan import ExportError
    from editor.model.site.export_write import apply_export

    if args.message is not None and not args.commit:
        raise CommandError.said("export-message-without-commit")
    source = open_index(args.source)
    site = open_index(args.site)
    try:
        plan = plan_export(source, site, args.keys, rename=args.rename)
    except ExportError as error:
        raise CommandError.of(error) from None
    if args.commit:
        from editor.model.site.export_git import include_uncommitted

        include_uncommitted(plan)  # what an interrupted export wrote is committed this time
    lang = message_language(args)
    for finding in plan.errors + plan.warnings:
        print(finding.as_text(lang).replace(finding.file, display_path(finding.file), 1), file=sys.stderr)
    sys.stdout.write(plan.summary(lang) if plan.items else "")
    if plan.errors:
        _print_to_finish(plan.errors, lang)
        print(say("export-refused-errors", lang, count=len(plan.errors)), file=sys.stderr)
        return 1
    if plan.warnings and not args.accept_warnings:
        print(say("export-refused-warnings", lang, count=len(plan.warnings)), file=sys.stderr)
        return 1
    changes = plan.changes()
    if args.dry_run:
        _check_repository(plan, args)
        if args.commit or args.branch:
            if args.commit and changes:
                sys.stdout.write(f"\n{say('export-commit-message', lang)}\n" + plan.commit_message(args.message))
        print(say("export-dry-run", lang, count=len(changes)), file=sys.stderr)
        return 0
    if not changes:
        print(say("export-nothing", lang), file=sys.stderr)
        return 0
    try:
        result = apply_export(plan, commit=args.commit, branch=args.branch, message=args.message)
    except ExportError as error:
        raise CommandError.of(error) from None
    for path in result.written:
        print(say("export-wrote", lang, path=display_path(path)), file=sys.stderr)
    for path in result.removed:
        print(say("export-removed", lang, path=display_path(path)), file=sys.stderr)
    if result.branch and args.branch:
        print(say("export-branch-created" if result.branch_created else "export-branch-on", lang, branch=result.branch),
              file=sys.stderr)
    if result.commit:
        print(say("export-committed", lang, commit=result.commit[:12], branch=result.branch), file=sys.stderr)
    print(say("export-done", lang, count=len(changes)), file=sys.stderr)
    return 0


def _print_to_finish(errors, lang: str) -> None:
    """Per file, what the writer has to do: a "todo-<code>" text for each kind of unfinished work
    (:data:`~editor.model.checks.gate.BLOCKING`); other errors are counted."""
    from editor.model.checks.gate import BLOCKING, to_finish

    print(say("to-finish", lang), file=sys.stderr)
    for file, codes in sorted(to_finish(errors).items()):
        tasks = [say(f"todo-{code}", lang, count=n) for code, n in codes.items() if code in BLOCKING]
        others = sum(n for code, n in codes.items() if code not in BLOCKING)
        if others:
            tasks.append(say("todo-other", lang, count=others))
        print(say("to-finish-file", lang, path=display_path(file), tasks="; ".join(tasks)),
              file=sys.stderr)


def _check_repository(plan, args) -> None:
    """The refusals apply_export would give, found without changing anything (for --dry-run)."""
    from editor.cli.common import CommandError
    from editor.model.site.export_write import repository_problems

    problems = repository_problems(plan, commit=args.commit, branch=args.branch, lang=message_language(args))
    if problems:
        raise CommandError("\n".join(problems))  # already in the language of messages
