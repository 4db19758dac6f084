"""suggest, tm export/import and translate --pretranslate through the installed command."""

import json

import pytest

from editor.model.translation.memory.tmx import parse_tmx
from tests.cli_support import run
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

NEW_EN = [EN[0], EN[1], EN[2].replace("4 weeks", "6 weeks"), "A paragraph nobody has translated yet, about robots."]


def _site(tmp_path):
    root = tmp_path / "site"
    write_site(root, {"one": pair("one", EN, FR), "new": {"en": pair("new", NEW_EN, [])["en"]}})
    return root


def test_suggest_json_lists_each_block_with_its_matches_never_the_pair_itself(tmp_path):
    root = _site(tmp_path)
    done = run("suggest", root, "new", "--to", "fr", "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert [s["block"] for s in found] == list(range(1, 8))
    paragraph = next(s for s in found if s["source"] == NEW_EN[2])
    best = paragraph["matches"][0]
    assert best["score"] == 100 and "6 semaines" in best["target"] and best["adapted"]
    assert best["origin"] == "content/fr/careers/positions/one-fr.md:17"
    assert next(s for s in found if s["source"] == NEW_EN[3])["matches"] == []
    mine = json.loads(run("suggest", root, "one", "--to", "fr", "--format", "json").stdout)
    assert all(m["origin"].find("one-fr.md") < 0 for s in mine for m in s["matches"])


def test_suggest_text_marks_differences(tmp_path):
    root = _site(tmp_path)
    done = run("suggest", root, "new", "--to", "fr")
    assert done.returncode == 0
    assert "100%  Nous offrons 6 semaines" in done.stdout
    assert "[-4-]{+6+}" in done.stdout
    assert run("suggest", root, "nobody", "--to", "fr").returncode == 2
    assert run("suggest", tmp_path / "missing", "new", "--to", "fr").returncode == 2


def test_tm_export_then_import_into_another_site(tmp_path):
    root = _site(tmp_path)
    tmx = tmp_path / "out.tmx"
    done = run("tm", "export", root, "-o", tmx)
    assert done.returncode == 0, done.stderr
    units = parse_tmx(tmx.read_bytes(), "out.tmx")
    assert (EN[2], FR[2]) in {(u.en, u.fr) for u in units}
    other = tmp_path / "other"
    write_site(other, {"new": {"en": pair("new", NEW_EN, [])["en"]}})
    assert json.loads(run("suggest", other, "new", "--to", "fr", "--format", "json").stdout)[4]["matches"] == []
    done = run("tm", "import", tmx, other)
    assert done.returncode == 0, done.stderr
    assert (other / ".posting-editor/memory/out.tmx").read_bytes() == tmx.read_bytes()
    assert json.loads(run("suggest", other, "new", "--to", "fr", "--format", "json").stdout)[4]["matches"][0]["score"] == 100


def test_tm_export_to_dash_writes_the_memory_to_the_output(tmp_path):
    """`-o -` is the output for xliff and glossary export: tm export wrote a file named "-" in the
    current folder instead (and said "-: 114 translation units."), leaving the pipe empty."""
    root = _site(tmp_path)
    done = run("tm", "export", root, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    units = parse_tmx(done.stdout.encode("utf-8"), "-")
    assert (EN[2], FR[2]) in {(u.en, u.fr) for u in units}
    assert not (tmp_path / "-").exists() and done.stderr == ""


def test_tm_import_refuses_what_is_not_a_memory(tmp_path):
    root = _site(tmp_path)
    bad = tmp_path / "bad.tmx"
    bad.write_text("<html/>", encoding="utf-8")
    done = run("tm", "import", bad, root)
    assert done.returncode == 2 and "Nothing was imported" in done.stderr
    assert not (root / ".posting-editor/memory").exists()
    assert run("tm", "import", tmp_path / "none.tmx", root).returncode == 2


def test_translate_pretranslate_inserts_runs_of_exact_matches_and_marks_the_rest(tmp_path):
    root = _site(tmp_path)
    done = run("translate", root, "new", "--to", "fr", "--title", "Nouveau", "--pretranslate")
    assert done.returncode == 0, done.stderr
    from pathlib import Path

    text = Path(done.stdout.strip()).read_text(encoding="utf-8")
    assert f"\n{FR[0]}\n" in text and f"\n{FR[1]}\n" in text  # 100 % among 100 %: translated
    assert "[À TRADUIRE] Nous offrons 6 semaines" in text  # 100 % next to an untranslatable block: marked
    assert f"[À TRADUIRE] {NEW_EN[3]}" in text
    assert "description: '[À TRADUIRE]" not in text and "Concevez des services avec nous." in text
    assert "From the translation memory: 4 translated, 1 to review" in done.stderr


def test_translate_names_the_file_after_the_memorys_exact_translation_of_the_title(tmp_path):
    """Without --title the new file took the source's title: the memory knew the title in the new language."""
    root = _site(tmp_path)
    done = run("translate", root, "new", "--to", "fr", "--pretranslate")
    assert done.returncode == 0, done.stderr
    from pathlib import Path

    written = Path(done.stdout.strip())
    assert written.name.startswith("designer-de-services") and "named after" not in done.stderr
    assert "title: 'Designer de services'" in written.read_text(encoding="utf-8")
    alone = tmp_path / "alone"
    write_site(alone, {"new": {"en": pair("new", NEW_EN, [])["en"]}})
    done = run("translate", alone, "new", "--to", "fr", "--pretranslate")
    assert Path(done.stdout.strip()).name.startswith("service-designer") and "is named after the English title" in done.stderr


def test_tm_import_never_writes_through_a_state_folder_linked_out_of_the_site(tmp_path):
    root = _site(tmp_path)
    tmx = tmp_path / "out.tmx"
    assert run("tm", "export", root, "-o", tmx).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "memory").mkdir()
    mine = elsewhere / "memory" / "out.tmx"
    mine.write_text("a file of the user's", encoding="utf-8")
    (root / ".posting-editor").symlink_to(elsewhere, target_is_directory=True)  # carried by the repository
    done = run("tm", "import", tmx, root, "--lang", "en")
    assert done.returncode == 2
    assert mine.read_text(encoding="utf-8") == "a file of the user's"
    assert "outside the site" in done.stderr


def test_tm_import_never_loses_the_memory_imported_before_under_that_name(tmp_path):
    root = _site(tmp_path)
    first, second = tmp_path / "a" / "memory.tmx", tmp_path / "b" / "memory.tmx"
    first.parent.mkdir()
    second.parent.mkdir()
    assert run("tm", "export", root, "-o", first).returncode == 0
    other = tmp_path / "other"
    write_site(other, {"two": pair("two", EN[:2], FR[:2])})
    assert run("tm", "export", other, "-o", second).returncode == 0
    memory = root / ".posting-editor/memory"
    assert run("tm", "import", first, root).returncode == 0
    again = run("tm", "import", first, root, "--lang", "en")
    assert again.returncode == 0 and "already holds this memory" in again.stderr
    beside = run("tm", "import", second, root, "--lang", "en")
    assert beside.returncode == 0 and "--replace" in beside.stderr
    assert (memory / "memory.tmx").read_bytes() == first.read_bytes()
    assert (memory / "memory-2.tmx").read_bytes() == second.read_bytes()
    replaced = run("tm", "import", second, root, "--replace", "--lang", "fr")
    assert replaced.returncode == 0 and "gardée sous" in replaced.stderr
    assert (memory / "memory.tmx").read_bytes() == second.read_bytes()
    backups = list(memory.glob("memory.tmx.*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == first.read_bytes()
    help_text = run("tm", "import", "--help").stdout
    assert "--replace" in help_text and "backup" in help_text


def test_suggest_prefers_and_names_the_kind_of_block_a_translation_was_made_for(tmp_path):
    from tests.model.translation.helpers import posting_text

    root = tmp_path / "site"
    hours = "Flexible working hours"
    write_site(root, {
        # A heading with a short file name, and the same words as a list item in a longer one.
        "a": {"en": posting_text("Analyst", f"## {hours}\n\nText.\n", key="a"),
              "fr": posting_text("Analyste", "## Horaire de travail flexible\n\nTexte.\n", key="a")},
        "benefits-of-the-service-designer": {
            "en": posting_text("Designer", f"We offer:\n\n- {hours}\n- Paid leave\n", key="benefits-of-the-service-designer"),
            "fr": posting_text("Designer", "Nous offrons :\n\n- un horaire de travail flexible;\n- des congés payés.\n",
                               key="benefits-of-the-service-designer")},
        "new": {"en": posting_text("Writer", f"What we offer:\n\n- {hours}\n\n## {hours}\n\nMore.\n", key="new")},
    })
    found = json.loads(run("suggest", root, "new", "--to", "fr", "--format", "json").stdout)
    item, heading = [s for s in found if s["source"] == hours]
    assert (item["kind"], heading["kind"]) == ("item", "heading")
    assert [(m["target"], m["kind"]) for m in item["matches"]] == [
        ("un horaire de travail flexible;", "item"), ("Horaire de travail flexible", "heading")]
    assert [m["kind"] for m in heading["matches"]] == ["heading", "item"]
    text = run("suggest", root, "new", "--to", "fr", "--lang", "en").stdout
    assert "a-fr.md:11, translated as a heading; source:" in text
    assert "benefits-of-the-service-designer-fr.md:13, translated as a list item; source:" in text
    assert ", traduite comme intertitre; source\u00a0:" in run("suggest", root, "new", "--to", "fr", "--lang", "fr").stdout


def test_suggest_words_a_match_made_of_one_sentence_of_a_longer_block(tmp_path):
    """The memory's sentences (cut from paragraphs of two or more) were said as the catalogue's key,
    "from …:11, suggest-kind-sentence; source:", in both languages."""
    from tests.model.translation.helpers import posting_text

    root = tmp_path / "site"
    first, second = "We build with users.", "We work in the open."
    write_site(root, {
        "a": {"en": posting_text("Analyst", f"{first} {second}\n", key="a"),
              "fr": posting_text("Analyste", "Nous concevons avec les gens. Nous travaillons ouvertement.\n", key="a")},
        "new": {"en": posting_text("Writer", f"{second}\n", key="new")},
    })
    text = run("suggest", root, "new", "--to", "fr", "--lang", "en").stdout
    assert "100%  Nous travaillons ouvertement." in text
    assert "a-fr.md:11, translated as one sentence of a longer block; source:" in text
    assert "suggest-kind" not in text
    french = run("suggest", root, "new", "--to", "fr", "--lang", "fr").stdout
    assert ", traduite comme phrase d’un bloc plus long; source\u00a0:" in french


def test_a_memory_of_another_tool_naming_its_own_kinds_is_read_as_paragraphs():
    """A TMX's x-kind property is this program's; another tool's value ("segment", "x-foo") reached
    the suggestions as a kind no catalogue words."""
    data = ('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en-US"/><body>'
            '<tu><prop type="x-kind">x-foo</prop><tuv xml:lang="en-US"><seg>Hello</seg></tuv>'
            '<tuv xml:lang="fr-CA"><seg>Bonjour</seg></tuv></tu>'
            '<tu><prop type="x-kind">item</prop><tuv xml:lang="en"><seg>A list item</seg></tuv>'
            '<tuv xml:lang="fr"><seg>Un élément</seg></tuv></tu></body></tmx>').encode()
    assert [unit.kind for unit in parse_tmx(data, "other.tmx")] == ["paragraph", "item"]


def test_tm_import_says_a_memory_is_too_large_not_that_it_is_broken(tmp_path, monkeypatch, capsys):
    """A TMX over the size limit was read up to the limit and refused as "not well-formed XML (line
    190967)": the translator looked for a broken line that was not there."""
    from editor.cli.main import main
    from editor.model.translation.memory import tmx

    root = _site(tmp_path)
    big = tmp_path / "big.tmx"
    big.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en"/><body>'
                   '<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>'
                   f'<!-- {"x" * (3 * 1024 * 1024)} --></body></tmx>', encoding="utf-8")
    monkeypatch.setattr(tmx, "MAX_TMX_BYTES", 2 * 1024 * 1024)
    assert main(["tm", "import", str(big), str(root), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "it is larger than 2 MB" in err and "not well-formed" not in err
    assert not (root / ".posting-editor" / "memory").exists()
    with pytest.raises(tmx.TmxError, match="larger than 2 MB"):
        tmx.read_tmx(big)


def test_tm_import_says_how_many_units_it_left_out_and_why(tmp_path, capsys):
    """Units with an empty segment or in other languages were left out without a word: "2 units
    imported" from a file of 4, and the translator took the memory for whole."""
    from editor.cli.main import main

    root = _site(tmp_path)
    memory = tmp_path / "mixed.tmx"
    memory.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en-US"/><body>'
        '<tu><tuv xml:lang="en-US"><seg>Hello</seg></tuv><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv></tu>'
        '<tu><tuv xml:lang="EN"><seg>Thanks</seg></tuv><tuv xml:lang="fr_CA"><seg>Merci</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>Empty</seg></tuv><tuv xml:lang="fr"><seg> </seg></tuv></tu>'
        '<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv></tu>'
        '</body></tmx>', encoding="utf-8")
    assert main(["tm", "import", str(memory), str(root), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "2 units imported" in err
    assert "2 units without both English and French text were left out (other languages, empty segments)." in err
    assert main(["tm", "import", str(memory), str(root), "--lang", "fr", "--replace"]) == 0
    assert "2 unités sans texte anglais et français ont été laissées de côté (autres langues, segments vides)." in \
        capsys.readouterr().err
