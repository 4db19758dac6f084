"""translation-of-other-source: a block that translates another source block than its neighbour."""

from editor.model.checks.setup import CheckSetup

from editor.model.checks.pipeline import check_pair, check_site
from editor.model.translation.memory.build import build_memory
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair


def _site(tmp_path):
    # Two approved pairs teach the memory; the other one's second French paragraph translates
    # its third English paragraph (and the third the second).
    swapped = [FR[0], FR[2], FR[1], FR[3]]
    return write_site(tmp_path, {"approved": pair("approved", EN, FR), "again": pair("again", EN, FR),
                                 "moved": pair("moved", EN, swapped)})


def test_check_site_names_the_paragraph_it_translates(tmp_path):
    index = _site(tmp_path)
    found = [f for f in check_site(index, spelling=False) if f.code == "translation-of-other-source"]
    assert {f.file for f in found} == {"content/fr/careers/positions/moved-fr.md"}
    by_line = {f.line: f.message for f in found}
    # Front matter ends on line 9; body: line 11 heading, 13/15/17/19 the four paragraphs.
    assert sorted(by_line) == [15, 17]
    found_15 = next(f for f in found if f.line == 15)
    assert found_15.params["where"] == "line:17" and found_15.params["beside_where"] == "line:15"
    assert "(line 17), not the one beside it" in by_line[15] and "line 15): it may have been moved" in by_line[15]
    assert all(f.severity.name == "WARNING" for f in found)


def test_the_one_pipeline_reports_it_for_a_pair_and_not_for_a_right_pair(tmp_path):
    index = _site(tmp_path)
    setup = CheckSetup(memory=build_memory(index, history=False, cache=False))
    moved = [f for f in check_pair(index.pair_for_key("moved"), index.site, setup) if f.code == "translation-of-other-source"]
    right = [f for f in check_pair(index.pair_for_key("approved"), index.site, setup) if f.code == "translation-of-other-source"]
    assert [f.line for f in moved] == [15, 17] and right == []


def test_without_a_memory_nothing_is_claimed(tmp_path):
    index = write_site(tmp_path, {"moved": pair("moved", EN, [FR[0], FR[2], FR[1], FR[3]])})
    assert not [f for f in check_site(index, spelling=False) if f.code == "translation-of-other-source"]
