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
    # What the command says around the findings is French too, plurals agreeing.
    assert "À terminer avant l’exportation\u00a0:" in err
    assert "traduire 1 texte encore marqué [TO TRANSLATE]/[À TRADUIRE] et retirer la marque" in err
    assert "erreurs\u00a0: rien n’a été exporté." in err and "error(s)" not in err


def _summary(capsys, *args) -> tuple[int, str]:
    status = main(["check", "--no-spelling", "--no-grammar", *map(str, args)])
    return status, capsys.readouterr().err.splitlines()[-1]


def test_the_summary_speaks_the_language_of_the_findings(posting, capsys):
    status, french = _summary(capsys, "--lang", "fr", posting)
    english = _summary(capsys, "--lang", "en", posting)[1]
    assert status == 1
    assert (english, french) == ("1 error.", "1 erreur.")


def test_summaries_agree_in_number_in_both_languages():
    from editor.cli.check import summary
    from editor.model.findings import Finding, Severity

    def found(errors, warnings, infos):
        return [Finding("a.md", line, 1, severity, "double-space", params={})
                for severity, count in ((Severity.ERROR, errors), (Severity.WARNING, warnings), (Severity.INFO, infos))
                for line in range(1, count + 1)]

    assert summary(found(1, 2, 3), "en") == "1 error, 2 warnings, 3 infos."
    assert summary(found(1, 2, 3), "fr") == "1 erreur, 2 avertissements, 3 remarques."
    assert summary(found(2, 1, 0), "fr") == "2 erreurs, 1 avertissement."
    assert summary(found(0, 0, 1001), "fr") == "1\u202f001 remarques."
    assert summary(found(0, 0, 1001), "en") == "1,001 infos."


def test_nothing_found_and_bad_paths_are_said_in_french(posting, tmp_path, capsys, monkeypatch):
    clean = tmp_path / "clean.md"
    clean.write_text("---\ntitle: a\n---\n", encoding="utf-8")
    monkeypatch.setattr("editor.cli.check._check_file", lambda given, args: ([], 0))
    assert _summary(capsys, "--lang", "fr", clean) == (0, "Aucun problème trouvé.")
    assert _summary(capsys, "--lang", "en", clean) == (0, "No problems found.")
    assert main(["check", "--lang", "fr", str(tmp_path / "missing.md")]) == 2
    assert capsys.readouterr().err == f"posting-editor\u00a0: {tmp_path / 'missing.md'}\u00a0: fichier ou dossier introuvable.\n"
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")  # without --lang: the locale's language
    assert main(["check", str(tmp_path / "missing.md")]) == 2
    assert "fichier ou dossier introuvable." in capsys.readouterr().err


def test_a_refusal_keeps_its_catalogue_entry_for_either_language(tmp_path):
    from editor.cli.common import CommandError, write_output

    try:
        write_output(str(tmp_path / "no" / "g.tbx"), b"", (".tbx",))
    except CommandError as error:
        assert str(error).startswith("Cannot write ") and error.text("en") == str(error)
        assert error.text("fr").startswith("Impossible d’écrire ") and error.status == 2
    else:
        raise AssertionError("an output in a missing folder was written")


def test_fixing_counts_in_either_language(posting, capsys):
    from editor.cli.check import summary
    from editor.model.findings.catalogue import say

    assert say("fixed", "en", count=1) == "Fixed 1 typography problem."
    assert say("fixed", "fr", count=0) == "0 problème de typographie corrigé."
    assert say("fixed", "fr", count=2) == "2 problèmes de typographie corrigés."
    assert summary([], "fr") == "Aucun problème trouvé."


def test_commands_with_actions_report_in_the_chosen_language(tmp_path, capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "fr").mkdir(parents=True)
    terms = tmp_path / "terms.csv"
    terms.write_text("English,French\nhiring manager,gestionnaire d’embauche\n", encoding="utf-8")
    assert main(["glossary", "import", str(terms), str(tmp_path), "--dry-run", "--lang", "fr"]) == 0
    captured = capsys.readouterr()
    assert "Ajouté\u00a0: hiring manager" in captured.out
    assert "Ajoutés\u00a0: 1, modifiés\u00a0: 0, ignorés\u00a0: 0 (rien d’écrit\u00a0: --dry-run)." in captured.err
    assert main(["xliff", "export", str(tmp_path / "missing"), "k", "--to", "fr", "-o", "-", "--lang", "fr"]) == 2
    assert capsys.readouterr().err.endswith("missing\u00a0: dossier introuvable.\n")
    assert main(["tm", "import", str(tmp_path / "missing.tmx"), str(tmp_path)]) == 2
    assert capsys.readouterr().err.endswith("missing.tmx: no such file.\n")


def test_commands_without_lang_speak_the_locale(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "fr").mkdir(parents=True)
    assert main(["suggest", str(tmp_path), "k", "--to", "fr", "--limit", "50"]) == 2
    assert capsys.readouterr().err == "posting-editor\u00a0: --limit doit être entre 1 et 20.\n"
    assert main(["suggest", str(tmp_path), "k", "--to", "fr"]) == 2
    assert "Aucune offre n’a la clé de traduction «\u00a0k\u00a0» dans" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    assert main(["suggest", str(tmp_path), "k", "--to", "fr"]) == 2
    assert "No posting has the translationKey 'k' in" in capsys.readouterr().err


def test_new_and_archive_report_in_french(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    drafts = tmp_path / "drafts"
    assert main(["new", str(drafts), "--title-en", "Data Analyst", "--key", "analyst"]) == 0
    err = capsys.readouterr().err
    assert "n’existait pas\u00a0: c’est maintenant un dossier d’ébauches" in err
    assert "Offre anglaise de «\u00a0analyst\u00a0» créée" in err and "Créer la version française…" in err
    assert main(["archive", str(drafts), "analyst"]) == 0
    assert capsys.readouterr().out.endswith("\u00a0: archivée\n")
    assert main(["archive", str(drafts), "analyst", "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith(": archived (already)\n")


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
