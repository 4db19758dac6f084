"""File names for postings: ``slug--leverId.md``, safe on Linux, Windows and macOS."""

from __future__ import annotations

import html
import re
import unicodedata

MAX_SLUG = 80
# File systems count bytes (ext4: 255) or UTF-16 units of the decomposed form (HFS+: 255), so
# characters alone do not bound a name: 80 emoji are 320 bytes. The decomposed UTF-8 length is
# the largest of those measures; 160 leaves room for "--", a 36-character leverId and ".md".
MAX_SLUG_BYTES = 160
# Characters Windows or macOS refuse or treat specially in names, plus URL troublemakers.
_FORBIDDEN = re.compile(r"[\\/:*?\"<>|#%&{}\[\]^`~+=;,!$@()'\u2018\u201c\u201d«»]")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2018](?=\w)")
# Windows refuses these names with any extension too ("con.md", "con.x.md").
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
# "index.md" would turn the whole postings folder into one Hugo page bundle, hiding every posting.
_HUGO_RESERVED = re.compile(r"^_?index$", re.IGNORECASE)
# Hugo reads "name.fr.md" as the French version of "name": a slug must not end like a language code.
_LANGUAGE_SUFFIX = re.compile(r"\.([a-z]{2,3}(?:[-_][a-z0-9]{2,8})*)$", re.IGNORECASE)
_LEVER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")


def slugify(title: str) -> str:
    """Lowercase, spaces to '-', accents kept (as the site's own names do); never a path or a dot file."""
    text = _slug_words(title)
    if not text or _WINDOWS_RESERVED.match(text) or _HUGO_RESERVED.match(text):
        text = f"posting-{text}" if text else "posting"
    return text


def names_a_file(title: str) -> bool:
    """Whether ``title`` has something to name a file by (a title of only punctuation, such as "/",
    has not: its file would be a bare "posting.md")."""
    return bool(_slug_words(title))


def _slug_words(title: str) -> str:
    text = unicodedata.normalize("NFC", html.unescape(title or "")).lower()
    # Control, format, private-use, unassigned and lone surrogate characters (a surrogate cannot even be written to a file).
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    # Slashes separate words ("Researcher/Designer"), as the site's own names show; never a path.
    text = re.sub(r"[\s/\\]+", "-", text.strip())
    # An apostrophe between letters is an elision ("d'équipe"): dropped, it glued the words into one
    # that is not ("déquipe"). The typographic one is kept, as the site's own French names keep it.
    text = _APOSTROPHE.sub("\u2019", text)
    text = _FORBIDDEN.sub("", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = _bounded(text)
    text = _LANGUAGE_SUFFIX.sub(r"-\1", text)
    return _tidy(text)


def _tidy(text: str) -> str:
    text = re.sub(r"-{4,}", "---", text)
    # Exactly two hyphens separate the slug from the leverId, so a removed character must not leave them.
    text = re.sub(r"(?<!-)--(?!-)", "-", text)
    return text.strip(".-_ ")


def _bounded(text: str) -> str:
    text = _tidy(text)
    if len(text) <= MAX_SLUG and _decomposed_size(text) <= MAX_SLUG_BYTES:
        return text
    cut = text[:MAX_SLUG]
    while _decomposed_size(cut) > MAX_SLUG_BYTES:
        cut = cut[:-1]
    # End on a word boundary when one is in the second half, so the name stays readable.
    if "-" in cut[len(cut) // 2 :]:
        cut = cut.rsplit("-", 1)[0]
    return _tidy(cut)


def _decomposed_size(text: str) -> int:
    return len(unicodedata.normalize("NFD", text).encode("utf-8"))


def posting_file_name(title: str, lever_id: str | None) -> str:
    """``slug--leverId.md``, or ``slug.md`` without a leverId. ValueError for a leverId that is not an id."""
    slug = slugify(title)
    if not lever_id:
        return f"{slug}.md"
    if not _LEVER_ID.fullmatch(lever_id):
        from editor.model.frontmatter.document import EditError

        raise EditError.said("lever-id-in-name", lever_id=lever_id)
    return f"{slug}--{lever_id}.md"


def key_from_title(title: str) -> str:
    """A translationKey proposal: the English slug in plain ASCII letters."""
    ascii_text = unicodedata.normalize("NFKD", slugify(title)).encode("ascii", "ignore").decode()
    # One hyphen between words, as the site's own keys have (a left-out emoji or a spaced dash made two or three).
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9-]+", "", ascii_text)).strip("-") or "posting"
