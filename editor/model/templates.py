"""The templates new postings start from: the site's own when it has them, else the bundled ones.

A site keeps its templates in ``.posting-editor/templates/posting.en.md`` and ``posting.fr.md``
(see resources/templates/README.md for their ``$variables``). Each language falls back to the
bundled template on its own, so a site may override one language only. The publish gate reads the
guidance of both sets: text from either must not reach the site.
"""

from __future__ import annotations

from pathlib import Path

from .translation.settings import STATE_FOLDER

TEMPLATES_FOLDER = "templates"


def bundled_folder() -> Path:
    from .create import templates_dir

    return templates_dir()


def site_folder(root: Path | str) -> Path:
    return Path(root) / STATE_FOLDER / TEMPLATES_FOLDER


def site_has_templates(root: Path | str | None) -> bool:
    return root is not None and any((site_folder(root) / f"posting.{lang}.md").is_file() for lang in ("en", "fr"))


def template_file(root: Path | str | None, lang: str) -> Path:
    """The template a new ``lang`` posting of the site at ``root`` starts from."""
    if root is not None:
        own = site_folder(root) / f"posting.{lang}.md"
        if own.is_file():
            return own
    return bundled_folder() / f"posting.{lang}.md"


def guidance_folders(root: Path | str | None) -> list[Path]:
    """Where the gate finds template guidance for a site: its own templates, then the bundled ones."""
    return ([site_folder(root)] if root is not None else []) + [bundled_folder()]


def site_guidance(root: Path | str | None) -> frozenset[str]:
    from .checks.unfinished import guidance_from_templates

    return guidance_from_templates(guidance_folders(root))
