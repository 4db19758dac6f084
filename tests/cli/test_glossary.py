"""``posting-editor glossary import|export`` through the installed script."""

from __future__ import annotations

from tests.cli_support import run


def test_import_reports_and_reimport_changes_no_byte(tmp_path):
    (tmp_path / "content" / "en").mkdir(parents=True)
    terms = tmp_path / "terms.csv"
    terms.write_text("en,fr,note\nhiring manager,gestionnaire d'embauche,\nonboarding buddy,parrain d'accueil,\n",
                     encoding="utf-8")
    result = run("glossary", "import", terms, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Added: hiring manager\nAdded: onboarding buddy\n" in result.stdout and "2 added, 0 changed" in result.stderr
    saved = tmp_path / ".posting-editor" / "glossary.yaml"
    before = saved.read_bytes()
    assert "gestionnaire d'embauche" in before.decode()
    again = run("glossary", "import", terms, tmp_path)
    assert again.returncode == 0 and "0 added, 0 changed, 2 skipped (nothing to write)" in again.stderr
    assert saved.read_bytes() == before
    out = tmp_path / "g.tbx"
    assert run("glossary", "export", tmp_path, "-o", out).returncode == 0
    assert "onboarding buddy" in out.read_text(encoding="utf-8")
    assert "0 added" in run("glossary", "import", out, tmp_path).stderr
    assert saved.read_bytes() == before


def test_bad_files_exit_2(tmp_path):
    (tmp_path / "content" / "en").mkdir(parents=True)
    result = run("glossary", "import", tmp_path / "nope.tbx", tmp_path)
    assert result.returncode == 2 and "no such file" in result.stderr


def test_a_glossary_that_cannot_be_saved_is_not_reported_as_added(tmp_path, monkeypatch):
    """The command listed "Added: term" and then said the glossary could not be saved."""
    import errno

    import editor.model.translation.glossary as glossary_module

    def refuse(path, data, **_options):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(glossary_module, "atomic_write", refuse)
    (tmp_path / "content" / "en").mkdir(parents=True)
    terms = tmp_path / "terms.csv"
    terms.write_text("en,fr\nhiring manager,gestionnaire d'embauche\n", encoding="utf-8")
    result = run("glossary", "import", terms, tmp_path)
    assert result.returncode == 2 and "cannot be saved" in result.stderr and "Permission denied" in result.stderr
    assert "Added" not in result.stdout + result.stderr
    assert not (tmp_path / ".posting-editor" / "glossary.yaml").exists()


def test_a_csv_without_a_header_is_imported_saying_what_was_assumed(tmp_path):
    (tmp_path / "content" / "en").mkdir(parents=True)
    terms = tmp_path / "terms.csv"
    terms.write_text("hiring manager,gestionnaire d'embauche\n", encoding="utf-8")
    result = run("glossary", "import", terms, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Added: hiring manager" in result.stdout
    assert "has no header row naming its columns" in result.stderr
    french = run("--lang", "fr", "glossary", "import", "--dry-run", terms, tmp_path)
    assert "n’a pas de ligne d’en-tête" in french.stderr


def test_a_csv_whose_column_names_are_not_the_languages_is_refused(tmp_path):
    (tmp_path / "content" / "en").mkdir(parents=True)
    terms = tmp_path / "terms.csv"
    terms.write_text("Source,Target\nhiring manager,gestionnaire d'embauche\n", encoding="utf-8")
    result = run("glossary", "import", terms, tmp_path)
    assert result.returncode == 2 and "Source" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / ".posting-editor" / "glossary.yaml").exists()
