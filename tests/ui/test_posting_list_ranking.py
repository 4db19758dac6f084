"""The window's search puts the posting titled as typed first (userpass7: "policy analyst" listed
"Policy Analyst (Co-op)" third, after two postings whose titles sort before it and whose bodies
mention the words)."""

from __future__ import annotations

import shutil
from pathlib import Path

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.site.index_cache import IndexCache

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-site"
POSTING = """\
---
layout: job-posting
title: '{title}'
archived: false
translationKey: {key}
---

{body}
"""
PAIRS = (  # key, English title, French title, body (the same in both languages, for the test)
    ("coop", "Policy Analyst (Co-op)", "Analyste des politiques (stage coop)", "Join the team."),
    ("data", "Data Scientist", "Scientifique des données", "You will work beside a policy analyst."),
    ("delivery", "Delivery Manager", "Gestionnaire de la prestation", "Each policy has an analyst."),
)


def _index(tmp_path) -> SiteIndex:
    root = shutil.copytree(SAMPLE, tmp_path / "site")
    for key, title_en, title_fr, body in PAIRS:
        for lang, title in (("en", title_en), ("fr", title_fr)):
            folder = root / "content" / lang / "careers" / "positions"
            (folder / f"{key}.md").write_text(POSTING.format(title=title, key=key, body=body), encoding="utf-8")
    return SiteIndex.build(Site.open(root), cache=IndexCache(tmp_path / "cache.json"))


def test_the_posting_titled_as_typed_comes_first_in_either_language(qapp, qtbot, tmp_path):
    from editor.ui.posting_list import PostingList

    listing = PostingList()
    qtbot.addWidget(listing)
    listing.set_entries(_index(tmp_path).pairs)
    everything = listing.keys()
    listing.proxy.set_search("policy analyst")
    assert listing.keys() == ["coop", "data", "delivery"]  # the others by title, as before
    listing.proxy.set_search("ANALYSTE DES POLITIQUES")  # the French title, accents and case aside
    assert listing.keys() == ["coop"]
    listing.proxy.set_search("scientifique donnees")
    assert listing.keys() == ["data"]
    listing.set_interface_language("fr")
    listing.proxy.set_search("policy analyst")
    assert listing.keys() == ["coop", "delivery", "data"]  # « Gestionnaire… » before « Scientifique… »
    listing.proxy.set_search("")
    assert sorted(listing.keys()) == sorted(everything)


def test_a_pair_changed_while_searching_takes_its_new_place(qapp, qtbot, tmp_path):
    from editor.ui.posting_list import PostingList

    index = _index(tmp_path)
    listing = PostingList()
    qtbot.addWidget(listing)
    listing.set_entries(index.pairs)
    listing.proxy.set_search("policy analyst")
    path = index.pair_for_key("delivery").first("en").path
    path.write_text(POSTING.format(title="Policy Analyst", key="delivery", body="Written again."), encoding="utf-8")
    listing.update_entries(index.updated([path]).pairs)
    assert listing.keys() == ["delivery", "coop", "data"]


def test_a_site_without_postings_says_in_the_list_which_files_were_passed_over(qapp, qtbot, tmp_path):
    """A folder of drafts without ``layout: job-posting`` showed an empty list and nothing else."""
    from editor.ui import i18n
    from editor.ui.posting_list import PostingList
    from editor.ui.site_controller import SiteController

    drafts = tmp_path / "drafts"
    for lang in ("en", "fr"):
        (drafts / lang).mkdir(parents=True)
        for number in range(1, 5):
            text = POSTING.format(title=f"Draft {number}", key=f"draft-{number}", body="A draft.")
            (drafts / lang / f"draft-{number}.md").write_text(text.replace("layout: job-posting\n", ""), encoding="utf-8")
    controller = SiteController()
    controller.open(drafts)
    listing = PostingList()
    qtbot.addWidget(listing)
    listing.set_entries(controller.pairs(), controller.passed_over())
    assert listing.empty_note.isVisibleTo(listing) and not listing.view.isVisibleTo(listing)
    assert listing.empty_note.text().splitlines()[-1] == \
        "8 files without a layout in the front matter: en/draft-1.md, en/draft-2.md, en/draft-3.md and 5 more"
    # Worked out once for the same index and files (the list asks on every change), again after a change.
    assert controller.passed_over() is controller.passed_over()
    draft = drafts / "fr" / "draft-1.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("---\n", "---\nlayout: page\n", 1), encoding="utf-8")
    controller.update([draft])
    assert [group.reason for group in controller.passed_over()] == ["no-layout", "other-layout"]
    i18n.install_translator(qapp, "fr")
    listing.set_interface_language("fr")
    assert "fichiers sans layout dans l’en-tête\u00a0: en/draft-1.md" in listing.empty_note.text()
    # Once a posting is there, the list shows it and says nothing of the other files.
    (drafts / "en" / "posting.md").write_text(POSTING.format(title="Posting", key="posting", body="."), encoding="utf-8")
    controller.open(drafts)
    listing.update_entries(controller.pairs(), controller.passed_over())
    assert listing.keys() == ["posting"]
    assert not listing.empty_note.isVisibleTo(listing) and listing.view.isVisibleTo(listing)
