"""French and English typography as the federal Translation Bureau's writing guides give it.

French (Canadian usage): a non-breaking space before ``:`` and inside « » (a normal space
outside); no space before ``;`` ``!`` ``?`` (the ``france`` style puts a narrow no-break space
there instead); amounts as ``50 000 $`` and ``75,25 $``; thousands separated by a non-breaking
space (numbers of five digits or more; ``2500`` stays as written); times as ``13 h 30``;
``15 %``. English: ``$50,000``, ``1:30 p.m.``, ``15%``, no space before ``: ; ! ?``, a full stop or
comma inside the closing quotation mark (``“checks all the boxes.”``). In both, one apostrophe style
per text (’ or ').

:func:`typography_edits` lists the changes, each touching only the characters concerned;
:func:`fix_typography` applies them all. Code, addresses, link targets and e-mail addresses are
never changed (see protect.py). Narrow no-break spaces (U+202F) are accepted wherever a
non-breaking space is asked for: both keep the words together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from editor.model.translation.protect import Protected, protected_ranges

NBSP, NNBSP = "\u00a0", "\u202f"
_HARD = (NBSP, NNBSP)
# Every Unicode space and the entities written for spaces are spaces: a fix replaces them, never
# adds a space beside one ("&nbsp;:" is already right; a thin space inside « » is replaced).
_SPACE_CHARS = " \t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f\u3000"
_SPACE_ENTITY = r"&(?:nbsp|thinsp|ensp|emsp|#(?:160|8239|8201|8194|8195|32)|#[xX]0*(?:a0|A0|202[fF]|2009|2002|2003|20));"
_HARD_ENTITY = re.compile(r"&(?:nbsp|#160|#8239|#[xX]0*(?:a0|A0|202[fF]));")
_WS = rf"(?:[{_SPACE_CHARS}]|{_SPACE_ENTITY})"
_SPACE_ENTITY_RE = re.compile(_SPACE_ENTITY)


def _hard(space: str) -> bool:
    """One non-breaking space (the character, the narrow one, or an entity for either)."""
    return space in _HARD or bool(_HARD_ENTITY.fullmatch(space))
STYLES = ("canada", "france")


@dataclass(frozen=True)
class TypographyOptions:
    style: str = "canada"  # "canada" or "france" (narrow no-break space before ; ! ?)

    @classmethod
    def of(cls, options: object) -> TypographyOptions:
        """From options, a style's name, or settings with a ``typography`` style (else Canada's)."""
        if isinstance(options, cls):
            return options
        if isinstance(options, str):
            return cls(options if options in STYLES else "canada")
        style = getattr(options, "typography", None)
        return cls(style if style in STYLES else "canada")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (an insertion when start == end)."""

    start: int
    end: int
    replacement: str
    code: str
    variant: str = ""  # which of the code's wordings in the finding catalogue
    params: tuple = ()  # (name, value) pairs the wording names


# One typography rule: the edits it wants in a text (None where the text is already right).
_Rule = Callable[[str, TypographyOptions], Iterator[Edit | None]]


def _edit(text: str, start: int, end: int, replacement: str, code: str, variant: str,
          params: tuple = ()) -> Edit | None:
    """The smallest edit turning ``text[start:end]`` into ``replacement``; None when equal."""
    original = text[start:end]
    if original == replacement:
        return None
    if code in ("typography-amount", "typography-thousands") and not re.search(r"[kK]", original) \
            and re.sub(r"\D", "", original) != re.sub(r"\D", "", replacement):
        # Notation fixes move separators, never digits: "$00,000" in a template is a placeholder,
        # not zero dollars, and a fix must not turn it into "$0".
        return None
    prefix = 0
    while prefix < min(len(original), len(replacement)) and original[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(original), len(replacement)) - prefix
           and original[len(original) - 1 - suffix] == replacement[len(replacement) - 1 - suffix]):
        suffix += 1
    return Edit(start + prefix, end - suffix, replacement[prefix:len(replacement) - suffix], code, variant, params)


def typography_edits(text: str, lang: str, options: object = None, *, markdown: bool = True,
                     apostrophe: str | None = None) -> list[Edit]:
    """The typography changes ``text`` needs, sorted and never overlapping.

    ``markdown=False`` for a plain value such as a title (no Markdown syntax to protect).
    ``apostrophe`` (’ or ') is the style to keep; by default the one ``text`` uses most (a
    posting's body, title and description share one: see :func:`preferred_apostrophe`)."""
    options = TypographyOptions.of(options)
    protected = protected_ranges(text, markdown=markdown)
    rules = _FRENCH_RULES if lang == "fr" else _ENGLISH_RULES
    candidates: list[Edit] = []
    for rule in rules:
        candidates += [e for e in rule(text, options) if e is not None]
    candidates += _apostrophes(text, protected, apostrophe)
    if candidates:
        # Blocks in the other language (left untranslated, quoted) follow that language's rules:
        # French spacing must not be applied to an English paragraph of a French file.
        from editor.model.language.prose import foreign_ranges

        foreign = foreign_ranges(text, lang, markdown=markdown)
        if foreign:
            candidates = [e for e in candidates if not any(low <= e.start and e.end <= high for low, high in foreign)]
    accepted: list[Edit] = []
    for edit in sorted(candidates, key=lambda e: (e.start, e.end)):
        if protected.touches(edit.start, edit.end) and not _replaces_space_entities(text, protected, edit) \
                or _line_start(text, edit):
            continue
        if accepted and (edit.start < accepted[-1].end or edit.start == accepted[-1].start):
            continue
        accepted.append(edit)
    return accepted


def _replaces_space_entities(text: str, protected: Protected, edit: Edit) -> bool:
    """True when the only protected text ``edit`` touches is whole space entities (``&nbsp;``),
    which it replaces: they are spaces, not markup."""
    if edit.start == edit.end:
        return False
    for low, high in protected.ranges:
        if high <= edit.start or low >= edit.end:
            continue
        if low < edit.start or high > edit.end or not _SPACE_ENTITY_RE.fullmatch(text, low, high):
            return False
    return True


def _line_start(text: str, edit: Edit) -> bool:
    # A change at the very start of a line could turn a paragraph into a list or a code block.
    return edit.end == edit.start and (edit.start == 0 or text[edit.start - 1] in "\r\n") and edit.replacement.isspace()


def apply_edits(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def fix_typography(text: str, lang: str, options: object = None, *, markdown: bool = True, apostrophe: str | None = None) -> str:
    """``text`` with every typography fix applied (a few passes: one fix can reveal another)."""
    for _ in range(4):
        edits = typography_edits(text, lang, options, markdown=markdown, apostrophe=apostrophe)
        if not edits:
            break
        text = apply_edits(text, edits)
    return text


# ------------------------------------------------------------------------------- numbers
_NUMBER = r"\d(?:\d|[,.](?=\d)|[ \u00a0\u202f](?=\d{3}(?!\d)))*"


def parse_amount(raw: str, lang_hint: str) -> tuple[str, str] | None:
    """(whole digits, decimals) of a written number, reading its separators as either language
    would; None when they cannot be read (``1.2.3``)."""
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    marks = re.findall(r"[.,]", digits)
    if not marks:
        return digits, ""
    if len(set(marks)) == 2:
        decimal = digits[max(digits.rfind("."), digits.rfind(","))]
        whole, _, fraction = digits.rpartition(decimal)
        return whole.replace("," if decimal == "." else ".", ""), fraction
    mark = marks[0]
    parts = digits.split(mark)
    if len(parts) > 2:
        return ("".join(parts), "") if all(len(p) == 3 for p in parts[1:]) else None
    whole, fraction = parts
    if len(fraction) == 3 and (mark == "," and lang_hint == "en" or mark == "." and lang_hint == "fr" or len(whole) > 1):
        return whole + fraction, ""  # a thousands separator
    return whole, fraction


def format_number(whole: str, fraction: str, lang: str, *, grouped: bool = False) -> str:
    """A number in ``lang``'s notation; four-digit numbers are grouped only when ``grouped`` (the
    writer grouped them): both 2500 and 2 500 are correct."""
    try:
        value = int(whole)
    except ValueError:
        return whole + ("," if lang == "fr" else ".") + fraction if fraction else whole
    digits = whole if whole.startswith("0") and value else str(value)
    if len(digits) > 4 or (len(digits) == 4 and grouped):
        digits = f"{value:,}".replace(",", NBSP if lang == "fr" else ",")
    return digits + (("," if lang == "fr" else ".") + fraction if fraction else "")


def _amount(raw: str, k: str | None, lang: str, hint: str) -> str | None:
    parsed = parse_amount(raw, hint)
    if parsed is None:
        return None
    whole, fraction = parsed
    if k:
        try:
            whole, fraction = str(int((Decimal(whole + "." + (fraction or "0"))) * 1000)), ""
        except InvalidOperation:
            return None
    integer_part = raw[: len(raw) - len(fraction) - 1] if fraction else raw
    grouped = bool(re.search(r"[ \u00a0\u202f,.]", integer_part))
    number = format_number(whole, fraction, lang, grouped=grouped)
    return f"{number}{NBSP}$" if lang == "fr" else f"${number}"



def _amounts(lang: str) -> _Rule:
    before = re.compile(rf"\$(?P<sp>{_WS}?)(?P<n>{_NUMBER})(?P<k>{_WS}?[kK](?!\w))?")
    after = re.compile(rf"(?P<n>\d(?<![\d.,\w]\d){_NUMBER[2:]})(?P<k>{_WS}?[kK])?(?P<sp>{_WS}?)\$(?!\w)")

    def rule(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
        for match in before.finditer(text):
            replacement = _amount(match.group("n"), match.group("k"), lang, "en")
            if replacement is not None and not _same(text[match.start():match.end()], replacement):
                yield _edit(text, match.start(), match.end(), replacement, "typography-amount", lang)
        for match in after.finditer(text):
            replacement = _amount(match.group("n"), match.group("k"), lang, "fr")
            if replacement is not None and not _same(text[match.start():match.end()], replacement):
                yield _edit(text, match.start(), match.end(), replacement, "typography-amount", lang)

    return rule


def _same(original: str, wanted: str) -> bool:
    # A narrow no-break space where a non-breaking one is asked for is fine.
    return _HARD_ENTITY.sub(NBSP, original).replace(NNBSP, NBSP) == wanted


def _thousands(lang: str) -> _Rule:
    commas = re.compile(r"\d(?<![\d.,\w]\d)\d{0,2}(?:,\d{3})+(?![\d,]|\.\d|[ \u00a0\u202f]?\$)")
    spaced = re.compile(r"\d(?<![\d.,\w]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d|[ \u00a0\u202f]?[\d$])")

    def rule(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
        if lang == "fr":
            for match in commas.finditer(text):
                if len(match.group(0).replace(",", "")) >= 5:
                    yield _edit(text, match.start(), match.end(), match.group(0).replace(",", NBSP), "typography-thousands", "fr")
            for match in spaced.finditer(text):
                wanted = match.group(0).replace(" ", NBSP)
                if not _same(match.group(0), wanted):
                    yield _edit(text, match.start(), match.end(), wanted, "typography-thousands", "fr")
        else:
            for match in spaced.finditer(text):
                yield _edit(text, match.start(), match.end(), re.sub(r"[ \u00a0\u202f]", ",", match.group(0)),
                            "typography-thousands", "en")

    return rule


def _percent(lang: str) -> _Rule:
    pattern = re.compile(rf"\d(?P<sp>{_WS}?)%")

    def rule(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
        for match in pattern.finditer(text):
            space = match.group("sp")
            if lang == "fr" and not _hard(space):
                yield _edit(text, match.start("sp"), match.end(), NBSP + "%", "typography-percent", "fr")
            elif lang == "en" and space:
                yield _edit(text, match.start("sp"), match.end(), "%", "typography-percent", "en")

    return rule


# --------------------------------------------------------------------------------- times
# Hours are checked in code: a leading look-behind or alternation would slow every search.
_HOUR = r"\d(?<![\d.,:\w]\d)\d?"
_TIME_COLON = re.compile(
    rf"(?P<h>{_HOUR}):(?P<m>[0-5]\d)(?![\d:])(?:(?P<sp>{_WS}?)(?P<ap>[aApP])\.?{_WS}?[mM](?!\w)\.?)?"
)
_TIME_BARE_AMPM = re.compile(rf"(?P<h>{_HOUR})(?P<sp>{_WS}?)(?P<ap>[ap])(?P<dot>\.?){_WS}?m(?!\w)\.?")
_TIME_H = re.compile(rf"(?P<h>{_HOUR})(?P<s1>{_WS}?)h(?:(?P<s2>{_WS}?)(?P<m>[0-5]\d))?(?!\w)")


def _hours(pattern: re.Pattern[str], text: str, low: int, high: int) -> Iterator[re.Match[str]]:
    for match in pattern.finditer(text):
        if low <= int(match.group("h")) <= high:
            yield match


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    return hour % 12 + (12 if ampm.lower() == "p" else 0)


def _french_time(hour: int, minute: int) -> str:
    return f"{hour}{NBSP}h" + (f"{NBSP}{minute:02d}" if minute else "")


def _english_time(hour: int, minute: int) -> str:
    return f"{(hour % 12) or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


def _french_times(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
    variant = "fr"  # the rule's wording in the finding catalogue
    for match in _hours(_TIME_COLON, text, 0, 23):
        hour = _hour24(int(match.group("h")), match.group("ap"))
        yield _edit(text, match.start(), match.end(), _french_time(hour, int(match.group("m"))), "typography-time", variant)
    for match in _hours(_TIME_BARE_AMPM, text, 1, 12):
        hour = _hour24(int(match.group("h")), match.group("ap"))
        yield _edit(text, match.start(), match.end(), _french_time(hour, 0), "typography-time", variant)
    for match in _hours(_TIME_H, text, 0, 24):
        wanted = f"{match.group('h')}{NBSP}h" + (f"{NBSP}{match.group('m')}" if match.group("m") else "")
        if not _same(match.group(0), wanted):
            yield _edit(text, match.start(), match.end(), wanted, "typography-time", variant)


def _english_times(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
    variant = "en"
    for match in _hours(_TIME_COLON, text, 0, 23):
        if not match.group("ap"):
            continue  # the 24-hour clock is acceptable in English
        hour = _hour24(int(match.group("h")), match.group("ap"))
        wanted = _english_time(hour, int(match.group("m")))
        if not _same(match.group(0).replace(NBSP, " "), wanted):
            yield _edit(text, match.start(), match.end(), wanted, "typography-time", variant)
    for match in _hours(_TIME_BARE_AMPM, text, 1, 12):
        wanted = f"{match.group('h')} {match.group('ap')}.m."
        if not _same(match.group(0).replace(NBSP, " "), wanted):
            yield _edit(text, match.start(), match.end(), wanted, "typography-time", variant)
    for match in _hours(_TIME_H, text, 0, 24):
        if match.group("m") and int(match.group("h")) < 24:
            yield _edit(text, match.start(), match.end(), _english_time(int(match.group("h")), int(match.group("m"))),
                        "typography-time", variant)


# --------------------------------------------------------------------------- punctuation
def _at_line_start(text: str, position: int) -> bool:
    line_start = max(text.rfind("\n", 0, position), text.rfind("\r", 0, position)) + 1
    return not text[line_start:position].strip()


_EMOTICON = re.compile(r"[-'^]?[()DPp3](?![^\W\d_])")


def _colons(lang: str) -> _Rule:
    pattern = re.compile(rf"(?P<ws>{_WS}*):")

    def rule(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
        for match in pattern.finditer(text):
            colon = match.end() - 1
            space = match.group("ws")
            before = text[match.start() - 1] if match.start() > 0 else "\n"
            after = text[colon + 1] if colon + 1 < len(text) else ""
            if _at_line_start(text, match.start()) or (before.isdigit() and after.isdigit()) or ":" in (before, after):
                continue
            if _EMOTICON.match(text, colon + 1):
                continue  # :) ;-) are not punctuation
            if lang == "fr":
                if not _hard(space):
                    yield _edit(text, match.start(), colon, NBSP, "typography-colon", "")
                if after.isalnum() or after in "«“":
                    yield _edit(text, colon + 1, colon + 1, " ", "typography-colon", "")
            elif space:
                yield _edit(text, match.start(), colon, "", "typography-space-before-punctuation", "en-colon")

    return rule


def _stops(lang: str) -> _Rule:
    pattern = re.compile(rf"(?P<ws>{_WS}*)(?P<p>[;!?])")

    def rule(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
        for match in pattern.finditer(text):
            mark, space, position = match.group("p"), match.group("ws"), match.start("p")
            if mark == "!" and text[position + 1:position + 2] == "[":
                continue  # an image: ![alt](address)
            if mark == ";" and _EMOTICON.match(text, position + 1):
                continue
            before = text[match.start() - 1] if match.start() > 0 else "\n"
            if _at_line_start(text, match.start()) or before in "!?;([" or (mark == ";" and before == "&"):
                continue
            if lang == "fr" and options.style == "france":
                if not _hard(space):
                    yield _edit(text, match.start(), position, NNBSP, "typography-space-before-punctuation", "france",
                                (("mark", mark),))
            elif space:
                yield _edit(text, match.start(), position, "", "typography-space-before-punctuation", lang,
                            (("mark", mark),))

    return rule


def _guillemets(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
    variant = ""  # the rule's wording in the finding catalogue
    for match in re.finditer(rf"«(?P<ws>{_WS}*)", text):
        space = match.group("ws")
        after = text[match.end():match.end() + 1]
        if not _hard(space) and after not in ("", "\n", "\r"):
            yield _edit(text, match.start() + 1, match.end(), NBSP, "typography-guillemets", variant)
        if match.start() > 0 and text[match.start() - 1].isalnum():
            yield _edit(text, match.start(), match.start(), " ", "typography-guillemets", variant)
    for match in re.finditer(rf"(?P<ws>{_WS}*)»", text):
        space = match.group("ws")
        if not _hard(space) and not _at_line_start(text, match.start()):
            yield _edit(text, match.start(), match.end() - 1, NBSP, "typography-guillemets", variant)
        if text[match.end():match.end() + 1].isalnum():
            yield _edit(text, match.end(), match.end(), " ", "typography-guillemets", variant)


# ---------------------------------------------------------------------------- apostrophes
_APOSTROPHE = re.compile(r"['’‘](?<=[^\W\d_]['’‘])(?=[^\W\d_])")


def _apostrophe_marks(text: str, protected: Protected) -> list[re.Match]:
    return [m for m in _APOSTROPHE.finditer(text) if not protected.touches(m.start(), m.end())]


def preferred_apostrophe(texts: list[str], *, markdown: bool = True) -> str:
    """The apostrophe most used between letters across ``texts`` (’ when as many ' are used)."""
    typographic = straight = 0
    for text in texts:
        for mark in _apostrophe_marks(text, protected_ranges(text, markdown=markdown)):
            typographic += mark.group(0) == "’"
            straight += mark.group(0) == "'"
    return "’" if typographic >= straight else "'"


def _apostrophes(text: str, protected: Protected, wanted: str | None) -> list[Edit]:
    marks = _apostrophe_marks(text, protected)
    if wanted is None:
        typographic = sum(1 for m in marks if m.group(0) == "’")
        straight = sum(1 for m in marks if m.group(0) == "'")
        wanted = "’" if typographic >= straight else "'"
    variant = "typographic" if wanted == "’" else "straight"
    return [
        Edit(m.start(), m.end(), wanted, "typography-apostrophe", variant)
        for m in marks if m.group(0) != wanted
    ]


_FRENCH_RULES = (_amounts("fr"), _thousands("fr"), _percent("fr"), _french_times, _colons("fr"), _stops("fr"), _guillemets)
# A full stop or comma after a closing double quotation mark (not after a quoted question, inches,
# an ellipsis or an address's dot): Canadian English puts it inside.
# The character before the mark is looked at in Python: a pattern opening with a lookbehind is tried
# at every character of every English text (150 µs a posting), one opening with the marks only where
# they are.
_OUTSIDE_QUOTE = re.compile(r"(?P<q>[”\"])(?P<p>[.,])(?![\w.])")


def _quote_punctuation(text: str, options: TypographyOptions) -> Iterator[Edit | None]:
    if "”" not in text and '"' not in text:
        return
    for match in _OUTSIDE_QUOTE.finditer(text):
        start = match.start()
        before = text[start - 1] if start else " "
        if before.isspace() or before.isdecimal() or before in "?!.,":
            continue  # an opening mark, inches, a quoted question or an ellipsis
        if match.group("q") == '"' and text.count('"', 0, start) % 2 == 0:
            continue  # a straight mark that opens a quotation
        yield _edit(text, match.start(), match.end(), match.group("p") + match.group("q"), "typography-quote-punctuation", "")


_ENGLISH_RULES = (_amounts("en"), _thousands("en"), _percent("en"), _english_times, _colons("en"), _stops("en"),
                  _quote_punctuation)
