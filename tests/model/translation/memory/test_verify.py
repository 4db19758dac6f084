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


ITEMS_EN = ["Plan the work of a small team every week", "Answer questions from the public by email",
            "Write short reports on what the team learned", "Keep the shared calendar of the team current"]
ITEMS_FR = ["Planifier le travail d’une petite équipe chaque semaine", "Répondre par courriel aux questions du public",
            "Rédiger de courts rapports sur ce que l’équipe a appris", "Tenir à jour le calendrier commun de l’équipe"]


def _list(items):
    return "\n".join(f"- {item}" for item in items)


def test_an_item_left_out_of_a_list_is_not_taken_for_items_moved():
    # The French list lacks the second item. Another pair with the same omission lined its items up
    # one off and taught the memory that the third French item translates the second English one:
    # this pair, lined up right, was told its third item was moved. In a list whose lengths differ
    # which item goes with which is a guess (list-item-count-mismatch says what happened), so the
    # other items of the same list are no evidence of a move.
    from editor.model.translation.memory.store import TranslationMemory, Unit
    from editor.model.translation.memory.verify import check_other_source
    from tests.model.translation.helpers import context

    lead = "You will:\n\n", "Vous allez :\n\n"
    taught = TranslationMemory([Unit(ITEMS_EN[1], ITEMS_FR[2], key="other"), Unit(ITEMS_EN[2], ITEMS_FR[3], key="other")])
    short = context(lead[0] + _list(ITEMS_EN), lead[1] + _list([ITEMS_FR[0]] + ITEMS_FR[2:]))
    assert check_other_source(short, taught, "this") == []
    # Items of a list as long as the English one but in another order are still moved items.
    right = TranslationMemory([Unit(en, fr, key="other") for en, fr in zip(ITEMS_EN, ITEMS_FR)])
    swapped = context(lead[0] + _list(ITEMS_EN), lead[1] + _list([ITEMS_FR[0], ITEMS_FR[2], ITEMS_FR[1], ITEMS_FR[3]]))
    assert [f.params["text"] for f in check_other_source(swapped, right, "this")] == [ITEMS_EN[2], ITEMS_EN[1]]
