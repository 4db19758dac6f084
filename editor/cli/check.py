"""``posting-editor check``: every rule on files or whole sites, optionally fixing typography first."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from editor.cli.common import (add_language_option, display_path, json_text, message_language, program_line,
                               terminal_safe, path_argument)
from editor.model.storage.files import resolved
from editor.model.findings import Finding, Severity
from editor.model.findings.catalogue import say
from editor.model.findings.worded import text_of

if TYPE_CHECKING:
    from editor.model.checks.results_cache import SiteResult
    from editor.model.hugo.config import Site

NAME = "check"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="check files or site folders",
        description="Check postings: front matter, fields, body, the pair's two files, and the checks between "
        "the languages (numbers, links, structure, untranslated text, typography, inclusive writing, glossary), "
        "spelling in each file's language, and French grammar (Grammalecte). "
        "Lines read 'file:line:col: severity code: message'. Exit 1 when errors or warnings are found.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=path_argument, help="posting files or site folders")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(parser)
    parser.add_argument("--fix", action="store_true",
                        help="first fix typography in place (spaces before : and in « », amounts, thousands, "
                        "times, apostrophes), changing only those characters; paragraphs in the other language and headings whose "
                        "id would change are left as they are (with a note); then report what is left")
    parser.add_argument("--no-translation", action="store_true", help="skip the checks between the two languages")
    parser.add_argument("--no-spelling", action="store_true",
                        help="skip spell checking (English (Canada) and French dictionaries, plus the site's "
                        ".posting-editor/dictionary.txt)")
    parser.add_argument("--no-grammar", action="store_true",
                        help="skip the French grammar check (Grammalecte)")
    parser.set_defaults(func=run)


def _fix(paths: list[Path], lang: str, site: Site | None = None) -> int:
    """Fix each file's typography; ``site``: the site they are all in, read once for all of them."""
    from editor.cli.common import write_refusal
    from editor.model.storage.confine import OutsideSiteError
    from editor.model.storage.files import FileChangedError
    from editor.model.translation import fix_file

    fixed = 0
    for path in paths:
        notes: list[str] = []
        try:
            fixed += fix_file(path, notes=notes, site=site)
        except (ValueError, FileChangedError, OutsideSiteError) as error:  # the others are still fixed
            print(program_line(say('not-fixed', lang, reason=text_of(error, lang)), lang), file=sys.stderr)
        except OSError as error:
            raise write_refusal("cannot-write-kept", error, path=str(error.filename or path)) from None
        for note in notes:
            print(terminal_safe(program_line(say('fix-note', lang, path=display_path(path), note=note), lang)),
                  file=sys.stderr)
    return fixed


def _site_check(given: str, args) -> tuple[SiteResult, Path, int]:
    """The site check of folder ``given`` (its findings not made yet), the site's root, and how
    many files --fix fixed."""
    from editor.cli.common import open_index
    from editor.model.checks.pipeline import site_check

    index = open_index(given)
    fixed = 0
    if args.fix:
        fixed = _fix([p.path for entry in index.pairs for p in entry.all_postings() if p.valid], message_language(args),
                     index.site if index.site.config else None)  # else each file finds its own
        if fixed:
            index = open_index(given)
    return site_check(index, translation=not args.no_translation, spelling=not args.no_spelling,
                      grammar=not args.no_grammar), index.site.root, fixed


def _placed(result: SiteResult, root: Path) -> list[Finding]:
    """The site's findings, each file named as the user would type it."""
    folders: dict[str, str] = {}
    shown: dict[str, str] = {}  # a file has many findings: its displayed path is worked out once

    def displayed(file: str) -> str:
        # A file's path relative to the current folder is its folder's and its name (a file is
        # never the current folder or above it): one relpath per folder, not one per file.
        folder, _, name = file.rpartition(os.sep)
        if os.altsep and os.altsep in name:
            return shown.setdefault(file, display_path(root / file))
        base = folders.get(folder)
        if base is None:
            base = folders[folder] = display_path(root / folder)
        return shown.setdefault(file, terminal_safe(name) if base == "." else f"{base}{os.sep}{terminal_safe(name)}")

    return [f.placed(shown.get(f.file) or displayed(f.file)) for f in result.findings()]


def _check_file(given: str, args) -> tuple[list[Finding], int]:
    from editor.cli.common import load_posting, site_containing
    from editor.model.checks.setup import CheckSetup
    from editor.model.checks.pipeline import check_file, check_pair
    from editor.model.site.index import SiteIndex

    path = Path(given)
    load_posting(given)  # a clear message for a missing or unreadable file, before any fixing
    site = site_containing(path)  # and for a site around it that cannot be read: nothing is fixed then
    fixed = _fix([path], message_language(args), site) if args.fix else 0  # fix_file leaves invalid postings untouched
    posting = load_posting(given)
    if site is None:
        return check_file(posting, given, None, CheckSetup.for_site(None, spelling=not args.no_spelling, grammar=not args.no_grammar)), fixed
    index = SiteIndex.build(site)
    setup = CheckSetup.for_site(site.root, spelling=not args.no_spelling, memory=not args.no_translation,
                                grammar=not args.no_grammar)
    if setup.words is not None and setup.words.problem:
        lang = message_language(args)
        print(program_line(setup.words.problem.text(lang), lang), file=sys.stderr)
    entry = index.pair_for_path(path)
    target = resolved(path)
    if entry is None or not any(resolved(p.file_path) == target for p in entry.all_postings()):
        return check_file(posting, given, site.language_of(path), setup, translation=not args.no_translation), fixed
    from editor.model.translation.status import source_language

    found = check_pair(entry, site, setup, source=source_language(site, entry),
                       label=lambda p: given if resolved(p.file_path) == target else site.relative(p.file_path),
                       translation=not args.no_translation)
    return [f for f in found if f.file == given], fixed


def run(args) -> int:
    from editor.cli.common import refuse_unless_file

    lang = message_language(args)
    kinds = {given: refuse_unless_file(given, folder=True) for given in args.paths}
    if len(args.paths) == 1 and kinds[args.paths[0]] == "folder" and not args.fix:
        # One site: what this run prints is kept with the site check's result, and printed again
        # while nothing it depends on changed (results_cache.SiteResult).
        result, root, _ = _site_check(args.paths[0], args)
        # The file it is kept in names what makes another output under the same findings, and
        # the options that make other findings, so that a run with other options keeps its own.
        name = f"{args.format}-{lang}-{''.join('n' if no else 'y' for no in (args.no_translation, args.no_spelling, args.no_grammar))}"
        context = (os.getcwd(), str(root), sys.version)
        printed = result.made(name, context)
        if not (isinstance(printed, tuple) and len(printed) == 3):
            printed = _printed(_placed(result, root), args.format, lang)
            result.keep(name, context, printed)
        out, err, status = printed
        sys.stdout.write(out)
        sys.stderr.write(err)
        return status
    findings: list[Finding] = []
    fixed = 0
    for given in args.paths:
        if kinds[given] == "folder":
            result, root, count = _site_check(given, args)
            found = _placed(result, root)
        else:
            found, count = _check_file(given, args)
        findings += found
        fixed += count
    if len(args.paths) > 1 or kinds[args.paths[0]] != "folder":
        # The same file given twice, or found in two sites given; one site's findings are each once.
        findings = list(dict.fromkeys(findings))
    out, err, status = _printed(findings, args.format, lang)
    sys.stdout.write(out)
    if args.fix:
        print(say("fixed", lang, count=fixed), file=sys.stderr)
    sys.stderr.write(err)
    return status


def _printed(findings: list[Finding], form: str, lang: str) -> tuple[str, str, int]:
    """(standard output, standard error, exit status) of a run that found ``findings``."""
    findings.sort(key=Finding.sort_key)  # in order already but for the files' displayed names
    if form == "json":
        out = json_text([f.as_dict(lang) for f in findings]) + "\n"
    else:  # in one write: a site has thousands of findings
        out = "".join([terminal_safe(finding.as_text(lang)) + "\n" for finding in findings])
    err = summary(findings, lang) + "\n" if form == "text" else ""
    return out, err, 1 if any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings) else 0


def summary(findings: list[Finding], lang: str) -> str:
    """« 1 error, 2 warnings. » in ``lang``, or that nothing was found."""
    counts = [say(f"count-{severity.value}", lang, count=n) for severity in Severity
              if (n := sum(1 for f in findings if f.severity is severity))]
    return say("summary", lang, counts=", ".join(counts)) if counts else say("no-problems", lang)
