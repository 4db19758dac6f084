"""Fenced code highlighted as Hugo's Chroma does it (editor.model.render.highlight).

The spec examples 142 and 143 (test_render_commonmark_spec) hold Hugo's
monokai output for Ruby without needing hugo; the tests here compare more
languages and the ``markup.highlight`` settings with the installed hugo.

Pygments' lexers have moved on since Chroma ported them, so some languages get
a token coloured differently; ``editor.model.render.chroma_tokens`` retypes those
it can. ``BYTE_IDENTICAL`` lists the samples of ``highlight_samples/`` that match
byte for byte today, and every other sample must still have Hugo's text, lines
and frame.
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
HUGO = shutil.which("hugo")
needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")
BYTE_IDENTICAL = {"python", "json", "html", "css", "ruby", "sql", "markdown",
                  # through the retyping of editor.model.render.chroma_tokens
                  "bash", "c", "diff", "go", "java", "js", "toml", "typescript"}

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


# Code beyond the samples where Chroma's lexer types tokens otherwise than Pygments': each
# retyping rule of chroma_tokens in other places than the sample put it to the test.
RETYPED_LANGUAGES = {
    "go": ["x := a >= b && c != d\ny := !z\nf(1) // done", "if a > b || c == d {\n\treturn\n}"],
    "js": ["if (a instanceof B) { delete x.y; typeof z; }\nthrow new TypeError(\"x\") // e",
           "const e = new Error('x'); /* c */"],
    "typescript": ["let a: number = 1;\nconst f = (x): void => {};\nfunction g(p: T): string {}\n// c\nx ? y : z;"],
    # (a number right before ";" is plain text to Chroma, not reproduced)
    "bash": ["for i in a b; do echo $i; done # c\ncase $x in a) ;; esac"],
    "diff": ["diff -u a b\n--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n z"],
    "c": ["int f(void) { return g(1) + MAX (a, b); }\nif (x) y();"],
    "java": ["int x = 5;\nreturn 0;\nlong y = 70000L;\nx = x + 42; // n\nfoo(12);"],
    "toml": ["[a.b]\nx = 1979-05-27\ny = [1, 2]\nz = { k = \"v\" }\n\"quoted key\" = 1\nflag = false"],
}


@needs_hugo
def test_retyped_languages_beyond_the_samples(tmp_path: Path) -> None:
    bodies = {f"{lang}{number}": f"```{lang}\n{code}\n```\n"
              for lang, codes in RETYPED_LANGUAGES.items() for number, code in enumerate(codes)}
    hugo = run_hugo(tmp_path / "site", {name: "---\ntitle: x\n---\n" + body for name, body in bodies.items()})
    assert {name: render_body(body) for name, body in bodies.items()} == hugo


# Chroma's own quirks, not reproduced
TEXT_DIFFERS = {
    "yaml": "Chroma's YAML lexer repeats a folded scalar's indentation after its last line",
}
_TAG = re.compile(r"<[^>]+>")


@needs_hugo
def test_common_languages_against_hugo(tmp_path: Path) -> None:
    samples = {path.stem: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))}
    bodies = {lang: f"```{lang}\n{code}```\n" for lang, code in samples.items()}
    hugo = run_hugo(tmp_path / "site", {lang: "---\ntitle: x\n---\n" + body for lang, body in bodies.items()})
    identical = {lang for lang, body in bodies.items() if render_body(body) == hugo[lang]}
    print(f"\nhighlighting: {len(identical)} of {len(bodies)} samples byte-identical: {sorted(identical)}")
    assert BYTE_IDENTICAL <= identical
    for lang, body in bodies.items():
        mine = render_body(body)
        assert mine.startswith(MONOKAI_PRE), lang
        assert mine.count('<span style="display:flex;">') == hugo[lang].count('<span style="display:flex;">'), lang
        if lang not in TEXT_DIFFERS:
            assert _TAG.sub("", mine) == _TAG.sub("", hugo[lang]), lang
