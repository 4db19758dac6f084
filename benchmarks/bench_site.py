"""Time ``posting-editor list`` and ``check`` on a generated bilingual site, beside ``hugo list all``.

    .venv/bin/python benchmarks/bench_site.py [--postings 5000] [--repeat 3] [--keep DIR]

The site is generated in a temporary folder: half the postings in English, half in French,
linked in pairs by translationKey, each with a ~5 KB body of generated text, a Hugo config
with per-language contentDir and a minimal layout, so Hugo reads the same files. Each command
runs as a subprocess; the figure is the best wall time of ``--repeat`` runs (the operating
system's file cache is warm after the first). ``posting-editor`` keeps an index cache between
runs; it is timed twice, with that cache empty before every run ("cold": a site opened for the
first time, or after ``git pull`` touched every file) and with it filled by the previous run
("warm"). The cache lives in a private folder, never the user's. Target: ``list`` no slower
than ``hugo list all``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BODY_BYTES = 5000

# ------------------------------------------------------------------ generated words
# Word banks written for this benchmark; sentences are assembled from them at random so every
# posting has its own body of realistic length and shape (headings, paragraphs, lists, a link).
FIELDS = [
    ("Data", "données"), ("Product", "produit"), ("Security", "sécurité"), ("Cloud", "infonuagique"),
    ("Policy", "politiques"), ("Research", "recherche"), ("Service Design", "conception de services"),
    ("Content", "contenu"), ("Platform", "plateforme"), ("Accessibility", "accessibilité"),
    ("Procurement", "approvisionnement"), ("Privacy", "protection de la vie privée"),
]
ROLES = [
    ("Analyst", "Analyste"), ("Engineer", "Ingénieure ou ingénieur"), ("Designer", "Designer"),
    ("Manager", "Gestionnaire"), ("Advisor", "Conseillère ou conseiller"), ("Specialist", "Spécialiste"),
    ("Researcher", "Chercheuse ou chercheur"), ("Developer", "Développeuse ou développeur"),
]
LEVELS = [("", ""), ("Senior", "principal"), ("Lead", "en chef"), ("Junior", "débutant"), ("Director of", "Direction,")]

EN = {
    "subject": ["Our team", "The product group", "This role", "Each squad", "The partner department", "Our research unit",
                "The delivery team", "A small group of specialists", "The service owner", "Everyone on the team"],
    "verb": ["builds", "tests", "measures", "improves", "documents", "reviews", "plans", "maintains", "explains",
             "redesigns", "supports", "publishes"],
    "object": ["online forms that people finish the first time", "the data behind public dashboards",
               "services that work with a screen reader", "plain-language letters", "the hosting of critical services",
               "the way permits are renewed", "open-source tools other teams reuse", "the budget for digital projects",
               "interviews with the people who use the service", "the security of personal information"],
    "manner": ["in the open", "with the people who use it", "one small release at a time", "in both official languages",
               "with care for privacy", "alongside policy experts", "with clear measures of success", "every sprint"],
    "list": ["Run usability sessions and share what you learn", "Write short notes that explain decisions",
             "Pair with developers to fix problems early", "Keep the backlog honest and small",
             "Coach colleagues who are new to the work", "Review code and content with kindness",
             "Plan releases with the operations team", "Answer questions from partners quickly",
             "Track the measures that matter to users", "Keep documentation up to date"],
    "bring": ["Experience delivering digital services", "Curiosity about how people use public services",
              "Comfort with ambiguity and change", "Skill explaining technical ideas simply",
              "A habit of testing assumptions", "Respect for privacy and security"],
}
FR = {
    "subject": ["Notre équipe", "Le groupe de produit", "Ce rôle", "Chaque escouade", "Le ministère partenaire",
                "Notre unité de recherche", "L’équipe de livraison", "Un petit groupe de spécialistes",
                "La personne responsable du service", "Tout le monde dans l’équipe"],
    "verb": ["conçoit", "teste", "mesure", "améliore", "documente", "révise", "planifie", "entretient", "explique",
             "repense", "soutient", "publie"],
    "object": ["des formulaires en ligne que l’on remplit du premier coup", "les données des tableaux de bord publics",
               "des services qui fonctionnent avec un lecteur d’écran", "des lettres en langage clair",
               "l’hébergement de services essentiels", "le renouvellement des permis",
               "des outils libres que d’autres équipes réutilisent", "le budget des projets numériques",
               "des entrevues avec les personnes qui utilisent le service", "la sécurité des renseignements personnels"],
    "manner": ["de façon ouverte", "avec les personnes qui l’utilisent", "une petite version à la fois",
               "dans les deux langues officielles", "en protégeant la vie privée", "avec des spécialistes des politiques",
               "avec des mesures de réussite claires", "à chaque sprint"],
    "list": ["Animer des séances d’utilisabilité et partager les constats", "Rédiger de courtes notes qui expliquent les décisions",
             "Travailler en binôme avec les développeurs pour corriger tôt", "Garder un carnet de produit honnête et court",
             "Accompagner les collègues qui découvrent le travail", "Réviser le code et le contenu avec bienveillance",
             "Planifier les versions avec l’équipe des opérations", "Répondre rapidement aux partenaires",
             "Suivre les mesures qui comptent pour les usagers", "Tenir la documentation à jour"],
    "bring": ["De l’expérience en prestation de services numériques", "De la curiosité pour l’usage des services publics",
              "De l’aisance face à l’ambiguïté et au changement", "Le talent d’expliquer simplement des idées techniques",
              "L’habitude de vérifier ses hypothèses", "Le respect de la vie privée et de la sécurité"],
}
HEADINGS = {  # shaped like real postings: few headings, two bold lead-ins for the lists
    "en": ("About the role", "**What you’ll do**", "**What you bring**", "Salary", "How to apply"),
    "fr": ("À propos du rôle", "**Ce que vous ferez**", "**Ce que vous apportez**", "Salaire", "Comment postuler"),
}
APPLY = {
    "en": "If you need an accommodation during the hiring process, [write to our hiring team](mailto:jobs@example.invalid).",
    "fr": "Si vous avez besoin de mesures d’adaptation, [écrivez à notre équipe d’embauche](mailto:jobs@example.invalid).",
}


def sentence(words: dict, rng: random.Random) -> str:
    return f"{rng.choice(words['subject'])} {rng.choice(words['verb'])} {rng.choice(words['object'])} {rng.choice(words['manner'])}."


def paragraph(words: dict, rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(words, rng) for _ in range(sentences))


def body(lang: str, rng: random.Random) -> str:
    """About BODY_BYTES of Markdown: on average 3 headings, 13 list items, 9 paragraphs (like real postings)."""
    words = EN if lang == "en" else FR
    role, do, bring, salary, apply = HEADINGS[lang]
    low = rng.randrange(60, 120) * 1000
    pay = (f"${low:,} to ${low + 17000:,}, depending on experience." if lang == "en"
           else f"De {low:,} $ à {low + 17000:,} $, selon l’expérience.".replace(",", "\u00a0"))
    tail = [
        f"## {role}\n\n{paragraph(words, rng, 4)}\n\n{paragraph(words, rng, 3)}",
        f"{do}\n\n" + "\n".join(f"- {item}" for item in rng.sample(words["list"], rng.randrange(6, 9))),
        f"{bring}\n\n" + "\n".join(f"- {item}" for item in rng.sample(words["bring"], rng.randrange(4, 7))),
        f"## {salary}\n\n{pay}",
        f"## {apply}\n\n{paragraph(words, rng, 2)} {APPLY[lang]}",
    ]
    # Opening paragraphs grow until the body reaches its size, as long introductions do.
    intro: list[str] = []
    size = sum(len(part.encode("utf-8")) + 2 for part in tail)
    while size < BODY_BYTES:
        intro.append(paragraph(words, rng, rng.randrange(3, 6)))
        size += len(intro[-1].encode("utf-8")) + 2
    return "\n\n".join(intro + tail) + "\n"


def slug(text: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in cleaned.split("-") if part)


def quoted(title: str, style: int) -> str:
    if style == 0:
        return "'" + title.replace("'", "''") + "'"
    if style == 1:
        return '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    plain = ": " not in title and title == title.strip() and not title.startswith(("'", '"'))
    return title if plain else "'" + title.replace("'", "''") + "'"


def posting(lang: str, title: str, description: str, key: str, lever: str, archived: bool, rng: random.Random) -> str:
    style = rng.randrange(3)
    if rng.random() < 0.7:
        description_text = ">-\n  " + description
    else:
        description_text = "'" + description.replace("'", "''") + "'"
    return (
        "---\n"
        "layout: job-posting\n"
        "type: section\n"
        f"title: {quoted(title, style)}\n"
        f"description: {description_text}\n"
        f"archived: {'true' if archived else 'false'}\n"
        f"translationKey: {key}\n"
        f"leverId: {lever}\n"
        "---\n\n"
        + body(lang, rng)
    )


CONFIG = """\
baseURL: https://bench.example.invalid/
title: Benchmark site
defaultContentLanguage: en
defaultContentLanguageInSubdir: true
disableKinds: [taxonomy, term, RSS, sitemap]
languages:
  en:
    languageName: English
    contentDir: content/en
    weight: 1
  fr:
    languageName: Français
    contentDir: content/fr
    weight: 2
"""
LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html>\n<html lang=\"{{ .Site.Language.Lang }}\"><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul>{{ end }}\n",
    "section/job-posting.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ if not .Params.archived }}<a href=\"#apply\">Apply</a>{{ end }}{{ .Content }}{{ end }}\n",
}


def generate_site(root: Path, postings: int, seed: int = 20240501) -> int:
    """Write a site with ``postings`` files (pairs); returns the number of pairs."""
    rng = random.Random(seed)
    (root / "config" / "_default").mkdir(parents=True)
    (root / "config" / "_default" / "config.yaml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (root / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "layouts" / name).write_text(text, encoding="utf-8")
    folders = {}
    for lang, section, positions in (("en", "Careers", "Positions"), ("fr", "Carrières", "Postes")):
        folder = root / "content" / lang / "careers" / "positions"
        folder.mkdir(parents=True)
        (folder.parent / "_index.md").write_text(f"---\ntitle: {section}\n---\n", encoding="utf-8")
        (folder / "_index.md").write_text(f"---\ntitle: {positions}\n---\n", encoding="utf-8")
        folders[lang] = folder
    pairs = postings // 2
    keys: set[str] = set()
    for number in range(pairs):
        field_en, field_fr = rng.choice(FIELDS)
        role_en, role_fr = rng.choice(ROLES)
        level_en, level_fr = rng.choice(LEVELS)
        title_en = " ".join(part for part in (level_en, field_en, role_en) if part)
        title_fr = " ".join(part for part in (role_fr, "–", field_fr, level_fr) if part)
        if number % 7 == 0:
            title_en, title_fr = f"{title_en}: {rng.choice(FIELDS)[0]}", f"{title_fr} : {rng.choice(FIELDS)[1]}"
        key = slug(title_en)
        while key in keys:
            key = f"{slug(title_en)}-{rng.randrange(10, 10_000)}"
        keys.add(key)
        lever = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        archived = rng.random() < 0.4
        description_en = f"We are looking for a {title_en} to join a team that {rng.choice(EN['verb'])} {rng.choice(EN['object'])}."
        description_fr = f"Nous cherchons une personne pour le poste {title_fr}, dans une équipe qui {rng.choice(FR['verb'])} {rng.choice(FR['object'])}."
        if number % 97 == 0:
            title_en += " "  # leftovers an earlier tool left behind, so 'check' has findings to report
            description_fr = "null"
        (folders["en"] / f"{slug(title_en)}--{lever}.md").write_text(
            posting("en", title_en, description_en, key, lever, archived, rng), encoding="utf-8")
        (folders["fr"] / f"{slug(title_fr)}--{lever}.md").write_text(
            posting("fr", title_fr, description_fr, key, lever, archived, rng), encoding="utf-8")
    # As if checked out a while ago: the index cache ignores files modified in the last seconds.
    an_hour_ago = time.time() - 3600
    for path in (root / "content").rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    return pairs


# ------------------------------------------------------------------------- timing
class Timed:
    """One command to time. ``cache``: None (not posting-editor), "cold" or "warm" index cache."""

    def __init__(self, name: str, argv: list[str], ok_codes: tuple[int, ...], cache: str | None, folder: Path):
        self.name, self.argv, self.ok_codes, self.cache = name, argv, ok_codes, cache
        self.folder = folder / ("cache-" + "".join(ch if ch.isalnum() else "-" for ch in name))
        self.env = dict(os.environ)
        if cache is not None:
            self.env["POSTING_EDITOR_CACHE_DIR"] = str(self.folder)
        self.times: list[float] = []
        self.output = ""

    def run(self) -> None:
        if self.cache == "cold":
            shutil.rmtree(self.folder, ignore_errors=True)
        start = time.perf_counter()
        result = subprocess.run(self.argv, capture_output=True, text=True, env=self.env)
        elapsed = time.perf_counter() - start
        if result.returncode not in self.ok_codes:
            raise SystemExit(f"{' '.join(self.argv)} exited {result.returncode}:\n{result.stderr[-2000:]}")
        self.times.append(elapsed)
        self.output = result.stdout


def time_all(commands: list[Timed], repeat: int) -> None:
    """Rounds in which every command runs once, so a busy moment of the machine hits them all alike."""
    for command in commands:
        if command.cache == "warm":
            command.run()  # fills the cache; not counted
            command.times.clear()
    for _ in range(repeat):
        for command in commands:
            command.run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postings", type=int, default=5000, help="number of posting files (pairs × 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per command; the best is kept")
    parser.add_argument("--keep", metavar="DIR", help="generate the site in DIR (must not exist) and keep it")
    args = parser.parse_args(argv)

    editor = shutil.which("posting-editor", path=str(Path(sys.executable).parent))
    if editor is None:
        raise SystemExit(f"posting-editor is not installed next to {sys.executable}; run 'make test' first.")
    hugo = shutil.which("hugo")

    temp = tempfile.TemporaryDirectory(prefix="bench-site-")
    work = Path(temp.name)
    site = Path(args.keep) if args.keep else work / "site"
    try:
        start = time.perf_counter()
        pairs = generate_site(site, args.postings)
        files = list((site / "content").rglob("*--*.md"))
        size = sum(path.stat().st_size for path in files) / len(files)
        print(f"Generated {len(files)} postings ({pairs} pairs, {size / 1024:.1f} KB on average) "
              f"in {time.perf_counter() - start:.1f} s at {site}")

        listing = [editor, "list", str(site)]
        commands = [
            Timed("posting-editor list, cold index cache", listing, (0,), "cold", work),
            Timed("posting-editor list, warm index cache", listing, (0,), "warm", work),
            Timed("posting-editor list --format json, warm", [*listing, "--format", "json"], (0,), "warm", work),
            Timed("posting-editor list --needs-translation, warm", [*listing, "--needs-translation"], (0,), "warm", work),
        ]
        if hugo:
            version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
            commands.append(Timed(f"hugo list all ({version})", [hugo, "list", "all", "--source", str(site)], (0,), None, work))
        checks = [Timed(f"posting-editor check, {state} index cache", [editor, "check", str(site)], (0, 1), state, work)
                  for state in ("cold", "warm")]
        time_all(commands, args.repeat)
        time_all(checks, args.repeat)

        listed = len(commands[0].output.splitlines()) - 1
        if listed != pairs:
            raise SystemExit(f"posting-editor list printed {listed} rows for {pairs} pairs")
        if hugo and len(commands[4].output.splitlines()) - 1 != len(files):
            raise SystemExit(f"hugo list all did not list the {len(files)} postings:\n{commands[4].output[:500]}")
        findings = len(checks[0].output.splitlines())

        rows = [(c.name, min(c.times), max(c.times)) for c in commands + checks]
        width = max(len(name) for name, _, _ in rows)
        print(f"\n{'command':<{width}}  {'best of ' + str(args.repeat):>10}  {'worst':>8}  {'per posting':>11}")
        for name, best, worst in rows:
            print(f"{name:<{width}}  {best:>8.3f} s  {worst:>6.2f} s  {best / len(files) * 1000:>8.3f} ms")
        print(f"('check' reports {findings} findings: the generator leaves a few leftovers on purpose.)")
        if not hugo:
            print("\nhugo is not installed: 'hugo list all' was not timed.")
        else:
            hugo_best = rows[4][1]
            print()
            for name, best, _ in rows[:2]:
                ratio = best / hugo_best
                print(f"{name} / hugo list all = {ratio:.2f} (target ≤ 1.00: {'met' if ratio <= 1 else 'NOT met'})")
    finally:
        temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
