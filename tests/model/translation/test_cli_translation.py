from editor.cli import main
from editor.model.frontmatter.posting import Posting

from tests.model.translation.helpers import EN_BODY, LEVER, posting_text, write_site


def site(tmp_path):
    write_site(tmp_path, {"analyst": {"en": posting_text("Data Analyst", EN_BODY)},
                          "both": {"en": posting_text("Designer", EN_BODY, key="both"),
                                   "fr": posting_text("Designer", EN_BODY, key="both")}})
    return tmp_path


def test_translate_writes_the_skeleton(tmp_path, capsys):
    root = site(tmp_path)
    assert main(["translate", str(root), "analyst", "--to", "fr"]) == 0
    out, err = capsys.readouterr()
    written = root / "content" / "fr" / "careers" / "positions" / f"data-analyst--{LEVER}.md"
    assert out.strip().endswith(f"data-analyst--{LEVER}.md") and written.is_file()
    posting = Posting.load(written)
    assert posting.get("translationKey") == "analyst" and posting.get("title") == ""
    assert "[À TRADUIRE]" in posting.body and "translate the marked blocks" in err


def test_translate_dry_run_writes_nothing(tmp_path, capsys):
    root = site(tmp_path)
    assert main(["translate", str(root), "analyst", "--to", "fr", "--dry-run", "--title", "Analyste de données"]) == 0
    out, _err = capsys.readouterr()
    assert f"analyste-de-données--{LEVER}.md" in out and "title: 'Analyste de données'" in out
    assert not list((root / "content" / "fr").rglob("analyste*"))


def test_translate_refuses_clearly(tmp_path, capsys):
    root = site(tmp_path)
    assert main(["translate", str(root), "both", "--to", "fr"]) == 2
    assert "already has a French version" in capsys.readouterr().err
    assert main(["translate", str(root), "nope", "--to", "fr"]) == 2
    assert "No posting has the translationKey 'nope'" in capsys.readouterr().err
    assert main(["translate", str(root), "analyst", "--to", "en"]) == 2
    assert "no French posting" in capsys.readouterr().err
    assert main(["translate", str(root / "missing"), "analyst", "--to", "fr"]) == 2


def test_translate_without_a_title_says_the_file_is_named_in_the_other_language(tmp_path, capsys):
    """`translate --to en` without --title named the English file after the French title, silently."""
    write_site(tmp_path, {"commis": {"fr": posting_text("Commis aux dossiers", EN_BODY, key="commis")}})
    assert main(["translate", str(tmp_path), "commis", "--to", "en", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    name = f"commis-aux-dossiers--{LEVER}.md"
    assert out.strip().endswith(name)
    assert (f"{name} is named after the French title, the English one not being known yet. To name it after its "
            "English title: delete it and run again with --title, or, once translated, export it from a drafts "
            "folder with --rename.") in err
    (tmp_path / "content" / "en" / "careers" / "positions" / name).unlink()
    assert main(["translate", str(tmp_path), "commis", "--to", "en", "--lang", "fr", "--dry-run"]) == 0
    assert (f"{name} porte le nom du titre en français, le titre en anglais n’étant pas encore connu. Pour le "
            "nommer d’après son titre en anglais\u00a0: supprimez-le") in capsys.readouterr().err
    assert main(["translate", str(tmp_path), "commis", "--to", "en", "--title", "Records Clerk"]) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith(f"records-clerk--{LEVER}.md") and "named after" not in err
