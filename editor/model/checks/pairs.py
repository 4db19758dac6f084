"""Problems between the two files of a pair, and between files of one site."""

from __future__ import annotations

from editor.model.findings import Finding, Severity
from editor.model.findings.catalogue import LANGUAGES as MESSAGE_LANGUAGES
from editor.model.findings.worded import Phrase
from editor.model.frontmatter.posting import Posting
from editor.model.site.index import SiteIndex, pseudo_key_parts
from editor.model.hugo.config import LANGUAGES


def check_pairs(index: SiteIndex) -> list[Finding]:
    found: list[Finding] = []
    site = index.site
    for entry in index.pairs:
        for lang in LANGUAGES:
            files = entry.postings(lang)
            if len(files) > 1:
                for posting in files:
                    others = ", ".join(site.relative(p.file_path) for p in files if p is not posting)
                    found.append(
                        Finding(site.relative(posting.file_path), *posting.field_position("translationKey"), Severity.ERROR, "key-used-twice",
                                params={"key": entry.key, "others": others})
                    )
        for lang, other in (("en", "fr"), ("fr", "en")):
            # A file that cannot be read has no known key: its own reading error is the finding; nor has
            # a file without a translationKey, whose missing-field error says to give it one.
            if entry.postings(lang) and not entry.postings(other) and not all(p.unreadable for p in entry.postings(lang)) \
                    and pseudo_key_parts(entry.key) is None:
                unknown = entry.unreadable_elsewhere.get(other, [])
                params = {"other_lang": other, "key": entry.key}
                if unknown:
                    params["files"] = ", ".join(site.relative(p.file_path) for p in unknown)
                for posting in entry.postings(lang):
                    found.append(Finding(site.relative(posting.file_path), 1, 1, Severity.WARNING, "missing-counterpart",
                                         params=params, variant="unreadable" if unknown else ""))
        for name in entry.disagreements():
            readable = [p for p in entry.all_postings() if p.valid]
            # Each file's value worded in each language (the French puts a space before the colon).
            values = {lang: ", ".join(_file_value(p.file_path.name, p.get(name), lang) for p in readable)
                      for lang in MESSAGE_LANGUAGES}
            for posting in readable:
                found.append(Finding(site.relative(posting.file_path), *posting.field_position(name), Severity.ERROR, "shared-field-mismatch",
                                     params={"field": name, "values_words": values}))
        for posting in entry.all_postings():
            found.extend(check_file_name(posting, site.relative(posting.file_path)))
    return found


def check_file_name(posting: Posting, file: str) -> list[Finding]:
    lever = posting.get("leverId") if posting.valid else None
    if not isinstance(lever, str) or not lever or posting.path is None:
        return []
    if posting.path.name.endswith(f"--{lever}.md"):
        return []
    # Information only: renaming a published file changes its address, so it is the maintainer's call.
    return [Finding(file, 1, 1, Severity.INFO, "file-name-convention", params={"lever": lever})]


def _file_value(file: str, value: object, lang: str) -> str:
    from editor.model.checks.fields import written

    # Written as the file writes it, in either language; an empty value and a text in words and quotes.
    shown = Phrase("value-empty").text(lang) if value is None else Phrase("value-text", {"text": value}).text(lang) \
        if isinstance(value, str) else written(value)
    return Phrase("file-value", {"file": file, "value": shown}).text(lang)
