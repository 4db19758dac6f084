from pathlib import Path

import pytest

from editor.model.site.create import templates_dir
from editor.model.frontmatter.posting import Posting
from editor.model.translation import check_pair_translation
from editor.model.translation.blocks import split_blocks
from editor.model.translation.skeleton import (
    SkeletonError,
    copy_block,
    create_counterpart,
    skeleton_body,
    template_translations,
)

from tests.model.translation.helpers import LEVER, posting_text, write_site


def template_body(lang: str) -> str:
    text = (templates_dir() / f"posting.{lang}.md").read_text(encoding="utf-8").replace("$$", "$")
    return Posting(text.encode("utf-8"), None, lang, on_disk=False).body


ENGLISH = """## About us

_Describe your organisation in two or three sentences: what it does and for whom…_

## Our data team

Our team measures how services work, and you will lead that work.

- Design the measures
  - with the teams
- Build dashboards

See https://example.org/data.

```
SELECT 1;
```
"""


def test_template_paragraphs_are_known_in_both_directions():
    to_french = template_translations("en")
    to_english = template_translations("fr")
    assert to_french["about us"] == "À propos de nous"
    assert to_english["à propos de nous"] == "About us"
    assert len(to_french) >= 10


def test_skeleton_marks_blocks_and_translates_template_paragraphs():
    body = skeleton_body(ENGLISH, "fr", template_translations("en"))
    lines = body.split("\n")
    assert lines[0] == "## À propos de nous"
    assert lines[2].startswith("_Décrivez votre organisation en deux ou trois phrases")
    assert "## [À TRADUIRE] Our data team" in lines
    assert "- [À TRADUIRE] Design the measures" in lines
    assert "  - [À TRADUIRE] with the teams" in lines
    assert "[À TRADUIRE] See https://example.org/data." in lines
    assert "```\nSELECT 1;\n```" in body  # code is never marked
    assert [b.kind for b in split_blocks(body)] == [b.kind for b in split_blocks(ENGLISH)]


def test_postings_from_the_earlier_british_spelled_template_still_match_it():
    english = template_body("en")
    assert "organization" in english and "organisation" not in english  # en_CA, as the spell checker wants
    earlier = english.replace("organization", "organisation")
    body = skeleton_body(earlier, "fr", template_translations("en"))
    assert "[À TRADUIRE]" not in body and body.strip() == template_body("fr").strip()
    assert skeleton_body(template_body("fr"), "en", template_translations("fr")).strip() == english.strip()


def test_a_whole_template_posting_needs_no_marker():
    body = skeleton_body(template_body("en"), "fr", template_translations("en"))
    assert "[À TRADUIRE]" not in body
    assert body.strip() == template_body("fr").strip()


def test_create_counterpart(tmp_path):
    english = posting_text("Data Analyst", ENGLISH, description="Measure what matters.", key="analyst")
    english = english.replace("leverId:", "aliases: [/en/old/]\nleverId:")
    index = write_site(tmp_path, {"analyst": {"en": english}, "other": {"en": english.replace("analyst", "other"),
                                                                        "fr": english.replace("analyst", "other")}})
    source = index.pair_for_key("analyst").first("en")
    posting = create_counterpart(index, source, "fr")
    assert posting.path == tmp_path / "content" / "fr" / "careers" / "positions" / f"data-analyst--{LEVER}.md"
    assert not posting.path.exists()
    data = posting.data
    assert (data["title"], data["description"], data["translationKey"], data["leverId"]) == ("", "", "analyst", LEVER)
    assert data["archived"] is False and "aliases" not in data
    assert "## [À TRADUIRE] Our data team" in posting.body
    posting.save()
    assert Posting.load(posting.path).valid
    # The checks flag what is left to do until it is done.
    codes = {f.code for f in check_pair_translation(source, posting)}
    assert {"translation-marker", "title-not-translated", "description-not-translated"} <= codes
    with pytest.raises(SkeletonError, match="already has a French version"):
        create_counterpart(write_site(tmp_path, {}), source, "fr")
    named = create_counterpart(index, source, "fr", title="Analyste de données")
    assert named.path.name == f"analyste-de-données--{LEVER}.md" and named.get("title") == "Analyste de données"


def test_copy_block_replace_or_insert():
    english_blocks = split_blocks(ENGLISH)
    french = "## À propos du poste\n\nTexte.\n"
    french_blocks = split_blocks(french)
    item = english_blocks[4]
    inserted = copy_block(ENGLISH, item, french, french_blocks[1], "fr", replace=False)
    assert inserted.endswith("Texte.\n\n- [À TRADUIRE] Design the measures\n")
    replaced = copy_block(ENGLISH, english_blocks[3], french, french_blocks[1], "fr", replace=True, mark=False)
    assert replaced == "## À propos du poste\n\nOur team measures how services work, and you will lead that work.\n"
    known = copy_block(ENGLISH, english_blocks[0], "", None, "fr", replace=False, templates=template_translations("en"))
    assert known.startswith("## À propos de nous")
    assert Path(templates_dir()).is_dir()


HTML_BODY = """
<p>We are looking for a data analyst who likes&nbsp;<strong>clear numbers</strong>.</p>



<h2 id="team"><strong>Our team</strong></h2>
<ul>
<li>Build the <a href="https://example.org/d">dashboards</a></li>
<li><p>Write the notes</p></li>
</ul>
<p></p>
<p>&nbsp;</p>
<details><summary>How to apply</summary>
<p>Send a letter.<p>Then wait
</details>
<pre>SELECT 1;</pre>

Markdown after the HTML.
"""


def _tag_sequence(html: str) -> list[str]:
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags = []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

        def handle_endtag(self, tag):
            self.tags.append("/" + tag)

    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_skeleton_marks_each_html_element_inside_it():
    body = skeleton_body(HTML_BODY, "fr", {})
    assert "<p>[À TRADUIRE] We are looking for a data analyst" in body
    assert '<h2 id="team">[À TRADUIRE] <strong>Our team</strong></h2>' in body
    assert '<li>[À TRADUIRE] Build the <a href="https://example.org/d">dashboards</a></li>' in body
    assert "<li><p>[À TRADUIRE] Write the notes</p></li>" in body  # the innermost element holds the text
    assert "<summary>[À TRADUIRE] How to apply</summary>" in body
    assert "<p>[À TRADUIRE] Send a letter.<p>[À TRADUIRE] Then wait" in body
    assert "<p></p>" in body and "<p>&nbsp;</p>" in body  # nothing to translate, nothing marked
    assert "<pre>SELECT 1;</pre>" in body
    assert "[À TRADUIRE] Markdown after the HTML." in body
    assert body.count("[À TRADUIRE]") == 8


def test_html_skeleton_renders_as_the_same_structure_with_every_text_marked():
    from editor.model.render.markdown import RenderOptions, render_body
    from editor.model.translation.html_text import text_elements

    options = RenderOptions(unsafe=True)
    before, after = render_body(HTML_BODY, options), render_body(skeleton_body(HTML_BODY, "en", {}), options)
    assert _tag_sequence(after) == _tag_sequence(before)
    texts = [element.plain for element in text_elements(after)]
    assert texts and all(text.startswith("[TO TRANSLATE] ") for text in texts)
    assert [b.kind for b in split_blocks(skeleton_body(HTML_BODY, "fr", {}))] == [b.kind for b in split_blocks(HTML_BODY)]


def test_copying_one_html_block_across_marks_its_elements():
    block = next(b for b in split_blocks(HTML_BODY) if b.kind == "html" and "<h2" in b.text)
    copied = copy_block(HTML_BODY, block, "", None, "fr", replace=False)
    assert copied.startswith('<h2 id="team">[À TRADUIRE] <strong>Our team</strong></h2>')
    assert "<li>[À TRADUIRE] Build the" in copied
