"""The templates new postings start from: the site's own when it has them, else the bundled ones.

A site keeps its templates in ``.posting-editor/templates/posting.en.md`` and ``posting.fr.md``
(see resources/templates/README.md for their ``$variables``). Each language falls back to the
bundled template on its own, so a site may override one language only. The publish gate reads the
guidance of both sets: text from either must not reach the site.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings.worded import Phrase, Worded
from editor.model.storage.confine import inside_root
from editor.model.frontmatter.posting import Posting
from editor.model.translation.settings import STATE_FOLDER

if TYPE_CHECKING:
    from editor.model.site.index import PairEntry

TEMPLATES_FOLDER = "templates"


def templates_dir() -> Path:
    """The templates that come with the program (here rather than in ``create``, whose imports a
    plain ``list`` does not need)."""
    from editor.resources import resources_dir

    return resources_dir() / "templates"


def bundled_folder() -> Path:
    return templates_dir()


def site_folder(root: Path | str) -> Path:
    return Path(root) / STATE_FOLDER / TEMPLATES_FOLDER


def _own_templates(root: Path | str) -> Path:
    """The site's templates folder, a ``templates init`` killed between its two files finished first:
    a reader finds both new templates or both old ones, never one of each."""
    from editor.model.storage.pair_journal import finish_interrupted

    folder = site_folder(root)
    finish_interrupted(folder)
    return folder


def site_has_templates(root: Path | str | None) -> bool:
    return root is not None and any((site_folder(root) / f"posting.{lang}.md").is_file() for lang in ("en", "fr"))


def template_file(root: Path | str | None, lang: str) -> Path:
    """The template a new ``lang`` posting of the site at ``root`` starts from (see
    :func:`own_template_refusal` for a site template that is there but cannot be used)."""
    if root is not None:
        own = _own_templates(root) / f"posting.{lang}.md"
        # A template linked to a file outside the site would copy that file into new postings.
        if own.is_file() and inside_root(own, root):
            return own
    return bundled_folder() / f"posting.{lang}.md"


def own_template_refusal(root: Path | str | None, lang: str) -> tuple[Path, Phrase] | None:
    """The site's own ``lang`` template and why it cannot be used, when it is there but is a link to
    nothing, not a regular file, or leads out of the site; None otherwise (a template that cannot be
    read is said when it is read). New postings must not quietly start from the bundled template
    instead: the writer would lose the site's usual text without knowing."""
    if root is None:
        return None
    own = site_folder(root) / f"posting.{lang}.md"
    if not os.path.lexists(own):
        return None
    if own.is_symlink() and not own.exists():
        return own, Phrase("template-link-missing", {"target": os.readlink(own)})
    if not own.is_file():
        return own, Phrase("os-not-regular")
    if not inside_root(own, root):
        return own, Phrase("template-outside-site", {"real": os.path.realpath(own)})
    return None


def new_posting_format(root: Path | str | None, section: str | None = None) -> str:
    """The front matter format of new postings made from the bundled (YAML) templates: YAML, unless
    the site's Hugo archetype for the section (or its default one, what ``hugo new`` fills) is TOML or
    JSON; then the site's own format. A site's own templates are used as they are written."""
    from editor.model.frontmatter.document import announced_format

    if root is None:
        return "yaml"
    folder = Path(root) / "archetypes"
    for name in ([f"{section}.md"] if section else []) + ["default.md"]:
        archetype = folder / name
        try:
            if archetype.is_file() and inside_root(archetype, root):
                with archetype.open("rb") as file:
                    head = file.read(16).decode("utf-8", errors="replace")
                return announced_format(head) or "yaml"
        except OSError:
            continue
    return "yaml"


def guidance_folders(root: Path | str | None) -> list[Path]:
    """Where the gate finds template guidance for a site: its own templates, then the bundled ones."""
    return ([_own_templates(root)] if root is not None else []) + [bundled_folder()]


def site_guidance(root: Path | str | None) -> frozenset[str]:
    from editor.model.checks.unfinished import guidance_from_templates

    return guidance_from_templates(guidance_folders(root))


# ------------------------------------------------------------------------------ writing a site's own
# Fields that belong to one page (its address, its dates): a template must not hand them to every new posting.
_PAGE_FIELDS = ("aliases", "url", "slug", "date", "lastmod", "publishDate", "expiryDate")
_SENTINEL = "PostingEditorTemplateVariable{}"


class TemplateError(Worded, ValueError):
    """The templates cannot be written as asked; the message says why and what to do."""


@dataclass
class TemplatePlan:
    """What ``templates init`` writes: each language's template text and where it came from."""

    folder: Path
    texts: dict[str, str]
    origins: dict[str, str]  # lang -> "bundled" or the posting's path
    dropped: list[str] = field(default_factory=list)  # page fields left out of the front matter

    def paths(self) -> dict[str, Path]:
        return {lang: self.folder / f"posting.{lang}.md" for lang in self.texts}

    def existing(self) -> list[Path]:
        """The templates the site already has where this plan writes (a link counts: it is refused)."""
        return [path for path in self.paths().values() if path.exists() or path.is_symlink()]


def template_from_posting(posting: Posting) -> tuple[str, list[str]]:
    """A template's text made from ``posting``: its body and front matter, ``$variables`` for the values
    each posting changes, the page's own fields (address, dates) left out. Returns the text and the
    fields left out."""
    from editor.model.site.create import TEMPLATE_FIELDS

    if not posting.valid:
        raise TemplateError.said("template-unreadable-posting", path=str(posting.path), problem=posting.problem)
    copy = Posting(posting.to_bytes(), None, posting.language, on_disk=False)
    dropped = [name for name in _PAGE_FIELDS if name in copy.data]
    for name in dropped:
        copy.remove(name)
    for variable, name in TEMPLATE_FIELDS.items():
        if name in copy.data or name != "leverId":
            copy.set(name, _SENTINEL.format(variable))
    text = copy.to_bytes().decode("utf-8").replace("$", "$$")
    for variable in TEMPLATE_FIELDS:
        text = text.replace(_SENTINEL.format(variable), f"${variable}")
    return text, dropped


def plan_templates(root: Path | str, source: Path | str | None = None) -> TemplatePlan:
    """The site's templates from the bundled ones, or from the posting ``source`` and its counterpart
    (a language the posting has no file in comes from the bundled template). Writes nothing."""
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site

    folder = site_folder(root)
    texts, origins, dropped = {}, {}, []
    entry = None
    if source is not None:
        source = Path(source)
        site = Site.containing(source)
        if site is None:
            raise TemplateError.said("template-not-in-site", path=str(source))
        entry = SiteIndex.build(site).pair_for_path(source)
        if entry is None:
            raise TemplateError.said("template-not-a-posting", path=str(source))
    for lang in ("en", "fr"):
        chosen = _chosen(entry, lang, source) if entry is not None and source is not None else None
        if chosen is None:
            texts[lang] = (bundled_folder() / f"posting.{lang}.md").read_text(encoding="utf-8")
            origins[lang] = "bundled"
            continue
        texts[lang], left_out = template_from_posting(chosen)
        origins[lang] = str(chosen.path)
        dropped += [name for name in left_out if name not in dropped]
        _check_template(texts[lang], chosen.file_path)
    return TemplatePlan(folder, texts, origins, dropped)


def _chosen(entry: PairEntry, lang: str, source: Path | str) -> Posting | None:
    files = entry.postings(lang)
    given = [posting for posting in files if posting.file_path.resolve() == Path(source).resolve()]
    return (given or files)[0] if given or files else None


def _check_template(text: str, origin: Path) -> None:
    import string

    from editor.model.site.create import TEMPLATE_FIELDS

    try:
        filled = string.Template(text).substitute({name: "placeholder" for name in TEMPLATE_FIELDS})
    except (KeyError, ValueError) as error:
        raise TemplateError.said("template-cannot-make", path=str(origin), reason=str(error)) from None
    if not Posting(filled.encode("utf-8"), None, None, on_disk=False).valid:
        raise TemplateError.said("template-variables", path=str(origin))


def write_templates(plan: TemplatePlan, *, force: bool = False) -> tuple[list[Path], list[Path]]:
    """Write the planned templates, both or neither (through the pair journal, as a pair's two files
    are: a new English template beside the old French one would start every new pair from two
    different templates); refuses (nothing written) to replace existing ones without ``force``.
    Returns the templates written and the copies kept of those replaced (``replaced-<time>.posting.en.md``
    beside them, written with them or not at all: a site's template is never lost to a replacement;
    a template changed since it was read is refused, FileChangedError)."""
    from editor.model.storage.files import digest, read_bytes
    from editor.model.storage.safe_write import Change, write_files

    paths = plan.paths()
    existing = plan.existing()
    if existing and not force:
        raise TemplateError.said("templates-exist", count=len(existing), files=", ".join(str(path) for path in existing))
    from editor.model.storage.confine import OutsideSiteError, check_inside_root

    root = plan.folder.parent.parent  # <site>/.posting-editor/templates
    try:
        existing_part = plan.folder
        while not existing_part.exists() and existing_part != existing_part.parent:
            existing_part = existing_part.parent
        check_inside_root(existing_part, root)  # before making any folder through a link
        plan.folder.mkdir(parents=True, exist_ok=True)
        for path in paths.values():
            if path.is_symlink():
                raise TemplateError.said("template-is-link", path=str(path))
            check_inside_root(path.parent, root)  # .posting-editor or its templates folder may be a link
        changes = [Change(path, plan.texts[lang].encode("utf-8"), None if path in existing else "")
                   for lang, path in paths.items()]
        stamp = _free_stamp(time.strftime("%Y-%m-%d-%H%M%S"), [change.path for change in changes])
        kept = []
        for change in changes:
            if change.path in existing:
                old = read_bytes(change.path)
                change.expected = digest(old)
                # A name no reader of templates takes (they read posting.*.md), ending in .md as
                # every file the pair journal finishes must.
                kept.append(Change(change.path.with_name(f"replaced-{stamp}.{change.path.name}"), old, ""))
        write_files(changes + kept)
    except OutsideSiteError as error:
        raise TemplateError.carrying(error) from None
    return list(paths.values()), [change.path for change in kept]


def _free_stamp(stamp: str, paths: list[Path]) -> str:
    """``stamp``, or ``stamp-2``, ``-3``… when copies kept by a replacement in the same second have
    the name: one stamp for all of ``paths``, so that a replaced pair's copies go together."""
    candidate, number = stamp, 2
    while any(path.with_name(f"replaced-{candidate}.{path.name}").exists() for path in paths):
        candidate, number = f"{stamp}-{number}", number + 1
    return candidate


# ------------------------------------------------------------------------------ saying it once
_NOTICES = "notices.json"


def first_bundled_use(root: Path | str) -> bool:
    """True the first time a new posting of the site at ``root`` comes from the bundled templates, for
    the hint to make the site's own; remembered per site in the user's cache folder (with the cache
    turned off, every time)."""
    import json

    from editor.model.site.index_cache import default_cache_folder
    from editor.model.storage.files import atomic_write

    folder = default_cache_folder()
    if folder is None:
        return True
    file = folder / _NOTICES
    try:
        told = json.loads(file.read_text(encoding="utf-8"))
        told = told if isinstance(told, list) else []
    except (OSError, ValueError):
        told = []
    key = str(Path(root).resolve())
    if key in told:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(file, json.dumps(told + [key]).encode("utf-8"))  # never a half list, read as none
    except OSError:
        pass  # a hint said twice is better than a command that fails
    return True


def translation_folders(root: Path | str | None) -> list[Path]:
    """Template folders whose paragraphs a skeleton or a block copy may put in the other language: the
    bundled one, then the site's own when it has both languages (its paragraphs win)."""
    folders = [bundled_folder()]
    own = _own_templates(root) if root is not None else None
    if own is not None and all((own / f"posting.{lang}.md").is_file() for lang in ("en", "fr")):
        folders.append(own)
    return folders


def known_translations(root: Path | str | None, source_lang: str) -> dict[str, str]:
    """Template blocks of ``source_lang`` and their text in the other language, the site's and the bundled."""
    from editor.model.translation.skeleton import template_translations

    known: dict[str, str] = {}
    for folder in translation_folders(root):
        known.update(template_translations(source_lang, folder))
    return known
