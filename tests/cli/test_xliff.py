"""``posting-editor xliff export|import`` through the installed script: files, messages, exit status."""

from __future__ import annotations

from lxml import etree

from tests.cli_support import run
from tests.model.translation.xliff_support import NS, assert_valid, en_file, fr_file, pair_site, set_target


def test_export_then_import_a_translation(tmp_path):
    pair_site(tmp_path)
    out = tmp_path / "analyst.xlf"
    result = run("xliff", "export", tmp_path, "analyst", "--to", "fr", "-o", out)
    assert result.returncode == 0 and "Wrote" in result.stderr
    root = assert_valid(out.read_bytes())
    unchanged = run("xliff", "import", out, tmp_path)
    assert unchanged.returncode == 0 and "analyst-fr.md: unchanged" in unchanged.stdout
    set_target(root, "b3", "Rédiger des guides clairs")
    out.write_bytes(etree.tostring(root))
    result = run("xliff", "import", out, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "updated, 1 segment written" in result.stdout
    assert "- Rédiger des guides clairs\n" in fr_file(tmp_path).read_text()


def test_refusals_name_the_reason(tmp_path):
    pair_site(tmp_path)
    out = tmp_path / "a.xlf"
    assert run("xliff", "export", tmp_path, "nope", "--to", "fr", "-o", out).returncode == 2
    run("xliff", "export", tmp_path, "analyst", "--to", "fr", "-o", out)
    en_file(tmp_path).write_text(en_file(tmp_path).read_text().replace("Answer letters", "Answer calls"))
    result = run("xliff", "import", out, tmp_path)
    assert result.returncode == 1 and "+b2: Answer calls from the public" in result.stderr
    bomb = tmp_path / "bomb.xlf"
    bomb.write_text('<!DOCTYPE x [<!ENTITY a "a">]><xliff xmlns="{}">&a;</xliff>'.format(NS["x"]))
    result = run("xliff", "import", bomb, tmp_path)
    assert result.returncode == 2 and "declares a document type" in result.stderr
    result = run("xliff", "import", tmp_path / "missing.xlf", tmp_path)
    assert result.returncode == 2 and "no such file" in result.stderr


def test_a_read_only_translation_is_said_without_asking_to_run_again(tmp_path, monkeypatch):
    """A refused write said "Nothing was imported; run the command again": running again is refused
    the same way until the file can be written."""
    import os

    pair_site(tmp_path)
    out = tmp_path / "analyst.xlf"
    run("xliff", "export", tmp_path, "analyst", "--to", "fr", "-o", out)
    root = assert_valid(out.read_bytes())
    set_target(root, "b3", "Rédiger des guides clairs")
    out.write_bytes(etree.tostring(root))
    before = fr_file(tmp_path).read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode & os.W_OK else real(path, mode, **kw))
    result = run("xliff", "import", out, tmp_path)
    assert result.returncode == 2
    assert "(the file is read-only). Nothing was imported." in result.stderr, result.stderr
    assert "run the command again" not in result.stderr
    assert fr_file(tmp_path).read_bytes() == before


def test_the_file_and_the_site_given_the_other_way_round_are_named(tmp_path):
    """``xliff export`` takes SITE KEY but ``xliff import`` FILE SITE: given as export takes them, import
    said only "analyst.xlf is not a folder"."""
    pair_site(tmp_path / "site")
    out = tmp_path / "analyst.xlf"
    run("xliff", "export", tmp_path / "site", "analyst", "--to", "fr", "-o", out)
    result = run("xliff", "import", tmp_path / "site", out)
    assert result.returncode == 2
    assert "posting-editor xliff import FILE.xlf SITE" in result.stderr, result.stderr
    french = run("xliff", "import", tmp_path / "site", out, "--lang", "fr")
    assert "posting-editor xliff import FICHIER.xlf SITE" in french.stderr and "dossier" in french.stderr, french.stderr


def test_a_file_name_too_long_for_the_system_is_said(tmp_path):
    """Python's is_dir() lets ENAMETOOLONG through: `xliff import NAME SITE` with a name of 300
    characters (a pasted path, a runaway script) ended in "internal error: OSError"."""
    pair_site(tmp_path / "site")
    result = run("xliff", "import", "a" * 300 + ".xlf", tmp_path / "site", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2 and "File name too long" in result.stderr, result.stderr

