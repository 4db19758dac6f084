"""A finding packed for a cache comes back equal, of its own class, with its messages as worded."""

from __future__ import annotations

import pickle

from editor.model.findings import Finding, Severity
from editor.model.translation.fixes import Fix, FixableFinding

PLAIN = Finding("content/fr/a.md", 12, 3, Severity.WARNING, "number-mismatch",
                params={"lang": "fr", "other_lang": "en", "shown": "1,000", "text": "1 000", "where": "line:4"})
FIXABLE = FixableFinding("content/fr/a.md", 5, 10, Severity.INFO, "typography-colon", variant="fr",
                         params={"after": "a\u202f:", "before": "a :", "hard": False, "in_where": ""},
                         fix=Fix("content/fr/a.md", 5, 10, 11, "\u202f"))


def test_a_packed_finding_comes_back_equal_and_of_its_class():
    for finding in (PLAIN, FIXABLE):
        again = Finding.unpacked(pickle.loads(pickle.dumps(finding.packed())))
        assert again == finding and hash(again) == hash(finding) and type(again) is type(finding)
        assert again.as_dict("fr") == finding.as_dict("fr") and again.sort_key() == finding.sort_key()
    assert Finding.unpacked(FIXABLE.packed()).fix == FIXABLE.fix


def test_its_messages_come_back_as_they_were_worded():
    values = list(PLAIN.packed(("en", "fr")))
    assert values[-1] == (PLAIN.message_in("en"), PLAIN.message_in("fr"))
    values[-1] = ("kept in English", "gardé en français")
    again = Finding.unpacked(tuple(values), ("en", "fr"))
    assert (again.message, again.message_in("fr")) == ("kept in English", "gardé en français")
    # Packed in other languages than asked for: worded afresh.
    assert Finding.unpacked(tuple(values), ("fr",)).message_in("fr") == PLAIN.message_in("fr")


def test_a_placed_finding_keeps_its_class_fix_and_words():
    FIXABLE.message_in("fr")
    moved = FIXABLE.placed("../site/content/fr/a.md")
    assert type(moved) is FixableFinding and moved.fix == FIXABLE.fix and moved.file == "../site/content/fr/a.md"
    assert moved.__dict__["_rendered"] == FIXABLE.__dict__["_rendered"]
    assert FIXABLE.file == "content/fr/a.md"
    # Worded once for both (the message never names the file).
    plain = Finding("a.md", 1, 1, Severity.INFO, "number-mismatch", params=PLAIN.params)
    elsewhere = plain.placed("site/a.md")
    assert elsewhere.message_in("fr") == PLAIN.message_in("fr") and "fr" in plain.__dict__["_rendered"]
