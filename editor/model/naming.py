"""File names for postings: ``slug--leverId.md``, safe on Linux, Windows and macOS."""

from __future__ import annotations

import html
import re
import unicodedata

MAX_SLUG = 80
# Characters Windows or macOS refuse or treat specially in names, plus URL troublemakers.
_FORBIDDEN = re.compile(r"[\\/:*?\"<>|#%&{}\[\]^`~+=;,!$@()'\u2018\u201c\u201d«»]")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$", re.IGNORECASE)


def slugify(title: str) -> str:
    """Lowercase, spaces to '-', accents kept (as the site's own names do); never a path or a dot file."""
    text = unicodedata.normalize("NFC", html.unescape(title or "")).lower()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")  # control and format chars
    text = re.sub(r"\s+", "-", text.strip())
    text = _FORBIDDEN.sub("", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"-{4,}", "---", text)
    # Exactly two hyphens separate the slug from the leverId, so a removed character must not leave them.
    text = re.sub(r"(?<!-)--(?!-)", "-", text)
    text = text.strip(".-_ ")
    if len(text) > MAX_SLUG:
        cut = text[:MAX_SLUG]
        text = cut.rsplit("-", 1)[0] if "-" in cut[MAX_SLUG // 2 :] else cut
        text = text.strip(".-_ ")
    if not text or _WINDOWS_RESERVED.match(text):
        text = f"posting-{text}" if text else "posting"
    return text


def posting_file_name(title: str, lever_id: str | None) -> str:
    slug = slugify(title)
    return f"{slug}--{lever_id}.md" if lever_id else f"{slug}.md"


def key_from_title(title: str) -> str:
    """A translationKey proposal: the English slug in plain ASCII letters."""
    ascii_text = unicodedata.normalize("NFKD", slugify(title)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]+", "", ascii_text).strip("-") or "posting"
