"""Rules that examine postings; one module per family. ``check_posting`` runs a file's own rules; the
one pipeline of a pair or a site (the window, ``check``, export's gate) is ``checks.pipeline``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.model.findings import Finding
from editor.model.frontmatter.posting import Posting

if TYPE_CHECKING:
    from editor.model.language.site_dictionary import SiteDictionary


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
    from editor.model.checks.merge_markers import check_merge_markers
    from editor.model.checks.slips import check_slips
    from editor.model.checks.syntax import check_syntax

    found = check_syntax(posting, file) + check_merge_markers(posting, file)
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
