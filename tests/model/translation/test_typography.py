import pytest

from editor.model.frontmatter.posting import Posting
from editor.model.translation.fixes import FixableFinding, fix_file, fix_posting, typography_findings
from editor.model.translation.typography import fix_typography, typography_edits

from tests.model.translation.helpers import make

NB, NN = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    "before, after",
    [
        ("Lieu : Ottawa", f"Lieu{NB}: Ottawa"),
        ("Lieu: Ottawa", f"Lieu{NB}: Ottawa"),
        ("Lieu :Ottawa", f"Lieu{NB}: Ottawa"),
        ("Intéressé ? Écrivez-nous !", "Intéressé? Écrivez-nous!"),
        ("un ; deux", "un; deux"),
        ("« bonjour »", f"«{NB}bonjour{NB}»"),
        ("le«mot»suivant", f"le «{NB}mot{NB}» suivant"),
        ("$50,000 à $80,000", f"50{NB}000{NB}$ à 80{NB}000{NB}$"),
        ("75.25 $", f"75,25{NB}$"),
        ("50,000 $", f"50{NB}000{NB}$"),
        ("50000$", f"50{NB}000{NB}$"),
        ("2500 $", f"2500{NB}$"),
        ("2 500 $", f"2{NB}500{NB}$"),
        ("$80K", f"80{NB}000{NB}$"),
        ("15,000 personnes", f"15{NB}000 personnes"),
        ("15 000 personnes", f"15{NB}000 personnes"),
        ("à 13:30", f"à 13{NB}h{NB}30"),
        ("à 1:30 p.m.", f"à 13{NB}h{NB}30"),
        ("à 9:00", f"à 9{NB}h"),
        ("à 9 a.m.", f"à 9{NB}h"),
        ("à 13h30 ou 9h", f"à 13{NB}h{NB}30 ou 9{NB}h"),
        ("15% des postes", f"15{NB}% des postes"),
        ("l'équipe et l’équipe et l’autre", "l’équipe et l’équipe et l’autre"),
    ],
)
def test_french_rules(before, after):
    assert fix_typography(before, "fr") == after


@pytest.mark.parametrize(
    "before, after",
    [
        ("Salary : $50,000", "Salary: $50,000"),
        ("50 000 $ or 75,25 $", "$50,000 or $75.25"),
        ("$ 50,000", "$50,000"),
        ("at 1:30 PM or 9am", "at 1:30 p.m. or 9 a.m."),
        ("at 13 h 30", "at 1:30 p.m."),
        ("15 % and 15 000 people", "15% and 15,000 people"),
        ("Interested ?", "Interested?"),
        ("we're and we’re and it’s", "we’re and we’re and it’s"),
        ("not everyone “checks all the boxes”. Apply", "not everyone “checks all the boxes.” Apply"),
        ('a feature called "stemming", which helps', 'a feature called "stemming," which helps'),
    ],
)
def test_english_rules(before, after):
    assert fix_typography(before, "en") == after


@pytest.mark.parametrize(
    "text, lang",
    [
        (f"Salaire{NB}: 50{NB}000{NB}$ à 13{NB}h{NB}30, «{NB}oui{NB}», 15{NB}%; prêt? Oui!", "fr"),
        (f"Salaire{NN}: 50{NN}000{NN}$ et «{NN}oui{NN}»", "fr"),  # narrow no-break spaces do the job too
        ("Salary: $50,000 to $75.25 at 1:30 p.m., 15%; ready? Yes!", "en"),
        ("We use the 24-hour clock: 13:30.", "en"),
        (f"2500{NB}$ et 2{NB}500{NB}$ sont justes, 2022 aussi, WCAG 2.1 aussi.", "fr"),
        ("Voici :) un sourire", "fr"),
        ("Look :) and ;) smileys", "en"),
        # Already inside; a quoted question keeps its own mark; inches, an ellipsis, an address;
        # a possessive's apostrophe is not a quotation mark; French places it by the sense.
        ("Ask “Who is it?”, then “What for?”. Not “checks all the boxes.” Then 12\". Then “wait”... and “site”.com", "en"),
        ("The users’. The teams’, too.", "en"),
        (f"Le «{NB}bon{NB}» mot, puis “cases”.", "fr"),
    ],
)
def test_correct_text_stays_as_it_is(text, lang):
    assert typography_edits(text, lang) == []


def test_code_addresses_and_link_targets_are_never_touched():
    text = (
        "Voir `a : b ; c` et [le site](https://x.ca/a:b?c=1;d) ou <https://y.ca/?q=1>, "
        "www.z.ca/page?x=1 et careers@x.ca ; fin\n\n```\nclé : valeur ; 13:30\n```\n\n"
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n[ref]: https://r.ca/x?y=1 \"titre\"\n"
    )
    fixed = fix_typography(text, "fr")
    assert fixed == text.replace("careers@x.ca ; fin", "careers@x.ca; fin")


def test_france_style_puts_a_narrow_space_before_stops():
    assert fix_typography("Prêt ? Oui! Non ;", "fr", "france") == f"Prêt{NN}? Oui{NN}! Non{NN};"
    assert typography_edits(f"Prêt{NN}? Oui{NB}!", "fr", "france") == []


def test_edits_change_only_the_characters_concerned():
    text = "Salaire : $50,000"
    edits = typography_edits(text, "fr")
    assert [(e.start, e.end, e.replacement) for e in edits] == [(7, 8, NB), (10, 17, f"50{NB}000{NB}$")]
    assert [text[e.start:e.end] for e in edits] == [" ", "$50,000"]


def test_findings_carry_fixes_at_file_positions():
    posting = make("fr", "## Lieu :\n\nAvec « plaisir ».\n", description="Salaire : 50 000 $")
    found = typography_findings(posting, "fr.md", "fr")
    assert all(isinstance(f, FixableFinding) for f in found)
    lines = posting.text().split("\n")
    body = [f for f in found if f.fix.field is None]
    for finding in body:
        fix = finding.fix
        line = lines[fix.line - 1]
        assert (fix.file, fix.line, fix.column) == (finding.file, finding.line, finding.column)
        assert line[fix.column - 1:fix.end_column - 1] in ("", " ")
    applied = {}
    for finding in sorted(body, key=lambda f: -f.fix.column):
        line = applied.get(finding.fix.line, lines[finding.fix.line - 1])
        applied[finding.fix.line] = line[:finding.fix.column - 1] + finding.fix.replacement + line[finding.fix.end_column - 1:]
    assert sorted(applied.values()) == sorted([f"## Lieu{NB}:", f"Avec «{NB}plaisir{NB}»."])
    fields = [f for f in found if f.fix.field == "description"]
    assert fields and all(f.line == posting.field_position("description")[0] for f in fields)
    data = found[0].as_dict()
    assert data["fix"]["replacement"] == NB and data["severity"] == "info"
    assert {f.severity.value for f in found if f.code == "typography-amount"} == {"warning"}


def test_fix_posting_and_fix_file(tmp_path):
    posting = make("fr", "Lieu : Ottawa ; salaire de $50,000.\n", description="Horaire : 9h à 17h")
    assert fix_posting(posting, "fr") == 6
    assert posting.body == f"\nLieu{NB}: Ottawa; salaire de 50{NB}000{NB}$.\n"
    assert posting.get("description") == f"Horaire{NB}: 9{NB}h à 17{NB}h"
    assert fix_posting(posting, "fr") == 0
    path = tmp_path / "p.md"
    path.write_bytes(make("en", "Salary : 50 000 $\n").to_bytes())
    assert fix_file(path, "en", "canada") == 2
    assert Posting.load(path).body == "\nSalary: $50,000\n"
    assert fix_file(path, "en", "canada") == 0


def test_one_apostrophe_style_per_posting():
    posting = make("fr", "L’équipe et l’autre.\n", title="Chef de l'équipe", description="D'abord")
    found = typography_findings(posting, "fr.md", "fr")
    assert [(f.code, f.fix.field, f.fix.replacement) for f in found] == [
        ("typography-apostrophe", "title", "’"), ("typography-apostrophe", "description", "’")]
    assert fix_posting(posting, "fr") == 2 and posting.get("title") == "Chef de l’équipe"


def _excerpts(body: str) -> list[tuple[str, str]]:
    found = typography_findings(make("fr", body), "fr.md", "fr")
    return [(f.params["before"], f.params["after"]) for f in found if f.code == "typography-guillemets"]


def test_a_findings_excerpt_starts_and_ends_on_whole_words():
    """"« t le monde « ne coche pas »" made the reader guess the word cut in half: the excerpt now
    widens to the words' edges, never past its line."""
    assert _excerpts("Nous savons que tout le monde « ne coche pas toutes les cases ».\nSuite.\n") == [
        ("tout le monde « ne coche pas", "tout le monde «⍽ne coche pas"),
        ("toutes les cases ».", "toutes les cases⍽»."),
    ]


def test_a_very_long_word_is_cut_rather_than_shown_whole():
    before, _ = _excerpts("x" * 50 + " « y »\n")[0]
    assert before == "x" * 30 + " « y »"


# A French file left in English (the real site's administrative officer): its short headings have too few
# words for the language guess, and French spacing was put into them ("you will⍽:").
UNTRANSLATED_FRENCH = """You would join a team that includes four other members, and this role is a term role.

## In this role, you will:
- Provide support to a variety of administrative services, including travel and the training of all the staff
- Process the training requests of all the employees and obtain the approvals that they need for it

## You are an excellent candidate if you're:
- Experienced and knowledgeable at the financial processes of the government and of its departments
"""


def test_short_headings_of_a_section_left_in_english_keep_english_typography():
    assert fix_typography(UNTRANSLATED_FRENCH, "fr") == UNTRANSLATED_FRENCH
    assert typography_edits(UNTRANSLATED_FRENCH, "fr") == []


def test_a_french_heading_over_french_text_is_still_fixed():
    text = ("## Ce que vous ferez:\n- Vous travaillerez avec les équipes de produit pour offrir des services de qualité\n\n"
            "## In this role, you will:\n- Provide support to a variety of administrative services, including the travel\n")
    fixed = fix_typography(text, "fr")
    assert f"## Ce que vous ferez{NB}:" in fixed
    assert "## In this role, you will:\n" in fixed
