"""What a revert would throw away, and a lone posting's folder read as a site."""

from __future__ import annotations

from editor.model.site.index import SiteIndex, Status
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site

TEXT = ("---\nlayout: job-posting\ntitle: 'Clerk'\ndescription: d\narchived: false\ntranslationKey: clerk\n---\n"
        "## About the role\n\nYou will keep the records of the team in order.\n")


def test_unsaved_fields_names_what_changed_since_loading():
    posting = Posting(TEXT.encode(), None, "en")
    assert posting.unsaved_fields() == []
    posting.set("title", "Senior Clerk")
    posting.set_body(posting.body + "More.\n")
    assert posting.unsaved_fields() == ["title", "body"]
    posting.set("title", "Clerk")
    assert posting.unsaved_fields() == ["body"]
    broken = Posting(TEXT.encode(), None, "en")
    broken.set_text(TEXT.replace("archived: false", "archived: [false"))
    assert broken.unsaved_fields() == ["text"]
    requoted = Posting(TEXT.encode(), None, "en")
    requoted.set_text(TEXT.replace("title: 'Clerk'", 'title: "Clerk"'))
    assert requoted.unsaved_fields() == ["front matter"]


FRENCH = ("---\nlayout: job-posting\ntitle: 'Commis'\ndescription: d\narchived: false\ntranslationKey: clerk\n---\n"
          "## Le poste\n\nVous tiendrez les dossiers de l'équipe en ordre et vous aiderez les personnes qui les "
          "demandent. Le travail se fait surtout avec le public et avec les autres membres de l'équipe, et il y "
          "en a beaucoup pour les personnes qui aiment le travail bien fait.\n")


def test_a_lone_posting_folder_pairs_its_files_by_name_or_text(tmp_path):
    (tmp_path / "clerk.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "commis.md").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "other.md").write_text(TEXT.replace("clerk", "other"), encoding="utf-8")
    assert Site.containing(tmp_path / "clerk.md") is None
    site = Site.loose_folder(tmp_path)
    assert site.loose and site.language_of(tmp_path / "commis.md") == "fr"
    assert site.language_of(tmp_path / "sub" / "other.md") is None  # only the folder itself
    index = SiteIndex.build(site, workers=1)
    assert [entry.key for entry in index.pairs] == ["clerk"]
    assert index.pairs[0].status == Status.OK
    # Hugo's own naming wins over the text.
    (tmp_path / "commis.md").rename(tmp_path / "clerk.en.md")
    assert Site.loose_folder(tmp_path).language_of(tmp_path / "clerk.en.md") == "en"
