import pytest

from editor.model.translation.numbers import check_numbers, find_codes, find_numbers, format_value

from tests.model.translation.helpers import EN_BODY, FR_BODY, context


@pytest.mark.parametrize(
    "english, french",
    [
        ("$78,000", "78 000 $"),
        ("$78,000", "78\u00a0000\u00a0$"),
        ("$78,000", "78\u202f000 $"),
        ("$92,500.50", "92 500,50 $"),
        ("1.5 days", "1,5 jour"),
        ("at 13:30", "à 13 h 30"),
        ("at 1:30 p.m.", "à 13 h 30"),
        ("at 1:30 PM", "à 13h30"),
        ("at 9 a.m.", "à 9 h"),
        ("$80K", "80 000 $"),
        ("15%", "15 %"),
        ("1,500 people", "1 500 personnes"),
    ],
)
def test_both_notations_mean_the_same(english, french):
    en = {v for m in find_numbers(english) for v in m.values}
    fr = {v for m in find_numbers(french) for v in m.values}
    assert en & fr, (en, fr)


def test_what_is_not_a_number_here():
    assert find_numbers("see https://example.org/jobs-2022 or jobs2022@example.org, CS-04, COVID-19, 24/7, &#8211;") == []
    assert [m.text for m in find_numbers("in 2021 100 people")] == ["2021", "100"]
    assert find_codes("CS-04, IT-03, TI-03, EN-ENG-05, ISO-27001, COVID-19") == [
        ("CS-04", 0, 5), ("IT-03", 7, 12), ("IT-03", 14, 19), ("EN-ENG-05", 21, 30)]


def test_values_shown_in_the_other_notation():
    assert format_value("78000", "fr") == "78\u00a0000"
    assert format_value("78000", "en") == "78,000"
    assert format_value("1.5", "fr") == "1,5"
    assert format_value("T13:30", "fr") == "13\u00a0h\u00a030"
    assert format_value("T13:30", "en") == "1:30\u00a0p.m."


def test_clean_pair_is_quiet():
    assert check_numbers(context(EN_BODY, FR_BODY)) == []


def test_missing_number_is_reported_in_the_file_missing_it():
    fr = FR_BODY.replace("équipe de 12 personnes", "équipe de plusieurs personnes")
    ctx = context(EN_BODY, fr)
    found = check_numbers(ctx)
    assert [(f.file, f.code) for f in found] == [("fr.md", "number-mismatch")]
    # The French line holding the team size paragraph, where the translator must act.
    assert "plusieurs personnes" in ctx.fr.posting.text().split("\n")[found[0].line - 1]
    assert "“12”" in found[0].message


def test_changed_amount_and_time_are_reported():
    fr = FR_BODY.replace("78 000 $", "87 000 $").replace("13 h 30", "14 h 30")
    found = check_numbers(context(EN_BODY, fr))
    messages = " ".join(f.message for f in found)
    assert "“78,000”" in messages and "78\u00a0000" in messages
    assert "“1:30 p.m.”" in messages
    assert {f.file for f in found} >= {"fr.md"}


def test_number_words_satisfy_digits():
    found = check_numbers(context("You will join a team of 3 people.\n", "Vous vous joindrez à une équipe de trois personnes.\n"))
    assert found == []


def test_classification_that_differs():
    fr = FR_BODY.replace("CS-03", "CS-04")
    found = [f for f in check_numbers(context(EN_BODY, fr)) if f.code == "classification-mismatch"]
    assert len(found) == 1 and found[0].file == "fr.md"
    assert "CS-03" in found[0].message and "CS-04 instead" in found[0].message


def test_it_and_ti_are_the_same_group():
    found = check_numbers(context("Classified as IT-03.\n", "Classé TI-03.\n"))
    assert found == []


def test_a_number_with_separators_before_a_spaced_one_is_read_and_checked():
    # "85,000 100" was cut in two, and "85,000" given no value: the check then stopped on it.
    assert [(m.text, m.values) for m in find_numbers("$85,000 100% remote")] == [
        ("85,000", frozenset({"85", "85000"})), ("100", frozenset({"100"}))]
    found = check_numbers(context("Pay: $85,000 100% remote.\n", "Salaire : 1 $.\n"))
    assert {f.params["text"] for f in found if f.code == "number-mismatch"} >= {"85,000", "100"}
