"""A pair's files live in two folders (content/en/…, content/fr/…): a writer killed between their
renames must be finished whichever folder the next reader tidies first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor.model.storage.safe_write import JOURNALS, digest, finish_interrupted, tidy
from tests.cli_support import copy_sample_site, sample_file

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def site_pair(tmp_path):
    site = copy_sample_site(tmp_path / "site")
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    return site, en, fr


def _die_after_first_rename(first: Path, second: Path, *, in_journal: int | None = None) -> tuple[bytes, bytes]:
    """write_files([first, second]) in another process, killed after the first rename (or, with
    ``in_journal``, after that many journals were put in place, before any rename). Returns the
    new contents."""
    new_first, new_second = first.read_bytes() + b"\nfirst new\n", second.read_bytes() + b"\nsecond new\n"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from editor.model.storage import safe_write
        from editor.model.storage.safe_write import Change, digest, write_files
        real_replace, counts = os.replace, {{"renames": 0, "journals": 0}}
        def replace(src, dst):
            if str(dst).endswith(".journal"):
                if counts["journals"] == {in_journal!r}:
                    os._exit(9)
                counts["journals"] += 1
            elif counts["renames"] == 1:
                os._exit(9)
            else:
                counts["renames"] += 1
            return real_replace(src, dst)
        safe_write.os.replace = replace
        first, second = Path({str(first)!r}), Path({str(second)!r})
        write_files([Change(first, {new_first!r}, digest(first.read_bytes())),
                     Change(second, {new_second!r}, digest(second.read_bytes()))])
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 9, result.stderr.decode()
    return new_first, new_second


def _leftovers(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        found += [name for name in os.listdir(folder) if name.endswith(".tmp") or name == JOURNALS]
    return found


@pytest.mark.parametrize("tidied_first", ["journal's folder", "other folder"])
def test_a_pair_killed_between_its_renames_is_finished_whichever_folder_is_tidied_first(site_pair, tidied_first):
    _site, en, fr = site_pair
    # The French file first: the writer's journal is beside it, the English temp file is not.
    old_en = en.read_bytes()
    new_fr, new_en = _die_after_first_rename(fr, en)
    assert (fr.read_bytes(), en.read_bytes()) == (new_fr, old_en)  # half done, as the kill left it
    order = [fr.parent, en.parent] if tidied_first == "journal's folder" else [en.parent, fr.parent]
    for folder in order:
        tidy(folder)
    assert (fr.read_bytes(), en.read_bytes()) == (new_fr, new_en)
    assert _leftovers(en.parent, fr.parent) == []


def test_reading_the_site_finishes_a_pair_killed_between_its_renames(site_pair):
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    site, en, fr = site_pair
    new_fr, new_en = _die_after_first_rename(fr, en)
    SiteIndex.build(Site.open(site))  # list, check and the window read the site this way
    assert (fr.read_bytes(), en.read_bytes()) == (new_fr, new_en)
    assert _leftovers(en.parent, fr.parent) == []


def test_a_writer_killed_while_putting_its_journals_in_place_changes_nothing(site_pair):
    _site, en, fr = site_pair
    old_en, old_fr = en.read_bytes(), fr.read_bytes()
    _die_after_first_rename(fr, en, in_journal=1)  # one folder's journal is in place, the other's is not
    for folder in (en.parent, fr.parent):
        tidy(folder)
    assert _leftovers(en.parent, fr.parent) == []
    # Either both files are new or both old, never one of each.
    assert (fr.read_bytes() == old_fr) == (en.read_bytes() == old_en)


def test_a_journal_whose_temp_file_is_gone_before_any_rename_is_given_up(site_pair):
    """The journal of a writer that died before renaming anything, one of whose temp files a reader
    removed: finishing the others would change one file of the pair alone."""
    _site, en, fr = site_pair
    old_en, old_fr = en.read_bytes(), fr.read_bytes()
    temp = fr.parent / f".{fr.name}.999999-abcdefgh.tmp"
    temp.write_bytes(b"new fr\n")
    journals = en.parent / JOURNALS
    journals.mkdir()
    entries = [
        {"target": os.path.relpath(fr, en.parent), "temp": os.path.relpath(temp, en.parent),
         "before": digest(old_fr), "after": digest(b"new fr\n")},
        {"target": en.name, "temp": f".{en.name}.999999-gone1234.tmp", "before": digest(old_en),
         "after": digest(b"new en\n")},
    ]
    (journals / "999999-abcdefgh.journal").write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")
    finish_interrupted(en.parent)
    assert (fr.read_bytes(), en.read_bytes()) == (old_fr, old_en)
    assert not temp.exists() and not journals.exists()
