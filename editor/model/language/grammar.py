"""French grammar with Grammalecte (vendored, GPL-3.0: vendor/grammalecte/).

The French text of a posting is taken out of its Markdown paragraph by paragraph
(:func:`editor.model.language.prose.prose`), so a finding maps back to the file's line and column
and markup is never reported. Paragraphs written
in English (text left untranslated, a quotation) are not checked.

Grammalecte's own typography rules are off where this project's typography checks already speak
(spaces before punctuation, non-breaking spaces, apostrophes, numbers, units): one finding per
problem, in the Canadian style (no space before ``; ! ?``). Options that fired wrongly on real job
postings are off too (:data:`OPTIONS`).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Collection
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.posting import Posting
from editor.model.language.paragraph_cache import ParagraphCache, default_file
from editor.model.language.prose import prose

if TYPE_CHECKING:
    from editor.model.translation.fixes import Fix

PREFIX = "grammar-"
FIELDS = ("title", "description")
SHOWN_SUGGESTIONS = 3

# Grammalecte's option names. Off: what translation/typography.py checks ("typo", "apos", "esp",
# "nbsp", "num", "unit"), markup we take out ourselves ("html", "latex", "md"), and rules measured
# to fire wrongly on job postings (benchmarks/bench_grammar.py prints the counts per rule).
OPTIONS = {
    "typo": False, "apos": False, "esp": False, "tab": False, "nbsp": False, "num": False, "unit": False,
    "html": False, "latex": False, "md": False,
    "maj": False,  # capitals after list markers and in headings: the reviser checks speak of capitals
    "eepi": False,  # abbreviated inclusive forms, "agent(e)": translation/inclusive.py speaks of those
    "virg": False,  # commas: style more than grammar ("p. ex., des documents" is the Bureau's usage)
    "poncfin": False, "liga": False, "mapos": False, "ocr": False, "mc": False, "idrule": False,
}

# Grammalecte's kinds of error (``sType``) as the second half of our finding codes.
KINDS = {
    "gn": "agreement", "ppas": "participle", "conj": "conjugation", "infi": "infinitive",
    "imp": "imperative", "inte": "question", "vmode": "mood", "conf": "confusion", "loc": "phrase",
    "bs": "style", "pleo": "pleonasm", "tu": "hyphen", "virg": "comma", "date": "date",
    "neg": "negation", "minis": "lowercase", "eleu": "euphony", "chim": "chemistry",
    "redon1": "repetition", "redon2": "repetition", "sgpl": "number", "maj": "capitals",
}


# Rules that fire wrongly on job postings (counts from benchmarks/bench_grammar.py on the real site):
# a verb without its subject is how a list continues its lead-in ("Vous : - avez à cœur…"), and
# "hauts et hautes fonctionnaires" is a doublet, not a disagreement.
IGNORED_RULES = ("g2__conj_2p_sans_sujet", "g3__gn_det_epi_plur_3m_et")
# Nouns of both genders in Canadian usage ("la chef", "l’expérience client"): Grammalecte asks for
# "cheffe", "cliente".
_EPICENE = frozenset({"chef", "chefs", "client", "clients"})
# Doublets written out: "un ou une chef", "un chercheur chevronné ou une chercheuse chevronnée",
# "communicateur narratif/communicatrice narrative".
_DOUBLET_BEFORE = re.compile(r"\b(?:(?:d['’])?une?\s+ou\s+(?:d['’])?une?|du\s+ou\s+de\s+la|le\s+ou\s+la|la\s+ou\s+le)\b", re.IGNORECASE)
_DOUBLET_AFTER = re.compile(r"\s*(?:/|ou\s+(?:d['’])?une?\b)", re.IGNORECASE)
_ACTION = re.compile(r"_a\d+(?:_\d+)?$")  # "g3__gn_pfx_de_2m__b1_a3_1": rule "…__b1", action "_a3_1"
_NEXT_WORD = re.compile(r"[\s\u00a0]*([^\W\d_]+)")
# "En tant qu’équipe des partenariats": after "en tant que" comes a noun (Grammalecte's own rule
# g2__conf_en_tant_que_subst says so), so a word that can be a noun there is not a verb to conjugate.
_EN_TANT_QUE = re.compile(r"\ben[\s\u00a0]+tant[\s\u00a0]+qu(?:e[\s\u00a0]+|['’])$", re.IGNORECASE)
_VERB_KINDS = frozenset({"conj", "infi", "vmode", "imp", "inte"})
# "des services en nuage communs", "l’infrastructure en tant que code utilisée": a noun after "en"
# without a determiner qualifies the noun before it, and the adjective that follows may belong to
# either; Grammalecte takes the nearer one. Not a finding when it agrees with the farther one.
_EN_COMPLEMENT = re.compile(r"([^\W\d_]+)[\s\u00a0]+en[\s\u00a0]+(?:tant[\s\u00a0]+qu(?:e[\s\u00a0]+|['’]))?[^\W\d_]+[\s\u00a0]+$",
                            re.IGNORECASE)
# What stands before the first word of a list item: a verb there continues the lead-in ("une
# personne qui : - comprend…"), in the third person; Grammalecte, reading the item alone, takes it
# for an imperative lacking its "s".
_ITEM_OPENING = re.compile(r"(?:^|[\r\n])[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__|[*_])?$")
# "Concepteur principal/Conceptrice principale": the second form of a doublet agrees with its own noun.
_SLASH_DOUBLET = re.compile(r"/[\s\u00a0]*[^\W\d_]+[\s\u00a0]+$")


class GrammarUnavailable(RuntimeError):
    """Grammalecte cannot be imported or loaded (a broken installation); the message is why, as
    Python said it."""


@dataclass(frozen=True)
class Problem:
    """``text[start:end]`` (source offsets) may be wrong: Grammalecte's ``message``, ``suggestions``."""

    start: int
    end: int
    kind: str
    message: str
    suggestions: tuple[str, ...]
    rule: str
    exact: bool  # the flagged source characters are exactly the checked text (no markup inside)

    @property
    def code(self) -> str:
        return PREFIX + self.kind


_engine: ModuleType | None = None
_engine_lock = threading.Lock()  # Grammalecte keeps module-level state: one parse at a time


def engine() -> ModuleType:
    """Grammalecte's French engine, loaded once per process (about a second, then the first
    parse compiles its rules: :func:`warm_up` does both before processes are forked)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            try:
                from grammalecte import fr as grammalecte_fr

                grammalecte_fr.load("Python")
                grammalecte_fr.setOptions(OPTIONS)
                _compile_once(grammalecte_fr)
            except Exception as error:  # an installation problem, reported as a finding
                raise GrammarUnavailable(str(error) or type(error).__name__) from None
            _engine = grammalecte_fr
        return _engine


class _CompiledOnce:
    """Stands for the ``re`` module in Grammalecte's engine: ``search`` with each pattern compiled
    once for the process, everything else ``re``'s own.

    The engine calls ``re.search(pattern, text)`` for every token against every regular expression
    of its rule graph (millions of calls for the real site): ``re``'s cache holds 512 patterns, the
    graph some 760 (and its conditions more), so as they came round patterns were compiled again
    and again (6,000 compilations for the real site), and the lookup itself cost as much as the search. Same pattern, same flags, same match: the engine's answers do not change."""

    def __init__(self) -> None:
        self._compiled: dict[str, re.Pattern[str]] = {}

    def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        if flags:
            return re.search(pattern, string, flags)
        compiled = self._compiled.get(pattern)
        if compiled is None:
            compiled = self._compiled[pattern] = re.compile(pattern)
        return compiled.search(string)

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)


def _compile_once(package: ModuleType) -> None:
    """Gives the engine's modules that search with regular expressions a :class:`_CompiledOnce`
    for ``re`` (the vendored code stays as released)."""
    searcher = _CompiledOnce()
    for name in ("gc_engine", "gc_functions"):
        module = getattr(package, name, None)
        if isinstance(module, ModuleType) and getattr(module, "re", None) is re:
            module.re = searcher  # type: ignore[attr-defined]


def warm_up() -> None:
    """Load Grammalecte and compile its rules before worker processes are forked, so they share
    them; not when the paragraph store answers: a site whose paragraphs were all seen before
    then never loads the engine at all (3.5 CPU-s saved), and a worker that meets a new
    paragraph loads it then."""
    if _store().file is not None:
        return
    try:
        _parse("Nous recherchons une personne motivée.")
    except GrammarUnavailable:
        pass


# Results per paragraph: the window checks the same paragraphs again after every pause in typing,
# and postings repeat standard paragraphs (the real site: 815 distinct French paragraphs of 2,257;
# a generated 5,000-posting site: 27,000 distinct lines of 77,000). Parsing one takes tens of ms; a
# limit below a big site's distinct paragraphs made a site check parse most of them again.
# Behind this, the paragraph store on disk (paragraph_cache.py): the same results between runs.
_cache: dict[str, tuple[dict, ...]] = {}
_CACHE_LIMIT = 50_000
# What _parse keeps of each of Grammalecte's errors: what problems() and _wrongly_fired() read.
_KEPT = {"nStart": int, "nEnd": int, "sRuleId": str, "sType": str, "sMessage": str, "aSuggestions": list}
_stores: dict[tuple[Path | None, str], ParagraphCache] = {}


def _store(kind: str = "parse") -> ParagraphCache:
    """The paragraph store of the cache folder in effect (tests point it elsewhere), for
    Grammalecte's ``kind`` of answer."""
    file = default_file()
    store = _stores.get((file, kind))
    if store is None:
        store = _stores[file, kind] = ParagraphCache(file, f"{kind} {_namespace()}")
    return store


def _namespace() -> str:
    """What besides the paragraph a stored result depends on: Grammalecte's version and files
    (a patched vendored copy keeps its version number) and the options it runs with."""
    import grammalecte

    # Its folder from __path__: in the PyInstaller bundle the package has no __file__.
    folders = list(getattr(grammalecte, "__path__", None) or [])
    folder = Path(folders[0]) if folders else None
    files = []
    for base, dirs, names in os.walk(folder) if folder is not None else ():
        dirs.sort()
        for name in sorted(names):
            if name.endswith((".py", ".json")):
                try:
                    stat = os.stat(os.path.join(base, name))
                except OSError:
                    continue
                files.append(f"{os.path.relpath(os.path.join(base, name), folder)}:{stat.st_size}:{stat.st_mtime_ns}")
    version = getattr(getattr(grammalecte, "fr", None), "version", "")
    digest = hashlib.sha256("\n".join(files).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"grammalecte {version} {digest} {sorted(OPTIONS.items())} {sorted(_KEPT)}"


def _stored(value: object) -> tuple[dict, ...] | None:
    """``value`` from the store when it has the shape _parse made (another program's row is a miss)."""
    if not isinstance(value, list):
        return None
    for error in value:
        if not isinstance(error, dict) or any(not isinstance(error.get(name), kind) for name, kind in _KEPT.items()):
            return None
        if any(not isinstance(suggestion, str) for suggestion in error["aSuggestions"]):
            return None
    return tuple(value)


def _parse(text: str) -> tuple[dict, ...]:
    found = _cache.get(text)
    if found is None:
        store = _store()
        found = _stored(store.get(text))
        if found is None:
            gce = engine()
            with _engine_lock:
                found = tuple({name: kind(error.get(name) or kind()) for name, kind in _KEPT.items()}
                              for error in gce.parse(text, "FR", bDebug=False, dOptions=None, bContext=False))
            store.put(text, list(found))
        with _engine_lock:
            if len(_cache) >= _CACHE_LIMIT:  # the older half goes: a clear would lose the standard paragraphs too
                for old in list(islice(_cache, _CACHE_LIMIT // 2)):
                    del _cache[old]
            _cache[text] = found
    return found


def problems(text: str, *, markdown: bool = True) -> list[Problem]:
    """Grammalecte's findings on the French paragraphs of ``text``, at source offsets."""
    from editor.model.translation.text import stopword_counts

    found: list[Problem] = []
    for segment in prose(text, markdown=markdown):
        counts = stopword_counts(segment.text)
        if counts["en"] > counts["fr"]:
            continue  # text in the other language (left untranslated, quoted): not French grammar
        reported: dict[str, int] = {}  # rule (without its action) -> where its last finding ends
        for error in _parse(segment.text):
            start, end = error["nStart"], error["nEnd"]
            rule = _ACTION.sub("", error.get("sRuleId", ""))
            if rule and reported.get(rule, -100) >= start - 40:
                continue  # the other half of one disagreement ("méthodologies agile"): one finding
            if rule:
                reported[rule] = end
            if start >= end or end > len(segment.text) or any(start <= gap < end for gap in segment.gaps):
                continue  # the flagged words run over left-out markup
            if _wrongly_fired(segment.text, start, end, error):
                continue
            source_start = segment.offsets[start]
            source_end = segment.offsets[end - 1] + 1
            if markdown and error.get("sType") == "imp" and _ITEM_OPENING.search(text, max(0, source_start - 24), source_start):
                continue  # "qui : - comprend…": the item's verb has its lead-in's subject
            exact = text[source_start:source_end] == segment.text[start:end]
            kind = KINDS.get(error.get("sType", ""), "other")
            found.append(Problem(source_start, source_end, kind, error["sMessage"],
                                 tuple(error.get("aSuggestions") or ()), error.get("sRuleId", ""), exact))
    return found


def _wrongly_fired(text: str, start: int, end: int, error: dict) -> bool:
    """Findings that are right in general French but wrong in a Canadian job posting."""
    if error.get("sRuleId", "").startswith(IGNORED_RULES):
        return True
    flagged = text[start:end]
    following = _NEXT_WORD.match(text, end)
    if any(len(word) > 1 and word.isupper() for word in (flagged, following.group(1) if following else "")):
        return True  # an acronym ("l’IFS", "la DPI"): its gender and number are in no dictionary
    if text[end:end + 1] in ("·", "(") or text[end:end + 1] == "." and text[end + 1:end + 2].isalpha():
        return True  # an inclusive or abbreviated form ("directeur·rice", "Principal(e)"): inclusive.py's
    words = {flagged.casefold(), following.group(1).casefold() if following else ""}
    words |= {s.casefold() for s in error.get("aSuggestions") or ()}
    if words & _EPICENE or any(s.casefold() in ("cheffe", "cheffes", "cliente", "clientes") for s in words):
        return True
    if error.get("sType") in _VERB_KINDS and _EN_TANT_QUE.search(text, max(0, start - 20), start):
        if _can_be_noun(flagged):
            return True
    if error.get("sType") == "gn":
        before = text[max(0, start - 80):start]
        if _SLASH_DOUBLET.search(before):
            return True
        complement = _EN_COMPLEMENT.search(before)
        if complement and _agrees(flagged, complement.group(1)):
            return True
    if error.get("sType") in ("gn", "ppas"):
        if _DOUBLET_BEFORE.search(text, max(0, start - 60), end) or _DOUBLET_AFTER.match(text, end):
            return True
    return False


def _agrees(adjective: str, noun: str) -> bool:
    """Whether one of ``adjective``'s readings agrees in gender and number with one of ``noun``'s
    (Grammalecte's morphologies: ":A:f:s", ":N:m:p"; "e" both genders, "i" both numbers)."""
    def forms(word: str, kinds: tuple[str, ...]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for morphology in _morphologies(word):
            tags = morphology.split("/")[1].split(":") if "/" in morphology else []
            if any(kind in tags for kind in kinds):
                genders = [t for t in tags if t in ("m", "f", "e")]
                numbers = [t for t in tags if t in ("s", "p", "i")]
                if genders and numbers:
                    found.add((genders[-1], numbers[-1]))
        return found

    def fits(a: str, b: str) -> bool:
        return a == b or "e" in (a, b) or "i" in (a, b)

    return any(fits(g1, g2) and fits(n1, n2) for g1, n1 in forms(adjective, ("A", "Q")) for g2, n2 in forms(noun, ("N",)))


def _morphologies(word: str) -> list[str]:
    """Grammalecte's readings of ``word``, kept in the paragraph store too: with every paragraph
    answered from there, looking words up would be the only reason left to load the engine."""
    store = _store("morphologies")
    stored = store.get(word)
    if isinstance(stored, list) and all(isinstance(morphology, str) for morphology in stored):
        return [str(morphology) for morphology in stored]
    try:
        gce = engine()
        with _engine_lock:  # the lexicon caches its answers: one caller at a time
            found = [str(morphology) for morphology in gce.getSpellChecker().getMorph(word)]
    except Exception:  # a lexicon lookup that fails is no reason to drop a finding
        return []
    store.put(word, found)
    return found


def _can_be_noun(word: str) -> bool:
    """Whether Grammalecte's lexicon has a noun reading of ``word`` (":N" in one of its morphologies)."""
    return any(":N" in morphology for morphology in _morphologies(word))


def ignore_key(code: str, flagged: str) -> str:
    """What "Ignore in this posting" remembers of a grammar problem: its kind and the words
    flagged (case and line breaks aside), the same for the window's underline and its finding."""
    return f"{code}:{' '.join(flagged.split()).casefold()}"


def ignored_finding(finding: Finding, keys: Collection[str]) -> bool:
    """Whether ``finding`` is a grammar problem the user ignored (``keys`` from :func:`ignore_key`)."""
    return finding.code.startswith(PREFIX) and ignore_key(finding.code, str(finding.params.get("flagged", ""))) in keys


def params(problem: Problem, flagged: str, where: str = "") -> dict:
    """The finding's parameters (its wording is in the findings catalogue): Grammalecte's own
    (French) message, the words concerned, the suggestions; ``where``: the field, empty in the body."""
    shown = [s for s in problem.suggestions[:SHOWN_SUGGESTIONS] if s]
    return {"in_where": where, "message": problem.message.rstrip().rstrip("."), "flagged": flagged,
            "suggestions": ", ".join(f"« {s} »" for s in shown)}


def check_grammar(posting: Posting, file: str, lang: str) -> list[Finding]:
    """``grammar-…`` warnings for a French posting's body, title and description, each with its
    fix (a :class:`~editor.model.translation.fixes.FixableFinding`) when there is exactly one
    suggestion and the flagged characters are plain text."""
    if not posting.valid or lang != "fr":
        return []
    try:  # the engine loads on the first paragraph that the caches do not answer
        return _check_grammar(posting, file)
    except GrammarUnavailable as error:
        return [Finding(file, 1, 1, Severity.WARNING, "grammar-unavailable", params={"reason": str(error)})]


def _check_grammar(posting: Posting, file: str) -> list[Finding]:
    from editor.model.translation.fixes import Fix
    from editor.model.language.spelling import _line_starts, _position

    found: list[Finding] = []
    body = posting.body
    starts = _line_starts(body)
    first = posting.body_first_line
    for problem in problems(body):
        line, column = _position(starts, problem.start)
        end_line, end_column = _position(starts, problem.end)
        text = params(problem, body[problem.start:problem.end])
        fix = None
        if problem.exact and len(problem.suggestions) == 1 and end_line == line:
            fix = Fix(file, first + line - 1, column, end_column, problem.suggestions[0])
        found.append(_finding(file, first + line - 1, column, problem.code, text, fix))
    for name in FIELDS:
        value = posting.get(name)
        if not isinstance(value, str):
            continue
        line, column = posting.field_position(name)
        for problem in problems(value, markdown=False):
            text = params(problem, value[problem.start:problem.end], name)
            fix = None
            if problem.exact and len(problem.suggestions) == 1:
                fix = Fix(file, line, problem.start + 1, problem.end + 1, problem.suggestions[0], field=name)
            found.append(_finding(file, line, column, problem.code, text, fix))
    return sorted(found, key=Finding.sort_key)


def _finding(file: str, line: int, column: int, code: str, values: dict, fix: Fix | None) -> Finding:
    from editor.model.translation.fixes import FixableFinding

    if fix is None:
        return Finding(file, line, column, Severity.WARNING, code, params=values)
    return FixableFinding(file, line, column, Severity.WARNING, code, fix, params=values)
