"""What the checks read from a site besides its postings (settings, glossary, template guidance,
the site's words, its translation memory), read once and shared by every pair of one run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.site.index import SiteIndex

if TYPE_CHECKING:
    from editor.model.hugo.config import Site
    from editor.model.interrupt import StopAsked
    from editor.model.language.site_dictionary import SiteDictionary
    from editor.model.translation.glossary import Glossary
    from editor.model.translation.memory.store import TranslationMemory
    from editor.model.translation.settings import TranslationSettings

__all__ = ["CheckSetup", "raw_html_published", "site_memory", "with_glossary"]


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
        from editor.model.language.site_dictionary import SiteDictionary
        from editor.model.site.templates import site_guidance
        from editor.model.translation import Glossary, TranslationSettings
        from editor.model.translation.glossary import GlossaryError

        words = SiteDictionary.load(root) if spelling else None
        if root is None:
            return cls(TranslationSettings(), None, site_guidance(None), with_glossary(words, Glossary.load(None)),
                       grammar=grammar)
        try:
            glossary = Glossary.load(root)
        except GlossaryError:
            glossary = None  # check and the glossary dialog say why
        return cls(TranslationSettings.load(root), glossary, site_guidance(root), with_glossary(words, glossary),
                   site_memory(root) if memory else None, grammar, raw_html_published(root))


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
