"""Fenced code highlighted as Hugo's Chroma does it (editor.model.render.highlight).

The spec examples 142 and 143 (test_render_commonmark_spec) hold Hugo's
monokai output for Ruby without needing hugo; the tests here compare more
languages and the ``markup.highlight`` settings with the installed hugo.

``highlight_samples/`` holds a sample in each of the fence languages most used in
documentation, rendered once through hugo; each must match byte for byte, with
inline styles and with CSS classes, except those of ``NOT_REPRODUCED`` (none today;
expected failures, strict: one that starts matching fails until it leaves the list).
Pygments' lexers have moved on since Chroma ported them: ``chroma_tokens`` retypes
their tokens, and ``chroma_lexers`` has Chroma's own lexers where no retyping will do.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from editor.model.render import highlight as render_highlight
from editor.model.render.markdown import RenderOptions, render_body
from tests.model.render.test_hugo_conformance import run_hugo

SAMPLES = Path(__file__).parent / "highlight_samples"
SAMPLE_NAMES = sorted(path.stem for path in SAMPLES.glob("*.txt"))
HUGO = shutil.which("hugo")
needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")
# The samples' hugo renders are shared by the tests of one worker
pytestmark = pytest.mark.xdist_group("highlight")

# Samples whose Hugo HTML is not reproduced, and the token difference that stands in the way
NOT_REPRODUCED: dict[str, str] = {}

MONOKAI_PRE = (
    '<div class="highlight"><pre tabindex="0" style="color:#f8f8f2;background-color:#272822;'
    '-moz-tab-size:4;-o-tab-size:4;tab-size:4;">'
)


def test_python_as_hugo_writes_it() -> None:
    # Hugo 0.111's output for this fence
    html = render_body("```Python\n# c\nx = 'a' \"b\" < 2\n\n\ty\n```\n")
    assert html == (
        MONOKAI_PRE + '<code class="language-Python" data-lang="Python"><span style="display:flex;"><span>'
        '<span style="color:#75715e"># c</span>\n</span></span><span style="display:flex;"><span>x '
        '<span style="color:#f92672">=</span> <span style="color:#e6db74">&#39;a&#39;</span> '
        '<span style="color:#e6db74">&#34;b&#34;</span> <span style="color:#f92672">&lt;</span> '
        '<span style="color:#ae81ff">2</span>\n</span></span><span style="display:flex;"><span>\n</span></span>'
        '<span style="display:flex;"><span>\ty\n</span></span></code></pre></div>'
    )


def test_a_token_ending_a_line_leaves_an_empty_span() -> None:
    # Hugo 0.111: Chroma's SQL comment keeps its line break, and its type starts the next line
    html = render_body("```sql\n-- c\nSELECT 1;\n```\n")
    assert '<span style="color:#75715e">-- c\n</span></span></span><span style="display:flex;"><span>' \
           '<span style="color:#75715e"></span><span style="color:#66d9ef">SELECT</span>' in html


def test_tokens_typed_as_chroma_types_them() -> None:
    # Hugo 0.111: a Go comment keeps its line break, a lone ">" or "=" is punctuation; TOML keys are
    # names, "=" and brackets punctuation, a date a number
    line = '<span style="display:flex;"><span>'
    assert render_body("```go\nx := a > b // c\ny = 1\n```\n").endswith(
        line + '<span style="color:#a6e22e">x</span> <span style="color:#f92672">:=</span> '
        '<span style="color:#a6e22e">a</span> &gt; <span style="color:#a6e22e">b</span> '
        '<span style="color:#75715e">// c\n</span></span></span>' + line + '<span style="color:#75715e"></span>'
        '<span style="color:#a6e22e">y</span> = <span style="color:#ae81ff">1</span>\n</span></span></code></pre></div>')
    assert render_body("```toml\n[a]\nk = 1979-05-27\n```\n").endswith(
        line + '[<span style="color:#a6e22e">a</span>]\n</span></span>' + line + '<span style="color:#a6e22e">k</span> = '
        '<span style="color:#ae81ff">1979-05-27</span>\n</span></span></code></pre></div>')


def test_languages_chroma_lacks_and_empty_fences() -> None:
    assert not render_highlight.knows("nosuch") and render_highlight.knows("GO")
    assert render_body("```nosuch\nx\n\n```\n") == \
        '<pre tabindex="0"><code class="language-nosuch" data-lang="nosuch">x\n</code></pre>'
    assert render_body("``` go {hl_lines=1}\n\n\n```\n") == \
        MONOKAI_PRE + '<code class="language-go" data-lang="go"></code></pre></div>'


def test_settings_are_read_from_the_site_config() -> None:
    options = RenderOptions.from_hugo_config(
        {"markup": {"highlight": {"noClasses": False, "tabWidth": "x", "codeFences": True, "style": "dracula"}}}
    )
    assert (options.highlight_no_classes, options.highlight_tab_width, options.highlight_style) == (False, 4, "dracula")


HIGHLIGHT_SETTINGS = {
    "classes": {"noClasses": False},
    "no-code-fences": {"codeFences": False},
    "tab-width-8": {"tabWidth": 8},
    "tab-width-2": {"tabWidth": 2},
}
SETTINGS_BODY = "```python\n# c\nx = 'a' + 2\n\tdef f(): pass\n```\n\n```nosuch\nx\n```\n\n```\nplain\n```\n"


@needs_hugo
@pytest.mark.parametrize("name", sorted(HIGHLIGHT_SETTINGS))
def test_highlight_settings_match_hugo(tmp_path: Path, name: str) -> None:
    config = {"markup": {"highlight": HIGHLIGHT_SETTINGS[name]}}
    hugo = run_hugo(tmp_path / "site", {"page": "---\ntitle: x\n---\n" + SETTINGS_BODY}, config)
    assert render_body(SETTINGS_BODY, RenderOptions.from_hugo_config(config)) == hugo["page"]


# Chroma's own styles: light and dark ones, one with "noinherit" (gruvbox), one whose error
# style is a border only, written as an empty style (algol); an unknown style and a miscased
# name (Chroma's are case-sensitive) fall back to swapoff as in Hugo.
STYLES = ["github", "dracula", "solarized-dark", "friendly", "gruvbox", "algol", "no-such-style", "GitHub"]
STYLED_SAMPLES = [lang for lang in SAMPLE_NAMES if lang not in NOT_REPRODUCED]


@needs_hugo
@pytest.mark.parametrize("style", STYLES)
def test_styles_match_hugo(tmp_path: Path, style: str) -> None:
    config = {"markup": {"highlight": {"style": style}}}
    body = "\n".join(sample_body(lang) for lang in STYLED_SAMPLES)
    hugo = run_hugo(tmp_path / "site", {"page": "---\ntitle: x\n---\n" + body}, config)
    assert render_body(body, RenderOptions.from_hugo_config(config)) == hugo["page"]


def test_style_css_is_written_as_chroma_writes_it() -> None:
    # Hugo 0.111: colours in lower case, shortened where they can be; an unknown style is swapoff
    github = render_body("```python\nx = 1 # c\n```\n", RenderOptions(highlight_style="github"))
    assert github.startswith('<div class="highlight"><pre tabindex="0" style="background-color:#fff;')
    assert '<span style="color:#099">1</span> <span style="color:#998;font-style:italic"># c</span>' in github
    assert render_body("```python\nx\n```\n", RenderOptions(highlight_style="GitHub")).startswith(
        '<div class="highlight"><pre tabindex="0" style="color:#e5e5e5;background-color:#000;')


def test_style_inherits_as_chroma_numbers_token_types() -> None:
    # Name.Function.Magic takes Name's style, not Name.Function's: println! is not green in monokai
    assert '<span style="display:flex;"><span>println!(<span style="color:#e6db74">&#34;</span>' in \
        render_body('```rust\nprintln!("{}", x);\n```\n')


def test_dockerfile_line_breaks_are_errors_as_in_chroma() -> None:
    # Hugo 0.111: no rule of Chroma's Dockerfile lexer takes a line break
    error = '<span style="color:#960050;background-color:#1e0010">'
    assert render_body("```dockerfile\nFROM x\n```\n") == (
        MONOKAI_PRE + '<code class="language-dockerfile" data-lang="dockerfile"><span style="display:flex;"><span>'
        f'<span style="color:#66d9ef">FROM</span><span style="color:#e6db74"> x</span>{error}\n</span>'
        '</span></span></code></pre></div>')


def test_plaintext_is_framed_without_colours() -> None:
    assert render_highlight.knows("plaintext") and render_highlight.knows("no-highlight")
    assert render_body("```plaintext\n<a>\n```\n") == (
        MONOKAI_PRE + '<code class="language-plaintext" data-lang="plaintext"><span style="display:flex;"><span>'
        '&lt;a&gt;\n</span></span></code></pre></div>')


# Code beyond the samples where Chroma's lexer types tokens otherwise than Pygments': each
# retyping rule of chroma_tokens and each rule of chroma_lexers in other places than the
# sample put it to the test.
MORE = Path(__file__).parent / "highlight_more"  # files named language.number.txt


@needs_hugo
def test_retyped_languages_beyond_the_samples(tmp_path: Path) -> None:
    bodies = {path.stem.replace(".", ""): f"```{path.stem.split('.')[0]}\n{path.read_text(encoding='utf-8')}```\n"
              for path in sorted(MORE.glob("*.txt"))}
    assert len(bodies) >= 25
    hugo = run_hugo(tmp_path / "site", {name: "---\ntitle: x\n---\n" + body for name, body in bodies.items()})
    assert {name: render_body(body) for name, body in bodies.items()} == hugo


def sample_body(lang: str) -> str:
    return f"```{lang}\n{(SAMPLES / f'{lang}.txt').read_text(encoding='utf-8')}```\n"


def _render_samples(tmp_path_factory: pytest.TempPathFactory, config: dict | None = None) -> dict[str, str]:
    if HUGO is None:
        pytest.skip("hugo is not installed (apt-get install hugo)")
    site = tmp_path_factory.mktemp("samples") / "site"
    return run_hugo(site, {lang: "---\ntitle: x\n---\n" + sample_body(lang) for lang in SAMPLE_NAMES}, config)


@pytest.fixture(scope="module")
def hugo_samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Hugo's HTML of every sample, one build for them all."""
    return _render_samples(tmp_path_factory)


CLASSES = {"markup": {"highlight": {"noClasses": False}}}


@pytest.fixture(scope="module")
def hugo_samples_in_classes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Hugo's HTML of every sample written with CSS classes (noClasses: false)."""
    return _render_samples(tmp_path_factory, CLASSES)


def test_the_samples_cover_the_languages_of_documentation() -> None:
    assert {"bash", "sh", "shell", "console", "python", "js", "ts", "json", "yaml", "toml", "html", "css", "xml",
            "sql", "go", "java", "c", "cpp", "csharp", "php", "ruby", "rust", "diff", "dockerfile", "makefile",
            "ini", "markdown", "powershell", "text", "plaintext"} <= set(SAMPLE_NAMES)
    assert set(NOT_REPRODUCED) <= set(SAMPLE_NAMES)


@needs_hugo
@pytest.mark.parametrize("lang", [
    pytest.param(lang, marks=pytest.mark.xfail(reason=NOT_REPRODUCED[lang], strict=True)) if lang in NOT_REPRODUCED
    else lang for lang in SAMPLE_NAMES])
def test_sample_as_hugo_writes_it(hugo_samples: dict[str, str], lang: str) -> None:
    assert render_body(sample_body(lang)) == hugo_samples[lang]


@needs_hugo
@pytest.mark.parametrize("lang", [
    pytest.param(lang, marks=pytest.mark.xfail(reason=NOT_REPRODUCED[lang], strict=True)) if lang in NOT_REPRODUCED
    else lang for lang in SAMPLE_NAMES])
def test_sample_in_classes_as_hugo_writes_it(hugo_samples_in_classes: dict[str, str], lang: str) -> None:
    # Classes name every token type Chroma gives, where inline styles show only those the style colours
    assert render_body(sample_body(lang), RenderOptions.from_hugo_config(CLASSES)) == hugo_samples_in_classes[lang]
