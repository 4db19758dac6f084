"""Short, translated summaries of the model's finding codes.

The checks in ``editor.model`` are pure Python and write their messages in English only. The
window shows these summaries instead when the interface speaks another language, keeping the
model's full sentence (which names the exact values) as a detail. Every string goes through
``QCoreApplication.translate("FindingText", ...)`` written out literally, so that
pyside6-lupdate finds it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

def _summaries() -> dict[str, Callable[[], str]]:
    # Each entry is a lambda so the text is translated when shown, in the language of that moment;
    # the literal call inside each lambda is what lupdate extracts.
    translate = QCoreApplication.translate
    return {
        # The file cannot be read as a posting (document.py, yaml_safe.py, checks/__init__.py).
        "unreadable": lambda: translate("FindingText", "The file cannot be read."),
        "not-a-regular-file": lambda: translate("FindingText", "This is not a regular file (a pipe, a device or a folder); it was not read."),
        "file-too-large": lambda: translate("FindingText", "The file is too large to be a posting; it was not opened."),
        "not-utf8": lambda: translate("FindingText", "The file is not saved as UTF-8 text."),
        "empty-file": lambda: translate("FindingText", "The file is empty."),
        "no-front-matter": lambda: translate("FindingText", "The file does not start with a '---' line: it has no front matter."),
        "unclosed-front-matter": lambda: translate("FindingText", "The front matter is never closed by a '---' line."),
        "yaml-syntax": lambda: translate("FindingText", "The front matter is not valid YAML."),
        "yaml-value": lambda: translate("FindingText", "A value in the front matter cannot be read."),
        "yaml-too-complex": lambda: translate("FindingText", "The front matter expands to too many values; it was refused."),
        "unknown-tag": lambda: translate("FindingText", "The front matter uses a YAML tag (a word starting with '!') that is not allowed."),
        "duplicate-key": lambda: translate("FindingText", "A field appears more than once in the front matter."),
        "front-matter-not-mapping": lambda: translate("FindingText", "The front matter must be a list of 'field: value' lines."),
        # Front matter fields (checks/fields.py).
        "missing-field": lambda: translate("FindingText", "A required field is missing from the front matter."),
        "wrong-layout": lambda: translate("FindingText", "The layout is not 'job-posting'."),
        "empty-title": lambda: translate("FindingText", "The title is empty."),
        "title-spaces": lambda: translate("FindingText", "The title starts or ends with spaces."),
        "empty-description": lambda: translate("FindingText", "The description is empty."),
        "archived-not-boolean": lambda: translate("FindingText", "'archived' must be true or false."),
        "lever-id-not-uuid": lambda: translate("FindingText", "The leverId is not a valid applicant-tracking id (UUID)."),
        "empty-translation-key": lambda: translate("FindingText", "The translationKey, which links the two languages, is empty."),
        "html-entity": lambda: translate("FindingText", "A field holds an HTML entity; type the character itself."),
        "html-entity-in-file-name": lambda: translate("FindingText", "The file name holds an HTML entity."),
        # The Markdown body (checks/body.py).
        "body-h1": lambda: translate("FindingText", "Level 1 heading in the body: the title already is one; use ## instead."),
        "heading-skip": lambda: translate("FindingText", "A heading level is skipped."),
        "raw-html": lambda: translate("FindingText", "Raw HTML in the text; use Markdown instead."),
        "empty-link-text": lambda: translate("FindingText", "A link has no text."),
        "vague-link-text": lambda: translate("FindingText", "The link text does not say where the link goes."),
        # Between the files of a pair (checks/pairs.py).
        "key-used-twice": lambda: translate("FindingText", "Another file in the same language uses this translationKey."),
        "missing-counterpart": lambda: translate("FindingText", "The posting in the other language is missing."),
        "shared-field-mismatch": lambda: translate("FindingText", "A field that must be the same in both languages differs."),
        "file-name-convention": lambda: translate("FindingText", "The file name does not follow the site's 'slug--leverId.md' form."),
        # Between the two languages (translation/).
        "number-mismatch": lambda: translate("FindingText", "A number in the other language's text is missing here."),
        "classification-mismatch": lambda: translate("FindingText", "The two languages do not give the same classification (group and level)."),
        "link-missing": lambda: translate("FindingText", "A web address in the other language's text is missing here."),
        "email-missing": lambda: translate("FindingText", "An e-mail address in the other language's text is missing here."),
        "link-other-language": lambda: translate("FindingText", "The link leads to the page in the other language."),
        "length-mismatch": lambda: translate("FindingText", "This text is much shorter than the other language's: parts seem to be missing."),
        "heading-count-mismatch": lambda: translate("FindingText", "The two languages do not have the same headings."),
        "paragraph-unmatched": lambda: translate("FindingText", "A paragraph has no match in the other language."),
        "list-item-count-mismatch": lambda: translate("FindingText", "A list does not have the same number of items in both languages."),
        "untranslated-text": lambda: translate("FindingText", "This text seems to be left untranslated."),
        "wrong-language": lambda: translate("FindingText", "This text seems to be in the other language."),
        "translation-marker": lambda: translate("FindingText", "This text is still marked as to be translated."),
        "untranslated-file": lambda: translate("FindingText", "Most of this posting is in the other language: it has not been translated yet."),
        # Work left unfinished (checks/unfinished.py).
        "template-placeholder": lambda: translate("FindingText", "Text from the template is left in the posting; replace it."),
        "title-not-translated": lambda: translate("FindingText", "The title is empty here but not in the other language."),
        "description-not-translated": lambda: translate("FindingText", "The description is empty here but not in the other language."),
        "terminology-drift": lambda: translate("FindingText", "The same text is translated differently in other postings."),
        "glossary-term-missing": lambda: translate("FindingText", "The glossary's translation of a term is not used here."),
        "glossary-unreadable": lambda: translate("FindingText", "The site's glossary cannot be read."),
        "settings-unreadable": lambda: translate("FindingText", "The site's translation settings cannot be read."),
        # Typography (translation/typography.py); each comes with a fix.
        "typography-amount": lambda: translate("FindingText", "An amount of money is not written the way this language writes it."),
        "typography-thousands": lambda: translate("FindingText", "The thousands separator is not the one this language uses."),
        "typography-percent": lambda: translate("FindingText", "The percent sign is not spaced the way this language spaces it."),
        "typography-time": lambda: translate("FindingText", "A time is not written the way this language writes it."),
        "typography-colon": lambda: translate("FindingText", "The colon is not spaced the way this language spaces it."),
        "typography-space-before-punctuation": lambda: translate("FindingText", "The space before a punctuation mark is wrong for this language."),
        "typography-guillemets": lambda: translate("FindingText", "The « » quotation marks are not spaced correctly."),
        "typography-apostrophe": lambda: translate("FindingText", "Use the typographic apostrophe (’)."),
        "inclusive-abbreviated-form": lambda: translate("FindingText", "Abbreviated inclusive form; prefer writing both forms or a neutral word."),
        # What a reviser corrects (translation/french.py, checks/slips.py, language/english_words.py).
        "french-title-case": lambda: translate("FindingText", "A French title or heading has capitals on words that take none."),
        "french-quotation-marks": lambda: translate("FindingText", "French text takes « » quotation marks, not “ ” or \" \"."),
        "abbreviated-form-spaced": lambda: translate("FindingText", "An abbreviated ending is separated from its word by a space."),
        "english-in-french": lambda: translate("FindingText", "An English word is left in a French sentence."),
        "double-space": lambda: translate("FindingText", "Two spaces between words."),
        "missing-space-after-stop": lambda: translate("FindingText", "A full stop has no space after it."),
        "markdown-heading-space": lambda: translate("FindingText", "A heading needs a space after its hashes (#)."),
        "markdown-link-space": lambda: translate("FindingText", "A space between ] and ( stops this link from working."),
        "list-marker-missing": lambda: translate("FindingText", "A list line has no list marker, so it joins the item above."),
        # Spelling (language/spelling.py) and the site's own words.
        "spelling": lambda: translate("FindingText", "This word is not in the dictionary of this file's language."),
        "dictionary-unreadable": lambda: translate("FindingText", "The site's spelling dictionary cannot be read."),
        "spelling-unavailable": lambda: translate("FindingText", "Spelling could not be checked: a dictionary is missing."),
        # Exporting drafts into the site (export.py).
        "export-lever-id-used": lambda: translate("FindingText", "The site already has a posting with this leverId."),
        "export-same-target": lambda: translate("FindingText", "Two drafts would be written to the same file."),
        "export-file-name": lambda: translate("FindingText", "No file name can be made for this draft."),
        "export-site-conflict": lambda: translate("FindingText", "The site has several files with this key in this language."),
        "export-site-unreadable": lambda: translate("FindingText", "The site's file cannot be read."),
        "export-site-invalid": lambda: translate("FindingText", "The site's file cannot be updated until it is repaired."),
        "export-field": lambda: translate("FindingText", "A field of the site's file cannot be updated."),
        "export-address": lambda: translate("FindingText", "The page's address cannot be worked out."),
        "export-aliases": lambda: translate("FindingText", "The old address cannot be added to 'aliases'."),
        "export-outside": lambda: translate("FindingText", "The target is outside the site's content folder."),
        "export-target-exists": lambda: translate("FindingText", "The target file already exists and belongs to another posting."),
    }


def known_codes() -> frozenset[str]:
    """Every finding code that has a summary."""
    return frozenset(_summaries())


def finding_summary(code: str) -> str | None:
    """The summary of ``code`` in the interface language, or None for a code without one."""
    make = _summaries().get(code)
    return make() if make is not None else None


def finding_summary_of(finding) -> str | None:
    """``finding_summary`` naming the word for spelling findings: a list of identical rows
    would not say which words to look at."""
    import re

    word = re.search(r"“([^”]+)”", finding.message) if finding.code == "spelling" else None
    if word is None:
        return finding_summary(finding.code)
    return QCoreApplication.translate("FindingText", "“%1” is not in the dictionary of this file's language.") \
        .replace("%1", word.group(1))


def summaries_translated() -> bool:
    """Whether the installed translation covers the summaries (any language but English).

    Asked of the translation itself rather than of the settings: the summaries are worth
    showing exactly when a translator turns them into something other than English."""
    return QCoreApplication.translate(
        "FindingText", "en", "The language code of this translation (fr for French); "
        "the problems panel shows the summaries only when this is not en") != "en"


def detail_label() -> str:
    """Heads the model's full English message in a tooltip when the summary is translated."""
    return QCoreApplication.translate("FindingText", "Detail (in English):")
