"""French writing slips a reviser corrects that typography rules do not cover.

- ``french-title-case``: capitals on every word of a French title or heading (« Narrateur Visuel »):
  French capitalises the first word and proper nouns only. A capitalised word counts when the
  French dictionary knows it in lower case (so « Canada », « Ottawa » never do); words after a
  parenthesis, colon, dash or slash (a unit's name, a subtitle) are left alone;
- ``french-quotation-marks``: “English” or "straight" quotation marks around French text, where
  French uses « guillemets »;
- ``abbreviated-form-spaced``: an abbreviated ending written after a space, « conseiller (ère) »,
  « un (e) »: it reads as a separate word, and screen readers say it as one;
- ``anglicism``: a few calques of English that the Office québécois de la langue française and the
  Translation Bureau's writing tools list, in wordings that mean nothing else: « nous sommes
  engagés à » + infinitive (committed to: « nous nous engageons à »; « engagée à titre de », hired,
  is left alone), « être en charge de », « sur une base régulière », « faire du sens ». The real
  site's closing paragraphs carry the first 150 times.

Text in English inside a French file (an untranslated paragraph, a quotation) is not French text:
these notes never fire on it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.translation.inclusive import _ENDINGS
from editor.model.translation.protect import protected_ranges
from editor.model.translation.text import guess_language

if TYPE_CHECKING:
    from editor.model.language.dictionaries import Speller

__all__ = ["check_french", "title_case_words", "english_quotes", "spaced_abbreviations", "calques"]

_LINE_END = re.compile(r"\r\n|\n|\r")
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.+?)[ \t#]*$")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[(:\-–—/«“\"]")
_BREAKS = frozenset("(:-–—/«“\"")
_SMALL = frozenset("""à au aux de des du d en et la le les l ou par pour sur un une dans avec sans chez""".split())
_QUOTES = re.compile(r"“[^”\n]{1,300}”|(?<![\w=])\"[^\"\n]{1,300}\"(?!\w)")
_SPACED = re.compile(rf"(?<=[^\W\d_]) \((?:{_ENDINGS})\)(?:s\b)?")
_ADVERB = r"(?:\s+(?P<adverb>aussi|également|pleinement|fermement|toujours|résolument|donc))?"
# "committed to" + infinitive; "engagé à titre de", "à temps plein" (hired) are not followed by one.
_COMMITTED = re.compile(r"\b(?P<subject>(?:[Nn]ous\s+sommes|[Vv]ous\s+êtes|[Jj]e\s+suis|[Tt]u\s+es)|est|sont)" + _ADVERB
                        + r"\s+engagée?s?\s+à(?=\s+(?!titre\b)[a-zà-ÿ]+(?:er|ir|re|oir)\b)")
_REFLEXIVE = {"nous": "nous nous engageons", "vous": "vous vous engagez", "je": "je m’engage", "tu": "tu t’engages",
              "est": "s’engage", "sont": "s’engagent"}
_IN_CHARGE = re.compile(r"\b(?P<verb>suis|es|est|sommes|êtes|sont|sera|serez|seront|serait|être)\s+en\s+charge\s+"
                        r"(?P<of>du|des|de\s+la|de\s+l[’']|de|d[’'])")
_BASIS = {"régulière": "régulièrement", "quotidienne": "chaque jour", "hebdomadaire": "chaque semaine",
          "mensuelle": "chaque mois", "annuelle": "chaque année", "continue": "continuellement"}
_ON_A_BASIS = re.compile(r"\bsur\s+une\s+base\s+(?P<basis>" + "|".join(_BASIS) + r")\b")
_MAKES_SENSE = re.compile(r"\b(?P<verb>fait|font|faire|faisait|fera)\s+du\s+sens\b")
_HAS = {"fait": "a", "font": "ont", "faire": "avoir", "faisait": "avait", "fera": "aura"}



def _speller() -> tuple[Speller, Speller] | None:
    from editor.model.language.dictionaries import SpellingUnavailable, speller

    try:
        return speller("fr"), speller("en")
    except SpellingUnavailable:
        return None


def title_case_words(title: str) -> str | None:
    """``title`` as French writes it when it capitalises common words, else None."""
    spellers = _speller()
    if spellers is None:
        return None
    french, english = spellers
    tokens = list(_TOKEN.finditer(title))
    words = [t for t in tokens if t.group(0) not in _BREAKS]
    if len(words) < 2:
        return None
    english_only = french_only = 0
    for token in words:
        word = token.group(0).lower()
        in_french, in_english = french.correct(word), english.correct(word)
        english_only += in_english and not in_french
        french_only += in_french and not in_english
    if english_only and not french_only:
        return None  # an English title left in the French file: the untranslated checks speak of it
    capitalised, lower_content, after_break, glued = [], 0, True, False
    previous_content = False
    for token in tokens:
        word = token.group(0)
        if word in _BREAKS:
            after_break, previous_content = True, False
            continue
        first, after_break = after_break, False
        if first or word.casefold() in _SMALL or len(word) < 3:
            previous_content = first and word.casefold() not in _SMALL
            continue
        if word[0].isupper() and word[1:].islower() and french.correct(word[0].lower() + word[1:]):
            capitalised.append(token)
            # English-style title case capitalises the adjective right after its noun ("Narrateur Visuel");
            # a name such as « Conseil du Trésor » has a small word between.
            glued = glued or previous_content
        elif word.islower():
            lower_content += 1
        previous_content = True
    if not capitalised or not glued or (len(capitalised) == 1 and lower_content):
        return None
    if all(english.correct(token.group(0).lower()) for token in capitalised):
        return None  # "Test Job Post": words of both languages, as likely an English title as a French one
    fixed = title
    for token in reversed(capitalised):
        fixed = fixed[:token.start()] + fixed[token.start()].lower() + fixed[token.start() + 1:]
    return fixed


def _french_parts(text: str, markdown: bool) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` that are not English, as (start, end)."""
    parts, start = [], 0
    for match in list(_PARAGRAPH_BREAK.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        if guess_language(text[start:end]) != "en":
            parts.append((start, end))
        start = match.end() if match else len(text)
    return parts


def english_quotes(text: str, *, markdown: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, quoted text) of each English-style quotation in the French parts of ``text``."""
    protected = protected_ranges(text, markdown=markdown)
    found = []
    for start, end in _french_parts(text, markdown):
        for match in _QUOTES.finditer(text, start, end):
            if not protected.touches(match.start(), match.end()):
                found.append((match.start(), match.end(), match.group(0)))
    return found


def spaced_abbreviations(text: str, *, markdown: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, form) of each abbreviated ending written after a space, with its word."""
    protected = protected_ranges(text, markdown=markdown)
    found = []
    for match in _SPACED.finditer(text):
        word = re.search(r"[^\W\d_]+$", text[max(0, match.start() - 40):match.start()])
        start = match.start() - len(word.group(0)) if word else match.start()
        if not protected.touches(start, match.end()):
            found.append((start, match.end(), text[start:match.end()]))
    return found


def calques(text: str, *, markdown: bool = True) -> list[tuple[int, int, str, str, str]]:
    """(start, end, wording, the English it copies, the French wording) of each calque in the
    French parts of ``text``."""
    found = []
    # Each wording is looked for only in a text holding its key word (most hold none of them).
    if "engag" in text:
        for match in _COMMITTED.finditer(text):
            subject = match.group("subject")
            adverb = f" {match.group('adverb')}" if match.group("adverb") else ""
            suggestion = _REFLEXIVE[subject.split()[0].lower()] + adverb + " à"
            if subject[0].isupper():
                suggestion = suggestion[0].upper() + suggestion[1:]
            found.append((match.start(), match.end(), match.group(0), "committed to", suggestion))
    if "charge" in text:
        for match in _IN_CHARGE.finditer(text):
            suggestion = f"{match.group('verb')} responsable {match.group('of')}"
            found.append((match.start(), match.end(), match.group(0), "in charge of", suggestion))
    if "base" in text:
        for match in _ON_A_BASIS.finditer(text):
            found.append((match.start(), match.end(), match.group(0), "on a … basis", _BASIS[match.group("basis")]))
    if "sens" in text:
        for match in _MAKES_SENSE.finditer(text):
            found.append((match.start(), match.end(), match.group(0), "makes sense", f"{_HAS[match.group('verb')]} du sens"))
    if not found:
        return []
    parts = _french_parts(text, markdown)
    protected = protected_ranges(text, markdown=markdown)
    return sorted(item for item in found if not protected.touches(item[0], item[1])
                  and any(start <= item[0] and item[1] <= end for start, end in parts))


def _calque_params(found: str, english: str, suggestion: str, where: str = "") -> dict:
    return {"in_where": where, "text": " ".join(found.split()), "english": english, "suggestion": suggestion}


def _quote_params(quoted: str, where: str = "") -> dict:
    marks = "“ ”" if quoted.startswith("“") else '" "'
    return {"in_where": where, "marks": marks, "text": quoted[:60]}


def _spaced_params(form: str, where: str = "") -> dict:
    return {"in_where": where, "text": form, "joined": form.replace(" (", "(")}


def check_french(posting: Posting, file: str) -> list[Finding]:
    """The notes above for a French posting's title, description and body."""
    if not posting.valid:
        return []
    found: list[Finding] = []
    title = posting.get("title")
    if isinstance(title, str):
        line, column = posting.field_position("title")
        suggestion = title_case_words(title.strip())
        if suggestion:
            found.append(Finding(file, line, column, Severity.WARNING, "french-title-case",
                                 params={"in_where": "title", "suggestion": suggestion}))
    for name in ("title", "description"):
        value = posting.get(name)
        if not isinstance(value, str):
            continue
        line, column = posting.field_position(name)
        for _s, _e, quoted in english_quotes(value, markdown=False):
            found.append(Finding(file, line, column, Severity.INFO, "french-quotation-marks",
                                 params=_quote_params(quoted, name)))
        for _s, _e, form in spaced_abbreviations(value, markdown=False):
            found.append(Finding(file, line, column, Severity.WARNING, "abbreviated-form-spaced",
                                 params=_spaced_params(form, name)))
        for _s, _e, wording, english, suggestion in calques(value, markdown=False):
            found.append(Finding(file, line, column, Severity.WARNING, "anglicism",
                                 params=_calque_params(wording, english, suggestion, name)))
    body = posting.body
    starts = [0] + [m.end() for m in _LINE_END.finditer(body)]
    first = posting.body_first_line

    def place(offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        index = bisect_right(starts, offset) - 1
        return first + index, offset - starts[index] + 1

    protected = protected_ranges(body)
    for index, line_text in enumerate(_LINE_END.split(body)):
        heading = _HEADING.match(line_text)
        if heading and not protected.touches(starts[index], starts[index] + len(line_text)):
            suggestion = title_case_words(heading.group("text"))
            if suggestion:
                found.append(Finding(file, first + index, heading.start("text") + 1, Severity.WARNING, "french-title-case",
                                     params={"in_where": "", "suggestion": suggestion}))
    for start, _end, quoted in english_quotes(body):
        found.append(Finding(file, *place(start), Severity.INFO, "french-quotation-marks", params=_quote_params(quoted)))
    for start, _end, form in spaced_abbreviations(body):
        found.append(Finding(file, *place(start), Severity.WARNING, "abbreviated-form-spaced", params=_spaced_params(form)))
    for start, _end, wording, english, suggestion in calques(body):
        found.append(Finding(file, *place(start), Severity.WARNING, "anglicism", params=_calque_params(wording, english, suggestion)))
    return found
