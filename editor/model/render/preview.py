"""The HTML page the live preview shows: the posting as the site will show it.

The body is rendered as Hugo would (``editor.model.render.markdown``) and wrapped in
the fixed parts that the site's job-posting template adds around it: the title
as the page's heading, then either the "no longer accepting applications"
banner of an archived posting or the "Apply now" link to the posting on Lever.
Pure Python, no Qt; the stylesheet is written for Qt's rich-text CSS subset
(no borders on blocks, no padding outside table cells), which is why the
banner and the button are single-row tables.
"""

from __future__ import annotations

import functools
from html import escape
from urllib.parse import quote

from editor.model.render.markdown import RenderOptions, render_body
from editor.model.render.preview_limit import PreviewCut, cut_for_preview
from editor.resources import resource_path

LEVER_BASE_URL = "https://jobs.lever.co/"

# What the site's template prints around the body, per page language.
FIXED_TEXT = {
    "en": {
        "archived": "This job posting is no longer accepting applications.",
        "apply": "Apply now",
        "no_lever_id": ("Preview note: the “Apply now” link to Lever appears here once the "
                        "posting has a Lever ID (leverId in the front matter)."),
        "untitled": "(no title)",
        "preview_limit": ("Preview note: this body has {total:,} blocks; the preview shows the first "
                          "{shown:,} so the editor stays responsive. The page will show all of them."),
    },
    "fr": {
        "archived": "Cette offre d’emploi n’accepte plus de candidatures.",
        "apply": "Postuler maintenant",
        "no_lever_id": ("Note d’aperçu\u00a0: le lien «\u00a0Postuler maintenant\u00a0» vers Lever apparaîtra "
                        "ici quand l’offre aura un identifiant Lever (leverId dans "
                        "l’en-tête)."),
        "untitled": "(sans titre)",
        "preview_limit": ("Note d’aperçu\u00a0: ce texte a {total:,} blocs; l’aperçu montre les {shown:,} "
                          "premiers pour que l’éditeur reste rapide. La page les montrera tous."),
    },
}


def page_language(lang: str) -> str:
    """``"fr"`` for any French tag (``fr``, ``fr-CA``…), else ``"en"``."""
    return "fr" if lang.lower().replace("_", "-").split("-")[0] == "fr" else "en"


@functools.lru_cache(maxsize=1)
def preview_css() -> str:
    """The preview stylesheet, read once from ``resources/preview/preview.css``."""
    return resource_path("preview", "preview.css").read_text(encoding="utf-8")


def apply_url_base(config: dict) -> str:
    """Where the site's "Apply now" links point, before the leverId.

    Sites name their Lever account in ``params.applyUrl`` (as the bundled sample site does, whose
    template builds the link the same way); without it, Lever's bare address is the best guess.
    """
    params = config.get("params") if isinstance(config, dict) else None
    base = params.get("applyurl") if isinstance(params, dict) else None
    return str(base) if isinstance(base, str) and base.startswith(("https://", "http://")) else LEVER_BASE_URL


def lever_url(lever_id: str, base: str = LEVER_BASE_URL) -> str:
    """The public Lever page of a posting."""
    return base + quote(lever_id.strip(), safe="-")


def preview_html(*, title: str, body_markdown: str, lang: str, archived: bool,
                 lever_id: str | None, render_options: RenderOptions | None = None,
                 apply_url_base: str = LEVER_BASE_URL, max_blocks: int | None = None) -> str:
    """A complete HTML document showing the posting as the site's page will.

    ``lang`` is the page's language (``"en"``/``"fr"``), which picks the
    wording of the fixed parts and the ``lang`` attribute. An open posting
    without ``lever_id`` gets a visibly different note saying why there is no
    apply link, since the site would print a broken one.
    """
    language = page_language(lang)
    text = FIXED_TEXT[language]
    heading = escape(title.strip()) if title and title.strip() else text["untitled"]
    cut = cut_for_preview(body_markdown, max_blocks) if max_blocks is not None else PreviewCut(body_markdown)
    body = render_body(cut.markdown, render_options)
    if cut.shown_blocks is not None:
        note = text["preview_limit"].format(total=cut.total_blocks, shown=cut.shown_blocks)
        if language == "fr":
            note = note.replace(",", "\u00a0")  # 50 000: French groups digits with a space
        body += f'<p class="preview-limit"><em>{escape(note)}</em></p>\n'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{heading}</title>\n<style>\n{preview_css()}</style>\n</head>\n"
        '<body>\n<div class="page">\n'
        f'<h1 class="title">{heading}</h1>\n'
        # The red rule under the title: a table cell, the only block Qt paints
        # with a fixed width and a background.
        '<table class="title-rule" cellspacing="0" cellpadding="0">'
        '<tr><td class="title-rule" width="72"> </td></tr></table>\n'
        f"{_status_section(text, archived, lever_id, apply_url_base)}"
        f'<div class="content">\n{body}</div>\n'
        "</div>\n</body>\n</html>\n"
    )


def _status_section(text: dict[str, str], archived: bool, lever_id: str | None, base: str) -> str:
    if archived:
        return (
            '<table class="notice archived" width="100%" cellspacing="0" cellpadding="12">'
            '<tr><td class="notice-bar" width="6"></td>'
            f'<td class="notice-text"><strong>{escape(text["archived"])}</strong></td></tr>'
            "</table>\n"
        )
    if lever_id and lever_id.strip():
        url = escape(lever_url(lever_id, base), quote=True)
        return (
            '<table class="apply" cellspacing="0" cellpadding="10"><tr>'
            f'<td class="apply-button"><a class="apply-link" href="{url}">'
            f"{escape(text['apply'])}</a></td></tr></table>\n"
        )
    return (
        '<table class="notice editor-note" width="100%" cellspacing="0" cellpadding="10">'
        f'<tr><td class="notice-text">{escape(text["no_lever_id"])}</td></tr></table>\n'
    )
