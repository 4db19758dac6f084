"""E-mail addresses and web addresses (link targets and bare) that one language lacks.

Government sites publish each page in both languages under addresses that differ only by a
language marker (``/en/``↔``/fr/``, ``-eng``↔``-fra``, ``lang=en``↔``lang=fr``, ``eng``↔``fra``);
those count as the same address. Where a translated page has an address of its own (a French
slug), the two links still sit in matching blocks, so addresses left over on both sides of one
pair of blocks are taken as translations of each other; only an address with no partner at all
is reported. A link to the other language's page (``-eng`` in the French text) is reported too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import Block
from editor.model.translation.context import PairContext, other_language
from editor.model.translation.text import EMAIL_RE, URL_RE

_LANGUAGE_MARKERS = [
    # (pattern, language it marks); the group is what gets replaced by a neutral token
    (re.compile(r"(?<=/)(en|fr)(?=/|$|\?|#)"), {"en": "en", "fr": "fr"}),
    (re.compile(r"(?<=[-_/])(eng|fra)(?=[./_?#-]|$)"), {"eng": "en", "fra": "fr"}),
    (re.compile(r"(?<=[?&]lang=)(en|fr|eng|fra|e|f)(?=&|#|$)"), {"en": "en", "fr": "fr", "eng": "en", "fra": "fr", "e": "en", "f": "fr"}),
    (re.compile(r"(?<=//)(en|fr)(?=\.)"), {"en": "en", "fr": "fr"}),
]


@dataclass(frozen=True)
class Address:
    kind: str  # "url" or "email"
    text: str  # as written
    key: str  # what is compared: lower case, language markers neutralised
    group: str  # host or mail domain, for pairing leftovers

    @property
    def languages(self) -> set[str]:
        return _marked_languages(self.text) if self.kind == "url" else set()


def _marked_languages(url: str) -> set[str]:
    found = set()
    lowered = url.lower()
    for pattern, names in _LANGUAGE_MARKERS:
        for match in pattern.finditer(lowered):
            found.add(names[match.group(1)])
    return found


def neutral_url(url: str) -> str:
    """The address with case, ``www.``, a trailing slash and language markers made neutral."""
    text = unquote(url.strip().strip("<>")).lower()
    text = re.sub(r"^https?://", "//", text)
    if text.startswith("www."):
        text = "//" + text
    text = text.replace("//www.", "//", 1)
    for pattern, _names in _LANGUAGE_MARKERS:
        text = pattern.sub("{lang}", text)
    return text.rstrip("/")


def _host(key: str) -> str:
    match = re.match(r"//([^/?#]+)", key)
    return match.group(1) if match else key


def addresses(block: Block) -> list[Address]:
    """The web and e-mail addresses of a block: link targets, then those written in the text."""
    found: list[Address] = []
    seen: set[str] = set()

    def add(kind: str, text: str) -> None:
        if kind == "email":
            key = text.lower()
            group = key.rpartition("@")[2]
        else:
            key = neutral_url(text)
            group = _host(key)
        if key and key not in seen:
            seen.add(key)
            found.append(Address(kind, text, key, group))

    for link in block.links:
        if link.lower().startswith("mailto:"):
            add("email", link[7:].split("?")[0])
        elif re.match(r"(?i)(https?:)?//|www\.", link):
            add("url", link)
    text = block.plain
    for match in URL_RE.finditer(text):
        add("url", match.group(0))
    without_urls = URL_RE.sub(" ", text)
    for match in EMAIL_RE.finditer(without_urls):
        add("email", match.group(0))
    return found


def check_links(ctx: PairContext) -> list[Finding]:
    found: dict[str, dict[int, list[Address]]] = {
        lang: {b.index: addresses(b) for b in ctx.side(lang).all_blocks()} for lang in ("en", "fr")
    }
    keys = {lang: {a.key for items in found[lang].values() for a in items} for lang in ("en", "fr")}
    leftovers = {
        lang: {index: [a for a in items if a.key not in keys[other_language(lang)]] for index, items in found[lang].items()}
        for lang in ("en", "fr")
    }
    paired: set[tuple[str, int, str]] = set()
    blocks = {lang: {b.index: b for b in ctx.side(lang).all_blocks()} for lang in ("en", "fr")}
    # Translated addresses: leftovers of the same kind in blocks lined up with each other.
    if ctx.alignment.reliable:
        for index, items in leftovers["en"].items():
            partners = ctx.partners("en", blocks["en"][index]) if items else []
            theirs = [(p.index, a) for p in partners for a in leftovers["fr"][p.index] if ("fr", p.index, a.key) not in paired]
            for address in items:
                match = next(((i, a) for i, a in theirs if a.kind == address.kind and ("fr", i, a.key) not in paired), None)
                if match is not None:
                    paired.add(("en", index, address.key))
                    paired.add(("fr", match[0], match[1].key))
    # Then by host or mail domain anywhere in the posting (a page moved to another paragraph).
    pool = {lang: [(i, a) for i, items in leftovers[lang].items() for a in items if (lang, i, a.key) not in paired] for lang in ("en", "fr")}
    for index, address in pool["en"]:
        match = next(((i, a) for i, a in pool["fr"] if a.kind == address.kind and a.group == address.group
                      and ("fr", i, a.key) not in paired), None)
        if match is not None:
            paired.add(("en", index, address.key))
            paired.add(("fr", match[0], match[1].key))
    findings: list[Finding] = []
    for lang in ("en", "fr"):
        other = other_language(lang)
        for index, items in leftovers[lang].items():
            block = blocks[lang][index]
            for address in items:
                if (lang, index, address.key) in paired:
                    continue
                findings.append(ctx.finding(
                    other, ctx.place_in(other, block), Severity.WARNING,
                    "email-missing" if address.kind == "email" else "link-missing",
                    lang=lang, other_lang=other, address=address.text, where=ctx.side(lang).describe(block),
                ))
        findings += _other_language_links(ctx, lang, found[lang], blocks[lang])
    return findings


def _other_language_links(ctx: PairContext, lang: str, found: dict[int, list[Address]], blocks: dict[int, Block]) -> list[Finding]:
    other = other_language(lang)
    findings = []
    for index, items in found.items():
        for address in items:
            if address.kind == "url" and address.languages == {other}:
                findings.append(ctx.finding(
                    lang, ctx.side(lang).position(blocks[index]), Severity.WARNING, "link-other-language",
                    address=address.text, lang=lang, other_lang=other,
                ))
    return findings
