"""The memory: placeables, scores, building from a site (cache, git history, own TMX), TMX."""

import functools
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from editor.model.translation.memory.build import OWN_FOLDER, build_memory
from editor.model.translation.memory.placeables import adapt, mask
from editor.model.translation.memory.store import TranslationMemory, Unit
from editor.model.translation.memory.suggest import marked_text
from editor.model.translation.memory.tmx import parse_tmx, tmx_bytes, write_tmx
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

DTD = Path(__file__).with_name("tmx14.dtd")


def test_placeables_are_masked_and_carried_into_the_translation():
    assert mask("Apply by May 3 at https://a.ca") == mask("apply by May 14 at https://b.ca")
    assert adapt("Earn $80,000 for 3 years.", "Gagnez 80 000 $ pendant 3 ans.", "Earn $95,500 for 4 years.") == (
        "Gagnez 95 500 $ pendant 4 ans.", 0)
    assert adapt("Write to a@x.ca, see **[us](https://x.ca)**.", "Écrivez à a@x.ca, voyez **[nous](https://x.ca)**.",
                 "Write to b@y.ca, see *[us](https://y.ca)*.") == ("Écrivez à b@y.ca, voyez *[nous](https://y.ca)*.", 0)
    # 7 appears twice in the target for once in the source: ambiguous, left alone and counted.
    assert adapt("Wait 7 days.", "Attendez 7 jours, 7 fois.", "Wait 8 days.") == ("Attendez 7 jours, 7 fois.", 1)


def test_scores_as_cat_tools_show_them():
    memory = TranslationMemory([Unit(EN[2], FR[2], key="a"), Unit(EN[0], FR[0], key="b")])
    exact = memory.lookup(EN[2], "en")[0]
    assert (exact.score, exact.target, exact.adapted) == (100, FR[2], False)
    number = memory.lookup(EN[2].replace("4 weeks", "5 weeks"), "en")[0]
    assert (number.score, number.adapted) == (100, True) and "5 semaines" in number.target
    assert memory.lookup(EN[2].upper(), "en")[0].score == 99
    fuzzy = memory.lookup(EN[2].replace("a pension plan and ", ""), "en")[0]
    assert 75 <= fuzzy.score <= 90
    assert memory.lookup(FR[0], "fr")[0].target == EN[0]
    assert memory.lookup(EN[2], "en", exclude_key="a") == []  # the pair itself is never its own match
    assert memory.lookup("Something else entirely, with no words in common.", "en") == []


def test_differences_are_marked_in_the_memory_source():
    assert marked_text("We offer 4 weeks of vacation", "We offer 4 weeks of paid vacation") == (
        "We offer 4 weeks of {+paid +}vacation")


def test_built_from_every_pair_with_titles_descriptions_and_sentences(tmp_path):
    index = write_site(tmp_path, {"one": pair("one", EN, FR), "two": pair("two", EN[:2], FR[:2])})
    memory = build_memory(index, cache=False)
    pairs = {(u.en, u.fr) for u in memory.units}
    assert ("Service Designer", "Designer de services") in pairs
    assert ("Design services with us.", "Concevez des services avec nous.") in pairs
    assert (EN[3], FR[3]) in pairs
    unit = next(u for u in memory.units if u.en == EN[3])
    assert unit.origin == ("content/en/careers/positions/one-en.md:19", "content/fr/careers/positions/one-fr.md:19")
    assert unit.key == "one"


def test_marked_blocks_and_identical_blocks_teach_nothing(tmp_path):
    index = write_site(tmp_path, {"one": pair("one", [EN[0], "Python"], ["[À TRADUIRE] " + EN[0], "Python"])})
    assert {u.en for u in build_memory(index, cache=False).units} == {"Service Designer", "Design services with us.", "About us"}


def test_cache_reused_and_refreshed_when_a_file_changes(tmp_path, monkeypatch):
    import editor.model.translation.memory.build as build

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(build, "_RACY_SECONDS", -1)
    site = tmp_path / "site"
    index = write_site(site, {"one": pair("one", EN, FR), "two": pair("two", EN[:1], FR[:1])})
    build_memory(index, history=False)
    calls = []
    real = build.pair_units
    monkeypatch.setattr(build, "pair_units", lambda *a, **k: calls.append(a[3]) or real(*a, **k))
    monkeypatch.setattr(build, "_aligned_pairs", functools.cache(build._AlignedPairs))  # what this process aligned before aside
    again = build_memory(write_site(site, {}), history=False)
    assert calls == [] and (EN[2], FR[2]) in {(u.en, u.fr) for u in again.units}
    changed = pair("two", EN[:2], FR[:2])
    (site / "content/fr/careers/positions/two-fr.md").write_text(changed["fr"], encoding="utf-8")
    (site / "content/en/careers/positions/two-en.md").write_text(changed["en"], encoding="utf-8")
    build_memory(write_site(site, {}), history=False)
    assert calls == ["two"]


def test_a_stopped_build_keeps_the_pairs_it_read_for_the_next(tmp_path, monkeypatch):
    import pytest

    import editor.model.translation.memory.build as build
    from editor.model.interrupt import Interrupted

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(build, "_RACY_SECONDS", -1)
    site = tmp_path / "site"
    index = write_site(site, {"one": pair("one", EN, FR), "two": pair("two", EN[:1], FR[:1])})
    asked = []
    with pytest.raises(Interrupted):  # asked before each pair: stops after the first
        build_memory(index, history=False, stop=lambda: asked.append(1) or len(asked) > 1)
    calls = []
    real = build.pair_units
    monkeypatch.setattr(build, "pair_units", lambda *a, **k: calls.append(a[3]) or real(*a, **k))
    monkeypatch.setattr(build, "_aligned_pairs", functools.cache(build._AlignedPairs))  # what this process aligned before aside
    whole = build_memory(write_site(site, {}), history=False, stop=lambda: False)
    first = str(index.pairs[0].key)
    assert len(calls) == 1 and first not in calls  # only the pair the stopped build never reached
    assert (EN[2], FR[2]) in {(u.en, u.fr) for u in whole.units}


def _git(folder, *args):
    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, timeout=30,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e.ca", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@e.ca", "HOME": str(folder), "PATH": "/usr/bin:/bin"})


def test_earlier_versions_from_git_history(tmp_path):
    old = "Our team answers every application within 10 business days of receiving it."
    old_fr = "Notre équipe répond à chaque candidature dans les 10 jours ouvrables suivant sa réception."
    write_site(tmp_path, {"one": pair("one", [EN[0], old], [FR[0], old_fr])})
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "first")
    index = write_site(tmp_path, {"one": pair("one", [EN[0], EN[1]], [FR[0], FR[1]])})
    _git(tmp_path, "commit", "-qam", "second")
    units = build_memory(index, cache=False).units
    earlier = [u for u in units if u.en == old]
    assert earlier and earlier[0].fr == old_fr and earlier[0].commit and earlier[0].where("fr").endswith(
        f":15@{earlier[0].commit}")
    assert len([u for u in units if u.en == EN[0]]) == 1  # the same unit in both versions: once
    assert old not in {u.en for u in build_memory(index, cache=False, history=False).units}


def test_a_stopped_reading_of_history_keeps_the_commits_it_read(tmp_path, monkeypatch):
    """Closing the window while the suggestions' memory reads git history: asked between commits and pairs."""
    from editor.model.interrupt import Interrupted
    from editor.model.translation.memory.build import read_present

    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    site = tmp_path / "site"
    write_site(site, {"one": pair("one", [EN[0], EN[1]], [FR[0], FR[1]])})
    _git(site, "init", "-q")
    _git(site, "add", "-A")
    _git(site, "commit", "-qm", "first")
    index = write_site(site, {"one": pair("one", [EN[0], EN[2]], [FR[0], FR[2]])})
    _git(site, "commit", "-qam", "second")
    asked = []
    with pytest.raises(Interrupted):  # asked before each commit and each pair read from git
        read_present(index).with_history(stop=lambda: asked.append(1) or len(asked) > 1)  # within the newest
    assert not read_present(index).store.commits  # a commit is kept whole or not at all
    asked.clear()
    with pytest.raises(Interrupted):
        read_present(index).with_history(stop=lambda: asked.append(1) or len(asked) > 2)  # after the newest
    again = read_present(index, keep_encoding=False)
    assert len(again.store.commits) == 1  # the newest, read before the stop
    whole = again.with_history()
    assert EN[1] in {u.en for u in whole.units} and EN[1] not in {u.en for u in whole.present().units}


def test_tmx_validates_and_reimports_to_the_same_content(tmp_path):
    index = write_site(tmp_path, {"one": pair("one", EN, FR)})
    units = build_memory(index, cache=False).units + [Unit("A & B <ok>", "A et B <ok>", "sentence", ("a.md:1", "b.md:1"))]
    target = tmp_path / "memory.tmx"
    count = write_tmx(units, target)
    assert count == len({(u.en, u.fr) for u in units})
    document = etree.parse(str(target))
    assert etree.DTD(str(DTD)).validate(document), etree.DTD(str(DTD)).error_log
    assert document.getroot().find("header").get("srclang") == "en-CA"
    again = parse_tmx(target.read_bytes(), "memory.tmx")
    assert [(u.en, u.fr, u.kind, u.origin, u.key) for u in again] == [(u.en, u.fr, u.kind, u.origin, u.key) for u in units]
    assert tmx_bytes(again).split(b"creationdate")[0] == tmx_bytes(units).split(b"creationdate")[0]


def test_a_cat_tool_tmx_is_read_and_used_by_the_site_memory(tmp_path):
    index = write_site(tmp_path, {"one": pair("one", EN[:1], FR[:1])})
    folder = tmp_path / OWN_FOLDER
    folder.mkdir(parents=True)
    (folder / "mine.tmx").write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" '
        'o-tmf="memoQ" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="EN-US"><seg>Click <ph>&lt;b&gt;</ph>Save<ph>&lt;/b&gt;</ph> now.</seg></tuv>'
        '<tuv xml:lang="fr-FR"><seg>Cliquez sur <ph>&lt;b&gt;</ph>Enregistrer<ph>&lt;/b&gt;</ph>.</seg></tuv></tu>'
        '<tu><tuv xml:lang="de-DE"><seg>Nein</seg></tuv><tuv xml:lang="en"><seg>No</seg></tuv></tu></body></tmx>',
        encoding="utf-8")
    match = build_memory(index, cache=False).lookup("Click <b>Save</b> now.", "en")[0]
    assert (match.score, match.target) == (100, "Cliquez sur <b>Enregistrer</b>.")
    assert match.origin == ".posting-editor/memory/mine.tmx:1"


def test_hostile_tmx_is_refused_without_expanding_entities():
    import pytest

    from editor.model.translation.memory.tmx import TmxError

    bomb = (b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv>'
            b'<tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>')
    units = parse_tmx(bomb, "x.tmx")
    assert all("aaaaaaaaaa" not in u.en for u in units)
    for bad in (b"not xml", b"<xliff/>", b'<tmx version="2.0"><header/><body/></tmx>'):
        with pytest.raises(TmxError):
            parse_tmx(bad, "x.tmx")


def test_a_tmx_without_its_version_is_refused_in_words_not_with_none():
    import pytest

    from editor.model.translation.memory.tmx import TmxError

    with pytest.raises(TmxError) as refused:
        parse_tmx(b"<tmx><header/><body/></tmx>", "x.tmx")
    assert "None" not in refused.value.text("fr") and "n’indique pas de version" in refused.value.text("fr")
    with pytest.raises(TmxError) as refused:
        parse_tmx(b'<tmx version="2.0"><header/><body/></tmx>', "x.tmx")
    assert refused.value.text("en") == "TMX version '2.0' is not supported (1.4 is)"


def test_pretranslate_threshold_setting(tmp_path):
    from editor.model.translation.settings import TranslationSettings

    folder = tmp_path / ".posting-editor"
    folder.mkdir()
    assert TranslationSettings.load(tmp_path).pretranslate_threshold == 85
    (folder / "config.yaml").write_text("pretranslate_threshold: 95\n", encoding="utf-8")
    assert TranslationSettings.load(tmp_path).pretranslate_threshold == 95
    (folder / "config.yaml").write_text("pretranslate_threshold: 20\n", encoding="utf-8")
    loaded = TranslationSettings.load(tmp_path)
    assert loaded.pretranslate_threshold == 85 and "pretranslate_threshold" in loaded.problem.text("en")


# The same words translated as a heading in one posting and as a list item in another: written the
# way each kind of block is (a capital and no stop for the heading, a list item's own ending).
HOURS = "Flexible working hours"
AS_HEADING = Unit(HOURS, "Horaire de travail flexible", "heading", ("en/a.md:9", "fr/a.md:9"), key="a")
AS_ITEM = Unit(HOURS, "un horaire de travail flexible;", "item",
               ("content/en/careers/positions/designer.md:30", "content/fr/careers/positions/designer.md:30"), key="b")


def test_at_the_same_score_the_segments_own_kind_of_block_comes_first():
    memory = TranslationMemory([AS_HEADING, AS_ITEM])
    # The heading's origin is shorter, which ranked it first whatever the block was.
    assert [m.unit.kind for m in memory.lookup(HOURS, "en", kind="item")] == ["item", "heading"]
    assert [m.unit.kind for m in memory.lookup(HOURS, "en", kind="heading")] == ["heading", "item"]
    assert [m.unit.kind for m in memory.lookup(HOURS, "en")] == ["heading", "item"]  # no kind: as before
    # A better score still wins over the kind.
    longer = Unit(HOURS + " and remote work", "horaire flexible et télétravail;", "item", ("x", "y"), key="c")
    memory = TranslationMemory([AS_HEADING, longer])
    assert [m.unit.kind for m in memory.lookup(HOURS, "en", kind="item")] == ["heading", "item"]


def test_a_match_shows_a_unit_of_the_segments_kind_when_one_has_its_texts():
    heading_too = Unit(HOURS, AS_ITEM.fr, "heading", ("en/c.md:2", "fr/c.md:2"), key="c")
    memory = TranslationMemory([heading_too, AS_ITEM])  # the same texts twice: one match, counted twice
    [match] = memory.lookup(HOURS, "en", kind="item")
    assert (match.unit.kind, match.origin, match.occurrences) == ("item", AS_ITEM.origin[1], 2)
    [match] = memory.lookup(HOURS, "en", kind="item", exclude_key="b")
    assert match.unit.kind == "heading"  # the pair being translated is never its own match


def test_pretranslation_takes_the_translation_made_for_the_same_kind_of_block():
    from editor.model.translation.memory.pretranslate import pretranslation

    memory = TranslationMemory([AS_HEADING, AS_ITEM])
    body = f"## {HOURS}\n\n- {HOURS}\n"
    filled = pretranslation(memory, body, "en", key=None)
    assert [item.text for _index, item in sorted(filled.items())] == [AS_HEADING.fr, AS_ITEM.fr]


def test_without_a_cache_folder_a_pair_aligned_lately_is_not_aligned_again_unless_it_changed(tmp_path, monkeypatch):
    """The window reads the memory again after each save; with no cache folder every pair was aligned
    again, the same texts each time. Another copy of the same files (same names and texts) is the same
    pair too; a pair whose text changed, or one not saved, is aligned afresh."""
    import editor.model.translation.memory.build as build

    monkeypatch.setattr(build, "_aligned_pairs", functools.cache(build._AlignedPairs))
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    calls = []
    real = build.pair_units
    monkeypatch.setattr(build, "pair_units", lambda *a, **k: calls.append(a[3]) or real(*a, **k))
    pairs = {"one": pair("one", EN, FR), "two": pair("two", EN[:1], FR[:1])}
    first = build_memory(write_site(tmp_path / "site", pairs), history=False)
    assert sorted(calls) == ["one", "two"]
    copy = build_memory(write_site(tmp_path / "copy", pairs), history=False)
    assert sorted(calls) == ["one", "two"]
    assert [u.to_row() for u in copy.units] == [u.to_row() for u in first.units]
    index = write_site(tmp_path / "copy", {"two": pair("two", EN[:2], FR[:2])})
    index.pair_for_key("one").postings("fr")[0].set("title", "Un autre titre")  # an edit not saved
    changed = build_memory(index, history=False)
    assert sorted(calls) == ["one", "one", "two", "two"]
    assert (EN[1], FR[1]) in {(u.en, u.fr) for u in changed.units}
    # Bounded: keeping one pair, each of the two pushes the other out and both are aligned again.
    monkeypatch.setattr(build._AlignedPairs, "MOST", 1)
    monkeypatch.setattr(build, "_aligned_pairs", functools.cache(build._AlignedPairs))
    del calls[:]
    build_memory(write_site(tmp_path / "site", {}), history=False)
    build_memory(write_site(tmp_path / "site", {}), history=False)
    assert calls == ["one", "two", "one", "two"]
