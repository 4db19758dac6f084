"""The list's status word and the translator's queue: what is left to do on each pair, and why."""

import os
import time

from editor.model.site.index import SiteIndex
from editor.model.site.index_cache import IndexCache
from editor.model.site.queue import pair_progress, site_progress
from editor.model.site.templates import site_folder
from editor.model.hugo.config import Site
from editor.model.translation.skeleton import skeleton_body
from editor.model.translation.status import PairStatus

from tests.model.translation.helpers import EN_BODY, FR_BODY, posting_text

HTML_EN = "<p>We build services that work for the people who use them.</p>\n<ul>\n<li>Plan the work with the team</li>\n" \
          "<li>Test it with the people who use it</li>\n</ul>\n<h2>How to apply</h2>\n<p>Send us a short letter.</p>\n"


def write_pair(root, key, en=None, fr=None, age=60):
    for lang, body in (("en", en), ("fr", fr)):
        if body is None:
            continue
        title = "Data Analyst" if lang == "en" else "Analyste de données"
        path = root / "content" / lang / "careers" / f"{key}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(posting_text(title, body, key=key), encoding="utf-8")
        past = time.time() - age
        os.utime(path, (past, past))


def progress_of(root, cache=None):
    index = SiteIndex.build(Site.open(root), cache=cache or IndexCache(None))
    return site_progress(index, {})


def test_each_reason_with_its_count(tmp_path):
    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    write_pair(tmp_path, "alone", EN_BODY)
    write_pair(tmp_path, "skeleton", HTML_EN, skeleton_body(HTML_EN, "fr", {}))
    write_pair(tmp_path, "copied", EN_BODY, EN_BODY)
    write_pair(tmp_path, "template", EN_BODY + "\n- _Describe a main responsibility…_\n- _Second example…_\n", FR_BODY)
    found = progress_of(tmp_path)
    assert found["done"].word == "ok" and not found["done"].needs_translation
    assert found["alone"].word == "needs-translation"
    assert found["alone"].describe() == "French missing"
    assert found["skeleton"].word == "needs-translation"
    assert found["skeleton"].describe() == "French: 5 blocks to translate"
    assert [r.as_dict() for r in found["skeleton"].reasons] == [{"reason": "markers", "language": "fr", "count": 5}]
    copied = found["copied"]
    assert copied.word == "needs-translation" and copied.reasons[0].kind == "untranslated"
    assert copied.reasons[0].lang == "fr" and copied.reasons[0].count >= 5
    assert copied.describe().startswith("French: ") and copied.describe().endswith("blocks still in English")
    template = found["template"]
    assert template.word == "draft" and template.needs_translation
    assert template.describe() == "English: 2 template placeholders"


OTHER_ENGLISH = """We are looking for someone who enjoys working with the people who use our services every day.

You will help the team plan the next release and write the notes that explain it to the public.
"""


def test_a_file_mostly_in_the_other_language_that_is_no_copy(tmp_path):
    write_pair(tmp_path, "english-in-french", EN_BODY, OTHER_ENGLISH)
    write_pair(tmp_path, "copied", EN_BODY, EN_BODY)
    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    write_pair(tmp_path, "lone", None, OTHER_ENGLISH)
    cache = IndexCache(tmp_path / "cache.json")
    for _ in range(2):  # read, then from the index cache
        found = progress_of(tmp_path, cache)
        progress = found["english-in-french"]
        assert progress.word == "needs-translation"
        assert [r.as_dict() for r in progress.reasons] == [{"reason": "language", "language": "fr", "percent": 100}]
        assert progress.describe() == "French: mostly in English (100%)"
        assert [r.kind for r in found["copied"].reasons] == ["untranslated"]  # a copy says which blocks
        assert not found["done"].reasons
        assert [r.kind for r in found["lone"].reasons] == ["missing", "language"]
        cache.save()


def test_outdated_comes_from_the_translation_status(tmp_path):
    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    entry = SiteIndex.build(Site.open(tmp_path), cache=IndexCache(None)).pair_for_key("done")
    progress = pair_progress(entry, PairStatus("done", "en", "fr", True, "state", "changed"))
    assert progress.word == "needs-translation" and progress.describe() == "French: behind the English changes"
    assert pair_progress(entry, PairStatus("done", "en", "fr", False, "state", "same")).word == "ok"


def test_invalid_and_conflict_keep_their_word(tmp_path):
    write_pair(tmp_path, "broken", EN_BODY, skeleton_body(EN_BODY, "fr", {}))
    write_pair(tmp_path, "disputed", EN_BODY, FR_BODY)
    broken = tmp_path / "content" / "fr" / "careers" / "broken.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("archived: false", "archived: [false", 1), encoding="utf-8")
    disputed = tmp_path / "content" / "fr" / "careers" / "disputed.md"
    disputed.write_text(disputed.read_text(encoding="utf-8").replace("archived: false", "archived: true", 1), encoding="utf-8")
    found = progress_of(tmp_path)
    assert found["broken"].word == "invalid" and not found["broken"].needs_translation
    assert found["disputed"].word == "conflict"


def test_progress_is_cached_with_the_summary_and_follows_the_templates(tmp_path):
    site = tmp_path / "site"
    write_pair(site, "skeleton", HTML_EN, skeleton_body(HTML_EN, "fr", {}))
    write_pair(site, "guided", EN_BODY + "\nWrite what the team does this year.\n", FR_BODY)
    cache_file = tmp_path / "cache.json"
    first = progress_of(site, IndexCache(cache_file))
    assert first["guided"].word == "ok"
    index = SiteIndex.build(Site.open(site), cache=IndexCache(cache_file))
    posting = index.pair_for_key("skeleton").first("fr")
    assert posting._summary is not None  # from the cache: the file was not read again…
    assert posting.progress["markers"] == 5  # …and what is left to do came with it
    assert site_progress(index, {})["skeleton"].describe() == "French: 5 blocks to translate"
    # The site's own template makes that sentence guidance: the cached counts no longer hold.
    templates = site_folder(site)
    templates.mkdir(parents=True)
    (templates / "posting.en.md").write_text("---\ntitle: x\n---\n\n_Write what the team does this year._\n",
                                             encoding="utf-8")
    again = progress_of(site, IndexCache(cache_file))
    assert again["guided"].word == "draft" and again["guided"].describe() == "English: 1 template placeholder"


def test_an_empty_body_and_a_writer_note_are_listed_as_the_gate_stops_them(tmp_path):
    from editor.model.checks.gate import BLOCKING
    from editor.model.checks.pipeline import check_pair
    from editor.model.checks.setup import CheckSetup

    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    write_pair(tmp_path, "empty", EN_BODY, "\n")
    write_pair(tmp_path, "both-empty", "", "\n")
    write_pair(tmp_path, "noted", EN_BODY, FR_BODY + "\nSalaire : TODO, et XXX à confirmer.\n")
    found = progress_of(tmp_path)
    assert (found["done"].word, found["both-empty"].word) == ("ok", "ok")
    assert (found["empty"].word, [(r.kind, r.lang) for r in found["empty"].reasons]) == ("needs-translation", [("empty", "fr")])
    assert (found["noted"].word, [(r.kind, r.lang, r.count) for r in found["noted"].reasons]) == ("draft", [("notes", "fr", 2)])
    assert found["noted"].describe("en") == "French: 2 notes left (TODO)"
    assert found["empty"].describe("fr") == "Français\u00a0: texte vide"
    # The same pairs as export's gate sees them.
    index = SiteIndex.build(Site.open(tmp_path), cache=IndexCache(None))
    for key, code in (("empty", "body-not-translated"), ("noted", "writer-note")):
        gated = check_pair(index.pair_for_key(key), index.site, CheckSetup.for_site(tmp_path))
        assert code in {f.code for f in gated if f.code in BLOCKING}


def test_a_cached_progress_keeps_the_notes_and_the_empty_body(tmp_path):
    write_pair(tmp_path, "empty", EN_BODY, "\n")
    write_pair(tmp_path, "noted", EN_BODY, FR_BODY + "\nTODO : le salaire.\n")
    cache = IndexCache(tmp_path / "cache")
    cold = progress_of(tmp_path, cache)
    warm = progress_of(tmp_path, IndexCache(tmp_path / "cache"))
    assert warm == cold and [r.kind for r in warm["noted"].reasons] == ["notes"]
    assert [r.kind for r in warm["empty"].reasons] == ["empty"]


def test_a_title_left_as_the_other_language_s_is_listed_as_the_gate_stops_it(tmp_path):
    from editor.model.checks.gate import BLOCKING
    from editor.model.checks.pipeline import check_pair
    from editor.model.checks.setup import CheckSetup

    write_pair(tmp_path, "done", EN_BODY, FR_BODY)
    write_pair(tmp_path, "copied", EN_BODY, FR_BODY)
    write_pair(tmp_path, "acronym", EN_BODY, FR_BODY)
    for key, title in (("copied", "Data Analyst"), ("acronym", "CTO")):
        for lang in ("en", "fr"):
            path = tmp_path / "content" / lang / "careers" / f"{key}.md"
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("Analyste de données", title).replace("Data Analyst", title), encoding="utf-8")
    found = progress_of(tmp_path)
    assert (found["done"].word, found["acronym"].word) == ("ok", "ok")
    assert (found["copied"].word, [(r.kind, r.lang) for r in found["copied"].reasons]) == ("needs-translation", [("title", "fr")])
    assert found["copied"].describe("en") == "French: title still the English one"
    assert found["copied"].describe("fr") == "Français\u00a0: titre encore celui de l’anglais"
    index = SiteIndex.build(Site.open(tmp_path), cache=IndexCache(None))
    for key, blocked in (("copied", True), ("acronym", False), ("done", False)):
        gated = check_pair(index.pair_for_key(key), index.site, CheckSetup.for_site(tmp_path))
        assert ("title-not-translated" in {f.code for f in gated if f.code in BLOCKING}) == blocked, key
