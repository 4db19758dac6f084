"""A typography fix that would change a heading's id keeps it with Hugo's ``{#id}`` when the site
lets headings carry attributes, leaves the heading as written when it does not, or changes it when
asked; ids are the renderer's (Hugo's), duplicate suffixes included."""

from __future__ import annotations

from pathlib import Path

from editor.model.frontmatter.posting import Posting
from editor.model.render.markdown import RenderOptions, heading_ids
from editor.model.translation.fixes import fix_file, fix_posting
from editor.model.translation.heading_ids import changed_heading_ids, keep_heading_ids, with_heading_id

RAW = "---\ntitle: Analyste\n---\n## Exigences :\n\nTexte : ici.\n\n## Exigences :\n\nAtouts :\n---\n"


def _posting() -> Posting:
    return Posting(RAW.encode(), None, "fr")


def test_keep_adds_the_old_ids_duplicates_included():
    item, notes = _posting(), []
    assert fix_posting(item, "fr", notes=notes, headings="keep") == 4
    assert item.body == ("## Exigences\u00a0: {#exigences-}\n\nTexte\u00a0: ici.\n\n## Exigences\u00a0: {#exigences--1}\n\n"
                         "Atouts\u00a0: {#atouts-}\n---\n")
    assert [anchor for _, anchor in heading_ids(item.body)] == ["exigences-", "exigences--1", "atouts-"]
    assert notes[0] == "line 4: heading fixed; its id “exigences-” kept with {#exigences-}."
    assert len(notes) == 3
    assert fix_posting(item, "fr", notes=(again := []), headings="keep") == 0 and not again


def test_skip_leaves_the_headings_and_change_changes_them():
    item, notes = _posting(), []
    assert fix_posting(item, "fr", notes=notes) == 1  # "skip" by default: only the paragraph
    assert item.body == RAW.split("---\n", 2)[2].replace("Texte :", "Texte\u00a0:")
    assert [n.split(":")[0] for n in notes] == ["line 4", "line 8", "line 10"]
    item = _posting()
    assert fix_posting(item, "fr", notes=(notes := []), headings="change") == 4
    assert "{#" not in item.body and not notes
    assert [anchor for _, anchor in heading_ids(item.body)] == ["exigences", "exigences-1", "atouts"]


def test_keep_needs_the_sites_heading_attributes():
    item, notes = _posting(), []
    off = RenderOptions(heading_attributes=False)
    assert fix_posting(item, "fr", notes=notes, headings="keep", render=off) == 1
    assert "{#" not in item.body and all("not fixed" in note for note in notes)


def test_an_id_the_heading_already_gives_is_left_alone():
    before = "## Exigences : {#req}\n\n## Atouts :\n"
    assert changed_heading_ids(before, before.replace(" :", "\u00a0:")) == [(2, "atouts-")]
    assert keep_heading_ids(before, before.replace(" :", "\u00a0:")) == (
        "## Exigences\u00a0: {#req}\n\n## Atouts\u00a0: {#atouts-}\n", [(2, "atouts-")])


def test_the_attribute_goes_where_goldmark_reads_it():
    assert with_heading_id("## Atouts\u00a0:\r\n", "atouts-") == "## Atouts\u00a0: {#atouts-}\r\n"
    assert with_heading_id("## Atouts\u00a0: ##", "atouts-") == "## Atouts\u00a0: {#atouts-} ##"
    assert with_heading_id("## Atouts\u00a0: {.cta}", "atouts-") == "## Atouts\u00a0: {#atouts- .cta}"
    for line in ("## Atouts\u00a0: ##", "## Atouts\u00a0: {.cta}"):
        assert heading_ids(with_heading_id(line, "atouts-")) == [(0, "atouts-")]


def _site(root: Path, config: str) -> Path:
    (root / "config" / "_default").mkdir(parents=True)
    (root / "config" / "_default" / "config.yaml").write_text(config, encoding="utf-8")
    folder = root / "content" / "fr" / "careers"
    folder.mkdir(parents=True)
    path = folder / "analyste.md"
    path.write_text(RAW, encoding="utf-8")
    return path


def test_fix_file_keeps_ids_when_the_site_allows_attributes(tmp_path):
    config = "baseURL: https://example.org/\nlanguages:\n  en:\n    contentDir: content/en\n  fr:\n    contentDir: content/fr\n"
    path = _site(tmp_path / "on", config)
    assert fix_file(path, "fr", notes=(notes := [])) == 4
    assert "{#exigences--1}" in path.read_text(encoding="utf-8") and len(notes) == 3
    assert fix_file(path, "fr") == 0
    path = _site(tmp_path / "off", config + "markup:\n  goldmark:\n    parser:\n      attribute:\n        title: false\n")
    assert fix_file(path, "fr", notes=(notes := [])) == 1
    assert "{#" not in path.read_text(encoding="utf-8") and all("not fixed" in note for note in notes)


def test_a_heading_still_marked_to_translate_has_no_id_to_keep():
    """Its id is made of the marker and the other language's words: no link leads there, and the
    translation changes it anyway; a fix in it is not worth a question or a {#id}."""
    before = "## [À TRADUIRE] Who we are :\n\nTexte.\n\n## Exigences :\n"
    after = before.replace(" :", "\u00a0:")
    assert changed_heading_ids(before, after) == [(4, "exigences-")]
    kept, changed = keep_heading_ids(before, after)
    assert kept == "## [À TRADUIRE] Who we are\u00a0:\n\nTexte.\n\n## Exigences\u00a0: {#exigences-}\n"
    assert changed == [(4, "exigences-")]


def test_only_ids_a_link_may_point_to_count_when_they_are_given():
    from editor.model.translation.heading_ids import linkable_ids

    saved = "## Exigences :\n\nTexte.\n"
    body = "## Exigences :\n\n## Atouts :\n\n## Profil :\n\nVoir [le profil](#profil-).\n"
    fixed = body.replace(" :", "\u00a0:")
    linkable = linkable_ids(saved, body)
    assert linkable == {"exigences-", "profil-"}  # the saved file's, and the one the text links to
    assert changed_heading_ids(body, fixed) == [(0, "exigences-"), (2, "atouts-"), (4, "profil-")]
    assert changed_heading_ids(body, fixed, None, linkable) == [(0, "exigences-"), (4, "profil-")]
    kept, said = keep_heading_ids(body, fixed, None, linkable)
    assert said == [(0, "exigences-"), (4, "profil-")]
    assert kept.splitlines()[:5] == ["## Exigences\u00a0: {#exigences-}", "", "## Atouts\u00a0:", "", "## Profil\u00a0: {#profil-}"]
