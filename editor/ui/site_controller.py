"""The open site and its index of pairs, for the list and the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.model.index import PairEntry, SiteIndex
from editor.model.site import Site, SiteError


class SiteController(QObject):
    """Holds the ``Site`` and its ``SiteIndex``; rebuilds the index when files change.

    ``open``/``open_file`` raise ``SiteError`` with a message for the user; the window
    shows it. ``create_pair`` raises ``CreateError``/``OSError`` the same way.
    """

    siteChanged = Signal()  # another site (or none) is open
    indexChanged = Signal()  # the pairs were read again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._site: Site | None = None
        self._index: SiteIndex | None = None

    @property
    def site(self) -> Site | None:
        return self._site

    @property
    def index(self) -> SiteIndex | None:
        return self._index

    def pairs(self) -> list[PairEntry]:
        return list(self._index.pairs) if self._index is not None else []

    def entry(self, key: str) -> PairEntry | None:
        return self._index.pair_for_key(key) if self._index is not None else None

    def open(self, folder: str | Path) -> Site:
        site = Site.open(folder)
        index = SiteIndex.build(site)
        self._site, self._index = site, index
        self.siteChanged.emit()
        return site

    def open_file(self, file: str | Path) -> tuple[Site, str | None]:
        """Open the site around a posting file; returns it and the file's pair key (None if not a posting)."""
        path = Path(file)
        site = Site.containing(path)
        if site is None:
            raise SiteError(f"{path} is not inside a Hugo site or a drafts folder with en/ and fr/ sub-folders.")
        index = SiteIndex.build(site)
        self._site, self._index = site, index
        self.siteChanged.emit()
        entry = index.pair_for_path(path)
        return site, entry.key if entry is not None else None

    def close(self) -> None:
        self._site, self._index = None, None
        self.siteChanged.emit()

    def rebuild(self) -> None:
        """Read the site's postings again (after a save, a creation or outside changes)."""
        if self._site is None:
            return
        self._index = SiteIndex.build(self._site)
        self.indexChanged.emit()

    def create_pair(self, titles: dict[str, str], *, key: str | None = None, lever_id: str | None = None,
                    descriptions: dict[str, str] | None = None) -> tuple[str, list[Path]]:
        """Create both files from the templates, as ``posting-editor new`` does; returns key and paths."""
        # Imported here: the templates and their checks are not needed to show the window.
        from editor.model.create import build_pair, write_pair

        if self._index is None:
            raise SiteError("Open a site first.")
        new_pair = build_pair(self._index, titles, key=key or None, lever_id=lever_id or None,
                              descriptions=descriptions)
        written = write_pair(new_pair)
        self.rebuild()
        return new_pair.key, written

    def has_own_templates(self) -> bool:
        """Whether new postings of the open site start from templates of its own (else the bundled ones)."""
        from editor.model.templates import site_has_templates

        return self._site is not None and site_has_templates(self._site.root)

    def create_counterpart(self, key: str, lang: str, title: str) -> Path:
        """Write the missing ``lang`` file of pair ``key``: the other file's shared fields, ``title``, and its
        body block by block, each block marked as not yet translated (template paragraphs translated)."""
        from editor.model.create import CreateError
        from editor.model.translation.skeleton import create_counterpart

        entry = self.entry(key)
        other = "fr" if lang == "en" else "en"
        source = entry.first(other) if entry is not None else None
        if source is None or not source.valid:
            raise CreateError("The other language's file must exist and be readable first.")
        from editor.model.templates import translation_folders

        # The site's own templates when it has them: their standard paragraphs come out translated.
        posting = create_counterpart(self._index, source, lang, title=title,
                                     template_folder=translation_folders(self._site.root)[-1])
        posting.path.parent.mkdir(parents=True, exist_ok=True)
        posting.save(posting.path)
        self.rebuild()
        return posting.path
