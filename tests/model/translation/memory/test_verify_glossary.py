"""Segment verification does not read the glossary: editing it re-checks every pair (the glossary
check needs it) but verifies none again, nor reads any pair for it, and finds what a check from
scratch finds."""

from __future__ import annotations

from editor.model.checks.pipeline import check_site
from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.translation import glossary as glossary_module
from editor.model.translation.memory import verify
from editor.model.translation.settings import STATE_FOLDER
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

CODE = "translation-of-other-source"
# Terms the postings use, so the glossary's own findings change with it.
GLOSSARY = "terms:\n  - en: public services\n    fr: services publics\n  - en: pension plan\n    fr: {fr}\n"


def _site(root):
    swapped = [FR[0], FR[2], FR[1], FR[3]]
    return write_site(root, {"approved": pair("approved", EN, FR), "again": pair("again", EN, FR),
                             "moved": pair("moved", EN, swapped)})


def test_a_glossary_edit_verifies_no_pair_again_and_finds_what_a_fresh_check_finds(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "site"
    _site(root)
    glossary = root / STATE_FOLDER / "glossary.yaml"
    glossary.parent.mkdir(parents=True)
    glossary.write_text(GLOSSARY.format(fr="régime de retraite"), encoding="utf-8")
    verified, read = [], []
    real = verify._verify_all
    monkeypatch.setattr(verify, "_verify_all", lambda todo, *a: verified.extend(k for k, _ in todo) or real(todo, *a))
    real_read = verify.read_pair
    monkeypatch.setattr(verify, "read_pair", lambda key, *a: read.append(key) or real_read(key, *a))

    def check(**options):
        return check_site(SiteIndex.build(Site.open(root)), workers=1, spelling=False, grammar=False, **options)

    first = check()
    assert sorted(set(verified)) == sorted(read) == ["again", "approved", "moved"]
    assert {f.line for f in first if f.code == CODE} == {15, 17}
    glossary.write_text(GLOSSARY.format(fr="caisse de retraite"), encoding="utf-8")
    verified.clear(), read.clear()
    edited = check()
    assert verified == [] and read == []  # every pair checked again, none read for verification
    assert edited != first  # the glossary's findings did change
    assert edited == check(cache=False)


def test_segment_verification_never_loads_the_glossary(tmp_path, monkeypatch):
    """What makes the above right: the verification of a site from scratch runs with the glossary
    unreadable (any load fails) and finds the same."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    index = _site(tmp_path / "site")
    from editor.model.checks import pipeline

    expected = pipeline._other_source_site(index, {}, None)

    def refused(*args, **kwargs):
        raise AssertionError("segment verification read the glossary")

    monkeypatch.setattr(glossary_module.Glossary, "load", classmethod(refused))
    fresh = SiteIndex.build(Site.open(tmp_path / "site"))
    assert pipeline._other_source_site(fresh, {}, None) == expected and expected
