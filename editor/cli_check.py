"""``posting-editor check``: every rule on files or whole sites, optionally fixing typography first."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .cli import display_path
from .model.findings import Finding, Severity

NAME = "check"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="check files or site folders",
        description="Check postings: front matter, fields, body, the pair's two files, and the checks between "
        "the languages (numbers, links, structure, untranslated text, typography, inclusive writing, glossary), "
        "and spelling in each file's language. "
        "Lines read 'file:line:col: severity code: message'. Exit 1 when errors or warnings are found.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="posting files or site folders")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--fix", action="store_true",
                        help="first fix typography in place (spaces before : and in « », amounts, thousands, "
                        "times, apostrophes), changing only those characters; then report what is left")
    parser.add_argument("--no-translation", action="store_true", help="skip the checks between the two languages")
    parser.add_argument("--no-spelling", action="store_true",
                        help="skip spell checking (English (Canada) and French dictionaries, plus the site's "
                        ".posting-editor/dictionary.txt)")
    parser.set_defaults(func=run)



def _with_file(finding: Finding, file: str) -> Finding:
    return Finding(file, finding.line, finding.column, finding.severity, finding.code, finding.message)


def _fix(paths: list[Path]) -> int:
    from .cli import CommandError
    from .model.files import FileChangedError
    from .model.translation import fix_file

    fixed = 0
    for path in paths:
        try:
            fixed += fix_file(path)
        except (ValueError, FileChangedError) as error:
            print(f"posting-editor: {error} (not fixed)", file=sys.stderr)
        except OSError as error:
            raise CommandError(f"Cannot write {error.filename or path}: {error.strerror}. The file was left as it was.") from None
    return fixed


def _check_site(given: str, args) -> tuple[list[Finding], int]:
    from .cli import _open_index
    from .model.checks import check_index
    from .model.translation import check_site_translation

    index = _open_index(given)
    fixed = 0
    if args.fix:
        fixed = _fix([p.path for entry in index.pairs for p in entry.all_postings() if p.valid])
        if fixed:
            index = _open_index(given)
    found = check_index(index, spelling=not args.no_spelling)
    if not args.no_translation:
        found += check_site_translation(index)
    root = index.site.root
    return [_with_file(f, display_path(root / f.file)) for f in found], fixed


def _check_file(given: str, args) -> tuple[list[Finding], int]:
    from .cli import _load_posting
    from .model.checks import check_posting
    from .model.checks.pairs import check_pairs
    from .model.index import SiteIndex
    from .model.site import Site
    from .model.translation import check_pair_translation, check_posting_translation, translation_pairs
    from .model.translation.settings import TranslationSettings

    path = Path(given)
    _load_posting(given)  # a clear message for a missing or unreadable file, before any fixing
    fixed = _fix([path]) if args.fix else 0  # fix_file leaves invalid postings untouched
    posting = _load_posting(given)
    site = Site.containing(path)
    if site is None:
        return check_posting(posting, given), fixed
    lang = site.language_of(path)
    words = None
    if not args.no_spelling:
        from .model.language.site_dictionary import SiteDictionary

        words = SiteDictionary.load(site.root)
        if words.problem:
            print(f"posting-editor: {words.problem}", file=sys.stderr)
    found = check_posting(posting, given, spelling=words, lang=lang)
    index = SiteIndex.build(site)
    target = path.resolve()
    mine = {site.relative(target)}
    found += [_with_file(f, given) for f in check_pairs(index) if f.file in mine]
    if args.no_translation or not posting.valid or lang is None:
        return found, fixed
    settings = TranslationSettings.load(site.root)
    found += check_posting_translation(posting, given, lang, settings=settings)
    entry = index.pair_for_path(path)
    for en, fr in translation_pairs(entry) if entry is not None else []:
        if target not in (en.path.resolve(), fr.path.resolve()):
            continue
        from .model.translation.glossary import Glossary
        from .model.translation.status import source_language

        files = {"en": site.relative(en.path), "fr": site.relative(fr.path)}
        pair_found = check_pair_translation(en, fr, settings=settings, glossary=Glossary.load(site.root),
                                            source=source_language(site, entry), files=files)
        found += [_with_file(f, given) for f in pair_found if f.file in mine]
    return found, fixed


def run(args) -> int:
    from .cli import CommandError

    findings: list[Finding] = []
    fixed = 0
    for given in args.paths:
        path = Path(given)
        if path.is_dir():
            found, count = _check_site(given, args)
        elif path.is_file():
            found, count = _check_file(given, args)
        else:
            raise CommandError(f"{given}: no such file or folder.")
        findings += found
        fixed += count
    findings = sorted(set(findings), key=Finding.sort_key)
    if args.format == "json":
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(finding.as_text())
    if args.fix:
        print(f"Fixed {fixed} typography problem{'s' if fixed != 1 else ''}.", file=sys.stderr)
    if args.format == "text":
        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        summary = ", ".join(f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
        print(f"{summary}." if findings else "No problems found.", file=sys.stderr)
    return 1 if any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings) else 0
