"""The model's refusals and the commands' report lines follow ``--lang``: one French line per family of error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    run,
    sample_file,
    site,
)


def _refused(*args) -> str:
    result = run(*args, "--lang", "fr")
    assert result.returncode != 0, result.stdout
    assert result.stderr.startswith("posting-editor\u00a0: "), result.stderr
    return result.stderr


def test_a_missing_folder_is_worded_once_whatever_the_command(tmp_path, site):
    missing = tmp_path / "nowhere"
    for args in (("list", missing), ("export", missing, "--to", site), ("export", site, "--to", missing),
                 ("xliff", "export", missing, "k", "--to", "fr", "-o", "-"), ("translate", missing, "k", "--to", "fr"),
                 ("resolve", missing, "k"), ("suggest", missing, "k", "--to", "fr"), ("templates", "init", missing)):
        result = run(*args)
        assert result.returncode == 2 and result.stderr == f"posting-editor: {missing}: no such folder.\n", args
    assert run("check", missing).stderr == f"posting-editor: {missing}: no such file or folder.\n"  # FILE or SITE
    french = _refused("export", missing, "--to", site)
    assert french == f"posting-editor\u00a0: {missing}\u00a0: dossier introuvable.\n"
    file = tmp_path / "file.txt"
    file.write_text("x", encoding="utf-8")
    assert "n’est pas un dossier" in _refused("resolve", file, "k")


def test_site_and_data_file_errors_in_french(tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "notes.txt").write_text("x", encoding="utf-8")
    assert "n’est ni un site Hugo" in _refused("resolve", plain, "k")
    broken = tmp_path / "broken"
    (broken / "content" / "en").mkdir(parents=True)
    (broken / "hugo.toml").write_text("title = [\n", encoding="utf-8")
    said = _refused("resolve", broken, "k")
    assert "La configuration Hugo" in said and "ne peut pas être lue\u00a0: " in said


def test_create_and_template_errors_in_french(tmp_path, site):
    assert "Le titre en français «\u00a0/\u00a0» n’a ni lettre ni chiffre" in _refused("new", site, "--title-fr", "/")
    assert not list((site / "content" / "fr").rglob("posting.md"))
    assert (site / ".posting-editor" / "templates").is_dir()  # the sample site has its own
    assert "existent déjà; utilisez --force pour les remplacer" in _refused("templates", "init", site)


def test_glossary_and_term_file_errors_in_french(tmp_path, site):
    terms = tmp_path / "terms.csv"
    terms.write_bytes(b"a,b\x00\n")
    assert "ce n’est pas un fichier texte" in _refused("glossary", "import", terms, site)
    terms.write_text("English,French\nmanager,gestionnaire\n", encoding="utf-8")
    glossary = site / ".posting-editor" / "glossary.yaml"
    glossary.parent.mkdir(exist_ok=True)
    glossary.write_text("terms: 3\n", encoding="utf-8")
    assert "doit contenir une liste de termes sous «\u00a0terms:\u00a0»" in _refused("glossary", "import", terms, site)


def test_xml_xliff_and_tmx_errors_in_french(tmp_path, site):
    bad = tmp_path / "bad.xlf"
    bad.write_text("<xliff><file>", encoding="utf-8")
    assert "le fichier XLIFF n’est pas du XML bien formé (ligne 1)" in _refused("xliff", "import", bad, site)
    said = _refused("xliff", "export", site, "no-such-posting", "--to", "fr", "-o", "-")
    assert "Aucune offre n’a la clé de traduction «\u00a0no-such-posting\u00a0»" in said
    memory = tmp_path / "memory.tmx"
    memory.write_text("<notes/>", encoding="utf-8")
    assert "l’élément racine est <notes>, pas <tmx>" in _refused("tm", "import", memory, site)


def test_skeleton_and_translate_lines_in_french(tmp_path, site):
    said = _refused("translate", site, "product-manager", "--to", "fr")
    assert "La paire «\u00a0product-manager\u00a0» a déjà une version en français" in said
    sample_file(site, "fr", "gestionnaire").unlink()
    result = run("translate", site, "product-manager", "--to", "fr", "--dry-run", "--lang", "fr")
    assert result.returncode == 0 and "Rien n’a été écrit (--dry-run)." in result.stderr


def test_conflict_errors_and_resolve_lines_in_french(site):
    assert "La paire «\u00a0product-manager\u00a0» n’a aucun conflit." in run(
        "resolve", site, "product-manager", "--lang", "fr").stderr
    said = _refused("resolve", site, "product-manager", "--field", "archived", "--take", "en")
    assert "Les fichiers de «\u00a0product-manager\u00a0» s’entendent déjà sur «\u00a0archived\u00a0». Rien n’a été modifié." in said
    assert "--field et --take vont ensemble" in _refused("resolve", site, "product-manager", "--field", "archived")


def test_export_and_git_errors_in_french(tmp_path, site):
    assert "SOURCE et SITE sont le même dossier" in _refused("export", site, "--to", site)
    other = tmp_path / "other"
    other.mkdir()
    (other / "en").mkdir()
    (other / "fr").mkdir()
    said = _refused("export", other, "--to", site, "--commit", "--dry-run", "--accept-warnings")
    assert "n’est pas dans un dépôt git" in said or "git n’est pas installé" in said


def test_set_and_get_lines_in_french(site):
    posting = sample_file(site, "en", "product-manager")
    assert "n’a pas de champ «\u00a0nope\u00a0»" in _refused("get", posting, "nope")
    assert "archived doit valoir true ou false" in _refused("set", posting, "archived=maybe")
    result = run("set", posting, "archived=true", "--lang", "fr")
    assert result.returncode == 0 and "aussi mis à jour (champ commun)" in result.stderr


@pytest.mark.parametrize("lang, line", [("en", "Created the pair 'analyst'."), ("fr", "Paire «\u00a0analyst\u00a0» créée.")])
def test_the_english_fallback_title_path_and_the_french_one_agree(tmp_path, lang, line):
    drafts = tmp_path / "drafts"
    result = run("new", drafts, "--title-en", "Analyst", "--title-fr", "Analyste", "--lang", lang)
    assert result.returncode == 0 and line in result.stderr
    assert sorted(p.name for p in Path(drafts).rglob("*.md")) == ["analyst.md", "analyste.md"]


def test_a_fix_refused_for_one_file_is_said_in_french(tmp_path):
    """``check --fix`` went on with the other files but said why this one was not fixed in English."""
    posting = tmp_path / "posting.md"  # outside any site: nothing tells its language
    posting.write_text("---\ntitle: 'Analyste'\ndescription: 'Un poste.'\n---\n\nTexte ici.\n", encoding="utf-8")
    result = run("check", "--fix", "--lang", "fr", posting)
    assert f"posting-editor\u00a0: {posting}\u00a0: impossible de savoir s’il est en anglais ou en français" in result.stderr
    assert "(non corrigé)" in result.stderr and "cannot tell" not in result.stderr


def test_a_posting_linked_outside_the_site_is_refused_in_french(tmp_path, site):
    """A posting that is a symbolic link to a file outside the site: ``set`` and ``archive`` refused
    it in English inside a French sentence ("… leads to …; nothing was written there.. Le fichier
    est resté tel quel.")."""
    posting = sample_file(site, "en", "data-analyst")
    outside = tmp_path / "elsewhere.md"
    outside.write_bytes(posting.read_bytes())
    posting.unlink()
    posting.symlink_to(outside)
    before = outside.read_bytes()
    for args in (("set", posting, "title=Autre"), ("archive", site, "data-analyst")):
        said = _refused(*args)
        assert "mène à" in said and "rien n’y a été écrit." in said, said
        assert "leads to" not in said and ".." not in said, said
    assert outside.read_bytes() == before


def test_a_glossary_import_says_why_it_skipped_terms_in_french(tmp_path, site):
    """``glossary import --lang fr`` printed "Ignoré : Treasury Board (already in the glossary)"."""
    exported = tmp_path / "g.tbx"
    assert run("glossary", "export", site, "-o", exported).returncode == 0
    result = run("glossary", "import", exported, site, "--lang", "fr")
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stdout.splitlines() if line.startswith("Ignoré")]
    assert skipped and all(line.endswith("(déjà dans le glossaire)") for line in skipped), result.stdout
    assert "already" not in result.stdout


def test_the_systems_reason_inside_a_models_refusal_is_said_in_french(tmp_path, site):
    """A folder given as the XLIFF file: "impossible de lire le fichier XLIFF (not a regular file …)"."""
    folder = tmp_path / "translated.xlf"
    folder.mkdir()
    said = _refused("xliff", "import", folder, site)
    assert "ce n’est pas un fichier ordinaire" in said and "not a regular file" not in said, said


def test_a_body_file_that_cannot_be_read_is_said_in_french(tmp_path, site):
    """``set --body-file`` said Python's "'utf-8' codec can't decode byte 0xe9 …" and "Is a directory"."""
    posting = sample_file(site, "en", "product-manager")
    latin = tmp_path / "body.txt"
    latin.write_bytes("Café\n".encode("latin-1"))
    said = _refused("set", posting, "--body-file", latin)
    assert "ce n’est pas du texte UTF-8 (octet 0xe9 à la position 3)" in said and "codec" not in said, said
    said = _refused("set", posting, "--body-file", tmp_path)
    assert "c’est un dossier" in said and "Is a directory" not in said, said


def test_the_xml_readers_own_words_are_set_apart_in_french(tmp_path, site):
    """The XML reader's message is English ("Start tag expected, '<' not found"): it ran on after the
    French sentence as if it were its end, and the TMX one carried Python's "(<string>, line 1)".
    Like YAML's, it is now quoted as the reader's message, after the line."""
    bad = tmp_path / "bad.xlf"
    bad.write_text("not xml", encoding="utf-8")
    said = _refused("xliff", "import", bad, site)
    assert "le fichier XLIFF n’est pas du XML bien formé (ligne 1). (message du lecteur XML\u00a0: Start tag expected" in said
    memory = tmp_path / "memory.tmx"
    memory.write_text("<tmx>\n<header>", encoding="utf-8")
    said = _refused("tm", "import", memory, site)
    assert "XML mal formé (ligne 2). (message du lecteur XML\u00a0: " in said and "<string>" not in said, said
    said = run("tm", "import", memory, site, "--lang", "en").stderr
    assert "not well-formed XML (line 2). (The XML reader says: " in said and "<string>" not in said, said
