"""Hand-written English/French paragraphs for the memory tests (never the corpus's text)."""

from __future__ import annotations

from tests.model.translation.helpers import posting_text

EN = [
    "Our studio builds public services that people can use without help or training.",
    "You will pair with designers and researchers to ship small changes every week.",
    "We offer 4 weeks of vacation, a pension plan and flexible hours for everyone.",
    "To apply, send your resume to jobs@example.ca before March 15, 2027.",
]
FR = [
    "Notre studio crée des services publics que les gens peuvent utiliser sans aide ni formation.",
    "Vous travaillerez avec des designers et des chercheurs pour livrer de petits changements chaque semaine.",
    "Nous offrons 4 semaines de vacances, un régime de retraite et un horaire flexible pour tout le monde.",
    "Pour postuler, envoyez votre CV à jobs@example.ca avant le 15 mars 2027.",
]


def pair(key: str, en_paragraphs, fr_paragraphs, *, title=("Service Designer", "Designer de services"),
         description=("Design services with us.", "Concevez des services avec nous.")) -> dict[str, str]:
    return {
        "en": posting_text(title[0], "## About us\n\n" + "\n\n".join(en_paragraphs) + "\n", key=key,
                           description=description[0]),
        "fr": posting_text(title[1], "## À propos de nous\n\n" + "\n\n".join(fr_paragraphs) + "\n", key=key,
                           description=description[1]),
    }
