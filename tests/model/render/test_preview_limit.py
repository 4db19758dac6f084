"""The window's preview of a huge body shows its first blocks and says so; other bodies are whole."""

from editor.model.render.preview import preview_html
from editor.model.render.preview_limit import cut_for_preview


def sections(count: int) -> str:
    return "".join(f"## Part {number}\n\nText of part {number}.\n\n" for number in range(count))


def test_a_body_within_the_limit_is_kept_whole():
    body = sections(10)
    assert cut_for_preview(body, max_blocks=20).markdown == body
    assert cut_for_preview(body, max_blocks=20).shown_blocks is None


def test_a_longer_body_is_cut_after_its_last_allowed_block():
    cut = cut_for_preview(sections(10), max_blocks=5)
    assert (cut.shown_blocks, cut.total_blocks) == (5, 20)
    assert cut.markdown == "## Part 0\n\nText of part 0.\n\n## Part 1\n\nText of part 1.\n\n## Part 2\n"


def test_blank_lines_inside_a_code_fence_do_not_end_its_block():
    body = "Intro\n\n```\na\n\n\n\nb\n```\n\nAfter\n\n" + "x\n\n" * 3
    cut = cut_for_preview(body, max_blocks=2)
    assert cut.markdown == "Intro\n\n```\na\n\n\n\nb\n```\n"


def test_the_preview_of_a_huge_body_says_it_shows_the_first_blocks():
    html = preview_html(title="T", body_markdown=sections(600), lang="en", archived=False,
                        lever_id="x", max_blocks=1000)
    assert "Part 499" in html and "Part 500" not in html
    assert "this body has 1,200 blocks; the preview shows the first 1,000" in html
    french = preview_html(title="T", body_markdown=sections(600), lang="fr", archived=False,
                          lever_id="x", max_blocks=1000)
    assert "ce texte a 1\u00a0200 blocs; l’aperçu montre les 1\u00a0000 premiers" in french


def test_a_normal_body_renders_the_same_with_or_without_the_limit():
    body = sections(30)
    kwargs = dict(title="T", body_markdown=body, lang="en", archived=False, lever_id="x")
    assert preview_html(**kwargs, max_blocks=1000) == preview_html(**kwargs)
    assert "preview-limit" not in preview_html(**kwargs, max_blocks=1000)
