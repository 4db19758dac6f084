"""The preview page, without Qt."""

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from editor import resources
from editor.model.render import preview
from editor.model.render.preview import lever_url, page_language, preview_css, preview_html

LEVER_ID = "0b7e6a8e-1d2c-4f0a-9a55-3c1e2b7f9d10"


class _Collector(HTMLParser):
    """Collects the text of each element and the links, to assert on structure."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self.links: list[tuple[str, str]] = []
        self.html_lang = None
        self._href = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "a":
            self._href = attrs.get("href")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass
        if tag == "a":
            self._href = None

    def handle_data(self, data):
        if self.stack:
            self.texts.setdefault(self.stack[-1], []).append(data)
        if self._href is not None and data.strip():
            self.links.append((self._href, data))


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def page(**overrides):
    arguments = dict(title="Developer", body_markdown="Hello **world**.", lang="en",
                     archived=False, lever_id=LEVER_ID)
    arguments.update(overrides)
    return preview_html(**arguments)


def test_is_a_complete_document_with_title_as_h1_and_rendered_body():
    html = page()
    assert html.startswith("<!DOCTYPE html>")
    assert html.rstrip().endswith("</html>")
    parsed = parse(html)
    assert parsed.html_lang == "en"
    assert parsed.texts["h1"] == ["Developer"]
    assert "<strong>world</strong>" in html
    assert "<style>" in html and preview_css().strip()[:40] in html


def test_title_is_escaped():
    html = page(title='<script>alert("x")</script> & co')
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp; co" in html


def test_open_posting_links_to_lever_in_page_language():
    english = parse(page(lang="en"))
    assert (f"https://jobs.lever.co/{LEVER_ID}", "Apply now") in english.links
    french = parse(page(lang="fr"))
    assert french.html_lang == "fr"
    assert (f"https://jobs.lever.co/{LEVER_ID}", "Postuler maintenant") in french.links
    assert "no longer accepting" not in page(lang="en")


def test_archived_posting_shows_banner_and_no_apply_link():
    english = page(archived=True)
    assert "This job posting is no longer accepting applications." in english
    assert "Apply now" not in english
    assert "jobs.lever.co" not in english
    french = page(archived=True, lang="fr")
    assert "Cette offre d’emploi n’accepte plus de candidatures." in french


def test_open_posting_without_lever_id_says_why_there_is_no_link():
    for lever_id in (None, "", "   "):
        html = page(lever_id=lever_id)
        assert "jobs.lever.co" not in html
        assert "leverId" in html
    assert "identifiant Lever" in page(lever_id=None, lang="fr")


def test_lever_id_cannot_break_out_of_the_link():
    html = page(lever_id='x" onclick="evil')
    assert 'onclick="evil' not in html
    assert lever_url('a b"c') == "https://jobs.lever.co/a%20b%22c"


def test_language_tags():
    assert page_language("fr-CA") == "fr"
    assert page_language("FR") == "fr"
    assert page_language("en") == "en"
    assert page_language("de") == "en"


def test_empty_title_gets_a_visible_placeholder():
    assert parse(page(title="  ")).texts["h1"] == ["(no title)"]
    assert parse(page(title="", lang="fr")).texts["h1"] == ["(sans titre)"]


def test_stylesheet_is_read_lazily_from_the_resources_folder(tmp_path, monkeypatch):
    preview_css.cache_clear()
    (tmp_path / "preview").mkdir()
    (tmp_path / "preview" / "preview.css").write_text("body { color: #123456; }", "utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    try:
        assert "#123456" in page()
    finally:
        preview_css.cache_clear()
    monkeypatch.delenv(resources.ENV_VAR)
    assert "#123456" not in page()


def test_resources_dir_in_a_frozen_app(monkeypatch, tmp_path):
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert (resources.resources_dir() / "preview" / "preview.css").is_file()


def test_does_not_import_qt():
    code = ("import sys, editor.model.render.preview as p; "
            "p.preview_html(title='t', body_markdown='b', lang='en', archived=False, lever_id=None); "
            "print(any(name.startswith('PySide6') for name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[3], check=True, timeout=60)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fixed_texts_exist_for_both_languages(lang):
    assert set(preview.FIXED_TEXT[lang]) == set(preview.FIXED_TEXT["en"])
