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
