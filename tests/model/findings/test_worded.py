"""Errors as data: the model's refusals carry a key and parameters, English for logs, any language for people."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from editor.model.findings import commands_en, errors_en, errors_fr
from editor.model.findings.catalogue import say, template_fields
from editor.model.findings.codes import FindingCode
from editor.model.findings.worded import Phrase, Worded, text_of

EDITOR = Path(__file__).resolve().parents[3] / "editor"


def _forms(text):
    return text if isinstance(text, tuple) else (text,)


def test_the_error_table_has_both_languages_with_the_same_parameters():
    assert sorted(set(errors_en.TEXTS) ^ set(errors_fr.TEXTS)) == []
    for key, english in errors_en.TEXTS.items():
        french = errors_fr.TEXTS[key]
        assert isinstance(english, tuple) == isinstance(french, tuple), key
        for en_form, fr_form in zip(_forms(english), _forms(french)):
            assert template_fields(en_form) == template_fields(fr_form), key


def test_an_error_key_is_neither_a_command_text_nor_a_finding_code():
    # say() looks in the command table first: a key in both would silently take the other wording.
    assert set(errors_en.TEXTS) & set(commands_en.TEXTS) == set()
    assert set(errors_en.TEXTS) & set(FindingCode._value2member_map_) == set()


# The calls are written with these names: a module without any of them (more than half of them)
# holds no such call and is not parsed.
_NAMES_A_KEY = re.compile(r"\b(?:said|Phrase|say)\b|\.\s*at\b|\bat\s*\(")


def _literal_keys():
    """Every key the code passes literally to ``X.said("key")``, ``X.at(path, "key")``, ``Phrase("key")``
    or ``say("key")``, with where it is."""
    for path in EDITOR.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if not _NAMES_A_KEY.search(source):
            continue
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"said": 0, "Phrase": 0, "say": 0, "at": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield f"{path.name}:{node.lineno}", arg.value


def test_every_key_the_code_says_is_in_the_tables():
    found = list(_literal_keys())
    assert len(found) > 200  # the scan sees the model's errors and the command line's texts
    known = set(commands_en.TEXTS) | set(errors_en.TEXTS)
    assert [(where, key) for where, key in found if key not in known] == []


class _Refused(Worded, ValueError):
    pass


def test_a_worded_error_is_english_for_logs_and_french_for_a_french_reader():
    error = _Refused.said("not-a-folder", path="/tmp/x")
    assert str(error) == "/tmp/x is not a folder." and isinstance(error, ValueError)
    assert error.text("fr") == "/tmp/x n’est pas un dossier."
    assert text_of(error, "fr") == error.text("fr") and text_of(ValueError("plain"), "fr") == "plain"
    assert _Refused("any text").text("fr") == "any text"  # an unworded one says what it was given


def test_a_parameter_that_is_itself_worded_follows_the_reader():
    inner = _Refused.said("git-missing")
    outer = _Refused.said("export-not-committed", reason=inner)
    assert outer.text("fr").startswith("Les fichiers ont été écrits, mais pas validés (commit)\u00a0: git n’est pas installé")
    assert str(outer).startswith("The files were written but not committed: git is not installed")
    places = (Phrase("segment-title"), Phrase("segment-heading", {"line": 4}))
    assert say("xliff-report-skipped", "fr", count=2, places=", ".join(p.text("fr") for p in places)).endswith(
        "(le titre, l’intertitre à la ligne 4)")
    lines = _Refused.said("lines", lines=(Phrase("git-detached"), Phrase("git-no-commit", {"branch": "b"})))
    assert lines.text("fr").count("\n") == 1 and "HEAD détachée" in lines.text("fr")


def test_carrying_keeps_the_words_of_the_error_carried():
    carried = _Refused.carrying(_Refused.said("create-empty-key"))
    assert carried.key == "create-empty-key" and "ne peut pas être vide" in carried.text("fr")
    assert _Refused.carrying(OSError("disk")).text("fr") == "disk"


@pytest.mark.parametrize("title", ["/", "...", " -- ", "«»"])
def test_a_title_that_names_no_file_is_refused_in_either_language(tmp_path, title):
    from editor.model.hugo.config import Site
    from editor.model.site.create import CreateError, build_pair, make_drafts_folder
    from editor.model.site.index import SiteIndex

    make_drafts_folder(tmp_path / "drafts")
    index = SiteIndex.build(Site.open(tmp_path / "drafts"))
    for titles in ({"fr": title}, {"en": title}, {"en": "Analyst", "fr": title}):
        with pytest.raises(CreateError) as refused:
            build_pair(index, titles)
        lang = "fr" if "fr" in titles and titles["fr"] == title else "en"
        assert refused.value.key == "create-title-names-nothing" and refused.value.params["lang"] == lang
    assert "French title" in str(refused.value) and "titre en français" in refused.value.text("fr")
    assert build_pair(index, {"fr": "Analyste / analyste"}).postings["fr"].file_path.name == "analyste-analyste.md"


def test_the_hugo_preview_says_why_it_cannot_start_in_the_readers_language(tmp_path):
    from editor.model.hugo.server import HugoServer, HugoServerError
    from editor.model.site.create import make_drafts_folder

    make_drafts_folder(tmp_path / "drafts")
    server = HugoServer(tmp_path / "drafts", hugo="hugo")
    assert "has no Hugo configuration" in server.problem()
    assert "n’a pas de configuration Hugo" in server.problem("fr")
    with pytest.raises(HugoServerError) as refused:
        server.launch()
    assert refused.value.text("fr") == server.problem("fr")
