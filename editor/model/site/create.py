"""New linked pairs from the bilingual templates, and pair-wide changes such as archiving."""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from editor.model.findings.worded import Worded
from editor.model.checks.fields import is_uuid
from editor.model.storage.confine import OutsideSiteError, check_inside
from editor.model.site.index import SiteIndex
from editor.model.hugo.naming import key_from_title, names_a_file, posting_file_name
from editor.model.storage.files import FileChangedError, name_alike, read_text
from editor.model.frontmatter.posting import Posting, save_postings
from editor.model.hugo.config import LANGUAGES
from editor.model.frontmatter.formats import front_text
from editor.model.frontmatter.one_line import unseen_character
from editor.model.site.templates import new_posting_format, own_template_refusal, template_file, templates_dir
from editor.model.storage.reasons import system_reason

TEMPLATE_FIELDS = {"title": "title", "description": "description", "archived": "archived",
                   "translation_key": "translationKey", "lever_id": "leverId"}


class CreateError(Worded, ValueError):
    """The pair cannot be created as asked (the message says why and what to do)."""


@dataclass
class NewPair:
    key: str
    postings: dict[str, Posting]  # by language, only those asked for; not saved yet (paths are where they will go)


def build_pair(
    index: SiteIndex,
    titles: dict[str, str],
    *,
    key: str | None = None,
    lever_id: str | None = None,
    descriptions: dict[str, str] | None = None,
    template_folder: Path | None = None,
    bundled: bool = False,
    start_from: dict[str, Posting] | None = None,
) -> NewPair:
    """The postings of a new pair from the templates, named and placed as the site does; nothing
    written yet. Only the languages given a title are made: a writer may start in one language and
    leave the other to the translator ("Create the French Version…" later).

    A site template that is there but cannot be used (a link to nothing, say) is refused rather
    than replaced by the bundled one, unless ``bundled`` asks for the bundled templates.

    ``start_from``: an earlier posting per language (last year's for a similar role) to start from
    instead of the template: its body and front matter, with the new title, description, key and
    Lever ID, not archived, and without the fields of its own page (address, dates); its description
    when none is given. A language it lacks comes from the template."""
    langs = [lang for lang in LANGUAGES if (titles.get(lang) or "").strip()]
    if not langs:
        raise CreateError.said("create-no-title")
    for lang in LANGUAGES:
        if lang not in langs and ((descriptions or {}).get(lang) or "").strip():
            raise CreateError.said("create-description-needs-title", lang=lang)
    for lang in langs:
        if not names_a_file(titles[lang]):
            raise CreateError.said("create-title-names-nothing", lang=lang, title=titles[lang].strip())
    if lever_id is not None and not is_uuid(lever_id):
        raise CreateError.said("create-bad-lever-id", lever_id=lever_id)
    key = (key or key_from_title(titles[langs[0]])).strip()
    if not key:
        raise CreateError.said("create-empty-key")
    typed = [("translationKey", "", key)] + [(name, lang, text) for lang in langs
                                              for name, text in (("title", titles[lang]),
                                                                 ("description", (descriptions or {}).get(lang, "")))]
    for name, lang, text in typed:
        unseen = unseen_character(name, text)
        if unseen is not None:
            raise CreateError.said("create-unseen-character", field=name, lang=lang, char=unseen[0],
                                   what=unseen[1])
    if index.pair_for_key(key) is not None:
        raise CreateError.said("create-key-used", key=key)
    if template_folder is None and bundled:
        template_folder = templates_dir()
    earlier = start_from or {}
    from_template = [lang for lang in langs if lang not in earlier]
    refusal = site_template_refusal(index.site.root, from_template) if template_folder is None else None
    if refusal is not None:
        raise refusal
    postings = {}
    for lang in langs:
        # The site's own template when it has one (see templates.py), else the bundled one.
        template_path = template_folder / f"posting.{lang}.md" if template_folder else template_file(index.site.root, lang)
        try:
            if lang in earlier:
                template_path = earlier[lang].file_path
                template = string.Template(_template_of(earlier[lang]))
            else:
                template = string.Template(read_text(template_path))
        except OSError as error:
            raise CreateError.said("create-template-unreadable", path=str(template_path),
                                   reason=system_reason(error)) from None
        except UnicodeDecodeError:
            raise CreateError.said("create-template-not-utf8", path=str(template_path)) from None
        # Every variable becomes a plain word first; the model then writes the real value
        # with the quoting it needs, so no title can break the front matter.
        text = template.safe_substitute({name: "placeholder" for name in TEMPLATE_FIELDS})
        target = index.postings_folder(lang) / posting_file_name(titles[lang], lever_id)
        try:
            check_inside(target, index.site)
        except OutsideSiteError as error:
            raise CreateError.carrying(error) from None
        existing = name_alike(target)
        if existing is not None:
            raise CreateError.said("create-exists", path=str(existing))
        posting = Posting(text.encode("utf-8"), target, lang, on_disk=False)
        if not posting.valid:
            raise CreateError.said("create-template-invalid", path=str(template_path), problem=posting.problem)
        if template_path.parent == templates_dir() and lang not in earlier:
            posting = _in_site_format(posting, index, lang)
        description = (descriptions or {}).get(lang, "")
        if not description.strip() and lang in earlier:
            kept = earlier[lang].get("description")  # the earlier posting's, to edit rather than to retype
            description = kept if isinstance(kept, str) else ""
        values = {"title": titles[lang].strip(), "description": description,
                  "archived": False, "translationKey": key}
        for field, value in values.items():
            posting.set(field, value)
        if lever_id:
            posting.set("leverId", lever_id)
        elif "leverId" in posting.data:
            posting.remove("leverId")
        postings[lang] = posting
    return NewPair(key, postings)


def _template_of(posting: Posting) -> str:
    from editor.model.site.templates import TemplateError, template_from_posting

    try:
        return template_from_posting(posting)[0]
    except TemplateError as error:
        raise CreateError.carrying(error) from None


def _in_site_format(posting: Posting, index: SiteIndex, lang: str) -> Posting:
    """The bundled template's posting in the front matter format the site's Hugo archetype uses."""
    try:
        parts = posting.file_path.relative_to(index.site.root / "content").parts
    except ValueError:
        parts = ()
    section = parts[1] if len(parts) > 2 and parts[0] == lang else parts[0] if len(parts) > 1 else None
    kind = new_posting_format(index.site.root, section)
    if kind == posting.format:
        return posting
    text = front_text(kind, posting.data) + posting.body
    return Posting(text.encode("utf-8"), posting.path, lang, on_disk=False)


def site_template_refusal(root: Path | None, langs: tuple[str, ...] | list[str] = LANGUAGES) -> CreateError | None:
    """Why new ``langs`` postings cannot start from the site's own templates (one is there but cannot
    be used), or None: they start from its templates, or from the bundled ones when it has none."""
    for lang in langs:
        refusal = own_template_refusal(root, lang)
        if refusal is not None:
            return CreateError.said("create-site-template-unusable", path=str(refusal[0]), reason=refusal[1])
    return None


def write_pair(pair: NewPair) -> list[Path]:
    """Save the new files (one language or both) as one change: all are created or none (also if the
    program is killed)."""
    postings = [pair.postings[lang] for lang in LANGUAGES if lang in pair.postings]
    for posting in postings:
        posting.file_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        save_postings(postings)
    except FileChangedError as error:
        raise CreateError.said("nothing-created", reason=error) from None
    return [posting.file_path for posting in postings]


def make_drafts_folder(path: Path) -> list[Path]:
    """Make a missing or empty folder a drafts folder (``en/`` and ``fr/``); returns the folders made.

    Raises CreateError when ``path`` is a file or a folder that already holds something: that one
    is not the editor's to reshape. OSError when the folders cannot be made.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise CreateError.said("not-a-folder", path=str(path))
    if path.is_dir() and any(path.iterdir()):
        raise CreateError.said("create-not-empty", path=str(path))
    made = [] if path.exists() else [path]
    path.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        (path / lang).mkdir()
        made.append(path / lang)
    return made


def undo_drafts_folder(made: list[Path]) -> None:
    """Remove again the folders :func:`make_drafts_folder` made, when they are still empty."""
    for folder in reversed(made):
        try:
            folder.rmdir()
        except OSError:
            pass  # something was put there meanwhile: it stays
