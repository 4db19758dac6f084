"""URL handling as Goldmark does it: percent-encoding and the dangerous-URL test."""

from __future__ import annotations

import re

_URL_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&'()*+,-./:;=?@_~"
)
_URL_SAFE_RE = re.compile(r"[A-Za-z0-9!#$&'()*+,\-./:;=?@_~]*")
_HEX = frozenset("0123456789abcdefABCDEF")


def url_escape(url: str) -> str:
    """Percent-encode a URL as Goldmark's util.URLEscape does (existing %XX escapes kept)."""
    if _URL_SAFE_RE.fullmatch(url):
        return url
    out: list[str] = []
    i, n = 0, len(url)
    while i < n:
        ch = url[i]
        if ch in _URL_SAFE:
            out.append(ch)
        elif ch == "%" and i + 2 < n and url[i + 1] in _HEX and url[i + 2] in _HEX:
            out.append(url[i : i + 3])
            i += 3
            continue
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
        i += 1
    return "".join(out)


_DANGEROUS = ("javascript:", "vbscript:", "file:", "data:")
_SAFE_DATA_IMAGES = ("png", "gif", "jpeg", "webp", "svg")


def is_dangerous_url(url: str) -> bool:
    """Goldmark's html.IsDangerousURL: script and data URLs other than common images."""
    low = url[:20].lower()
    if low.startswith("data:image/") and len(url) >= 11:
        return not low[11:].startswith(_SAFE_DATA_IMAGES)
    return low.startswith(_DANGEROUS)
