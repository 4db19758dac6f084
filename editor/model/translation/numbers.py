"""Numbers, times and classification codes that one language has and the other lacks.

Both notations are understood: ``$78,000`` = ``78 000 $`` (normal, non-breaking or narrow
no-break space), ``1.5`` = ``1,5``, ``13:30`` = ``13 h 30`` = ``1:30 p.m.``. Where a notation is
ambiguous (``1,500`` is 1500 in English but 1.5 in French) a number carries every value it can
mean and matches the other side when any of them does. Numbers written as words (``three``,
``trois``) satisfy a number of the other side but are never required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from editor.model.findings import Finding, Severity
from editor.model.translation.blocks import Block
from editor.model.translation.context import PairContext, other_language
from editor.model.translation.text import EMAIL_RE, URL_RE

_SP = "[ \u00a0\u202f]"
# Every branch starts with a digit (then looks behind it) so that the regex engine can skip
# quickly to the digits of a text; a leading look-behind would be tried at every character.
_START = r"\d(?<![\w.,:]\d)"
_NUMBER_RE = re.compile(
    rf"(?P<h12>{_START}\d?)(?::(?P<m12>\d{{2}}))?{_SP}?(?P<ap>[aApP])\.?{_SP}?[mM]\b\.?"
    rf"|(?P<hh>{_START}\d?){_SP}?h(?:{_SP}?(?P<hm>\d{{2}}))?(?!\w)"
    rf"|(?P<h24>{_START}\d?):(?P<m24>\d{{2}})(?![\d:])"
    rf"|(?P<num>\d(?<![\w.,]\d)\d*(?:(?:[.,]|{_SP}(?=\d{{3}}(?!\d)))\d+)*)(?P<k>{_SP}?[kK](?!\w))?"
)

# Federal occupational groups, so that "COVID-19" or "ISO-27001" are never read as classifications.
GROUPS = frozenset(
    """AC AG AI AO AR AS AU BI CH CM CO CR CS CX DA DD DE DS EC ED EG EL EN ENENG EU EX FB FI FO FR FS
    GL GS GT HP HR HS IS IT LA LC LI LP LS MA MD MT NU OE OM OP PC PE PG PH PI PM PR PS PY RO SC SE SG
    SH SO SP SR ST SW TI TR UT VM WP""".split()
)
_CODE_RE = re.compile(r"\b(?P<group>[A-Z]{2,5})(?:[-‑–](?P<sub>[A-Z]{2,4}))?[-‑–]?(?P<level>\d{1,2})\b")
# French writes the Information Technology group TI as often as IT.
_GROUP_ALIASES = {"TI": "IT"}

# Round-the-clock idioms translate freely ("24/7" = "en tout temps", "24 heures sur 24, 7 jours
# sur 7"), and HTML entities (&#8211;) are characters, not numbers: neither is compared.
_IGNORED = re.compile(
    r"\b24\s*[/x×]\s*7\b|\b24\s*(?:h|heures)?\s*(?:sur|/)\s*24\b|\b7\s*(?:j|jours)?\s*(?:sur|/)\s*7\b"
    r"|&#?\w+;"
)

_WORDS = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "hundred": 100, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
           "once": 1, "twice": 2, "single": 1, "half": 0.5, "zero": 0, "noon": "T12:00", "midnight": "T00:00"},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
           "quarante": 40, "cinquante": 50, "cent": 100, "premier": 1, "première": 1, "deuxième": 2,
           "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "demi": 0.5,
           "demie": 0.5, "zéro": 0, "midi": "T12:00", "minuit": "T00:00"},
}
_WORD_RE = re.compile(r"[^\W\d_]+")
_ANY_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Mention:
    """A number (or time, or code) found in a text, with every value it may stand for."""

    start: int
    end: int
    text: str
    values: frozenset[str]


def _canonical(text: str) -> str | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return format(value.normalize(), "f")


def _canonical_set(*texts: str) -> set[str]:
    """The canonical values of ``texts`` that are numbers."""
    return {value for text in texts if (value := _canonical(text)) is not None}


def _number_values(raw: str, thousands_k: bool) -> frozenset[str]:
    digits = re.sub(_SP, "", raw)
    separators = set(re.findall(r"[.,]", digits))
    found: set[str] = set()
    if not separators:
        found |= _canonical_set(digits)
    elif len(separators) == 2:
        decimal_mark = digits[max(digits.rfind("."), digits.rfind(","))]
        thousands = "," if decimal_mark == "." else "."
        found |= _canonical_set(digits.replace(thousands, "").replace(decimal_mark, "."))
    else:
        mark = separators.pop()
        parts = digits.split(mark)
        if len(parts) > 2:
            found |= _canonical_set("".join(parts)) if all(len(p) == 3 for p in parts[1:]) else {"text:" + digits}
        else:
            whole, fraction = parts
            found |= _canonical_set(f"{whole}.{fraction}")
            if len(fraction) == 3:
                found |= _canonical_set(whole + fraction)
    if thousands_k:
        found |= _canonical_set(*(str(Decimal(v) * 1000) for v in found if not v.startswith("text:")))
    return frozenset(found)


def _time(hour: int, minute: int) -> str:
    return f"T{hour:02d}:{minute:02d}"


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def find_numbers(text: str) -> list[Mention]:
    """Numbers and times of a plain text; addresses and classification codes are left out."""
    if not _ANY_DIGIT.search(text):
        return []
    masked = _mask(_mask(_mask(_mask(text, URL_RE), EMAIL_RE), _CODE_RE), _IGNORED)
    found = []
    for match in _NUMBER_RE.finditer(masked):
        values = _match_values(match)
        if values is None:  # "25 h" beyond a day: a duration, read as the plain number
            values = frozenset(_canonical_set(match.group("hh")))
        if match.group("num") is not None and " " in re.sub(_SP, " ", match.group("num")):
            groups = re.split(_SP, match.group("num"))
            if len(groups[0]) > 3:  # "in 2021 100 people": two numbers, not one
                offset = match.start()
                for group in groups:
                    position = masked.index(group, offset)
                    # A group may hold its own separators ("$85,000 100% remote"): read as any number is.
                    found.append(Mention(position, position + len(group), group, _number_values(group, False)))
                    offset = position + len(group)
                continue
        found.append(Mention(match.start(), match.end(), text[match.start():match.end()].strip(), values))
    return found


def _match_values(match: re.Match) -> frozenset[str] | None:
    if match.group("h12") is not None:
        hour, minute = int(match.group("h12")), int(match.group("m12") or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return frozenset(_canonical_set(match.group("h12")))
        hour = hour % 12 + (12 if match.group("ap").lower() == "p" else 0)
        return frozenset({_time(hour, minute)})
    if match.group("hh") is not None:
        hour, minute = int(match.group("hh")), int(match.group("hm") or 0)
        if hour > 24 or minute > 59:
            return None
        values = {_time(hour % 24, minute)}
        if match.group("hm") is None:
            values |= _canonical_set(match.group("hh"))  # "40 h" is also forty hours
        return frozenset(values)
    if match.group("h24") is not None:
        hour, minute = int(match.group("h24")), int(match.group("m24"))
        if hour > 24 or minute > 59:
            return frozenset(_canonical_set(match.group("h24"), match.group("m24")))
        values = {_time(hour % 24, minute)}
        if 1 <= hour <= 11:
            values.add(_time(hour + 12, minute))  # "1:30" without a.m./p.m.
        return frozenset(values)
    return _number_values(match.group("num"), match.group("k") is not None)


def word_values(text: str, lang: str) -> set[str]:
    table = _WORDS[lang]
    found: set[str] = set()
    for word in _WORD_RE.findall(text.lower()):
        value = table.get(word)
        if value is not None:
            found |= {value} if isinstance(value, str) else _canonical_set(str(value))
    return found


def find_codes(text: str) -> list[tuple[str, int, int]]:
    """Classification codes (``CS-04``, ``EN-ENG-05``) as (canonical code, start, end)."""
    found = []
    for match in _CODE_RE.finditer(text):
        group = match.group("group")
        sub = match.group("sub")
        if group not in GROUPS or (sub and group + sub not in GROUPS and sub not in ("ENG", "RES", "REM")):
            continue
        group = _GROUP_ALIASES.get(group, group)
        code = f"{group}-{sub}-{int(match.group('level')):02d}" if sub else f"{group}-{int(match.group('level')):02d}"
        found.append((code, match.start(), match.end()))
    return found


def format_value(value: str, lang: str) -> str:
    """A value as the other language would write it (“78 000” / “78,000”, “13 h 30” / “1:30 p.m.”)."""
    if value.startswith("text:"):
        return value[5:]
    if value.startswith("T"):
        hour, minute = int(value[1:3]), int(value[4:6])
        if lang == "fr":
            return f"{hour}\u00a0h" + (f"\u00a0{minute:02d}" if minute else "")
        suffix = "a.m." if hour < 12 else "p.m."
        return f"{(hour % 12) or 12}:{minute:02d}\u00a0{suffix}"
    whole, _, fraction = value.partition(".")
    grouped = f"{int(whole):,}" if len(whole) > 4 or lang == "en" else whole
    if lang == "fr":
        grouped = grouped.replace(",", "\u00a0")
        return grouped + ("," + fraction if fraction else "")
    return grouped + ("." + fraction if fraction else "")


# ------------------------------------------------------------------------------- checks
def check_numbers(ctx: PairContext) -> list[Finding]:
    mentions = {lang: {b.index: find_numbers(b.plain) for b in ctx.side(lang).all_blocks()} for lang in ("en", "fr")}
    spelled = {lang: {b.index: word_values(b.plain, lang) for b in ctx.side(lang).all_blocks()} for lang in ("en", "fr")}
    everywhere = {lang: [m for found in mentions[lang].values() for m in found] for lang in ("en", "fr")}
    spelled_anywhere = {lang: set().union(*spelled[lang].values()) if spelled[lang] else set() for lang in ("en", "fr")}
    reliable = ctx.alignment.reliable
    found: list[Finding] = []
    for lang in ("en", "fr"):
        other = other_language(lang)
        for block in ctx.side(lang).all_blocks():
            reported: set[frozenset[str]] = set()
            for mention in mentions[lang][block.index]:
                if mention.values in reported:
                    continue
                if _present(mention, block, lang, ctx, mentions, spelled, everywhere, spelled_anywhere, reliable):
                    continue
                reported.add(mention.values)
                shown = format_value(_reading(mention, lang), other)
                found.append(ctx.finding(
                    other, ctx.place_in(other, block), Severity.WARNING, "number-mismatch",
                    text=mention.text, lang=lang, other_lang=other, where=ctx.side(lang).describe(block), shown=shown,
                ))
    return found + _check_codes(ctx)


def _reading(mention: Mention, lang: str) -> str:
    """The value a reader of ``lang`` takes an ambiguous number for (1,500: 1500 in English, 1.5 in French)."""
    if len(mention.values) == 1:
        return next(iter(mention.values))
    values = sorted(mention.values)
    decimals = [v for v in values if "." in v]
    wholes = [v for v in values if "." not in v and not v.startswith("T")]
    if lang == "fr" and decimals:
        return decimals[0]
    if wholes:
        return max(wholes, key=lambda v: float(v) if not v.startswith("text:") else 0)
    return values[0]


def _present(mention: Mention, block: Block, lang: str, ctx: PairContext, mentions: dict[str, dict[int, list[Mention]]],
             spelled: dict[str, dict[int, set[str]]], everywhere: dict[str, list[Mention]],
             spelled_anywhere: dict[str, set[str]], reliable: bool) -> bool:
    other = other_language(lang)
    values = mention.values

    def shares(found: list[Mention]) -> int:
        return sum(1 for m in found if m.values & values)

    anywhere = shares(everywhere[other]) > 0 or bool(values & spelled_anywhere[other])
    partners = ctx.partners(lang, block)
    if not reliable or not partners:
        return anywhere
    if any(shares(mentions[other][p.index]) or values & spelled[other][p.index] for p in partners):
        return True
    # Moved to a neighbouring block: fine as long as the other side has it as often.
    return anywhere and shares(everywhere[other]) + len(values & spelled_anywhere[other]) >= shares(everywhere[lang])


def _check_codes(ctx: PairContext) -> list[Finding]:
    codes: dict[str, dict[str, Block]] = {}
    for lang in ("en", "fr"):
        codes[lang] = {}
        for block in ctx.side(lang).all_blocks():
            for code, _start, _end in find_codes(block.plain):
                codes[lang].setdefault(code, block)
    found = []
    source, target = ctx.source, ctx.target
    differ = bool(set(codes[source]) - set(codes[target])) and bool(set(codes[target]) - set(codes[source]))
    for lang in (source, target):
        other = other_language(lang)
        if differ and lang == target:
            continue  # the translation is what changes: one finding there says it all
        extra = sorted(set(codes[other]) - set(codes[lang]))
        for code, block in codes[lang].items():
            if code in codes[other]:
                continue
            params = dict(lang=lang, classification=code, where=ctx.side(lang).describe(block))
            if extra:
                params.update(other_lang=other, instead=", ".join(extra))
            found.append(ctx.finding(
                other, ctx.place_in(other, block), Severity.WARNING, "classification-mismatch",
                variant="instead" if extra else "", **params,
            ))
    return found
