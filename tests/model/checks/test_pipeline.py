"""One pipeline for the window, ``check`` and export: check_pair, check_site and the publish gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.model.checks.gate import BLOCKING, publish_gate, to_finish
from editor.model.checks.setup import CheckSetup
from editor.model.checks.pipeline import check_pair, check_site
from editor.model.findings import Severity
from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from editor.model.translation.untranslated import check_file_language
from tests.export_support import posting

ENGLISH = ("## About the role\n\nYou will help a small team answer questions from the public with data, and you will "
           "explain what the numbers mean to the people who make decisions.\n\n- Work with the team to find the data "
           "that answers each question.\n")
FRENCH = ("## Le poste\n\nVous aiderez une petite équipe à répondre aux questions du public avec des données, et vous "
          "expliquerez ce que les chiffres veulent dire aux personnes qui prennent les décisions.\n\n- Travailler avec "
          "l’équipe pour trouver les données qui répondent à chaque question.\n")


def drafts(root: Path, en_body: str = ENGLISH, fr_body: str = FRENCH) -> Path:
    for lang, name, title, body in (("en", "a.md", "Analyst", en_body), ("fr", "a.md", "Analyste", fr_body)):
        (root / lang).mkdir(parents=True, exist_ok=True)
        (root / lang / name).write_text(posting(title, "analyst", None, body=body), encoding="utf-8")
    return root


def codes(findings):
    return sorted((f.file, f.code, f.severity.value) for f in findings)


def test_a_pair_gets_the_unfinished_and_whole_file_checks_beside_the_others(tmp_path):
    root = drafts(tmp_path, en_body=ENGLISH + "- _Describe a main responsibility…_\n",
                  fr_body="[À TRADUIRE] " + ENGLISH)
    index = SiteIndex.build(Site.open(root))
    found = check_pair(index.pairs[0], index.site, CheckSetup.for_site(root))
    got = codes(found)
    # Unfinished work is an error everywhere (window, check), as at export.
    assert ("en/a.md", "template-placeholder", "error") in got
    assert ("fr/a.md", "untranslated-file", "error") in got
    # Found by the unfinished-text finder and by the translation checks: reported once.
    assert [c for c in got if c[1] == "translation-marker"] == [("fr/a.md", "translation-marker", "error")]
    gated = publish_gate(found)
    assert {f.code for f in gated if f.severity is Severity.ERROR} >= {"template-placeholder", "untranslated-file",
                                                                       "translation-marker"}
    assert [f for f in gated if f.code not in BLOCKING] == [f for f in found if f.code not in BLOCKING]
    assert set(to_finish([f for f in gated if f.severity is Severity.ERROR])) == {"en/a.md", "fr/a.md"}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_site_check_and_a_pair_check_agree(tmp_path, workers):
    root = drafts(tmp_path, en_body=ENGLISH + "- _Describe a main responsibility…_\n", fr_body=ENGLISH)
    index = SiteIndex.build(Site.open(root))
    pair = check_pair(index.pairs[0], index.site, CheckSetup.for_site(root))
    site = [f for f in check_site(index, workers=workers) if f.code != "terminology-drift"]
    assert codes(site) == codes(pair)


def test_the_check_command_reports_what_the_gate_refuses(tmp_path, capsys):
    root = drafts(tmp_path, en_body=ENGLISH + "- _Describe a main responsibility…_\n")
    assert main(["check", str(root / "en" / "a.md")]) == 1
    out = capsys.readouterr().out
    assert "error template-placeholder" in out
    assert main(["check", str(root)]) == 1
    assert "en/a.md:" in capsys.readouterr().out


def test_export_stops_an_empty_french_body_even_when_warnings_are_accepted(tmp_path, capsys):
    root = drafts(tmp_path / "drafts", fr_body="")
    site = tmp_path / "site"
    (site / "content" / "en").mkdir(parents=True)
    (site / "content" / "fr").mkdir(parents=True)
    assert main(["export", str(root), "--to", str(site), "--accept-warnings", "--lang", "en"]) == 1
    said = capsys.readouterr()
    assert "fr/a.md:" in said.err + said.out and "error body-not-translated" in said.err + said.out
    assert not list((site / "content").rglob("*.md"))


def test_a_french_file_mostly_in_english_is_one_finding_even_without_its_counterpart(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(posting("Analyste", "analyst", None, body=ENGLISH), encoding="utf-8")
    [finding] = check_file_language(Posting.load(path), "a.md", "fr")
    assert finding.code == "untranslated-file" and "is in English" in finding.message
    assert check_file_language(Posting.load(path), "a.md", "en") == []


def test_common_words_counted_over_all_pieces_are_the_sum_of_each_piece_s():
    from editor.model.translation.text import common_words_of, stopword_counts

    pieces = ["The team and the IT group", "L’équipe et les données", "we're here", "d'aujourd'hui THE AND"]
    assert common_words_of(pieces) == {lang: sum(stopword_counts(p)[lang] for p in pieces) for lang in ("en", "fr")}


def test_a_file_with_a_few_words_of_the_other_language_here_and_there_is_not_untranslated(tmp_path):
    # Three English common words in all, one a paragraph: none reads as English, whatever the count.
    body = "\n\n".join(FRENCH.split("\n\n")[:2] + ["Le site de the équipe.", "Avec and sans.", "Pour you aussi."]) + "\n"
    path = tmp_path / "a.md"
    path.write_text(posting("Analyste", "analyst", None, body=body), encoding="utf-8")
    assert check_file_language(Posting.load(path), "a.md", "fr") == []


def test_an_english_quote_in_a_french_posting_is_not_mostly_english(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(posting("Analyste", "analyst", None, description="Une courte description du poste.",
                            body=FRENCH + "\nThe team says: we will help you learn the tools of the trade.\n"),
                    encoding="utf-8")
    assert check_file_language(Posting.load(path), "a.md", "fr") == []


def test_html_bodies_are_read_as_text(tmp_path):
    html = "".join(f"<p>{line}</p>\n" for line in ENGLISH.replace("## ", "").replace("- ", "").split("\n\n"))
    path = tmp_path / "a.md"
    path.write_text(posting("Analyste", "analyst", None, description="Une courte description du poste.", body=html),
                    encoding="utf-8")
    [finding] = check_file_language(Posting.load(path), "a.md", "fr")
    assert finding.code == "untranslated-file"


def test_a_name_both_languages_write_is_not_a_spelling_finding(tmp_path):
    english = ENGLISH + "- Plan the work in Zorbly with the team.\n"
    french = FRENCH + "- Planifier le travail dans Zorbly et Quibbit avec l’équipe.\n"
    root = drafts(tmp_path, en_body=english, fr_body=french)
    index = SiteIndex.build(Site.open(root))
    pair = check_pair(index.pairs[0], index.site, CheckSetup.for_site(root))
    site = check_site(index, workers=1, cache=False)
    for found in (pair, site):
        words = {f.params["word"] for f in found if f.code == "spelling"}
        assert "Quibbit" in words and "Zorbly" not in words


def test_a_site_check_reads_the_translation_status_once_and_parses_each_body_once(tmp_path, monkeypatch):
    """What is per site is computed once a run (the status reads git), and each body goes through
    markdown-it once, whichever checks read it (the rules of a pair run one after the other)."""
    import markdown_it

    from editor.model.translation import status
    from editor.model.translation.blocks import _split, parse_tokens

    root = drafts(tmp_path)
    index = SiteIndex.build(Site.open(root))
    statuses = []
    real_status = status.translation_status
    monkeypatch.setattr(status, "translation_status", lambda *a, **k: statuses.append(1) or real_status(*a, **k))
    parsed = []
    real_parse = markdown_it.MarkdownIt.parse
    monkeypatch.setattr(markdown_it.MarkdownIt, "parse", lambda self, text, env=None: parsed.append(text) or real_parse(self, text, env))
    parse_tokens.cache_clear(), _split.cache_clear()
    check_site(index, workers=1, cache=False)
    assert len(statuses) == 1
    bodies = [p.body for entry in index.pairs for p in entry.all_postings()]
    assert sorted(parsed) == sorted(bodies)


def test_raw_html_is_a_finding_only_where_hugo_leaves_it_out(tmp_path):
    """Hugo leaves raw HTML out of the page by default; a site that sets
    markup.goldmark.renderer.unsafe publishes it as written (as the window's preview then shows it)."""
    from editor.model.checks.setup import raw_html_published
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    posting = ("---\nlayout: job-posting\ntype: section\ntitle: Analyst\ndescription: A role.\narchived: false\n"
               "translationKey: analyst\n---\n\n## About\n\n<p>Written in HTML.</p>\n\nAnd <b>bold</b> text.\n")
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "en" / "analyst.md").write_text(posting, encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("title: Site\n", encoding="utf-8")

    def raw_html() -> int:
        found = check_site(SiteIndex.build(Site.open(tmp_path)), translation=False, spelling=False, grammar=False,
                           cache=False)
        return sum(1 for finding in found if finding.code == "raw-html")

    assert not raw_html_published(tmp_path) and raw_html() == 3  # the <p> block, <b> and </b>
    config.write_text("title: Site\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n", encoding="utf-8")
    assert raw_html_published(tmp_path) and raw_html() == 0
    setup = CheckSetup.for_site(tmp_path, spelling=False, grammar=False)
    assert setup.raw_html_published  # the window's and export's setup read it too


def test_only_a_check_on_the_main_thread_pauses_the_cycle_collector(tmp_path, monkeypatch):
    # The collector is the process's: threads pausing and restoring it in turn could leave it off.
    import gc
    import threading

    from editor.model.checks import collector

    paused = []

    class Collector:
        isenabled = staticmethod(gc.isenabled)
        enable = staticmethod(gc.enable)

        @staticmethod
        def disable():
            paused.append(threading.current_thread() is threading.main_thread())
            gc.disable()

    monkeypatch.setattr(collector, "gc", Collector)
    index = SiteIndex.build(Site.open(drafts(tmp_path)))
    thread = threading.Thread(target=lambda: check_site(index, workers=1, cache=False))
    thread.start()
    thread.join()
    assert paused == [] and gc.isenabled()
    check_site(index, workers=1, cache=False)
    assert paused == [True] and gc.isenabled()


def test_a_site_check_accepts_the_glossary_s_french_terms_as_the_window_and_a_file_check_do(tmp_path):
    # The site check used to build its setup without the glossary's French terms: a term the
    # glossary approves but Hunspell lacks was a spelling finding in `check SITE` only.
    fr_body = FRENCH + "\nVous serez notre mégadonnéiste en chef.\n"
    en_body = ENGLISH + "\nYou will be our chief big-data steward.\n"
    root = drafts(tmp_path, en_body=en_body, fr_body=fr_body)

    def spelling(findings):
        return sorted(f.message for f in findings if f.code == "spelling" and "mégadonnéiste" in f.message)

    index = SiteIndex.build(Site.open(root))
    assert spelling(check_site(index, workers=1, cache=False))  # Hunspell does not know the word
    (root / ".posting-editor").mkdir()
    (root / ".posting-editor" / "glossary.yaml").write_text(
        "- en: big-data steward\n  fr: mégadonnéiste\n", encoding="utf-8")
    index = SiteIndex.build(Site.open(root))
    assert spelling(check_site(index, workers=1, cache=False)) == []
    assert spelling(check_pair(index.pairs[0], index.site, CheckSetup.for_site(root))) == []

