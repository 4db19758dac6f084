"""The parts of a text that fixes never touch (translation/protect.py), on our own text."""

from __future__ import annotations

from editor.model.translation.protect import protected_ranges


def protected(text: str, *, markdown: bool = True) -> list[str]:
    return [text[start:end] for start, end in protected_ranges(text, markdown=markdown).ranges]


def test_addresses_are_protected_in_any_case_and_wherever_they_start():
    text = ("Une longue phrase d’abord, sans adresse.\nPuis WWW.Example.ca et HTTPS://example.ca/Jobs, "
            "enfin www.example.ca/emplois.\n")
    assert protected(text, markdown=False) == ["WWW.Example.ca", "HTTPS://example.ca/Jobs", "www.example.ca/emplois"]


def test_an_address_before_the_first_http_is_found_as_well():
    assert protected("www.first.ca then http://second.ca", markdown=False) == ["www.first.ca", "http://second.ca"]


def test_e_mail_addresses_on_later_lines_are_protected_whole():
    text = "Write to us.\nOur team: prenom.nom+emplois@example.gc.ca or jobs@example.ca.\n"
    assert protected(text, markdown=False) == ["prenom.nom+emplois@example.gc.ca", "jobs@example.ca"]


def test_a_letter_longer_in_lower_case_does_not_move_what_is_protected():
    # "İ" is two characters in lower case: places in the lower-cased text are not places in the text.
    text = "İstanbul, İzmir: jobs@example.ca, https://example.ca"
    assert protected(text, markdown=False) == ["jobs@example.ca", "https://example.ca"]


def test_a_table_delimiter_row_is_protected_and_a_dash_alone_is_not():
    text = "A dash - in prose.\n\n| Name | Role |\n|------|:----:|\n| Ana | Lead |\n"
    assert protected(text) == ["|------|:----:|"]


def test_mailto_in_any_case_is_protected_after_text_before_it():
    text = "Apply by mail first.\nOr write: MailTo:jobs@example.ca and mailto:other@example.ca"
    assert protected(text, markdown=False) == ["MailTo:jobs@example.ca", "mailto:other@example.ca"]


def test_mailto_written_with_a_dotless_i_is_protected_even_before_a_plain_one():
    # re takes "ı" for "i" when case is ignored, and lower() leaves it as it is: the plain
    # "mailto:" found further on cannot say where the scan starts.
    text = "See maılto:first@example.ca, then mailto:second@example.ca"
    assert protected(text, markdown=False)[0] == "maılto:first@example.ca,"


def test_line_starts_count_every_kind_of_line_end():
    from editor.model.translation.protect import line_starts

    assert line_starts("a\nb\r\nc\rd\n") == [0, 2, 5, 7, 9]
    assert line_starts("one\n\ntwo") == [0, 4, 5]
    assert line_starts("") == [0]
