"""Golden files: each ``NAME.input.md`` edited by the model must give ``NAME.expected.md`` byte for byte.

Regenerate after a deliberate change with ``UPDATE_GOLDEN=1 pytest tests/model/frontmatter/test_golden.py``
and read the diff before committing it.
"""

import os
from pathlib import Path

import pytest

from editor.model.frontmatter.posting import Posting

GOLDEN = Path(__file__).parent / "golden"

EDITS = {
    "crlf": {"title": "Analyste de données : « équipe »", "archived": True},
    "bom-comments": {"title": "Plain title, new", "description": "One line now", "archived": False},
    "folded-french": {"description": "Aider les équipes à mieux utiliser les données.", "leverId": "0f8fad5b-d9cb-469f-a165-70867728950e"},
    # TOML: comments, literal and multi-line strings, the table after the top-level keys all stay.
    "toml-comments": {"title": "Analyste principal·e des politiques", "description": "Une ligne maintenant",
                      "translationKey": "senior-policy-analyst", "archived": True,
                      "leverId": "0f8fad5b-d9cb-469f-a165-70867728950e"},
    # JSON: BOM, CRLF, four-space indentation and the compact "title" member keep their shape.
    "json-crlf-bom": {"title": "Senior \"Data\" Analyst", "archived": True, "aliases": ["/jobs/data/"],
                      "leverId": "0f8fad5b-d9cb-469f-a165-70867728950e"},
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_unchanged_posting_saves_the_same_bytes(name, tmp_path):
    source = GOLDEN / f"{name}.input.md"
    target = tmp_path / source.name
    target.write_bytes(source.read_bytes())
    posting = Posting.load(target)
    assert posting.valid, posting.problem
    assert not posting.modified
    posting.save()
    assert target.read_bytes() == source.read_bytes()


@pytest.mark.parametrize("name", sorted(EDITS))
def test_edits_match_golden_file(name):
    posting = Posting.load(GOLDEN / f"{name}.input.md")
    for key, value in EDITS[name].items():
        posting.set(key, value)
    expected_path = GOLDEN / f"{name}.expected.md"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.write_bytes(posting.to_bytes())
    assert posting.to_bytes() == expected_path.read_bytes()
    reread = Posting(posting.to_bytes())
    for key, value in EDITS[name].items():
        assert reread.get(key) == value
