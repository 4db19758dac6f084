"""The prose of a Markdown text: spaces folded, markup left out, each character tied to its source."""

from __future__ import annotations

from editor.model.language.prose import prose


def pieces(text: str, **options) -> list[tuple[str, tuple[int, ...]]]:
    return [(segment.text, segment.offsets) for segment in prose(text, **options)]


def test_runs_of_spaces_tabs_and_thin_spaces_fold_into_one_space_at_the_first():
    assert pieces("Un  deux\t\u2009trois   quatre") == [("Un deux trois quatre",
                                                        (0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23))]


def test_a_space_after_left_out_markup_is_not_doubled():
    [(text, offsets)] = pieces("Lire `le code`  puis *partir*  vite.")
    assert text == "Lire puis partir vite."
    assert offsets[:5] == (0, 1, 2, 3, 4) and offsets[5:10] == (16, 17, 18, 19, 20)


def test_plain_text_keeps_every_source_character_at_its_offset():
    source = "## Rôle\n\nNous *aimons* les [données](https://x.ca) et l&rsquo;équipe\\*.\n\n- Un point  final\n"
    for segment in prose(source):
        for character, offset in zip(segment.text, segment.offsets):
            assert character == " " or source[offset] == character or source[offset] == "&"
    assert [segment.text for segment in prose(source)] == ["Rôle", "Nous aimons les données et l’équipe*.", "Un point final"]


def test_a_plain_value_keeps_its_markup_characters():
    assert pieces("Analyste *principal*  (TI)", markdown=False)[0][0] == "Analyste *principal* (TI)"
