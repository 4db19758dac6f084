"""Every French text the user reads (the window's translations, the findings, the errors, the command
line's messages and its --help) as a federal reviser reads it: numbers kept whole on their line, and
one word for one thing, the word the rest of the French uses (the Bureau de la traduction's and
TERMIUM's where they have one). The rules that are already tests elsewhere (no space before ; ! ?,
a non-breaking one before : and inside « ») stay there."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from editor.cli import help_fr
from editor.model.findings import commands_fr, errors_fr, messages_fr
from editor.model.render import preview

REPO = Path(__file__).resolve().parents[1]


def _strings(value, where: str):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}[{key!r}]")
    elif isinstance(value, (tuple, list)):
        for number, item in enumerate(value):
            yield from _strings(item, f"{where}[{number}]")


def french_texts() -> list[tuple[str, str]]:
    """(where, text) for every French text: the catalogues' tables and the .ts translations."""
    texts = []
    for module, names in ((messages_fr, ("MESSAGES", "LABELS", "FIELD_NAMES", "PLACES")),
                          (errors_fr, ("TEXTS",)), (commands_fr, ("TEXTS",)), (help_fr, ("HELP", "ARGPARSE"))):
        for name in names:
            texts += _strings(getattr(module, name), f"{module.__name__.rsplit('.', 1)[-1]}.{name}")
    texts += _strings(preview.FIXED_TEXT["fr"], "preview.FIXED_TEXT")
    root = ElementTree.parse(REPO / "resources" / "translations" / "posting_editor_fr.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            for element in message.iter():
                if element.tag in ("translation", "numerusform") and element.text:
                    texts.append((f"{context.findtext('name')}: {message.findtext('source')!r}", element.text))
    return texts


TEXTS = french_texts()


def test_the_french_texts_are_all_read():
    where = {place.split(".")[0].split(":")[0] for place, _text in TEXTS}
    assert {"messages_fr", "errors_fr", "commands_fr", "help_fr", "AppActions", "WindowMenus"} <= where
    assert len(TEXTS) > 1500


def test_every_colon_and_guillemet_is_spaced_by_a_space_that_does_not_break():
    """The house's rule, kept for the window's .ts by tests/ui/test_i18n.py and for the catalogues by their
    ``spaced()``: here for every French text at once, the preview's notes included (a plain space let the
    preview's line start with « : »)."""
    breaking = re.compile("(?<=\\S) :|« | »")
    assert [(where, text) for where, text in TEXTS if breaking.search(text)] == []


# A number (digits, or a placeholder that is one) then a plain space then a group of thousands or a
# unit: a line break there leaves « 4 » at the end of a line and « 300 chiffres » on the next.
_SPLIT_NUMBER = re.compile(r"(?:\d|\{\w+\}|%\d) (?:\d{3}(?!\d)|(?:Ko|Mo|Go|h|s|min)\b|[%$])")


def test_a_number_is_never_split_from_its_thousands_or_its_unit():
    assert _SPLIT_NUMBER.search("plus de 4 300 chiffres") and _SPLIT_NUMBER.search("{kilobytes} Ko")
    assert _SPLIT_NUMBER.search("50 000 $") and _SPLIT_NUMBER.search("%2 s")
    assert not _SPLIT_NUMBER.search("4\u00a0300 chiffres, {count} sections, 2 segments, 1 des 3")
    assert [(where, match.group(0)) for where, text in TEXTS for match in _SPLIT_NUMBER.finditer(text)] == []


# The word the rest of the French uses, against the one that crept in (or could): the anglicisms the
# Bureau de la traduction lists, and this application's own terms.
REJECTED = {
    r"\be-?mails?\b": "« courriel » (TERMIUM), not « e-mail »",
    r"\bcourriers? électroniques?\b": "« courriel »",
    r"\bsauvegard": "« enregistrer » (Save is « Enregistrer » in Qt's and Windows' French)",
    r"\b[ée]dit(?:er|é|ée|és|ées|ez|ons|e)\b": "« modifier » (« éditer » is to publish)",
    r"\btélécharger vers\b": "« téléverser »",
    r"\bdossiers? de brouillons\b": "« dossier d’ébauches », as the window names the drafts folder",
    r"\btitres? de section\b": "« intertitre », as --help and the findings name a heading",
    r"\b(?:le|un|ce) translationKey\b": "« la translationKey » (la clé de traduction)",
    r"\bmise en page\b": "« gabarit », Hugo's layout in the window and the Hugo errors",
    r"\boffre courante\b": "« l’offre ouverte »",
}


@pytest.mark.parametrize("pattern", sorted(REJECTED))
def test_one_word_for_one_thing(pattern):
    wrong = re.compile(pattern, re.IGNORECASE)
    # "user.email" is git's setting, not a word.
    found = [(where, text) for where, text in TEXTS for match in wrong.finditer(text)
             if text[max(0, match.start() - 1):match.start()] != "."]
    assert found == [], REJECTED[pattern]


def test_the_rejected_words_are_found_where_they_are_written():
    """Each rule finds what it is meant to (a pattern that finds nothing would pass forever)."""
    examples = ["un e-mail", "le courrier électronique", "Sauvegarder", "éditer le texte", "télécharger vers",
                "un dossier de brouillons", "le titre de section", "Le translationKey", "la mise en page",
                "l’offre courante"]
    for pattern, example in zip(REJECTED, examples, strict=True):
        assert re.search(pattern, example, re.IGNORECASE), (pattern, example)
    assert not re.search(r"\b[ée]dit(?:er|é|ée|és|ées|ez|ons|e)\b", "&Édition ▸ Annuler", re.IGNORECASE)
