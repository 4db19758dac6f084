"""``posting-editor list`` prints the same bytes however its index was made: read cold, from the
index cache, in one process or in a pool of workers; all pairs or ``--needs-translation`` only.

The digests were recorded before the cold listing was made faster (a fast front matter reader, a
cheaper per-posting progress), and the text ones again when a language's further files moved to lines
of their own, and when the names became relative to the folder holding all of a language's files (the
JSON ones again for the ``mergeConflicts`` of each row, the rest of it unchanged): any
change to what ``list`` prints shows here first. A deliberate
change of the output records new digests (run this module with ``LIST_DIGESTS=print``).
"""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from editor.cli import main
from editor.model.site import index as index_module
from tests.model.corpus import CORPUS
from tests.model.site.list_sites import write_list_site

# The corpus digests changed last when a French title left as the English one became a reason (two
# pairs, 3 December 2026); each change of output is looked at with `diff` before its digest is taken.
# (site, format[, "needs"]) -> sha256 of the standard output of ``list SITE --format FORMAT [--needs-translation]``
DIGESTS = {
    ("generated", "json"): "72e0909a59741d3fdbac5dfbc1149a120e0a51517c198a6f9bcf25ef96fcda11",
    ("generated", "text"): "5376c5cc8202669f80fc204b5eab0e8ca6972d95fd01088c9f7c7b2d8f0b1f24",
    ("corpus", "json"): "148c6f910d9b4ebf3f054590696a30772309accc5a9907f46f2c2c6d4dcb81ef",
    ("corpus", "text"): "9fe0fb33d6521f49f40caa4da0077f56c2ce27e04d2a2c21aef7def45eefd4a0",
    ("generated", "json", "needs"): "eacc56d8803896845c5f043df99864db7818649121395519591a6757bdb57c97",
    ("generated", "text", "needs"): "2e595066bf0d3780b29b43c6ca479f9d2551fa36abbe2ee834139f10a5d24a37",
    ("corpus", "json", "needs"): "f6f22f48520a81983a875395cd7407c1bc21533a5810db58d56c3cde5f338b6a",
    ("corpus", "text", "needs"): "67a41162949d99f551680dbfaa0a4dcfc52133c2f71289e02f49f3bc8c42f769",
}


def listed(capsys, site, form: str) -> str:
    form, *needs = form.split("+")
    status = main(["list", str(site), "--format", form, "--lang", "en", *(["--needs-translation"] if needs else [])])
    out, err = capsys.readouterr()
    assert status == 0 and "Traceback" not in err and "internal error" not in err, err
    return hashlib.sha256(out.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return write_list_site(tmp_path_factory.mktemp("list") / "site")


def check_all_ways(capsys, monkeypatch, tmp_path, site, name: str) -> None:
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    found = {}
    for form in ("json", "text", "json+needs", "text+needs"):
        shutil.rmtree(tmp_path / "cache", ignore_errors=True)  # each form read cold first, then from the cache
        runs = {"cold": listed(capsys, site, form), "from the cache": listed(capsys, site, form)}
        monkeypatch.setattr(index_module, "PARALLEL_FROM", 1)  # every file read by the worker processes
        monkeypatch.setattr(index_module, "idle_cores", lambda: 4)  # …however busy the machine
        monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
        runs["workers"] = listed(capsys, site, form)
        monkeypatch.undo()
        monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
        if os.environ.get("LIST_DIGESTS") == "print":
            with capsys.disabled():
                print(f"{(name, *form.split('+'))!r}: {runs['cold']!r},")
        found[form] = runs
    assert found == {form: dict.fromkeys(runs, DIGESTS[(name, *form.split("+"))]) for form, runs in found.items()}


def test_a_generated_site_of_every_shape_lists_as_before(generated, capsys, monkeypatch, tmp_path):
    check_all_ways(capsys, monkeypatch, tmp_path, generated, "generated")


@pytest.mark.skipif(not (CORPUS / "content").is_dir(), reason="the real site is not on this machine")
def test_the_real_site_lists_as_before(capsys, monkeypatch, tmp_path):
    check_all_ways(capsys, monkeypatch, tmp_path, CORPUS, "corpus")
