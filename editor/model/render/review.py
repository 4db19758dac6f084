"""A bilingual review copy of a pair: what a hiring manager approves before a posting goes live.

Title, description and the shared fields, then the two bodies side by side block by block (lined
up as the window lines them up), rendered as the site renders them, then the findings still open.
The result is one HTML page written for Qt's rich-text subset (tables, no CSS boxes), so the same
page becomes a PDF, a printout or an HTML file. Pure Python: the PDF writer lives in the UI layer.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from datetime import date
from html import escape, unescape
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings import Finding
from editor.model.frontmatter.posting import Posting
from editor.model.render.markdown import RenderOptions, render_body

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor.model.site.index import PairEntry, SiteIndex
    from editor.model.translation.blocks import Block

__all__ = ["ReviewCopy", "build_review_html", "last_commit", "review_for_pair"]

LANGUAGE_ORDER = ("en", "fr")

# The page's own words, in both languages at once: the copy goes to readers of either.
LABELS = {
    "heading": "Review copy — Copie de révision",
    "date": "Date",
    "commit": "Last commit — Dernier commit",
    "no_commit": "not committed — non validé",
    "changed": "changed since, not committed — modifié depuis, non validé",
    "no_git": "not in a git repository — hors dépôt git",
    "file": "File — Fichier",
    "missing": "No file in this language — Aucun fichier dans cette langue",
    "title": "Title — Titre",
    "description": "Description",
    "shared": "Shared fields — Champs communs",
    "body": "Posting — Offre",
    "findings": "Open findings — Problèmes à régler",
    "no_findings": "None — Aucun",
    "en": "English — Anglais",
    "fr": "French — Français",
    "only": "(only in this language — seulement dans cette langue)",
    "where": "Where — Où",
    "severity": "Severity — Gravité",
    "code": "Code",
    "message": "Message",
}
SHARED_FIELDS = ("translationKey", "leverId", "archived")


@dataclass
class ReviewCopy:
    """What goes into the copy; ``postings`` may lack a language (the page then says so)."""

    key: str
    postings: dict[str, Posting]
    files: dict[str, str] = field(default_factory=dict)  # language -> path as shown to the reader
    commits: dict[str, str] = field(default_factory=dict)  # language -> "abc1234 2026-11-30 Name: subject"
    findings: list[Finding] = field(default_factory=list)
    day: date = field(default_factory=date.today)
    options: RenderOptions = field(default_factory=RenderOptions)


def last_commit(path: Path) -> str | None:
    """``hash date author: subject`` of the last commit that touched ``path``, followed by
    :data:`LABELS` ``changed`` when the file differs from it (an approver must not read text that
    commit does not hold as the commit's); ``no_git`` outside a repository; None when git cannot
    be asked or the file was never committed."""
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=path.parent, capture_output=True, text=True, timeout=20)

    try:
        if git("rev-parse", "--is-inside-work-tree").stdout.strip() != "true":
            return LABELS["no_git"]
        result = git("log", "-1", "--format=%h %ad %an: %s", "--date=short", "--", path.name)
        commit = result.stdout.strip() if result.returncode == 0 else ""
        if not commit:
            return None
        status = git("status", "--porcelain", "--", path.name)
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{commit} — {LABELS['changed']}" if status.returncode != 0 or status.stdout.strip() else commit


def build_review_html(copy: ReviewCopy) -> str:
    parts = [_head(copy), _fields(copy), _bodies(copy), _findings_table(copy)]
    return "<html><head><meta charset=\"utf-8\"><style>" + _CSS + "</style></head><body>" + "".join(parts) + \
        "</body></html>"


def _value(posting: Posting | None, name: str) -> str:
    if posting is None or not posting.valid:
        return ""
    value = posting.get(name)
    if isinstance(value, bool):
        return "true" if value else "false"  # as the front matter writes it
    return "" if value is None else str(value)


def _head(copy: ReviewCopy) -> str:
    rows = [f"<tr><th>{LABELS['date']}</th><td colspan=\"2\">{copy.day.isoformat()}</td></tr>"]
    for name, label in (("file", LABELS["file"]), ("commit", LABELS["commit"])):
        cells = []
        for lang in LANGUAGE_ORDER:
            if lang not in copy.postings:
                cells.append(f"<td>{LABELS['missing']}</td>")
            elif name == "file":
                cells.append(f"<td>{escape(copy.files.get(lang, ''))}</td>")
            else:
                cells.append(f"<td>{escape(copy.commits.get(lang) or LABELS['no_commit'])}</td>")
        rows.append(f"<tr><th>{label}</th>{''.join(cells)}</tr>")
    title = " / ".join(escape(_value(copy.postings.get(lang), "title")) for lang in LANGUAGE_ORDER
                       if _value(copy.postings.get(lang), "title"))
    return (f"<p class=\"kicker\">{LABELS['heading']}</p><h1>{title or escape(copy.key)}</h1>"
            f"<table class=\"meta\" width=\"100%\"><tr><th></th><th>{LABELS['en']}</th><th>{LABELS['fr']}</th></tr>"
            + "".join(rows) + "</table>")


def _fields(copy: ReviewCopy) -> str:
    rows = []
    for name in ("title", "description"):
        cells = "".join(f"<td>{escape(_value(copy.postings.get(lang), name))}</td>" for lang in LANGUAGE_ORDER)
        rows.append(f"<tr><th width=\"20%\">{LABELS[name]}</th>{cells}</tr>")
    for name in SHARED_FIELDS:
        values = [_value(copy.postings.get(lang), name) for lang in LANGUAGE_ORDER if lang in copy.postings]
        if len(set(values)) > 1:
            cells = "".join(f"<td>{escape(_value(copy.postings.get(lang), name))}</td>" for lang in LANGUAGE_ORDER)
        else:
            cells = f"<td colspan=\"2\">{escape(values[0] if values else '')}</td>"
        rows.append(f"<tr><th>{escape(name)}</th>{cells}</tr>")
    return f"<h2>{LABELS['shared']}</h2><table class=\"grid\" width=\"100%\">" + "".join(rows) + "</table>"


def _bodies(copy: ReviewCopy) -> str:
    from editor.model.translation.blocks import align_bodies

    en, fr = copy.postings.get("en"), copy.postings.get("fr")
    en_body = en.body if en is not None and en.valid else ""
    fr_body = fr.body if fr is not None and fr.valid else ""
    rows = []
    for en_blocks, fr_blocks in align_bodies(en_body, fr_body).groups():
        cells = [_cell(en_body, en_blocks, copy.options), _cell(fr_body, fr_blocks, copy.options)]
        rows.append(f"<tr><td width=\"50%\">{cells[0]}</td><td width=\"50%\">{cells[1]}</td></tr>")
    header = f"<tr><th width=\"50%\">{LABELS['en']}</th><th width=\"50%\">{LABELS['fr']}</th></tr>"
    return f"<h2>{LABELS['body']}</h2><table class=\"body\" width=\"100%\">{header}" + "".join(rows) + "</table>"


def _cell(body: str, blocks: Sequence[Block], options: RenderOptions) -> str:
    if not blocks:
        return f"<p class=\"only\">{LABELS['only']}</p>"
    lines = body.splitlines()
    start, end = min(block.start for block in blocks), max(block.end for block in blocks)
    return _with_addresses(render_body("\n".join(lines[start:end]) + "\n", options))


# A link as the renderer writes it (the address escaped; no tag inside the text but inline markup).
_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _with_addresses(html: str) -> str:
    """Each link followed by its address, unless its text shows it: a printed or PDF copy
    has no link to follow, and the approver checks where each one leads."""
    def shown(match: re.Match[str]) -> str:
        address, text = match.group(1), match.group(2)
        plain = unescape(_TAG.sub("", text))
        if unescape(address).removeprefix("mailto:") in plain:
            return match.group(0)  # the text shows the address already ("write to jobs@example.ca")
        return f'{match.group(0)} <span class="address">({address})</span>'

    return _LINK.sub(shown, html) if "<a " in html else html


def _findings_table(copy: ReviewCopy) -> str:
    if not copy.findings:
        return f"<h2>{LABELS['findings']}</h2><p>{LABELS['no_findings']}</p>"
    # The head names each language's file: a finding says the language and line, as "EN · 12" (the
    # whole path, wrapped in a narrow column, made each row six lines high).
    languages = {file: lang.upper() for lang, file in copy.files.items()}
    # Each finding in its file's language (the copy's readers read either); one about neither file in both.
    worded = {file: lang for lang, file in copy.files.items()}
    header = "".join(f"<th width=\"{width}%\">{LABELS[name]}</th>"
                     for name, width in (("where", 12), ("severity", 10), ("code", 18), ("message", 60)))
    rows = "".join(
        f"<tr><td>{escape(languages.get(finding.file) or finding.file)} · {finding.line}</td>"
        f"<td>{finding.severity.value}</td><td>{escape(finding.code)}</td>"
        f"<td>{escape(_message(finding, worded.get(finding.file)))}</td></tr>"
        for finding in sorted(copy.findings, key=Finding.sort_key))
    return (f"<h2>{LABELS['findings']} ({len(copy.findings)})</h2><table class=\"grid\" width=\"100%\">"
            f"<tr>{header}</tr>{rows}</table>")


def _message(finding: Finding, lang: str | None) -> str:
    if lang is not None:
        return finding.message_in(lang)
    english, french = finding.message_in("en"), finding.message_in("fr")
    return english if english == french else f"{english} — {french}"


def review_for_pair(index: SiteIndex, entry: PairEntry) -> tuple[str, str]:
    """The copy of a pair of a SiteIndex as saved on disk, and a title for it (the command line and the window)."""
    site = index.site
    postings = {lang: posting for lang in ("en", "fr") if (posting := entry.first(lang)) is not None}
    paths = {lang: posting.path for lang, posting in postings.items() if posting.path is not None}
    options = RenderOptions.from_hugo_config(site.config) if site.config else RenderOptions()
    copy = ReviewCopy(key=entry.key, postings=postings, options=options,
                      files={lang: site.relative(path) for lang, path in paths.items()},
                      commits={lang: c for lang, path in paths.items() if (c := last_commit(path))},
                      findings=_open_findings(index, entry))
    titles = [str(p.get("title") or "") for p in postings.values() if p.valid]
    return _shown(build_review_html(copy)), _shown(" / ".join(t for t in titles if t) or entry.key)


def _shown(text: str) -> str:
    """``text`` with the bytes of a file name that is not UTF-8 (lone surrogates, which no UTF-8 file
    or PDF can hold) shown as U+FFFD, the way a browser shows such a byte."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _open_findings(index: SiteIndex, entry: PairEntry) -> list[Finding]:
    """What the window's problems panel and the publish gate see for this pair: the one check pipeline."""
    from editor.model.checks.setup import CheckSetup
    from editor.model.checks.pipeline import check_pair
    from editor.model.translation.status import source_language

    site = index.site
    return check_pair(entry, site, CheckSetup.for_site(site.root), source=source_language(site, entry))


_CSS = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222222; }
h1 { font-size: 17pt; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 6px; }
h3, h4 { font-size: 11pt; }
p.kicker { color: #af3c43; font-weight: bold; margin-bottom: 0px; }
p.only { color: #777777; font-style: italic; }
th { text-align: left; background-color: #eef0f3; }
table.meta, table.grid, table.body { border-collapse: collapse; }
td, th { padding: 4px; vertical-align: top; border: 1px solid #c8ccd2; }
span.address { color: #555555; font-size: 8pt; }
"""
