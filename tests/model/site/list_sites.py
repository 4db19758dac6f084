"""A generated site whose ``list`` output exercises every status, reason and front matter shape.

Used by the test that ``posting-editor list`` gives byte-identical output across speed work: the
front matters cover the scalars a fast reader could get wrong (quotes, comments, ``yes``/``on``,
dates, numbers, nulls, CRLF, a BOM, block scalars, aliases, broken YAML, TOML and JSON), and the
bodies every reason a pair can be listed for. All text is written here, none comes from a real site.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from editor.model.translation.skeleton import skeleton_body

from tests.model.translation.helpers import EN_BODY, FR_BODY

OTHER_ENGLISH = ("We are looking for someone who enjoys working with the people who use our services every day.\n\n"
                 "You will help the team plan the next release and write the notes that explain it to the public.\n")
TEMPLATE_LEFT = "\n- _Describe a main responsibility…_\n- _Second example…_\n"
GUIDANCE_BARE = "\n## Duties\n\nDescribe a main responsibility of the role…\n"
DOTS = "\nMore to come... and a pause… here.\n"

# Field lines after "layout" and "translationKey": {title}, {archived}, {lever} are filled in.
FRONTS = [
    "title: {title}\narchived: {archived}\nleverId: {lever}\n",
    "title: '{title}: it''s here'\narchived: {archived}\nleverId: '{lever}'\n",
    'title: "{title} \\u00e9 \\"quoted\\" # no comment"\narchived: {archived}\nleverId: "{lever}"\n',
    "# a comment line\ntitle: {title} # trailing comment\narchived: {archived}   \nleverId: {lever}\n",
    "title: {title}\narchived: yes\nleverId: {lever}\n",
    "title: {title}\narchived: 'false'\nleverId: {lever}\ndate: 2024-01-05\n",
    "title: {title}\narchived: {archived}\nleverId: {lever}\npublishDate: 2024-01-05T10:00:00Z\n",
    "title: {title}\ndescription: >-\n  A folded\n  description.\narchived: {archived}\nleverId: {lever}\n",
    "title: {title}\ntags: [a, b, 'c: d']\nparams:\n  x: 1\narchived: {archived}\nleverId: {lever}\n",
    "title: {title}\n  continued on a second line\narchived: {archived}\nleverId: {lever}\n",
    "title: 1e3\narchived: {archived}\nleverId: 12345\n",
    "title: ~\narchived: {archived}\nleverId: {lever}\n",
    "title: {title}\ntitle: {title} again\narchived: {archived}\nleverId: {lever}\n",
    '"title": {title}\n"archived": {archived}\nleverId: {lever}\n',
    "title: {title}: broken\narchived: {archived}\nleverId: {lever}\n",
    "title: &t {title}\ndescription: *t\narchived: {archived}\nleverId: {lever}\n",
    "title: C#{title} ✓ é\narchived: {archived}\nleverId: {lever}\n",
    "title:\narchived: {archived}\nleverId: {lever}\n",
    "title: 12:30:00\narchived: ON\nleverId: 0x1f\n",
    "title: {title}\narchived: 2024-01-01\nleverId: {lever}\n",
    "title: !custom {title}\narchived: {archived}\nleverId: {lever}\n",
    "title: {title}\narchived: {archived}\nleverId: {lever}\nempty: ''\nnull_value: null\nno: off\n",
    "title: \"{title}\\ttab\"\narchived: {archived}\nleverId: {lever}\n",
    "title: {title}\narchived: True\nleverId: {lever}\nweight: -1_000\nratio: .5\n",
]
FORMATS = ("yaml", "yaml-crlf", "yaml-bom", "toml", "json")


def _front(lang: str, key: str, title: str, archived: str, lever: str, shape: int, form: str) -> str:
    if form == "toml":
        return (f"+++\nlayout = \"job-posting\"\ntitle = \"{title}\"\narchived = {archived}\n"
                f"translationKey = \"{key}\"\nleverId = \"{lever}\"\n+++\n")
    if form == "json":
        return (f'{{\n  "layout": "job-posting",\n  "title": "{title}",\n  "archived": {archived},\n'
                f'  "translationKey": "{key}",\n  "leverId": "{lever}"\n}}\n')
    fields = FRONTS[shape].format(title=title, archived=archived, lever=lever)
    text = f"---\nlayout: job-posting\ntranslationKey: {key}\n{fields}---\n"
    if form == "yaml-crlf":
        text = text.replace("\n", "\r\n")
    return ("\ufeff" if form == "yaml-bom" else "") + text


def _bodies(number: int) -> tuple[str | None, str | None]:
    """(English body, French body) of pair ``number``; None for a missing file."""
    kind = number % 11
    return {
        0: (EN_BODY, FR_BODY),
        1: (EN_BODY, None),
        2: (None, FR_BODY),
        3: (EN_BODY, skeleton_body(EN_BODY, "fr", {})),
        4: (EN_BODY, EN_BODY),
        5: (EN_BODY + TEMPLATE_LEFT, FR_BODY),
        6: (EN_BODY, OTHER_ENGLISH),
        7: (EN_BODY + GUIDANCE_BARE, FR_BODY + DOTS),
        8: (EN_BODY.replace("\n", "\r\n"), FR_BODY + "\n[TO TRANSLATE] A line.\n"),
        9: (EN_BODY + "\n" + FR_BODY, FR_BODY),
        10: (EN_BODY[:200], FR_BODY[:200]),
    }[kind]


def write_list_site(root: Path, pairs: int = 160) -> Path:
    """A site of about ``2 × pairs`` postings in every shape above; the files' times an hour back
    (the index cache ignores files changed in the last seconds)."""
    folders = {lang: root / "content" / lang / "careers" / "positions" for lang in ("en", "fr")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    (root / "config.yaml").write_text(
        "baseURL: https://example.org/\nlanguages:\n  en:\n    contentDir: content/en\n    weight: 1\n"
        "  fr:\n    contentDir: content/fr\n    weight: 2\n", encoding="utf-8")
    for number in range(pairs):
        en_body, fr_body = _bodies(number)
        key = f"role-{number:03d}" if number % 13 else ""
        lever = f"0f8fad5b-d9cb-469f-a165-{number:012d}"
        for lang, body, shape in (("en", en_body, number), ("fr", fr_body, number * 7 + 3)):
            if body is None:
                continue
            archived = "true" if (number % 5 == 0) != (lang == "fr" and number % 17 == 0) else "false"
            form = FORMATS[number % len(FORMATS)] if number % 3 == 0 else "yaml"
            title = f"Data Analyst {number}" if lang == "en" else f"Analyste de données {number}"
            text = _front(lang, key, title, archived, lever, shape % len(FRONTS), form) + "\n" + body
            (folders[lang] / f"role-{number:03d}-{lang}.md").write_bytes(text.encode("utf-8"))
            if number % 23 == 0:  # a second file of the same language: a conflict
                (folders[lang] / f"role-{number:03d}-{lang}-copy.md").write_bytes(text.encode("utf-8"))
    (folders["en"] / "about.md").write_text("---\ntitle: About us\nlayout: page\n---\nNot a posting.\n", encoding="utf-8")
    (folders["fr"] / "empty.md").write_text("", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    for path in (root / "content").rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    return root
