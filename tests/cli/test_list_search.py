"""``list --search``: the window's search on the command line, in the same order (one model function,
``search.ranked``): the pair titled as typed first, then the others by title."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_list_language import listed
from tests.ui.test_posting_list_ranking import PAIRS, POSTING


@pytest.fixture
def site(tmp_path, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    for key, title_en, title_fr, body in PAIRS:
        for lang, title in (("en", title_en), ("fr", title_fr)):
            folder = tmp_path / "content" / lang / "careers"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{key}.md").write_text(POSTING.format(title=title, key=key, body=body), encoding="utf-8")
    return tmp_path


def test_the_pair_titled_as_typed_comes_first(site, capsys):
    status, out, err = listed(capsys, site, "--search", "policy analyst")
    assert status == 0
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["coop", "data", "delivery"]
    assert err.splitlines() == [f"3 of 3 postings found by “policy analyst” in {site}."]
    _status, out, _err = listed(capsys, site, "--search", "POLITIQUES analyste", "--format", "json")
    assert [row["translationKey"] for row in json.loads(out)] == ["coop"]


def test_in_french_with_accents_folded(site, capsys):
    status, out, err = listed(capsys, site, "--search", "donnees", "--lang", "fr")
    assert status == 0 and [line.split()[0] for line in out.splitlines()[1:]] == ["data"]
    assert err.splitlines() == [f"1 offre sur 3 trouvée pour «\u00a0donnees\u00a0» dans {site}."]
    _status, _out, err = listed(capsys, site, "--search", "zebra")
    assert err.splitlines() == [f"0 of 3 postings found by “zebra” in {site}."]


def test_a_cold_search_reads_each_file_once(site, capsys, monkeypatch):
    """A cold list keeps only each file's summary, but a search looks into the bodies: its index
    keeps the files it read whole, rather than reading every one of them again."""
    from editor.model.frontmatter.posting import Posting

    loads = []
    original = Posting._load_now
    monkeypatch.setattr(Posting, "_load_now", lambda self: loads.append(self.path) or original(self))
    status, out, _err = listed(capsys, site, "--search", "analyst")
    assert status == 0 and len(out.splitlines()) > 1 and loads == []
