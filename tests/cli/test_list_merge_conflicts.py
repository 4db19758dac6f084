"""A posting a merge left its conflict markers in is listed as such by ``posting-editor list``, text
and JSON, from a real conflict (tests/merge_support.py)."""

from __future__ import annotations

import json
import re

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    run,
    site,
)
from tests.merge_support import conflicted_site, first_conflict_line, git


def test_list_shows_a_merge_conflict_in_the_body_and_in_the_front_matter(site, tmp_path):
    english, french = conflicted_site(site)
    english_line, french_line = first_conflict_line(english), first_conflict_line(french)
    for _ in range(2):  # the second run from the index cache
        result = run("list", str(site), "--format", "json", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        rows = {row["translationKey"]: row for row in json.loads(result.stdout)}
        assert rows["data-analyst"]["status"] == "merge-conflict"
        assert rows["data-analyst"]["mergeConflicts"] == [
            {"file": str(english.relative_to(site)), "language": "en", "lines": [english_line]}]
        # Its front matter cannot be read because of them: said as a merge conflict, not "invalid".
        assert rows["product-manager"]["status"] == "merge-conflict"
        assert rows["product-manager"]["mergeConflicts"][0]["lines"] == [french_line]
        assert rows["lead-developer"]["status"] == "ok" and rows["lead-developer"]["mergeConflicts"] == []
    lines = {line.split()[0]: re.sub(" {2,}", "|", line)
             for line in run("list", str(site), "--lang", "en", cwd=tmp_path).stdout.splitlines()[1:]}
    # The markers come first in its to-do: the English heading changed after the French translation too.
    assert lines["data-analyst"].endswith(f"|merge-conflict|English: merge conflict markers from line {english_line}; "
                                          "French: behind the English changes")
    assert lines["product-manager"].endswith(f"|merge-conflict|French: merge conflict markers from line {french_line}")
    french_list = re.sub(" {2,}", "|", run("list", str(site), "--lang", "fr", cwd=tmp_path).stdout)
    assert f"|conflit de fusion|Anglais\u00a0: marqueurs de conflit de fusion à partir de la ligne {english_line};" in french_list


def test_a_settled_merge_is_listed_as_before(site, tmp_path):
    english, french = conflicted_site(site)
    git(site, "checkout", "--ours", "--", str(english), str(french))
    rows = {row["translationKey"]: row for row in json.loads(run("list", str(site), "--format", "json", cwd=tmp_path).stdout)}
    for key in ("data-analyst", "product-manager"):
        assert rows[key]["status"] not in ("merge-conflict", "invalid") and rows[key]["mergeConflicts"] == []
