from collections import Counter

from editor.model.site.index import SiteIndex
from editor.model.hugo.config import Site
from editor.model.checks.pipeline import check_site
from editor.model.translation import check_pair_translation, translation_pairs
from editor.model.translation.glossary import Glossary

from tests.model.corpus import CORPUS_SITE_GROUP
from tests.model.translation.helpers import EN_BODY, FR_BODY, codes, make, posting_text, write_site

NB = "\u00a0"
# The clean French body with Canadian typography throughout, so that a clean site is silent.
FR_TYPESET = (FR_BODY.replace("78 000 $ à 92 500,50 $", f"78{NB}000{NB}$ à 92{NB}500,50{NB}$")
              .replace("13 h 30", f"13{NB}h{NB}30"))

SHARED = "We are committed to a workplace where everyone belongs, and we adapt our hiring process to your needs."
SHARED_FR = "Nous tenons à un milieu de travail où chaque personne a sa place, et nous adaptons notre processus à vos besoins."
OTHER_FR = "Nous voulons un lieu de travail où tout le monde trouve sa place, et nous adaptons la sélection à vos besoins."


def check_site_translation(index, workers=None):
    """The pipeline's site check, spelling and grammar aside (these sites do not exercise them). The
    fixtures name files ``key-lang.md``, not the site's ``slug--lever.md``: that note is left out."""
    return [f for f in check_site(index, spelling=False, grammar=False, cache=False, workers=workers)
            if f.code != "file-name-convention"]


def test_clean_pair_is_silent():
    en, fr = make("en", EN_BODY), make("fr", FR_TYPESET)
    assert check_pair_translation(en, fr, glossary=Glossary.load(None)) == []


def test_clean_site_is_silent(tmp_path):
    index = write_site(tmp_path, {"analyst": {"en": posting_text("Data Analyst", EN_BODY),
                                              "fr": posting_text("Analyste de données", FR_TYPESET)}})
    assert check_site_translation(index) == []


def test_site_findings_and_settings(tmp_path):
    fr = FR_TYPESET.replace("équipe de 12", "équipe de 13").replace("Lisez", "Lisez :")
    index = write_site(tmp_path, {"analyst": {"en": posting_text("Data Analyst", EN_BODY),
                                              "fr": posting_text("Analyste de données", fr + "\nUn·e collègue vous aidera.\n")}})
    found = check_site_translation(index)
    assert Counter(f.code for f in found) == Counter({"number-mismatch": 2, "typography-colon": 1, "inclusive-abbreviated-form": 1})
    assert {f.file for f in found if f.code == "number-mismatch"} == {
        "content/en/careers/positions/analyst-en.md", "content/fr/careers/positions/analyst-fr.md"}
    (tmp_path / ".posting-editor").mkdir()
    (tmp_path / ".posting-editor" / "config.yaml").write_text("inclusive_writing: false\ndisabled_checks: [number-mismatch]\n")
    assert codes(check_site_translation(SiteIndex.build(Site.open(tmp_path)))) == ["typography-colon"]
    (tmp_path / ".posting-editor" / "config.yaml").write_text("- not\n- a mapping\n")
    assert "settings-unreadable" in codes(check_site_translation(SiteIndex.build(Site.open(tmp_path))))


def _drift_site(tmp_path, wordings: dict[str, str], archived: set[str] = frozenset()):
    pairs = {key: {"en": posting_text("Analyst", f"{EN_BODY}\n{SHARED}\n", key=key, archived="true" if key in archived else "false"),
                   "fr": posting_text("Analyste", f"{FR_TYPESET}\n{french}\n", key=key, archived="true" if key in archived else "false")}
             for key, french in wordings.items()}
    return write_site(tmp_path, pairs)


def _approve(index, *keys):
    from editor.model.translation.status import record_translation_saved

    for key in keys:
        record_translation_saved(index.site, index.pair_for_key(key), translated="fr")


def _drift(index):
    return [f for f in check_site_translation(index) if f.code == "terminology-drift"]


def test_terminology_drift_points_at_the_wording_the_site_approved(tmp_path):
    index = _drift_site(tmp_path, {"a": SHARED_FR, "b": SHARED_FR, "c": OTHER_FR, "d": SHARED_FR, "e": OTHER_FR},
                        archived={"d", "e"})
    _approve(index, "a", "b")
    found = _drift(index)
    assert [(f.file, f.severity.value) for f in found] == [("content/fr/careers/positions/c-fr.md", "info")]
    assert "content/fr/careers/positions/a-fr.md" in found[0].message and "approved" in found[0].message


def test_terminology_drift_never_takes_the_majority_for_the_right_wording(tmp_path):
    # Two faithful translations of one paragraph: four postings use one, one the other, none approved.
    index = _drift_site(tmp_path, {"a": SHARED_FR, "b": SHARED_FR, "c": SHARED_FR, "d": SHARED_FR, "e": OTHER_FR})
    assert _drift(index) == []
    _approve(index, "a", "e")  # the site approved both wordings: both stand
    assert _drift(SiteIndex.build(Site.open(tmp_path))) == []


def test_terminology_drift_ignores_a_paragraph_that_translates_something_else(tmp_path):
    longer = OTHER_FR + " Nous offrons aussi un horaire souple, du télétravail, un mentorat suivi et une formation continue payée."
    index = _drift_site(tmp_path, {"a": SHARED_FR, "c": longer})
    _approve(index, "a")
    assert _drift(index) == []


def test_copies_of_a_posting_are_paired_by_likeness(tmp_path):
    lever_two = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    index = write_site(tmp_path, {
        "old": {"en": posting_text("Analyst", EN_BODY, key="k"), "fr": posting_text("Analyste", FR_TYPESET, key="k")},
        "new": {"en": posting_text("Analyst", "Short new body.\n", key="k", lever=lever_two),
                "fr": posting_text("Analyste", "Nouveau texte court.\n", key="k", lever=lever_two)},
    })
    pairs = translation_pairs(index.pair_for_key("k"))
    assert sorted((en.path.name, fr.path.name) for en, fr in pairs) == [("new-en.md", "new-fr.md"), ("old-en.md", "old-fr.md")]


# The site kind of corpus check runs the translation checks too: read them there, not in a run of their own.
@CORPUS_SITE_GROUP
def test_every_corpus_pair_checks_without_error(corpus_index, corpus_site_findings):
    index, found = corpus_index, list(corpus_site_findings)
    counts = Counter(f.code for f in found)
    pairs = sum(len(translation_pairs(entry)) for entry in index.pairs)
    print(f"\n{pairs} pairs, {sum(len(e.all_postings()) for e in index.pairs)} postings")
    for code, count in counts.most_common():
        print(f"{count:6d}  {code}")
    assert pairs > 100
    assert all(f.line >= 1 and f.column >= 1 and f.file for f in found)
    # Checks that read meaning (not typography) must stay a small fraction of what they look at.
    assert counts["number-mismatch"] + counts["link-missing"] + counts["untranslated-text"] < pairs
    # That worker processes find exactly what one process finds: tests/model/test_corpus.py.


def test_fixing_corpus_typography_keeps_structure_and_addresses(corpus_index):
    import re

    from editor.model.render.markdown import render_body
    from editor.model.translation.blocks import split_blocks
    from editor.model.translation.typography import fix_typography, typography_edits

    postings = [p for entry in corpus_index.pairs for p in entry.all_postings() if p.valid]
    for posting in postings:
        fixed = fix_typography(posting.body, posting.language)
        assert typography_edits(fixed, posting.language) == [], posting.path
        assert [(b.kind, b.level) for b in split_blocks(fixed)] == [(b.kind, b.level) for b in split_blocks(posting.body)]
        links = re.compile(r'(?:href|src)="[^"]*"|<code>.*?</code>')
        assert links.findall(render_body(fixed)) == links.findall(render_body(posting.body)), posting.path


def test_a_file_left_over_in_a_pair_with_several_files_is_compared_too(tmp_path):
    from editor.model.checks.setup import CheckSetup
    from editor.model.checks.pipeline import check_pair
    from editor.model.translation import cross_checks

    lever_two = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    index = write_site(tmp_path, {
        "old": {"en": posting_text("Analyst", EN_BODY.replace("team of 12", "team of 14"), key="k"),
                "fr": posting_text("Analyste", FR_TYPESET, key="k")},
        "new": {"en": posting_text("Analyst", EN_BODY.replace("team of 12", "team of 15"), key="k", lever=lever_two)},
    })
    entry = index.pair_for_key("k")
    assert sorted((en.path.name, fr.path.name, only) for en, fr, only in cross_checks(entry)) == [
        ("new-en.md", "old-fr.md", "en"), ("old-en.md", "old-fr.md", None)]
    found = [f for f in check_pair(entry, index.site, CheckSetup.for_site(tmp_path)) if f.code == "number-mismatch"]
    # Each English copy is told about its own number; the French file is told once, by its own partner.
    assert sorted(f.file.rsplit("/", 1)[1] for f in found) == ["new-en.md", "old-en.md", "old-fr.md"]
    site_found = [f for f in check_site_translation(index) if f.code == "number-mismatch"]
    assert sorted(f.file.rsplit("/", 1)[1] for f in site_found) == ["new-en.md", "old-en.md", "old-fr.md"]
