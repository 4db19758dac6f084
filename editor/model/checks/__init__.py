"""Rules that examine postings; one module per family. ``check_posting``/``check_index`` run them all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings import Finding, Severity
from editor.model.findings.worded import in_each_language
from editor.model.site.index import SiteIndex
from editor.model.site.parallel import default_workers, map_in_processes
from editor.model.frontmatter.posting import Posting

if TYPE_CHECKING:
    from editor.model.language.site_dictionary import SiteDictionary

PARALLEL_FROM = 200  # postings; Markdown parsing makes checks worth spreading over processes early


def check_posting(posting: Posting, file: str, *, spelling: SiteDictionary | None = None,
                  lang: str | None = None, grammar: bool = False, names: frozenset[str] = frozenset(),
                  raw_html_published: bool = False) -> list[Finding]:
    """Every single-file rule: syntax, fields, body, slips (checks.slips); and spelling when given the site's words
    (``language.site_dictionary.SiteDictionary``; an empty one for none), in ``lang`` (default:
    the posting's language; none known, no spelling), accepting ``names`` (the other language's,
    ``language.spelling.counterpart_names``); French grammar with ``grammar``; ``raw_html_published``
    when the site renders raw HTML as written (see ``checks.body.check_body``)."""
    from editor.model.checks.body import check_body
    from editor.model.checks.fields import check_fields
    from editor.model.checks.slips import check_slips
    from editor.model.checks.syntax import check_syntax

    found = check_syntax(posting, file)
    if posting.valid:
        found += check_fields(posting, file)
        found += check_body(posting.body, file, posting.body_first_line, raw_html_published=raw_html_published)
        found += check_slips(posting, file)
        lang = lang or posting.language
        if spelling is not None and lang in ("en", "fr"):
            from editor.model.language.spelling import check_spelling

            found += check_spelling(posting, file, lang, site=spelling, names=names)
        if grammar and lang == "fr":
            from editor.model.language.grammar import check_grammar

            found += check_grammar(posting, file, lang)
    return sorted(found, key=Finding.sort_key)


def check_index(index: SiteIndex, *, workers: int | None = None, spelling: bool = False,
                grammar: bool = False) -> list[Finding]:
    """Every rule over a whole site: each posting's own, then those between files. ``spelling``
    adds spell checking with the site's dictionary (and a warning when it cannot be read),
    ``grammar`` French grammar."""
    from editor.model.checks.pairs import check_pairs

    postings = [posting for entry in index.pairs for posting in entry.all_postings()]
    labels = [index.site.relative(posting.file_path) for posting in postings]
    if workers is None:
        workers = default_workers(len(postings), PARALLEL_FROM)
    # Postings edited in memory are checked here; the others can be read again by workers.
    # Files that could not be read keep the reason found then (a folder would read as "not a file").
    in_memory = [(p, label) for p, label in zip(postings, labels) if workers <= 1 or p.modified or p.unreadable]
    on_disk = [(p.file_path, label, p.language) for p, label in zip(postings, labels)
               if workers > 1 and not (p.modified or p.unreadable)]
    found: list[Finding] = []
    words = None
    if spelling:
        from editor.model.language.site_dictionary import DICTIONARY_FILE, SiteDictionary
        from editor.model.translation.settings import STATE_FOLDER

        from editor.model.language.english_words import site_glossary_terms

        words = SiteDictionary.load(index.site.root)
        words = words.with_words(site_glossary_terms(index.site.root), "fr")
        if words.problem:
            found.append(Finding(f"{STATE_FOLDER}/{DICTIONARY_FILE}", 1, 1, Severity.WARNING, "dictionary-unreadable",
                                 params={"detail_words": in_each_language(words.problem)}))
        if on_disk:
            from editor.model.language.dictionaries import SpellingUnavailable, speller

            try:  # loaded once here, the worker processes forked below share them
                speller("en"), speller("fr")
            except SpellingUnavailable:
                pass  # each posting's check reports it
    if grammar and on_disk:
        from editor.model.language.grammar import warm_up

        warm_up()  # Grammalecte compiles its rules once here; the workers forked below share them
    for posting, label in in_memory:
        found += check_posting(posting, label, spelling=words, grammar=grammar)
    if on_disk:
        found += _check_files(on_disk, workers, words, grammar)
    found += check_pairs(index)
    return sorted(found, key=Finding.sort_key)


def _check_files(files: list[tuple[Path, str, str | None]], workers: int, words: SiteDictionary | None, grammar: bool = False) -> list[Finding]:
    chunks = [files[start : start + 50] for start in range(0, len(files), 50)]
    results = map_in_processes(_check_chunk, chunks, workers, words, grammar)
    if results is None:
        return _check_chunk(files, words, grammar)
    return [finding for chunk in results for finding in chunk]


def _check_chunk(files: list[tuple[Path, str, str | None]], words: SiteDictionary | None = None, grammar: bool = False) -> list[Finding]:
    found: list[Finding] = []
    for path, label, lang in files:
        try:
            posting = Posting.load(path)
        except OSError as error:
            posting = Posting.unreadable_file(path, lang, error)
        found += check_posting(posting, label, spelling=words, lang=lang, grammar=grammar)
    return found
