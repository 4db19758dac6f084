"""The `new` templates substitute cleanly and give valid, clean postings."""

from __future__ import annotations

import re
import string
import uuid
from pathlib import Path

import pytest
import yaml

from editor.model.checks.body import check_body

TEMPLATES = Path(__file__).resolve().parents[1] / "resources/templates"
KEYS = ["layout", "type", "title", "description", "archived", "translationKey", "leverId"]
FRONT_MATTER = re.compile(r"\A---\n(.*?)^---\n", re.S | re.M)


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def render(lang: str, title: str, lever_id: str) -> str:
    template = string.Template((TEMPLATES / f"posting.{lang}.md").read_text(encoding="utf-8"))
    # substitute(), not safe_substitute(): a stray "$" in the text must fail here.
    return template.substitute(
        title=quoted(title),
        description=quoted(f"{title}: we're hiring"),
        archived="false",
        translation_key="lead-developer",
        lever_id=lever_id,
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_template_gives_the_front_matter_in_site_order(lang):
    lever_id = str(uuid.uuid4())
    text = render(lang, "Lead Developer: Platform", lever_id)
    match = FRONT_MATTER.match(text)
    assert match
    data = yaml.safe_load(match.group(1))
    assert list(data) == KEYS
    assert data["layout"] == "job-posting" and data["type"] == "section"
    assert data["title"] == "Lead Developer: Platform"
    assert data["description"] == "Lead Developer: Platform: we're hiring"
    assert data["archived"] is False
    assert data["translationKey"] == "lead-developer"
    assert data["leverId"] == lever_id


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_template_body_passes_the_body_checks(lang):
    text = render(lang, "Lead Developer", str(uuid.uuid4()))
    match = FRONT_MATTER.match(text)
    first_line = text[: match.end()].count("\n") + 1
    assert check_body(text[match.end():], f"posting.{lang}.md", first_line) == []


def test_templates_have_the_same_sections_and_list_shape():
    def shape(lang):
        text = (TEMPLATES / f"posting.{lang}.md").read_text(encoding="utf-8")
        return [re.match(r"(#+ |\s*- |)", line).group(1) for line in text.splitlines() if line.strip()]

    assert shape("en") == shape("fr")


def test_french_template_uses_canadian_typography():
    text = (TEMPLATES / "posting.fr.md").read_text(encoding="utf-8")
    body = FRONT_MATTER.sub("", text)
    # A colon in prose (followed by a space or line end, unlike "mailto:")
    # takes a non-breaking space before it.
    assert not re.search(r"[^\u00a0]:(\s|$)", body, re.M)
    assert "«\u00a0" in body and "\u00a0»" in body
    assert not re.search(r"« | »", body)
    assert not re.search(r"[ \u00a0\u202f][;!?]", body)
    assert "000\u00a0$$" in body


def test_readme_documents_every_variable():
    readme = (TEMPLATES / "README.md").read_text(encoding="utf-8")
    for lang in ("en", "fr"):
        names = {m.group(1) for m in re.finditer(r"\$([a-z_]+)", (TEMPLATES / f"posting.{lang}.md").read_text())}
        assert names == {"title", "description", "archived", "translation_key", "lever_id"}
        for name in names:
            assert f"`${name}`" in readme
