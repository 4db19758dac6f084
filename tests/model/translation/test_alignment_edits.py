"""Alignment when one language has a block or a whole section the other has not (hand-written posting)."""

from editor.model.translation.blocks import align_bodies, split_blocks, unmatched_blocks
from editor.model.translation.structure import check_structure

from tests.model.translation.helpers import context

EN = """## About us

The Canadian Digital Service (CDS) helps federal departments deliver better services to people in Canada.

We work in the open, share our code on GitHub and learn from the people who use what we build.

## About the role

As a product manager, you will lead a team of 6 people on a service used by 2 million people every year.

## What you'll do

- Set the direction of the product with your team
- Talk to users and turn research into decisions
- Plan the work and report on progress to partners
- Track the service's performance with clear measures

## Nice to have

- Experience working in government
- Knowledge of accessibility standards such as WCAG 2.1

## Salary

$95,000 to $110,000 a year (IT-04).

## How to apply

Send your résumé to jobs@cds.example before March 15, 2024.
"""

FR = """## À propos de nous

Le Service numérique canadien (SNC) aide les ministères fédéraux à offrir de meilleurs services à la population du Canada.

Nous travaillons ouvertement, publions notre code sur GitHub et apprenons des personnes qui utilisent nos services.

## À propos du poste

À titre de gestionnaire de produit, vous dirigerez une équipe de 6 personnes pour un service utilisé par 2 millions de personnes chaque année.

## Ce que vous ferez

- Définir l’orientation du produit avec votre équipe
- Parler aux utilisateurs et transformer la recherche en décisions
- Planifier le travail et rendre compte des progrès aux partenaires
- Suivre le rendement du service à l’aide de mesures claires

## Atouts

- Expérience de travail au gouvernement
- Connaissance des normes d’accessibilité comme les WCAG 2.1

## Salaire

95 000 $ à 110 000 $ par année (IT-04).

## Comment postuler

Envoyez votre curriculum vitæ à jobs@cds.example avant le 15 mars 2024.
"""


def _pairs(en, fr):
    alignment = align_bodies(en, fr)
    return alignment, [(a.plain[:25] if a else None, b.plain[:25] if b else None) for a, b in alignment]


def _one_sided(en, fr):
    alignment = align_bodies(en, fr)
    return [b.plain for b in unmatched_blocks(alignment, 0)], [b.plain for b in unmatched_blocks(alignment, 1)]


def _assert_rest_matches_one_to_one(en, fr, extra_side, extra_plain):
    """Every block but the added ones has exactly one partner, the block at the same place in the clean pair."""
    clean = {(a.index, b.index) for a, b in align_bodies(EN, FR)}
    assert len(clean) == len(split_blocks(EN))
    alignment = align_bodies(en, fr)
    extra = [b for b in (split_blocks(en) if extra_side == 0 else split_blocks(fr)) if b.plain in extra_plain]
    for a, b in alignment:
        if a is None or b is None:
            continue
        ia, ib = a.index, b.index
        # Translate indexes back to the clean pair's by removing the added blocks before them.
        if extra_side == 0:
            ia -= sum(1 for x in extra if x.index < a.index)
        else:
            ib -= sum(1 for x in extra if x.index < b.index)
        assert (ia, ib) in clean, (a.plain, b.plain)


def test_clean_pair_matches_block_by_block():
    alignment = align_bodies(EN, FR)
    assert all(a is not None and b is not None for a, b in alignment)
    assert [(a.kind, b.kind) for a, b in alignment] == [(a.kind, a.kind) for a, _ in alignment]


def test_paragraph_added_in_the_middle_of_a_section_is_one_sided():
    added = "Nous offrons aussi un programme de mentorat pour les nouvelles personnes."
    fr = FR.replace("Nous travaillons ouvertement", added + "\n\nNous travaillons ouvertement")
    assert _one_sided(EN, fr) == ([], [added])
    _assert_rest_matches_one_to_one(EN, fr, 1, [added])


def test_paragraph_added_at_the_end_of_a_section_is_one_sided():
    added = "You will report to the director of product and work closely with design."
    en = EN.replace("every year.\n", "every year.\n\n" + added + "\n")
    assert _one_sided(en, FR) == ([added], [])
    _assert_rest_matches_one_to_one(en, FR, 0, [added])


def test_list_item_added_in_the_middle_is_one_sided():
    added = "Coach team members"
    en = EN.replace("- Talk to users", f"- {added}\n- Talk to users")
    assert _one_sided(en, FR) == ([added], [])
    _assert_rest_matches_one_to_one(en, FR, 0, [added])


def test_list_item_added_at_the_end_is_one_sided():
    added = "Connaissance du langage clair"
    fr = FR.replace("WCAG 2.1\n", f"WCAG 2.1\n- {added}\n")
    assert _one_sided(EN, fr) == ([], [added])
    _assert_rest_matches_one_to_one(EN, fr, 1, [added])


def test_real_split_is_still_a_split():
    en = EN.replace("every year.\n", "every year. You will work with designers, developers and researchers in Ottawa.\n")
    fr = FR.replace("chaque année.\n", "chaque année.\n\nVous travaillerez avec des designers, des développeurs et des chercheurs à Ottawa.\n")
    alignment = align_bodies(en, fr)
    role = next(b for b in split_blocks(en) if b.plain.startswith("As a product"))
    assert [b.plain[:12] for b in alignment.partners(0, role)] == ["À titre de g", "Vous travail"]
    assert _one_sided(en, fr) == ([], [])


def test_section_added_mid_document_is_one_sided():
    benefits = "## Benefits\n\n- Four weeks of vacation\n- A pension plan\n- Flexible hours\n\n"
    en = EN.replace("## How to apply", benefits + "## How to apply")
    assert _one_sided(en, FR) == (["Benefits", "Four weeks of vacation", "A pension plan", "Flexible hours"], [])
    _assert_rest_matches_one_to_one(en, FR, 0, ["Benefits", "Four weeks of vacation", "A pension plan", "Flexible hours"])


def test_section_added_early_on_the_french_side_is_one_sided():
    section = "## Notre équipe\n\nUne équipe de designers et de développeurs à Ottawa et à Montréal.\n\n"
    fr = FR.replace("## À propos du poste", section + "## À propos du poste")
    extra = ["Notre équipe", "Une équipe de designers et de développeurs à Ottawa et à Montréal."]
    assert _one_sided(EN, fr) == ([], extra)
    _assert_rest_matches_one_to_one(EN, fr, 1, extra)


# Same shape as a real posting: the French splits the last section with a subheading (the business
# unit) over paragraphs the English keeps under its criteria heading. The subheading is the extra one.
_EN_NESTED = """The Digital Services Agency helps public institutions build services that work for people, with teams in Ottawa and Halifax who design, build and run them in the open.

We are hiring a delivery lead. You can work from anywhere in Canada.

## You will:

1. Guide several product teams and improve how they plan and ship their work
2. Keep the teams focused on outcomes people can measure
3. Build trust with partners inside and outside government
4. Run planning sessions and retrospectives with the teams

## We will assess you on your:

1. Experience leading agile delivery with many partners involved
2. Ability to coordinate designers, developers and researchers across teams
3. Care for solving problems and reducing delivery risk
4. Habit of helping others reach their goals

You will join the partner services unit, which works with other departments to improve how they design and deliver digital services for the people who rely on them.

Our advisors meet each department where it is, take stock with it, and give the guidance or hands-on help it needs to change how it serves people with technology. When a partner wants more help, we embed a team that works side by side with theirs.

We welcome every applicant regardless of background, and we will adjust the hiring process to your needs. Ask us for an accommodation at any stage of the process.

[Accommodation during assessment](https://www.canada.ca/en/assessment-accommodation.html)
"""

_FR_NESTED = """L'Agence des services numériques aide les institutions publiques à concevoir des services qui fonctionnent pour les gens, avec des équipes à Ottawa et à Halifax qui les conçoivent, les créent et les exploitent ouvertement.

Nous cherchons une personne responsable de la livraison. Vous pouvez travailler de partout au Canada.

## Vous devrez :

1. Guider plusieurs équipes de produit et améliorer leur façon de planifier et de livrer leur travail
2. Garder les équipes axées sur des résultats mesurables
3. Établir des relations de confiance avec les partenaires internes et externes au gouvernement
4. Animer des séances de planification et des rétrospectives avec les équipes

## Nous évaluerons les éléments suivants :

1. Expérience de la direction de la livraison agile avec de nombreux partenaires
2. Capacité de coordonner des designers, des développeurs et des chercheurs de plusieurs équipes
3. Intérêt pour la résolution de problèmes et la réduction des risques de livraison
4. Habitude d'aider les autres à atteindre leurs objectifs

### Unité des services aux partenaires

Vous vous joindrez à l'unité des services aux partenaires, qui travaille avec d'autres ministères pour améliorer la façon dont ils conçoivent et offrent des services numériques aux personnes qui en dépendent.

Nos conseillers rejoignent chaque ministère là où il en est, font le point avec lui et lui offrent les conseils ou l'aide pratique dont il a besoin pour changer la façon dont il sert les gens grâce à la technologie. Lorsqu'un partenaire souhaite plus d'aide, nous intégrons une équipe qui travaille aux côtés de la sienne.

Nous accueillons toutes les candidatures, peu importe leur parcours, et nous adapterons le processus d'embauche à vos besoins. Demandez-nous une mesure d'adaptation à toute étape du processus.

[Mesures d'adaptation pendant l'évaluation](https://www.canada.ca/fr/mesures-adaptation-evaluation.html)
"""


def test_subheading_added_under_a_section_is_the_one_sided_heading():
    alignment = align_bodies(_EN_NESTED, _FR_NESTED)
    headings = [(a.plain if a else None, b.plain if b else None) for a, b in alignment
                if (a and a.kind == "heading") or (b and b.kind == "heading")]
    assert headings == [
        ("You will:", "Vous devrez :"),
        ("We will assess you on your:", "Nous évaluerons les éléments suivants :"),
        (None, "Unité des services aux partenaires"),
    ]
    # The paragraphs under the French subheading still find their English counterparts.
    assert _one_sided(_EN_NESTED, _FR_NESTED) == ([], ["Unité des services aux partenaires"])


def test_subheading_added_under_a_section_is_the_heading_reported():
    ctx = context(_EN_NESTED, _FR_NESTED)
    found = [f for f in check_structure(ctx) if f.code == "heading-count-mismatch"]
    assert len(found) == 1
    assert ctx.fr.posting.text().split("\n")[found[0].line - 1] == "### Unité des services aux partenaires"
