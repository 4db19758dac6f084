"""``list`` says which files were passed over and why when it finds no posting (a writer's folder of
nine drafts without ``layout: job-posting`` was listed as "0 postings in drafts."), and says nothing
of a site's ordinary pages beside its postings unless ``--verbose`` asks."""

from __future__ import annotations

import json

import pytest

from editor.model.site.index import SiteIndex
from editor.model.hugo.config import Site
from editor.model.site.passed_over import (BROKEN_FRONT_MATTER, NO_FRONT_MATTER, NO_LAYOUT, OTHER_LAYOUT,
                                          passed_over)

from tests.cli.test_list_language import listed
from tests.model.site.test_queue import write_pair
from tests.model.translation.helpers import EN_BODY, FR_BODY

DRAFT = "---\ntitle: Draft {number}\ntranslationKey: draft-{number}\n---\n\nA draft.\n"
PAGE = "---\ntitle: A page\nlayout: {layout}\n---\n\nAn ordinary page of the site.\n"


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")


@pytest.fixture
def drafts(tmp_path):
    """A drafts folder (en/ and fr/) with nine Markdown files and not one posting."""
    folder = tmp_path / "drafts"
    for lang in ("en", "fr"):
        (folder / lang).mkdir(parents=True)
    for number in range(1, 7):
        (folder / "en" / f"draft-{number}.md").write_text(DRAFT.format(number=number), encoding="utf-8")
    (folder / "fr" / "page.md").write_text(PAGE.format(layout="page"), encoding="utf-8")
    (folder / "fr" / "notes.md").write_text("Only notes, no front matter.\n", encoding="utf-8")
    (folder / "fr" / "broken.md").write_text("---\ntitle: [never closed\n---\n\nText.\n", encoding="utf-8")
    return folder


def test_no_posting_found_says_each_reason_with_a_count_and_the_first_names(drafts, capsys):
    status, _out, err = listed(capsys, drafts)
    assert status == 0
    assert err.splitlines() == [
        f"0 postings in {drafts}.",
        "Not postings (a posting's front matter has “layout: job-posting”):",
        "  6 files without a layout in the front matter: en/draft-1.md, en/draft-2.md, en/draft-3.md and 3 more",
        "  1 file with another layout (page): fr/page.md",
        "  1 file without front matter: fr/notes.md",
        "  1 file whose front matter cannot be read and has no “layout: job-posting” line: fr/broken.md",
    ]


def test_in_french_and_beside_json(drafts, capsys):
    _status, _out, err = listed(capsys, drafts, "--lang", "fr")
    assert "Pas des offres (l’en-tête d’une offre contient «\u00a0layout: job-posting\u00a0»)\u00a0:" in err
    assert "  6 fichiers sans layout dans l’en-tête\u00a0: en/draft-1.md, en/draft-2.md, en/draft-3.md et 3 autres" in err
    assert "  1 fichier sans en-tête\u00a0: fr/notes.md" in err
    status, out, err = listed(capsys, drafts, "--format", "json")
    assert status == 0 and json.loads(out) == []  # the standard output stays JSON
    assert "6 files without a layout" in err


def test_a_site_with_postings_says_its_other_pages_only_when_asked(tmp_path, capsys):
    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    folder = tmp_path / "content" / "en" / "careers"
    for name, layout in (("closed.md", "page"), ("closed-too.md", "page"), ("article.md", "blog")):
        (folder / name).write_text(PAGE.format(layout=layout), encoding="utf-8")
    status, _out, err = listed(capsys, tmp_path)
    assert status == 0 and err.splitlines() == [f"1 posting in {tmp_path}."]
    _status, _out, err = listed(capsys, tmp_path, "--verbose")
    assert err.splitlines()[1:] == [
        "Not postings (a posting's front matter has “layout: job-posting”):",
        "  3 files with another layout (page, blog): content/en/careers/article.md, "
        "content/en/careers/closed-too.md, content/en/careers/closed.md",
    ]


def test_the_reasons_as_data(drafts):
    groups = passed_over(SiteIndex.build(Site.open(drafts), cache=None))
    assert [(group.reason, len(group.names)) for group in groups] == \
        [(NO_LAYOUT, 6), (OTHER_LAYOUT, 1), (NO_FRONT_MATTER, 1), (BROKEN_FRONT_MATTER, 1)]
    assert groups[1].layouts == ("page",)
