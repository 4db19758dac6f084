"""“Create the French (English) version” of a posting, and copying single blocks across.

The new posting keeps the source's shared fields (layout, type, archived, leverId,
translationKey and any other language-neutral field), leaves the title and description for the
translator, and copies the body block by block: each heading, paragraph and list item keeps its
Markdown form and holds the source text behind a visible marker (``[À TRADUIRE]`` /
``[TO TRANSLATE]``) that the ``translation-marker`` check reports until it is replaced. Raw HTML
is marked the same way, element by element: the marker goes inside each ``<p>``, ``<li>``,
``<h2>``… right after its opening tag, so the page keeps its structure.
Paragraphs of the bilingual template (``resources/templates/posting.*.md``) found in the source
are put in their translated form straight away. Nothing is written: the caller saves.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.findings.worded import Worded
from editor.model.storage.confine import OutsideSiteError, check_inside
from editor.model.storage.files import name_alike, read_text
from editor.model.hugo.naming import posting_file_name
from editor.model.frontmatter.posting import Posting
from editor.model.translation.blocks import TEXT_KINDS, Block, align, body_lines, insert_block_after, replace_block_text, split_blocks
from editor.model.translation.context import other_language
from editor.model.translation.html_text import mark_elements
from editor.model.translation.text import EMAIL_RE, URL_RE, normalize, words
from editor.model.checks.unfinished import MARKERS

if TYPE_CHECKING:
    from editor.model.site.index import SiteIndex
    from editor.model.translation.memory.pretranslate import Filled
    from editor.model.translation.memory.store import TranslationMemory

# Fields whose value names a page of one language; a translation must not inherit them.
LANGUAGE_SPECIFIC_FIELDS = ("aliases", "url", "slug")


class SkeletonError(Worded, ValueError):
    """The counterpart cannot be created (the message says why and what to do)."""


def _template_posting(folder: Path, lang: str) -> Posting | None:
    try:
        text = read_text(folder / f"posting.{lang}.md")
    except (OSError, UnicodeDecodeError):
        return None
    posting = Posting(text.replace("$$", "$").encode("utf-8"), None, lang, on_disk=False)
    return posting if posting.valid else None


def template_translations(source_lang: str, folder: Path | None = None) -> dict[str, str]:
    """The bilingual template's blocks: normalised source-language text -> target-language Markdown."""
    if folder is None:
        from editor.model.site.templates import templates_dir

        folder = templates_dir()
    source = _template_posting(folder, source_lang)
    target = _template_posting(folder, other_language(source_lang))
    if source is None or target is None:
        return {}
    found: dict[str, str] = {}
    for a, b in align(split_blocks(source.body), split_blocks(target.body)):
        if a is not None and b is not None and a.kind == b.kind and a.kind in TEXT_KINDS:
            found.setdefault(normalize(a.plain), b.text)
    for key in list(found):
        for now, before in _EARLIER_SPELLINGS.get(source_lang, ()):
            found.setdefault(key.replace(now, before), found[key])
    return found


# Wordings earlier bundled templates used, still in postings made from them (and in the templates of
# sites initialised from them): their paragraphs are the template's all the same. The English
# template said "organisation" until it took the Canadian spelling its users write (and spell-check).
_EARLIER_SPELLINGS = {"en": (("organization", "organisation"),)}


def _needs_translation(plain: str) -> bool:
    text = EMAIL_RE.sub(" ", URL_RE.sub(" ", plain))
    return any(len(word) > 1 for word in words(text))


def _mark_html(text: str, target_lang: str) -> str:
    return mark_elements(text, MARKERS[target_lang], _needs_translation)


def block_translation(block: Block, target_lang: str, templates: dict[str, str], *, mark: bool = True) -> str:
    """What a block becomes in the other language: the template's translation, or its source text
    behind the not-yet-translated marker (or unmarked with ``mark=False``)."""
    known = templates.get(normalize(block.plain))
    if known is not None:
        return known
    if mark and block.kind == "html":
        return _mark_html(block.text, target_lang)
    if mark and _needs_translation(block.plain):
        return f"{MARKERS[target_lang]} {block.text}"
    return block.text


def skeleton_body(body: str, target_lang: str, templates: dict[str, str], fill: dict | None = None) -> str:
    """The body with every translatable block marked, template paragraphs translated.

    ``fill`` (block index -> ``memory.pretranslate.Filled``) puts the memory's translations in:
    as translated, or behind the marker."""
    lines = body_lines(body)
    found = re.search(r"\r\n|\n|\r", body)
    newline = found.group(0) if found else "\n"
    for block in reversed(split_blocks(body)):
        if block.kind == "html":
            marked = _mark_html("\n".join(lines[block.start:block.end]), target_lang)
            lines[block.start:block.end] = marked.split("\n")
            continue
        if block.kind not in TEXT_KINDS:
            continue
        known = templates.get(normalize(block.plain))
        filled = (fill or {}).get(block.index)
        if known is not None:
            lines = body_lines(replace_block_text(newline.join(lines), block, known))
        elif filled is not None:
            text = filled.text if filled.translated else f"{MARKERS[target_lang]} {filled.text}"
            lines = body_lines(replace_block_text(newline.join(lines), block, text))
        elif _needs_translation(block.plain):
            line = lines[block.content_line]
            lines[block.content_line] = f"{line[:block.content_column]}{MARKERS[target_lang]} {line[block.content_column:]}"
    return newline.join(lines)


def create_counterpart(index: SiteIndex, source: Posting, to_lang: str, *, title: str | None = None,
                       template_folder: Path | None = None, memory: TranslationMemory | None = None, threshold: int = 85,
                       report: dict | None = None) -> Posting:
    """The other-language version of ``source``, unsaved (``Posting.save()`` writes it).

    It is named as the site names postings (slug of ``title``, else of the memory's exact translation
    of the source's title, else of the source's title until the translator gives one, then
    ``--leverId``) in the folder where ``to_lang``'s postings are.
    Raises SkeletonError when the source cannot be read, the pair already has that language, or
    the file exists. With a translation ``memory`` the skeleton is pre-translated
    (:mod:`editor.model.translation.memory.pretranslate`): matches of ``threshold`` or more go in,
    marked to translate unless they are 100 % in a run of 100 % matches; ``report`` receives how
    many blocks and fields went in as "translated" and "marked", and "named_after_source" (1 when
    the file is named after the source's title, no title in ``to_lang`` being known).
    """
    if to_lang not in MARKERS:
        raise SkeletonError.said("not-a-site-language", code=to_lang)
    if not source.valid:
        raise SkeletonError.said("repair-before-translating", path=str(source.path), problem=source.problem)
    if source.language == to_lang:
        raise SkeletonError.said("already-in-language", path=str(source.path), lang=to_lang)
    from_lang = source.language or other_language(to_lang)
    key = source.get("translationKey")
    entry = index.pair_for_key(str(key)) if key else None
    if entry is not None and entry.postings(to_lang):
        existing = ", ".join(str(index.site.relative(p.file_path)) for p in entry.postings(to_lang))
        raise SkeletonError.said("pair-has-language", key=str(key), lang=to_lang, files=existing)
    refusal = index.unreadable_refusal(str(key), (to_lang,)) if key else None
    if refusal:
        raise SkeletonError.saying(refusal)
    fields: dict[str, Filled | None] = {}
    if memory is not None:
        from editor.model.translation.memory.pretranslate import field_pretranslation

        fields = {name: field_pretranslation(memory, source.get(name), from_lang, key=None, threshold=threshold,
                                             kind=name)
                  for name in ("description",) + (() if (title or "").strip() else ("title",))}
    known = fields.get("title")
    # Named after the title in the new language when one is known (given, or the memory's exact
    # match), else after the source's title: a name in the other language until renamed (the
    # command says so); the key would be no better, being in one of the languages too.
    own_title = (title or "").strip() or (known.text.strip() if known is not None and known.translated else "")
    name_from = own_title or str(source.get("title") or key or "posting")
    lever = source.get("leverId")
    target = index.postings_folder(to_lang) / posting_file_name(name_from, str(lever) if lever else None)
    try:
        check_inside(target, index.site)
    except OutsideSiteError as error:
        raise SkeletonError.carrying(error) from None
    taken = name_alike(target)
    if taken is not None:
        raise SkeletonError.said("exists-give-title", path=str(taken))
    posting = Posting(source.to_bytes(), target, to_lang, on_disk=False)
    posting.set("title", (title or "").strip())
    posting.set("description", "")
    for name in LANGUAGE_SPECIFIC_FIELDS:
        if name in posting.data:
            posting.remove(name)
    fill = None
    if memory is not None:
        from editor.model.translation.memory.pretranslate import pretranslation

        fill = pretranslation(memory, source.body, from_lang, key=None, threshold=threshold)
        for name, filled in fields.items():
            if filled is not None:
                posting.set(name, filled.text if filled.translated else f"{MARKERS[to_lang]} {filled.text}")
        if report is not None:
            everything = list(fill.values()) + [f for f in fields.values() if f is not None]
            report["translated"] = sum(1 for f in everything if f.translated)
            report["marked"] = sum(1 for f in everything if not f.translated)
    if report is not None:
        report["named_after_source"] = int(not own_title)
    posting.set_body(skeleton_body(source.body, to_lang, template_translations(from_lang, template_folder), fill))
    return posting


def copy_block(source_body: str, block: Block, target_body: str, at: Block | None, target_lang: str, *,
               replace: bool, mark: bool = True, templates: dict[str, str] | None = None) -> str:
    """“Copy from the other language” for one block; returns the new target body.

    ``replace=True`` puts the copy in place of the target block ``at`` (the window asks first when
    it holds text); ``replace=False`` inserts it as a new block after ``at`` (at the top when None),
    with the source block's ``##`` or list marker."""
    templates = templates if templates is not None else {}
    text = block_translation(block, target_lang, templates, mark=mark)
    if replace and at is not None:
        return replace_block_text(target_body, at, text)
    source_line = body_lines(source_body)[block.content_line]
    prefix = source_line[:block.content_column] if block.kind in TEXT_KINDS else ""
    continuation = "\n" + " " * len(prefix) if block.kind == "item" else "\n"
    return insert_block_after(target_body, at, prefix + text.replace("\n", continuation))
