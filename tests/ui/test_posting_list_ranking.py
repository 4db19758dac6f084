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
