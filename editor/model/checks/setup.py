"""What the checks read from a site besides its postings (settings, glossary, template guidance,
the site's words, its translation memory), read once and shared by every pair of one run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.site.index import SiteIndex

if TYPE_CHECKING:
    from editor.model.checks.unread import Unread
    from editor.model.findings import Finding
    from editor.model.hugo.config import Site
    from editor.model.interrupt import StopAsked
    from editor.model.language.site_dictionary import SiteDictionary
    from editor.model.translation.glossary import Glossary
    from editor.model.translation.memory.store import TranslationMemory
    from editor.model.translation.settings import TranslationSettings

__all__ = ["CheckSetup", "raw_html_published", "read_site_setup", "site_memory", "with_glossary"]


@dataclass(frozen=True)
class CheckSetup:
    """What the checks read from the site besides the postings: translation settings, glossary,
    template guidance. Read once and shared by the pairs of one run."""

    settings: TranslationSettings | None = None  # None: the defaults
    glossary: Glossary | None = None  # None skips the glossary check
    guidance: frozenset[str] = field(default_factory=frozenset)
    words: SiteDictionary | None = None  # the site's words: spelling is checked; None: it is not
    memory: TranslationMemory | None = None  # the site's memory: segments are verified; None: they are not
    grammar: bool = True  # French grammar (Grammalecte)
    raw_html_published: bool = False  # the site renders raw HTML as written (markup.goldmark.renderer.unsafe)

    @classmethod
    def for_site(cls, root: Path | str | None, *, spelling: bool = True, memory: bool = False,
                 grammar: bool = True) -> CheckSetup:
        """The setup of the site at ``root`` (None: no site, the bundled templates' guidance);
        :func:`read_site_setup` when its warnings are wanted too."""
        from editor.model.language.site_dictionary import SiteDictionary
        from editor.model.site.templates import site_guidance
        from editor.model.translation import Glossary, TranslationSettings

        if root is None:
            words = SiteDictionary.load(None) if spelling else None
            return cls(TranslationSettings(), None, site_guidance(None), with_glossary(words, Glossary.load(None)),
                       grammar=grammar)
        return read_site_setup(Path(root), spelling=spelling, memory=memory, grammar=grammar)[0]


def read_site_setup(root: Path, *, translation: bool = True, spelling: bool = True, memory: bool = False,
                    grammar: bool = True, absolute: bool = False, templates: tuple[frozenset[str], list[Unread]] | None = None,
                    raw_html: bool | None = None) -> tuple[CheckSetup, list[Finding]]:
    """The checks' setup for the site at ``root``, and a warning for each of its files that could not
    be read (``unread.site_files`` and ``unread.template_findings``), each file read once: what ``check`` on a site, ``check`` on
    one of its files, export's gate and the window all check with. ``templates`` and ``raw_html``:
    the templates' guidance (``unread.read_guidance``) and the raw HTML setting, when the caller has
    already read them. Without ``translation`` the settings are the defaults and there is no glossary."""
    from editor.model.checks.unread import read_guidance, site_files, template_findings

    guidance, unread = templates if templates is not None else read_guidance(root)
    words, settings, glossary, found = site_files(root, translation=translation, spelling=spelling, absolute=absolute)
    setup = CheckSetup(settings, glossary, guidance, with_glossary(words, glossary), site_memory(root) if memory else None,
                       grammar, raw_html_published(root) if raw_html is None else raw_html)
    return setup, found + template_findings(unread, root, absolute=absolute)


def raw_html_published(site: Site | Path | str) -> bool:
    """Whether ``site`` (or the site at that folder) publishes raw HTML as written (Hugo's
    ``markup.goldmark.renderer.unsafe``); False, Hugo's default, when its configuration cannot be read."""
    from editor.model.hugo.config import Site, SiteError

    try:  # the renderer reads the same key (render.markdown.RenderOptions), a warm check never imports it
        return bool((site if isinstance(site, Site) else Site.open(site)).setting("markup", "goldmark", "renderer", "unsafe"))
    except (SiteError, OSError):
        return False


def with_glossary(words: SiteDictionary | None, glossary: Glossary | None) -> SiteDictionary | None:
    """The site's words plus the French terms its glossary approves (never English in French)."""
    from editor.model.language.english_words import glossary_terms

    return words.with_words(glossary_terms(glossary), "fr") if words is not None and glossary is not None else words


def site_memory(root: Path | str, *, stop: StopAsked | None = None) -> TranslationMemory | None:
    """The site's translation memory as segment verification uses it (current pairs and the
    translator's memories, not earlier versions); None when the site cannot be read. ``stop``: see
    editor.model.interrupt."""
    from editor.model.hugo.config import Site, SiteError
    from editor.model.translation.memory.build import build_memory

    try:
        return build_memory(SiteIndex.build(Site.open(root)), history=False, stop=stop)
    except (SiteError, OSError):
        return None
