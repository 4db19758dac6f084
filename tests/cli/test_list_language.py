"""``list --lang``: the table's status words, answers and reasons, and the report line, in the
reader's language; JSON keeps its stable codes whatever the language."""

from __future__ import annotations

import json
import re

import pytest

from editor.cli.main import main
from editor.model.translation.skeleton import skeleton_body

from tests.model.site.test_queue import HTML_EN, write_pair
from tests.model.translation.helpers import EN_BODY, FR_BODY


@pytest.fixture
def site(tmp_path, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    write_pair(tmp_path, "alone", EN_BODY)
    write_pair(tmp_path, "skeleton", HTML_EN, skeleton_body(HTML_EN, "fr", {}))
    return tmp_path


def listed(capsys, *args) -> tuple[int, str, str]:
    status = main(["list", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_french_on_request(site, capsys):
    status, out, err = listed(capsys, site, "--lang", "fr")
    assert status == 0
    lines = out.splitlines()
    assert [column.split(" (")[0] for column in re.split(" {2,}", lines[0])] == \
        ["translationKey", "archived", "en", "fr", "état", "à faire"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert rows["done"].split()[1] == "non" and rows["done"].endswith("à jour")
    assert "à traduire  Français manquant" in rows["alone"]
    assert rows["skeleton"].endswith("à traduire  Français\u00a0: 5 blocs à traduire")
    assert err.startswith("3 offres dans ") and err.endswith(".\n")


def test_english_by_default_and_french_from_the_locale(site, capsys, monkeypatch):
    _, english, err = listed(capsys, site)
    assert "needs-translation  French missing" in english and err.startswith("3 postings in ")
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    _, french, err = listed(capsys, site)
    assert "à traduire  Français manquant" in french and err.startswith("3 offres dans ")
    _, again, _ = listed(capsys, site, "--lang", "en")
    assert again == english


def test_the_report_line_agrees_in_each_language(site, capsys):
    _, _, err = listed(capsys, site, "--needs-translation", "--lang", "en")
    assert err.startswith("2 of 3 postings need translation in ")
    _, _, err = listed(capsys, site, "--needs-translation", "--lang", "fr")
    assert err.startswith("2 offres sur 3 doivent être traduites dans ")
    (site / "content" / "fr" / "careers" / "skeleton.md").write_text(
        (site / "content" / "fr" / "careers" / "done.md").read_text(encoding="utf-8").replace("done", "skeleton"),
        encoding="utf-8")
    _, _, err = listed(capsys, site, "--needs-translation", "--lang", "fr")
    assert err.startswith("1 offre sur 3 doit être traduite dans ")
    _, _, err = listed(capsys, site, "--needs-translation", "--lang", "en")
    assert err.startswith("1 of 3 postings needs translation in ")


def test_json_keeps_its_codes_in_french(site, capsys):
    _, english, _ = listed(capsys, site, "--format", "json", "--lang", "en")
    _, french, _ = listed(capsys, site, "--format", "json", "--lang", "fr")
    assert french == english
    rows = {row["translationKey"]: row for row in json.loads(french)}
    assert rows["alone"]["status"] == "needs-translation"
    assert rows["alone"]["reasons"] == [{"reason": "missing", "language": "fr"}]


def test_every_reason_and_status_has_words_in_both_languages():
    from editor.model.findings.catalogue import say
    from editor.model.site.queue import REASONS, Reason

    for lang in ("en", "fr"):
        for kind in REASONS:
            for side in ("en", "fr"):
                for count in (0, 1, 2):
                    text = Reason(kind, side, count).describe(lang)
                    assert not text.startswith("list-"), (kind, side, lang)
        for word in ("invalid", "unreadable", "conflict", "draft", "needs-translation", "ok"):
            assert say(f"list-status-{word}", lang) != f"list-status-{word}"
    assert Reason("markers", "fr", 1).describe("fr") == "Français\u00a0: 1 bloc à traduire"
    assert Reason("markers", "fr", 2).describe("fr") == "Français\u00a0: 2 blocs à traduire"
    assert Reason("language", "en", 80).describe("fr") == "Anglais\u00a0: surtout en français (80\u00a0%)"
    assert Reason("untranslated", "en", 1).describe() == "English: 1 block still in French"


def test_a_file_without_a_key_is_named_in_the_language(site, capsys):
    from tests.model.translation.helpers import posting_text

    path = site / "content" / "fr" / "careers" / "sans-cle.md"
    path.write_text(posting_text("Analyste", FR_BODY).replace("translationKey: analyst\n", ""), encoding="utf-8")
    _, french, _ = listed(capsys, site, "--lang", "fr")
    _, english, _ = listed(capsys, site, "--lang", "en")
    _, data, _ = listed(capsys, site, "--format", "json", "--lang", "fr")
    assert "(sans translationKey\u00a0: sans-cle.md)" in french
    assert "(no translationKey: sans-cle.md)" in english
    assert "(no translationKey: sans-cle.md)" in {row["translationKey"] for row in json.loads(data)}
