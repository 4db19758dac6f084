"""Hand-made postings and sites for the translation tests (our own text, never the corpus's)."""

from __future__ import annotations

from pathlib import Path

from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from editor.model.translation.context import PairContext

LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"


def posting_text(title: str, body: str, *, description: str = "A description.", key: str = "analyst",
                 lever: str = LEVER, archived: str = "false") -> str:
    title, description = title.replace("'", "''"), description.replace("'", "''")
    return (
        "---\nlayout: job-posting\ntype: section\n"
        f"title: '{title}'\ndescription: '{description}'\narchived: {archived}\n"
        f"translationKey: {key}\nleverId: {lever}\n---\n\n{body}"
    )


def make(lang: str, body: str, *, title: str | None = None, path: str | None = None, **fields) -> Posting:
    title = title if title is not None else ("Data Analyst" if lang == "en" else "Analyste de données")
    text = posting_text(title, body, **fields)
    return Posting(text.encode("utf-8"), Path(path or f"/site/content/{lang}/{title}.md"), lang)


def context(en_body: str, fr_body: str, *, source: str = "en", en_fields=None, fr_fields=None) -> PairContext:
    en = make("en", en_body, **(en_fields or {}))
    fr = make("fr", fr_body, **(fr_fields or {}))
    return PairContext.of(en, fr, files={"en": "en.md", "fr": "fr.md"}, source=source)


def codes(findings) -> list[str]:
    return sorted(f.code for f in findings)


def write_site(root: Path, pairs: dict[str, dict[str, str]], *, folder: str = "careers/positions") -> SiteIndex:
    """``pairs``: {key: {"en": file text, "fr": file text}} (a language may be left out)."""
    for key, files in pairs.items():
        for lang, text in files.items():
            target = root / "content" / lang / folder / f"{key}-{lang}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return SiteIndex.build(Site.open(root))


# A clean pair: amounts, times, decimals, addresses and classification written each language's way.
EN_BODY = """The Digital Services Agency helps public institutions build services that work for people.

## About the role

You will join a team of 12 people. This role is classified as CS-03 in the Computer Systems group.

## What you will do

- Analyze data from 3 services and explain the results to the teams
- Build dashboards with SQL and Python
- Present your findings every Tuesday at 1:30 p.m.

## Salary

$78,000 to $92,500.50, depending on experience; 37.5 hours a week, 1.5 days in the office.

## How to apply

Send your résumé to careers@agency.example. Read about [the classification](https://www.tbs-sct.gc.ca/agreements-eng.aspx?id=1)
and [our values](https://www.canada.ca/en/agency/values.html) before you apply.
"""

FR_BODY = """L’Agence des services numériques aide les institutions publiques à bâtir des services qui fonctionnent pour les gens.

## À propos du poste

Vous vous joindrez à une équipe de 12 personnes. Ce poste est classé CS-03 dans le groupe Systèmes d’ordinateurs.

## Ce que vous ferez

- Analyser les données de trois services et expliquer les résultats aux équipes
- Créer des tableaux de bord avec SQL et Python
- Présenter vos constats chaque mardi à 13 h 30

## Salaire

78 000 $ à 92 500,50 $, selon l’expérience; 37,5 heures par semaine, 1,5 jour au bureau.

## Comment postuler

Envoyez votre curriculum vitæ à careers@agency.example. Lisez [la classification](https://www.tbs-sct.gc.ca/agreements-fra.aspx?id=1)
et [nos valeurs](https://www.canada.ca/fr/agence/valeurs.html) avant de postuler.
"""
