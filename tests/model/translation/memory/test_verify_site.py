"""Segment verification over a site after a change: only the pairs the change can affect are verified
again, and the findings are exactly those of a verification from scratch."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from editor.model.checks import pipeline
from editor.model.checks.results_cache import FindingsCache
from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.translation.memory import verify
from tests.model.corpus import corpus_or_skip
from tests.model.translation.helpers import write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

BENCH_SITE = Path(__file__).resolve().parents[4] / "benchmarks" / "bench_site.py"


class Verifier:
    """Runs the site check's segment verification on ``root`` with a findings cache kept between
    runs, and from scratch, and records which pairs the incremental run verified again."""

    def __init__(self, root: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, workers: int = 1):
        self.root, self.file, self.verified, self.workers = root, cache / "checks-test.pickle", set(), workers
        monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(cache))
        monkeypatch.setattr(verify, "_CHUNK", 3)  # several tasks, when verified in processes
        original = verify._verify_all

        def counting(todo, memory, workers):
            self.verified |= {key for key, _ in todo}
            return original(todo, memory, workers)

        monkeypatch.setattr(verify, "_verify_all", counting)

    def incremental(self):
        self.verified = set()
        index = SiteIndex.build(Site.open(self.root))
        store = FindingsCache(self.file, "setup")
        keys = [pipeline._row_key(entry, index.site, ("en", False)) for entry in index.pairs]
        found = pipeline._other_source_site(index, {}, None, keys, store, None, self.workers)
        store.save()
        return found, index

    def full(self):
        return pipeline._other_source_site(SiteIndex.build(Site.open(self.root)), {}, None)

    def same_as_full(self):
        """The incremental findings after a change (checked against a fresh verification), and the keys verified again."""
        found, index = self.incremental()
        verified = set(self.verified)
        assert found == self.full()
        return found, verified, index


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _files(index: SiteIndex, key: str) -> list[Path]:
    return [posting.path for posting in index.pair_for_key(key).all_postings()]


def _paragraphs(path: Path) -> list[str]:
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return [block for block in body.split("\n\n") if len(block.split()) >= 8 and not block.startswith(("#", "-", "|", "*"))]


def _change_key(index: SiteIndex, key: str, new: str) -> None:
    for path in _files(index, key):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(rf"^translationKey: *['\"]?{re.escape(key)}['\"]?$", f"translationKey: {new}",
                               text, count=1, flags=re.M), encoding="utf-8")


def _walk_through_changes(verifier: Verifier, *, findings: bool = True) -> None:
    """Edit a paragraph, add a pair, delete a pair and change a pair's translationKey, each checked
    against a verification from scratch; an edit re-verifies fewer pairs than the site has."""
    first, index = verifier.incremental()
    everyone = {entry.key for entry in index.pairs}
    assert verifier.verified and (first or not findings)  # the site has findings to keep right
    again, _ = verifier.incremental()
    assert again == first and verifier.verified == set()

    keys = [entry.key for entry in index.pairs if len(_files(index, entry.key)) == 2]
    edited, copied, deleted, renamed = keys[1], keys[2], keys[3], keys[4]
    # Edit one French paragraph: it now translates another pair's paragraph.
    french = next(path for path in _files(index, edited) if "/fr/" in path.as_posix())
    donor = next(path for path in _files(index, keys[5]) if "/fr/" in path.as_posix())
    _edit(french, _paragraphs(french)[0], _paragraphs(donor)[-1])
    _, verified, index = verifier.same_as_full()
    assert edited in verified and verified < everyone

    # Add a pair: a copy of another pair under a new key (its units are evidence for many pairs).
    for path in _files(index, copied):
        copy = path.with_name("copy-" + path.name)
        shutil.copyfile(path, copy)
        _edit(copy, f"translationKey: {copied}", "translationKey: the-copy")
    _, verified, index = verifier.same_as_full()
    assert "the-copy" in verified

    for path in _files(index, deleted):
        path.unlink()
    _, verified, index = verifier.same_as_full()
    assert deleted not in {entry.key for entry in index.pairs}

    _change_key(index, renamed, "renamed-key")
    _, verified, index = verifier.same_as_full()
    assert "renamed-key" in verified


def test_a_pair_that_loses_its_evidence_is_verified_again(tmp_path, monkeypatch):
    """'moved' swaps two paragraphs; the memory knows them from the two other pairs. Remove that
    evidence of one of them (FR[2], line 15 of 'moved') from one pair, then the other: 'moved' is verified
    again each time, and the warning on line 15 goes."""
    swapped = [FR[0], FR[2], FR[1], FR[3]]
    index = write_site(tmp_path / "site", {"approved": pair("approved", EN, FR), "again": pair("again", EN, FR),
                                           "moved": pair("moved", EN, swapped)})
    verifier = Verifier(index.site.root, tmp_path / "cache", monkeypatch)
    first, _ = verifier.incremental()
    assert {f.line for f in first} == {15, 17}
    for key in ("approved", "again"):
        french = next(p for p in _files(index, key) if "/fr/" in p.as_posix())
        _edit(french, FR[2], "Un tout autre paragraphe, qui ne traduit rien de ce que dit la version anglaise ici.")
        found, verified, _ = verifier.same_as_full()
        assert "moved" in verified
    assert {f.line for f in found} == {17}


def test_an_edit_no_other_pair_can_see_verifies_only_that_pair(tmp_path, monkeypatch):
    english = ["Our small team keeps the public weather data feeds running through every storm season.",
               "You will answer the pager one week in six and write down what you learned each time."]
    french = ["Notre petite équipe fait fonctionner les flux publics de données météo à chaque saison des tempêtes.",
              "Vous répondrez au téléavertisseur une semaine sur six et noterez ce que vous avez appris."]
    index = write_site(tmp_path / "site", {
        "approved": pair("approved", EN, FR), "again": pair("again", EN, FR),
        "moved": pair("moved", EN, [FR[0], FR[2], FR[1], FR[3]]),
        "other": pair("other", english, french, title=("Data Keeper", "Gardienne des données"),
                      description=("Keep our data flowing.", "Gardez nos données en mouvement."))})
    verifier = Verifier(index.site.root, tmp_path / "cache", monkeypatch)
    first, _ = verifier.incremental()
    path = next(p for p in _files(index, "other") if "/fr/" in p.as_posix())
    _edit(path, french[1], "Vous serez de garde une semaine sur six et noterez chaque fois ce que vous avez appris.")
    found, verified, _ = verifier.same_as_full()
    assert verified == {"other"} and found == first


@pytest.mark.parametrize("workers", [1, 2])
def test_on_a_generated_site(tmp_path, monkeypatch, workers):
    """In one process and verified by worker processes (what a large site's check does)."""
    spec = importlib.util.spec_from_file_location("bench_site", BENCH_SITE)
    bench_site = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_site)
    bench_site.generate_site(tmp_path / "site", 24)
    _walk_through_changes(Verifier(tmp_path / "site", tmp_path / "cache", monkeypatch, workers))


def test_on_a_copy_of_the_corpus(tmp_path, monkeypatch):
    """A third of the real pairs (every third translationKey: the verification of the whole corpus,
    five times over, took minutes), with the site's configuration. That third has no finding of its
    own: what is compared is which pairs' evidence each change reaches."""
    corpus = corpus_or_skip()
    shutil.copytree(corpus / "config", tmp_path / "site" / "config")
    for name in os.listdir(corpus):
        if (corpus / name).is_file():
            shutil.copyfile(corpus / name, tmp_path / "site" / name)
    index = SiteIndex.build(Site.open(corpus))
    for entry in index.pairs[::3]:
        for posting in entry.all_postings():
            copy = tmp_path / "site" / index.site.relative(posting.file_path)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(posting.path, copy)
    an_hour_ago = time.time() - 3600  # as checked out a while ago: the caches trust the files
    for path in (tmp_path / "site").rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    _walk_through_changes(Verifier(tmp_path / "site", tmp_path / "cache", monkeypatch), findings=False)


def test_the_texts_near_a_changed_entry_are_all_found():
    """The search by length finds every looked-up text whose ratio with a changed entry reaches
    the cutoff, as comparing with every text does."""
    import random

    from rapidfuzz import fuzz

    rng = random.Random(12)
    words = [chr(300 + number) for number in range(40)]
    texts = {f"pair-{n}": tuple(("fr", "".join(rng.choice(words) for _ in range(rng.randrange(1, 30))))
                               for _ in range(3)) for n in range(300)}
    moved = {"en": set(), "fr": set()}
    for key in rng.sample(sorted(texts), 20):  # entries near some texts: a word changed, added or dropped
        code = texts[key][0][1]
        spot = rng.randrange(len(code))
        moved["fr"] |= {code[:spot] + rng.choice(words) + code[spot + 1:], code + rng.choice(words), code[1:]}
    expected = {key for key, codes in texts.items() for _, text in codes for code in moved["fr"]
                if fuzz.ratio(code, text) >= verify._NEAR}
    assert verify._near(moved, texts) == expected and len(expected) >= 20


def test_a_new_memory_file_or_a_damaged_cache_verifies_every_pair_again(tmp_path, monkeypatch):
    from editor.model.translation.settings import OWN_FOLDER

    index = write_site(tmp_path / "site", {"approved": pair("approved", EN, FR), "again": pair("again", EN, FR)})
    verifier = Verifier(index.site.root, tmp_path / "cache", monkeypatch)
    first, _ = verifier.incremental()
    (index.site.root / OWN_FOLDER).mkdir(parents=True)
    (index.site.root / OWN_FOLDER / "mine.tmx").write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>', encoding="utf-8")
    found, verified, _ = verifier.same_as_full()
    assert verified == {"approved", "again"} and found == first
    [kept] = (tmp_path / "cache").glob("verification-*")
    kept.write_bytes(b"not a cache")
    found, verified, _ = verifier.same_as_full()
    assert verified == {"approved", "again"} and found == first
    verifier.incremental()
    assert verifier.verified == set()
