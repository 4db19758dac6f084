"""One memory for verification and suggestions: its present() answers as the memory of the present
alone, and the whole as the memory built of the present and the earlier versions."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.translation import translation_pairs
from editor.model.translation.context import PairContext
from editor.model.translation.memory.build import _Cache, build_memory, cache_file, read_present
from editor.model.translation.memory.history import history_units
from editor.model.translation.memory.store import TranslationMemory, Unit
from editor.model.translation.memory.suggest import suggest_posting
from editor.model.translation.memory.verify import THRESHOLD, Lookups, check_lookups
from editor.model.translation.segments import pair_segments
from tests.model.corpus import corpus_or_skip

BENCH_SITE = Path(__file__).resolve().parents[4] / "benchmarks" / "bench_site.py"
PARAGRAPH = "Our team reviews every application within ten business days and answers each person by email."
FRENCH = "Notre équipe examine chaque candidature en dix jours ouvrables et répond à chaque personne par courriel."


def test_the_present_finds_its_units_when_nearer_earlier_ones_crowd_the_candidates():
    """A lookup ranks a few dozen candidate entries before scoring them: earlier versions nearer the
    text than the present's entry must not take its place, as they would if only filtered out after."""
    query = PARAGRAPH.replace("ten", "twelve").replace("email", "phone")
    present = [Unit(PARAGRAPH, FRENCH, key="now"), Unit("Benefits include a pension plan.", "Un régime de retraite.", key="b")]
    earlier = [Unit(query.replace("Our", f"Team {chr(ord('A') + n)}'s"), f"{FRENCH} ({n})", key="now", commit=f"c{n:07}")
               for n in range(40)]
    alone = TranslationMemory(present)
    for whole in (TranslationMemory(present).with_earlier(earlier), TranslationMemory(present, earlier=earlier)):
        for limit in (1, 3, 6):
            expected = alone.lookup(query, "en", limit=limit, threshold=50)
            assert expected and expected[0].unit == present[0]
            assert whole.present().lookup(query, "en", limit=limit, threshold=50) == expected
            assert whole.lookup(query, "en", limit=limit, threshold=50) == TranslationMemory(present + earlier).lookup(
                query, "en", limit=limit, threshold=50)
            assert whole.lookup(query, "en", limit=limit, threshold=50)[0].unit.commit  # the earlier ones are nearer


def test_earlier_units_with_the_present_texts_are_left_out_and_the_present_is_untouched():
    present = TranslationMemory([Unit(PARAGRAPH, FRENCH, key="a", origin=("a.md:3", "a-fr.md:3"))])
    before = present.lookup(PARAGRAPH, "en")
    whole = present.with_earlier([Unit(PARAGRAPH, FRENCH, key="a", commit="1234abcd"),
                                  Unit(PARAGRAPH, FRENCH + " Merci.", key="a", commit="1234abcd")])
    assert len(whole) == 2 and len(whole.present()) == len(present) == 1
    assert present.lookup(PARAGRAPH, "en") == before and before[0].occurrences == 1
    assert [m.occurrences for m in whole.lookup(PARAGRAPH, "en")] == [1, 1]
    assert whole.present().units == present.units and whole.present().units[0] is present.units[0]
    with pytest.raises(ValueError):
        whole.add([Unit("Apply now.", "Postulez maintenant.")])


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, timeout=120,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e.ca", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@e.ca", "HOME": str(root), "PATH": "/usr/bin:/bin"})


def _paragraphs(path: Path) -> tuple[str, list[str]]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    return head, body.split("\n\n")


def _edit(path: Path, change) -> None:
    head, paragraphs = _paragraphs(path)
    plain = [n for n, p in enumerate(paragraphs) if len(p.split()) > 8 and not p.lstrip().startswith(("#", "-", "*", "<", "{"))]
    change(paragraphs, plain)
    path.write_text(head + "\n---\n" + "\n\n".join(paragraphs), encoding="utf-8")


def _reworded(paragraphs: list[str], plain: list[int], words: dict[str, str]) -> None:
    """One word changed in the first plain paragraphs: the earlier versions near the present ones."""
    for number in plain[:3]:
        for old, new in words.items():
            if f" {old} " in paragraphs[number]:
                paragraphs[number] = paragraphs[number].replace(f" {old} ", f" {new} ", 1)
                break


def _swapped(paragraphs: list[str], plain: list[int]) -> None:
    if len(plain) >= 2:
        first, second = plain[:2]
        paragraphs[first], paragraphs[second] = paragraphs[second], paragraphs[first]


REWORDED = (({"the": "our", "and": "and also"}, {"les": "nos", "et": "et aussi"}),
            ({"our": "each", "to": "so as to"}, {"nos": "chacun des", "de": "en"}))


def _give_history(root: Path, pairs: list[tuple[Path, Path]], moved: list[Path]) -> None:
    """Commits that reword some pairs twice, and one that swaps paragraphs of the ``moved`` files:
    the present has earlier versions a word or two away, and translations of another paragraph."""
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "postings")
    for round_, (en_words, fr_words) in enumerate(REWORDED):
        for en, fr in pairs[round_::2]:
            _edit(en, lambda paragraphs, plain, words=en_words: _reworded(paragraphs, plain, words))
            _edit(fr, lambda paragraphs, plain, words=fr_words: _reworded(paragraphs, plain, words))
        _git(root, "commit", "-qam", f"reworded {round_}")
    for path in moved:
        _edit(path, _swapped)
    _git(root, "commit", "-qam", "moved")
    an_hour_ago = time.time() - 3600  # as checked out a while ago: the caches trust the files
    for path in root.rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))


def _pairs(root: Path) -> list[tuple[Path, Path]]:
    index = SiteIndex.build(Site.open(root))
    return [(en.path, fr.path) for entry in index.pairs for en, fr in translation_pairs(entry)
            if en.path is not None and fr.path is not None]


def _same_as_two_memories(root: Path, *, every: int = 1, at_once: bool = False) -> int:
    """What the window read before (a memory of the present for verification, one of the present
    and the earlier versions for suggestions, each built on its own) against one memory, made as
    the window makes it (the present first, then history added) or ``at_once`` (build_memory)."""
    index = SiteIndex.build(Site.open(root))
    verification = build_memory(index, history=False)
    store = _Cache(cache_file(root))
    # With the present pairs' units, as both ways of building one memory read history (a pair's
    # version identical to the present one is copied, not aligned: test_history compares the two).
    earlier = history_units(index, store, 40, 600.0, present=read_present(index, keep_encoding=False).pairs)
    store.save()  # the one memory reads the pairs and the commits from the cache these filled
    seen = {(u.en, u.fr) for u in verification.units}
    suggestions = TranslationMemory(list(verification.units) + [u for u in earlier if (u.en, u.fr) not in seen])
    if at_once:
        one = build_memory(index, history_seconds=600.0)
    else:
        one = read_present(index).with_history(seconds=600.0)
    present = one.present()
    assert len(suggestions) > len(verification) and one.units == suggestions.units
    assert present.units == verification.units and len(present) == len(verification)

    findings = lookups = shown_earlier = 0
    for entry in index.pairs[::every]:
        key = str(entry.key)
        for en, fr in translation_pairs(entry):
            files = {"en": index.site.relative(en.path), "fr": index.site.relative(fr.path)}
            for source in ("en", "fr"):
                read = Lookups.of(PairContext.of(en, fr, files=files, source=source))
                expected = check_lookups(read, verification, key)
                assert check_lookups(read, present, key) == expected
                findings += len(expected)
                for text, masked, *_rest in read.looked:
                    assert (present.lookup(text, read.target, exclude_key=key, limit=6, threshold=THRESHOLD, masked=masked)
                            == verification.lookup(text, read.target, exclude_key=key, limit=6, threshold=THRESHOLD,
                                                   masked=masked))
                    lookups += 1
            for lang, posting in (("en", en), ("fr", fr)):
                suggested = suggest_posting(one, posting, lang, key=key)
                assert suggested == suggest_posting(suggestions, posting, lang, key=key)
                shown_earlier += sum(1 for row in suggested for match in row.matches if match.unit.commit)
                for segment in pair_segments(posting, None, lang):
                    for limit, threshold in ((1, 50), (6, THRESHOLD)):
                        assert (present.lookup(segment.source, lang, limit=limit, threshold=threshold)
                                == verification.lookup(segment.source, lang, limit=limit, threshold=threshold))
    assert lookups and shown_earlier  # the comparison compared something, earlier versions among it
    return findings


@pytest.mark.parametrize("at_once", [False, True])
def test_on_a_generated_site_in_git(tmp_path, monkeypatch, at_once):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = importlib.util.spec_from_file_location("bench_site", BENCH_SITE)
    bench_site = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_site)
    root = tmp_path / "site"
    bench_site.generate_site(root, 30)  # 15 pairs: a third reposted, half reworded twice, two moved
    pairs = _pairs(root)
    for (en, fr), (en_copy, fr_copy) in zip(pairs[:4], pairs[5:9]):
        # Reposted postings (the same body under another key): evidence for segment verification.
        for path, copy in ((en, en_copy), (fr, fr_copy)):
            head, _ = _paragraphs(copy)
            copy.write_text(head + "\n---\n" + path.read_text(encoding="utf-8").partition("\n---\n")[2], encoding="utf-8")
    _give_history(root, pairs, [fr for _en, fr in pairs[5:9:2]])
    assert _same_as_two_memories(root, at_once=at_once) > 50  # 92 on 15 pairs; the moved paragraphs' findings among them


def test_on_a_git_copy_of_the_corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    corpus = corpus_or_skip()
    root = tmp_path / "site"
    shutil.copytree(corpus, root, ignore=shutil.ignore_patterns(".git", "public", "resources", "node_modules"))
    pairs = _pairs(root)
    _give_history(root, pairs[::3], [fr for _en, fr in pairs[1::7]])
    # The memories are built from the whole corpus; the lookups (most of the test's time) are
    # compared for every fifth pair, both directions: 10 verification findings and the suggestions
    # with earlier versions among them, 6 CPU-s rather than 14 for every second pair.
    assert _same_as_two_memories(root, every=5)


def test_a_pipe_at_the_memory_cache_name_is_an_empty_cache_not_a_wait(tmp_path):
    file = tmp_path / "memory.pickle"
    os.mkfifo(file)  # opened for reading, a pipe waits for a writer
    store = _Cache(file)
    assert (store.pairs, store.commits, store.encoding) == ({}, {}, None)
