"""``check --lang`` and ``export --lang``: messages from the French catalogue, the default from the locale."""

from __future__ import annotations

import json

import pytest

from editor.cli.main import main

BROKEN = """\
---
layout: job-posting
title: 'Analyste'
description: Analyser des données.
archived: false
---

## Le rôle

Vous aiderez une petite équipe : 50 % du temps.
"""


@pytest.fixture
def posting(tmp_path, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "analyste.md"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def _check(capsys, *args) -> tuple[int, str]:
    status = main(["check", "--no-spelling", *map(str, args)])
    return status, capsys.readouterr().out


def test_french_messages_on_request(posting, capsys):
    status, out = _check(capsys, "--lang", "fr", posting)
    assert status == 1
    assert f"{posting}:1:1: error missing-field: Le champ «\u00a0translationKey\u00a0» (clé de traduction) manque." \
        in out.splitlines()
    status, out = _check(capsys, "--lang", "en", posting)
    assert "error missing-field: The field 'translationKey' is missing." in out


def test_the_default_follows_the_locale(posting, capsys, monkeypatch):
    assert "The field 'translationKey' is missing." in _check(capsys, posting)[1]
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert "Le champ «\u00a0translationKey\u00a0» (clé de traduction) manque." in _check(capsys, posting)[1]
    monkeypatch.setenv("LC_MESSAGES", "en_CA.UTF-8")
    assert "The field 'translationKey' is missing." in _check(capsys, posting)[1]
    assert "Le champ" in _check(capsys, "--lang", "fr", posting)[1]  # the option wins


def test_json_keeps_its_shape_and_gains_the_parameters(posting, capsys):
    _status, out = _check(capsys, "--format", "json", "--lang", "fr", posting)
    found = {item["code"]: item for item in json.loads(out)}
    missing = found["missing-field"]
    assert set(missing) == {"file", "line", "column", "severity", "code", "message", "params"}
    assert missing["params"] == {"field": "translationKey"}
    assert missing["message"].startswith("Le champ")


def test_export_prints_its_findings_in_the_chosen_language(tmp_path, capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    drafts, site = tmp_path / "drafts", tmp_path / "site"
    draft = drafts / "content/fr/careers/positions/analyste.md"
    draft.parent.mkdir(parents=True)
    draft.write_text(BROKEN.replace("archived: false\n", "archived: false\ntranslationKey: analyste\n")
                     .replace("Vous aiderez", "[À TRADUIRE] Vous aiderez"), encoding="utf-8")
    (site / "content/en/careers/positions").mkdir(parents=True)
    (site / "content/fr/careers/positions").mkdir(parents=True)
    status = main(["export", str(drafts), "--to", str(site), "--dry-run", "--lang", "fr"])
    err = capsys.readouterr().err
    assert status == 1
    assert "error translation-marker: Ce texte est encore marqué [À TRADUIRE]\u00a0: traduisez-le" in err


def test_the_closing_count_line_is_in_the_chosen_language(posting, capsys):
    """The findings were French with --lang fr, and the line that counts them stayed English."""
    assert main(["check", "--no-spelling", "--lang", "fr", str(posting)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "1 erreur."
    assert main(["check", "--no-spelling", "--lang", "en", str(posting)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "1 error."
    clean = posting.with_name("propre.md")
    clean.write_text(BROKEN.replace("archived: false\n", "archived: false\ntranslationKey: analyste\n")
                     .replace(" : 50 % du", "\u00a0: 50\u00a0% du"), encoding="utf-8")
    main(["check", "--no-spelling", "--fix", "--lang", "fr", str(clean)])
    assert capsys.readouterr().err.splitlines()[-2:] == ["0 problème de typographie corrigé.", "Aucun problème trouvé."]
