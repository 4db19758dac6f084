"""What the checks read besides the postings and could not read, said as warnings: the site's
settings, glossary and dictionary, and the templates whose guidance the publish gate looks for.

A check that quietly did less must not look like one that found nothing, in ``check`` or in
export's gate: both take these warnings from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings import Finding, Severity
from editor.model.findings.worded import Phrase, in_each_language

if TYPE_CHECKING:
    from editor.model.language.site_dictionary import SiteDictionary
    from editor.model.translation.glossary import Glossary
    from editor.model.translation.settings import TranslationSettings

Unread = tuple[Path, Exception]  # a file, and why it could not be read

__all__ = ["Unread", "read_guidance", "site_files", "state_findings", "template_findings",
           "unread_key"]


def read_guidance(root: Path | str | None) -> tuple[frozenset[str], list[Unread]]:
    """The templates' guidance for the site at ``root`` (as ``templates.site_guidance``), and the
    templates that could not be read, whose guidance is missing from it."""
    from editor.model.checks.unfinished import guidance_from_templates
    from editor.model.site.templates import guidance_folders

    unread: list[Unread] = []
    return guidance_from_templates(guidance_folders(root), unread), unread


def unread_key(unread: list[Unread]) -> tuple:
    """What a kept result must depend on besides the guidance itself: a template that becomes
    unreadable where there was none leaves the guidance as it was."""
    return tuple((str(path), type(error).__name__, str(error)) for path, error in unread)


def template_findings(unread: list[Unread], root: Path, *, absolute: bool = False) -> list[Finding]:
    """A warning per template that could not be read, named relative to ``root`` (or in full)."""
    from editor.model.storage.reasons import system_reason

    found = []
    for path, error in unread:
        reason: object
        if isinstance(error, UnicodeDecodeError):
            reason = Phrase("data-not-utf8", {"byte": f"0x{error.object[error.start]:02x}", "offset": str(error.start)})
        else:
            reason = system_reason(error) if isinstance(error, OSError) else str(error)
        detail = Phrase("template-cannot-read", {"path": str(path), "reason": reason})
        found.append(Finding(_label(path, root, absolute), 1, 1, Severity.WARNING, "template-unreadable",
                             params={"detail_words": in_each_language(detail)}))
    return found


def site_files(root: Path, *, translation: bool, spelling: bool, absolute: bool = False
               ) -> tuple[SiteDictionary | None, TranslationSettings, Glossary | None, list[Finding]]:
    """The site's words (with ``spelling``), translation settings and glossary (with
    ``translation``; else the defaults and none), and a warning for each that could not be read."""
    from editor.model.translation.glossary import GLOSSARY_FILE, Glossary, GlossaryError
    from editor.model.translation.settings import CONFIG_FILE, STATE_FOLDER, TranslationSettings

    found: list[Finding] = []
    folder = Path(root) / STATE_FOLDER
    words = None
    if spelling:
        from editor.model.language.site_dictionary import DICTIONARY_FILE, SiteDictionary

        words = SiteDictionary.load(root)
        if words.problem:
            found.append(Finding(_label(folder / DICTIONARY_FILE, root, absolute), 1, 1, Severity.WARNING,
                                 "dictionary-unreadable", params={"detail_words": in_each_language(words.problem)}))
    settings, glossary = TranslationSettings(), None
    if translation:
        settings = TranslationSettings.load(root)
        if settings.problem:
            found.append(Finding(_label(folder / CONFIG_FILE, root, absolute), 1, 1, Severity.WARNING,
                                 "settings-unreadable", params={"detail_words": in_each_language(settings.problem)}))
        try:
            glossary = Glossary.load(root)
        except GlossaryError as error:
            glossary = Glossary([])
            found.append(Finding(_label(folder / GLOSSARY_FILE, root, absolute), 1, 1, Severity.WARNING,
                                 "glossary-unreadable", params={"detail_words": in_each_language(error)}))
        found += state_findings(root, absolute=absolute)
    return words, settings, glossary, found


def state_findings(root: Path, *, absolute: bool = False) -> list[Finding]:
    """A warning when the site's record of its translations is there but cannot be read (a merge
    left conflict markers in it): which pairs are outdated, and which language each was translated
    from, is then judged without it."""
    from editor.model.translation.status import STATE_FILE, TranslationState
    from editor.model.translation.settings import STATE_FOLDER

    state = TranslationState.load(root)
    if state.readable:
        return []
    detail = Phrase("translations-cannot-read", {"path": str(state.path)})
    return [Finding(_label(Path(root) / STATE_FOLDER / STATE_FILE, root, absolute), 1, 1, Severity.WARNING,
                    "translations-unreadable", params={"detail_words": in_each_language(detail)})]


def _label(path: Path, root: Path, absolute: bool) -> str:
    if absolute:
        return str(path)
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:  # a bundled template
        return str(path)
