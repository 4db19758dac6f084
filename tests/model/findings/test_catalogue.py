"""The finding catalogue: every code has a message and a label in English and French, the two
languages name the same parameters, and the model constructs findings with exactly those."""

from __future__ import annotations

import ast
import functools
import pickle
from pathlib import Path

import pytest

from editor.model.findings import Finding, FindingCode, Params, Severity, finding_language, label, render
from editor.model.findings import messages_en, messages_fr
from editor.model.findings.catalogue import entries, problems_of, template_fields

MODEL = Path(__file__).resolve().parents[3] / "editor" / "model"


def test_every_code_has_a_message_and_a_label_in_both_languages():
    codes = {code.value for code in FindingCode}
    assert len(codes) >= 70
    for module in (messages_en, messages_fr):
        assert sorted(codes - set(module.MESSAGES)) == [], module.__name__
        assert sorted(codes - set(module.LABELS)) == [], module.__name__
        # No entry for a code that is not in the enum: a typo there would never be used.
        assert sorted(set(module.MESSAGES) - codes) == [], module.__name__
        assert sorted(set(module.LABELS) - codes) == [], module.__name__


def test_both_languages_have_the_same_wordings_with_the_same_parameters():
    english, french = entries("en"), entries("fr")
    assert sorted(set(english) ^ set(french)) == []
    for key, text in english.items():
        assert template_fields(text) == template_fields(french[key]), key


def test_french_messages_and_labels_are_french():
    english, french = entries("en"), entries("fr")
    same = [key for key in english if english[key] == french[key] and english[key] not in ("{detail}", "{detail_words}")]  # the detail is worded in each language
    assert same == []
    assert [code for code in messages_en.LABELS if messages_en.LABELS[code] == messages_fr.LABELS[code]] == []
    assert label("typography-colon", "fr") == "Espace avant deux-points"


# The two tests reading the scan run in one process, which parses the model once for both.
_SCAN_GROUP = pytest.mark.xdist_group("model-constructions")


@functools.cache
def _constructions() -> tuple[tuple[Path, ast.Call, str], ...]:
    """Every call of the model that passes a literal finding code (``Finding(...)``, ``ctx.finding(...)``,
    ``add(...)``, ``YamlError(...)``…), with the code."""
    return tuple(_scan())


def _scan():
    for path in MODEL.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("Edit", "_edit"):
                continue  # a typography rule: translation/fixes.py adds the finding's own parameters
            if name == "pseudo_key":
                continue  # the index's key for a file without one: "unreadable" names its kind
            codes = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                     and arg.value in FindingCode._value2member_map_]
            if codes:
                yield path, node, codes[-1]


@_SCAN_GROUP
def test_the_model_only_constructs_known_codes_and_the_scan_finds_them():
    seen = {code for _path, _node, code in _constructions()}
    assert {"missing-field", "heading-skip", "key-used-twice", "number-mismatch", "export-outside"} <= seen
    assert len(seen) >= 50


@_SCAN_GROUP
def test_literal_parameters_of_a_construction_match_its_template():
    checked = 0
    for path, node, code in _constructions():
        keywords = {k.arg: k.value for k in node.keywords}
        variant = keywords.get("variant")
        if variant is not None and not isinstance(variant, ast.Constant):
            continue
        variant_name = variant.value if variant is not None else ""
        if "params" in keywords and isinstance(keywords["params"], ast.Dict):
            names = {key.value for key in keywords["params"].keys if isinstance(key, ast.Constant)}
            if None in keywords["params"].keys:
                continue  # **spread
        elif "params" not in keywords and not any(k.arg is None for k in node.keywords):
            names = {name for name in keywords if name not in ("variant", "params")}
        else:
            continue
        wrong = problems_of(code, variant_name, dict.fromkeys(names, ""))
        assert not wrong, f"{path.name}:{node.lineno}: {wrong}"
        checked += 1
    assert checked >= 30


def test_problems_of_reports_a_missing_code_and_extra_parameters():
    assert problems_of("no-such-code", "", {}) != []
    assert any("uses" in p for p in problems_of("missing-field", "", {"field": "x", "extra": 1}))
    assert problems_of("missing-field", "", {"field": "title"}) == []


def test_an_unknown_code_or_variant_never_fails():
    assert render("made-up-code", "", {"word": "x"}) == "made-up-code (word: x)"
    assert render("missing-field", "no-such-variant", {"field": "x"}, "fr") == "missing-field (field: x)"
    assert render("missing-field", "", {}, "fr").startswith("Le champ")  # a parameter missing: still text
    assert label("made-up-code", "fr") == "made-up-code"
    assert render("missing-field", "", {"field": "title"}, "de") == "The field 'title' is missing."


def test_parameters_are_shown_as_each_language_writes_them():
    finding = Finding("a.md", 1, 1, Severity.WARNING, FindingCode.LENGTH_MISMATCH,
                      params={"short_lang": "fr", "long_lang": "en", "short_count": 1200, "long_count": 4500})
    assert finding.code == "length-mismatch"
    assert "French text is much shorter than the English one (1,200 characters against 4,500)" in finding.message
    assert "Le texte français est beaucoup plus court que le texte anglais (1\u202f200 caractères contre 4\u202f500)" \
        in finding.message_in("fr")
    missing = Finding("a.md", 1, 1, Severity.ERROR, "missing-field", params={"field": "title"})
    assert missing.message_in("fr") == "Le champ «\u00a0title\u00a0» (titre) manque."
    heads = dict(source_lang="en", target_lang="fr", target_count=2)
    assert "has 1 heading;" in render("heading-count-mismatch", "", {**heads, "source_count": 1})
    assert "has 3 headings;" in render("heading-count-mismatch", "", {**heads, "source_count": 3})
    assert "a 1 intertitre;" in render("heading-count-mismatch", "", {**heads, "source_count": 1}, "fr")
    where = render("number-mismatch", "", dict(text="5", lang="en", other_lang="fr", where="line:12", shown="5"), "fr")
    assert "(ligne 12)" in where and "texte anglais" in where and "en français" in where


def test_findings_are_immutable_hashable_and_survive_pickling():
    one = Finding("a.md", 3, 4, Severity.WARNING, "missing-field", params={"field": "title"})
    two = Finding("a.md", 3, 4, Severity.WARNING, "missing-field", params=Params({"field": "title"}))
    assert one == two and hash(one) == hash(two) and len({one, two}) == 1
    assert pickle.loads(pickle.dumps(one)) == one
    assert one.as_dict()["params"] == {"field": "title"}
    assert one.as_dict("fr")["message"].startswith("Le champ")


def test_the_message_language_follows_the_locale_variables():
    assert finding_language({}) == "en"
    assert finding_language({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert finding_language({"LANG": "fr_CA.UTF-8", "LC_MESSAGES": "en_CA"}) == "en"
    assert finding_language({"LC_ALL": "fr_FR", "LANG": "en_US"}) == "fr"


def test_the_command_line_texts_have_both_languages_with_the_same_parameters():
    from editor.model.findings import commands_en, commands_fr

    assert sorted(set(commands_en.TEXTS) ^ set(commands_fr.TEXTS)) == []
    for key, english in commands_en.TEXTS.items():
        french = commands_fr.TEXTS[key]
        assert isinstance(english, tuple) == isinstance(french, tuple), key
        english_forms = english if isinstance(english, tuple) else (english,)
        french_forms = french if isinstance(french, tuple) else (french,)
        for en_form, fr_form in zip(english_forms, french_forms):
            assert template_fields(en_form) == template_fields(fr_form), key
            assert en_form != fr_form or template_fields(en_form) == {"counts"}, key  # "{counts}." is the same


def test_a_command_text_picks_its_plural_by_the_language():
    from editor.model.findings.catalogue import say

    assert say("todo-other", "en", count=1) == "fix 1 other error listed above"
    assert say("todo-other", "en", count=0) == "fix 0 other errors listed above"
    assert say("todo-other", "fr", count=0) == "corriger 0 autre erreur indiquée plus haut"
    assert say("export-done", "fr", count=2) == "2 fichiers exportés."
    assert say("no-such-file", "fr", path="a.md") == "a.md\u00a0: fichier introuvable."
    assert say("no-such-text", "fr", path="a.md") == "no-such-text a.md"  # never fails


def test_no_french_text_has_a_space_before_a_semicolon():
    """Canadian French (the house's rule): no space, breaking or not, before ; ! ? — the semicolon
    is never quoted as a symbol, so every one of them is checked."""
    from editor.model.findings import commands_fr, errors_fr

    texts = dict(entries("fr"))
    for table in (commands_fr.TEXTS, errors_fr.TEXTS):
        for key, text in table.items():
            for form in (text if isinstance(text, tuple) else (text,)):
                texts[key] = texts.get(key, "") + form
    assert sorted(str(key) for key, text in texts.items() if any(space + ";" in text for space in " \u00a0\u202f")) == []
