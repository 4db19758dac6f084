"""Conformance over the real postings in ../shared/corpus/cds-site (skipped when absent)."""

import re
from collections import Counter

import pytest
import yaml

from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site

from tests.model.corpus import CORPUS_SITE_GROUP, corpus_or_skip, forked_as_the_command_does


@pytest.fixture(scope="module")
def corpus():
    return corpus_or_skip()


@pytest.fixture(scope="module")
def files(corpus):
    return sorted(corpus.glob("content/*/**/*.md"))


def test_every_valid_file_resaves_byte_identically(files, tmp_path):
    valid = 0
    for path in files:
        raw = path.read_bytes()
        posting = Posting(raw, path)
        if posting.valid:
            valid += 1
            assert posting.to_bytes() == raw, path
            target = tmp_path / "copy.md"
            target.write_bytes(raw)
            copy = Posting.load(target)
            copy.save()
            assert target.read_bytes() == raw, path
    assert valid >= 290


def test_editing_title_changes_only_the_title_lines(files):
    for path in files:
        posting = Posting.load(path)
        if not posting.valid or "title" not in posting.data:
            continue
        before = posting.to_bytes()
        title_line = posting.field_position("title")[0]
        posting.set("title", "Conseiller\u00a0: l'équipe « données »")
        after = posting.to_bytes()
        old_lines, new_lines = before.split(b"\n"), after.split(b"\n")
        assert len(old_lines) == len(new_lines), path
        changed = [n for n, (a, b) in enumerate(zip(old_lines, new_lines), 1) if a != b]
        assert changed == [title_line], path
        assert Posting(after).get("title") == "Conseiller\u00a0: l'équipe « données »"
        assert Posting(after).body == Posting(before).body


def test_every_broken_file_is_reported_with_its_line(files):
    broken = []
    for path in files:
        raw = path.read_bytes()
        front = re.match(rb"---\r?\n(.*?)\r?\n---", raw, re.S)
        try:
            yaml.safe_load(front.group(1)) if front else None
            readable = True
        except yaml.YAMLError:
            readable = False
        posting = Posting(raw, path)
        assert posting.valid == readable, path
        if not readable:
            broken.append(path)
            assert posting.problem.code == "yaml-syntax"
            assert 2 <= posting.problem.line <= raw.count(b"\n")
    assert len(broken) == 6


def test_list_pairs_match_translation_keys(corpus, files):
    index = SiteIndex.build(Site.open(corpus))
    by_key: dict[str, Counter] = {}
    for path in files:
        data = Posting.load(path).data
        if data.get("layout") == "job-posting" and data.get("translationKey"):
            lang = path.relative_to(corpus / "content").parts[0]
            by_key.setdefault(str(data["translationKey"]), Counter())[lang] += 1
    for key, counts in by_key.items():
        entry = index.pair_for_key(key)
        assert entry is not None, key
        valid = {lang: [p for p in entry.postings(lang) if p.valid] for lang in ("en", "fr")}
        assert (len(valid["en"]), len(valid["fr"])) == (counts["en"], counts["fr"]), key
    statuses = Counter(e.status for e in index.pairs)
    assert statuses["invalid"] >= 1 and statuses["conflict"] >= 1 and statuses["ok"] >= 1


@CORPUS_SITE_GROUP
def test_all_checks_complete_on_the_corpus(corpus_site_findings, capsys):
    findings = corpus_site_findings
    counts = Counter((f.severity.value, f.code) for f in findings)
    with capsys.disabled():
        print("\ncorpus findings:", dict(sorted(counts.items())))
    assert counts[("error", "yaml-syntax")] == 6


@CORPUS_SITE_GROUP
def test_a_pooled_site_check_finds_what_one_process_finds(corpus_index, corpus_site_findings):
    """The whole pipeline (spelling, French grammar, translation checks, segment verification between
    pairs) in worker processes and in one process, on a sample of the real pairs: every seventh, and
    those that the whole corpus's check found translating another pair's text (so that verification
    between pairs has something to find). Sampled because one process checking the whole corpus with
    grammar costs ~15 CPU-s; three chunks of pairs go to the workers as the whole site's do."""
    from editor.model.checks.pipeline import check_site
    from editor.model.language import grammar

    flagged = {f.file for f in corpus_site_findings if f.code == "translation-of-other-source"}
    site = corpus_index.site
    pairs = [entry for number, entry in enumerate(corpus_index.pairs)
             if number % 7 == 0 or {site.relative(p.file_path) for p in entry.all_postings()} & flagged]
    sample = SiteIndex(site, pairs, corpus_index.others, corpus_index.guidance)
    # The corpus's check left Grammalecte's answers in this process's memory, which forked workers
    # would inherit: put aside, so that the workers parse every paragraph themselves. The check in
    # one process takes them back: they are what one process found (~2 CPU-s not spent again).
    answers = dict(grammar._cache)
    grammar._cache.clear()
    try:
        with forked_as_the_command_does():
            pooled = check_site(sample, cache=False, workers=2)
    finally:
        grammar._cache.update(answers)
    codes = Counter(f.code for f in pooled)
    assert len(pairs) > 20 and codes["translation-of-other-source"] > 0, (len(pairs), codes)
    assert any(code.startswith("grammar") for code in codes) and "spelling" in codes, codes
    assert check_site(sample, cache=False, workers=1) == pooled

