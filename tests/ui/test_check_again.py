"""The window's checks asked for again: the same inputs find the same problems without running every
rule again, and the site's memory arriving after a pair's first check runs segment verification alone
unless it finds something (then the whole check runs, as before)."""

from __future__ import annotations

import pytest

from editor.model.checks import pipeline
from editor.model.translation.glossary import GLOSSARY_FILE
from editor.model.translation.memory.build import build_memory
from editor.model.translation.settings import STATE_FOLDER
from editor.ui.problem_checker import LastCheck, TranslationConfig, _Snapshot, check_snapshot
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

OTHER_SOURCE = "translation-of-other-source"


@pytest.fixture
def site_and_memory(tmp_path):
    """Two approved pairs teach the memory; "moved" translates its second and third paragraphs
    the wrong way round (tests/model/translation/memory/test_verify.py)."""
    index = write_site(tmp_path, {"approved": pair("approved", EN, FR), "again": pair("again", EN, FR),
                                  "moved": pair("moved", EN, [FR[0], FR[2], FR[1], FR[3]])})
    return index, build_memory(index, history=False, cache=False)


def _snapshot(index, key, *, memory=None, last=None, config=None, ignored=None):
    entry = index.pair_for_key(key)
    files = {lang: (posting.to_bytes(), posting.path, index.site.relative(posting.path))
             for lang in ("en", "fr") for posting in entry.postings(lang)}
    return _Snapshot(key, index.site, files, config=config, ignored=ignored, memory=memory, last=last)


@pytest.fixture
def whole_checks(monkeypatch):
    """How many times every rule ran (``pipeline.check_pair``)."""
    runs = []
    real = pipeline.check_pair

    def counted(*args, **kwargs):
        runs.append(kwargs.get("source"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "check_pair", counted)
    return runs


def _codes(problems) -> list[tuple[str, int, str]]:
    return [(problem.lang, problem.finding.line, problem.finding.code) for problem in problems]


@pytest.mark.parametrize("key", ["approved", "moved"])
def test_the_check_with_the_memory_finds_what_a_whole_check_finds(site_and_memory, whole_checks, key):
    index, memory = site_and_memory
    last, config = LastCheck(), TranslationConfig()
    without = check_snapshot(_snapshot(index, key, last=last, config=config))
    again = check_snapshot(_snapshot(index, key, memory=memory, last=last, config=config))
    fresh = check_snapshot(_snapshot(index, key, memory=memory))
    assert again == fresh
    verified = [problem for problem in fresh if problem.finding.code == OTHER_SOURCE]
    if key == "moved":  # verification found something: every rule ran again, with the memory
        assert [problem.finding.line for problem in verified] == [15, 17]
        assert len(whole_checks) == 3
    else:  # it found nothing: what was found without the memory stands
        assert verified == [] and again == without
        assert len(whole_checks) == 2  # the first check and the fresh one; none for the memory


def test_segment_verification_alone_is_what_the_memory_adds(site_and_memory):
    index, memory = site_and_memory
    entry = index.pair_for_key("moved")
    setup = pipeline.CheckSetup(memory=memory)
    alone = pipeline.verify_segments(entry, index.site, setup)
    assert [(f.line, f.code) for f in alone] == [(15, OTHER_SOURCE), (17, OTHER_SOURCE)]
    assert alone == [f for f in pipeline.check_pair(entry, index.site, setup) if f.code == OTHER_SOURCE]
    assert pipeline.verify_segments(entry, index.site, pipeline.CheckSetup()) == []


def test_the_same_inputs_find_the_same_problems_and_any_change_checks_again(site_and_memory, whole_checks, tmp_path):
    index, memory = site_and_memory
    last, config = LastCheck(), TranslationConfig()
    first = check_snapshot(_snapshot(index, "moved", memory=memory, last=last, config=config))
    assert check_snapshot(_snapshot(index, "moved", memory=memory, last=last, config=config)) == first
    assert len(whole_checks) == 1
    # A word ignored in the posting is an input: checked again.
    ignored = {"fr": frozenset({"zzz"})}
    assert _codes(check_snapshot(_snapshot(index, "moved", memory=memory, last=last, config=config,
                                           ignored=ignored))) == _codes(first)
    assert len(whole_checks) == 2
    # So is the site's setup: a glossary written since is read, and every rule runs again.
    glossary = tmp_path / STATE_FOLDER / GLOSSARY_FILE
    glossary.parent.mkdir(exist_ok=True)
    glossary.write_text("terms: []\n", encoding="utf-8")
    check_snapshot(_snapshot(index, "moved", memory=memory, last=last, config=config, ignored=ignored))
    assert len(whole_checks) == 3
    # And another memory that finds something.
    check_snapshot(_snapshot(index, "moved", memory=build_memory(index, history=False, cache=False), last=last,
                             config=config, ignored=ignored))
    assert len(whole_checks) == 4
