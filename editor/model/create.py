"""New linked pairs from the bilingual templates, and pair-wide changes such as archiving."""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from .checks.fields import is_uuid
from .confine import OutsideSiteError, check_inside
from .index import SiteIndex
from .naming import key_from_title, posting_file_name
from .files import FileChangedError, read_text
from .posting import Posting, save_postings
from .site import LANGUAGES
from .templates import template_file

TEMPLATE_FIELDS = {"title": "title", "description": "description", "archived": "archived",
                   "translation_key": "translationKey", "lever_id": "leverId"}


class CreateError(ValueError):
    """The pair cannot be created as asked (the message says why and what to do)."""


@dataclass
class NewPair:
    key: str
    postings: dict[str, Posting]  # not saved yet; paths are where they will go


def templates_dir() -> Path:
    from ..resources import resources_dir

    return resources_dir() / "templates"


def build_pair(
    index: SiteIndex,
    titles: dict[str, str],
    *,
    key: str | None = None,
    lever_id: str | None = None,
    descriptions: dict[str, str] | None = None,
    template_folder: Path | None = None,
) -> NewPair:
    """Two postings from the templates, named and placed as the site does; nothing written yet."""
    for lang in LANGUAGES:
        if not (titles.get(lang) or "").strip():
            raise CreateError(f"{'A French' if lang == 'fr' else 'An English'} title is needed.")
    if lever_id is not None and not is_uuid(lever_id):
        raise CreateError(f"'{lever_id}' is not a leverId (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e).")
    key = (key or key_from_title(titles["en"])).strip()
    if not key:
        raise CreateError("The translationKey cannot be empty.")
    if index.pair_for_key(key) is not None:
        raise CreateError(f"The key '{key}' is already used by another posting; choose another with --key.")
    postings = {}
    for lang in LANGUAGES:
        # The site's own template when it has one (see templates.py), else the bundled one.
        template_path = template_folder / f"posting.{lang}.md" if template_folder else template_file(index.site.root, lang)
        try:
            template = string.Template(read_text(template_path))
        except OSError as error:
            raise CreateError(f"The template {template_path} cannot be read: {error.strerror}.") from None
        except UnicodeDecodeError:
            raise CreateError(f"The template {template_path} is not UTF-8 text; save it as UTF-8.") from None
        # Every variable becomes a plain word first; the model then writes the real value
        # with the quoting it needs, so no title can break the front matter.
        text = template.safe_substitute({name: "placeholder" for name in TEMPLATE_FIELDS})
        target = index.postings_folder(lang) / posting_file_name(titles[lang], lever_id)
        try:
            check_inside(target, index.site)
        except OutsideSiteError as error:
            raise CreateError(str(error)) from None
        if target.exists() or target.is_symlink():
            raise CreateError(f"{target} already exists; choose another title or key.")
        posting = Posting(text.encode("utf-8"), target, lang, on_disk=False)
        if not posting.valid:
            raise CreateError(f"The template {template_path} is not a valid posting: {posting.problem.message}")
        values = {"title": titles[lang].strip(), "description": (descriptions or {}).get(lang, ""),
                  "archived": False, "translationKey": key}
        for field, value in values.items():
            posting.set(field, value)
        if lever_id:
            posting.set("leverId", lever_id)
        elif "leverId" in posting.data:
            posting.remove("leverId")
        postings[lang] = posting
    return NewPair(key, postings)


def write_pair(pair: NewPair) -> list[Path]:
    """Save both new files as one change: both are created or neither (also if the program is killed)."""
    postings = [pair.postings[lang] for lang in LANGUAGES]
    for posting in postings:
        posting.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        save_postings(postings)
    except FileChangedError as error:
        raise CreateError(f"{error} Nothing was created.") from None
    return [posting.path for posting in postings]
