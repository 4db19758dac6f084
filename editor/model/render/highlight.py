"""Fenced code as Hugo highlights it: Chroma's HTML, reproduced with Pygments.

Hugo (``markup.highlight``, defaults ``codeFences: true``, ``style: monokai``,
``noClasses: true``, ``tabWidth: 4``) hands a fence whose language Chroma knows
to Chroma, which writes inline-styled spans, one flex line per source line.
Chroma's lexers were ported from Pygments, so Pygments' tokens give the same
HTML for most code, and :mod:`editor.model.render.chroma_tokens` retypes the
tokens of the common languages whose Chroma lexer types them otherwise, and
:mod:`editor.model.render.chroma_lexers` has Chroma's own lexers where no retyping
will do (YAML, Dockerfile).  The styles are Chroma's own (``chroma_styles``), with
Chroma's inheritance and CSS.  A language that Chroma knows and Pygments does not
is written in Chroma's frame without colours.

``CHROMA_LANGUAGES`` is the set of fence languages (lower case) for which
Hugo 0.111 highlights, found by rendering through it every Pygments alias and
file extension, and the names, aliases and extensions of Chroma's own lexers
(``plaintext``, ``stylus``…).  Line numbers and ``hl_lines`` are not reproduced.
"""

from __future__ import annotations

import functools
from typing import Any

CHROMA_LANGUAGES = frozenset("""
    1p 1s 3pm 6pl 6pm abap abl abnf aconf actionscript actionscript3 ada ada2005 ada95 adb ads al
    angular2 antlr apache apacheconf apl applescript arduino arexx armasm as as3 asm asn.1 automount
    aux awk b b3d bal ballerina bas bash bash-session bashsession basic bat batch batchfile bb bf
    bib bibtex bicep bind blitzbasic bnf bplus bqn brainfuck bsdmake bzl c c# c++ caddy caddyfile
    caddyfile-directives capnp cassette cc cdf ceylon cf cf3 cfengine3 cfg cfs cfstatement chai
    chaiscript chapel cheetah chpl cjs cl clj clojure cls cmake cmd cob cobol coffee coffee-script
    coffeescript common-lisp console coq cp cpp cpy cr crystal cs csh csharp csproj css cts cucumber
    cxx cython d dal dart decls def device di diff django dns dnssd docker dockerfile dosbatch
    dosini dtd duby dyl dylan dzn ebnf ebuild ecl eclass el elisp elixir elm emacs emacs-lisp
    emacslisp env epf eps erf erl erlang es escript ex exheres-0 exlib exs f f03 f90 f95 factor
    feature fennel fish fishshell fnl forth fortran fortranfixed frag frt fs fsharp fsi fsproj fth
    fun fzn gas gawk gd gdscript gemspec genshi genshitext geo gherkin glsl gnuplot go
    go-html-template go-text-template golang gql gradle graphql graphqls groff groovy gsed h h++
    handlebars haskell haxe hbs hcl hexdump hh hlb hlsl hlsli hpp hrl hs htm html html+genshi
    html+kid http hx hxsl hxx hy hylang i idc idr idris igor igorpro ijs inc inf ini ino intr io ipf
    j java java-properties javascript jinja jl js jsm json jsx julia jungle jy kid kotlin ksh kt
    latex lighttpd lighty link lisp ll llvm load lua m m2 ma mak make makefile mako man mao mariadb
    markdown mason mathematica matlab mawk mc mcfunction md meson meson.build metal mf mhtml mi
    minizinc mjs mk mkd ml mli mlir mll mly mma mod modula-2 modula2 monkeyc morrowind
    morrowindscript mount mts mwscript myghty mysql myt mzn nasm nawk nb nbp netdev network newspeak
    ng2 nginx nim nimrod nix nixos no-highlight nqp nroff ns2 obj-c objc objective-c objectivec
    ocaml octave ones onesenterprise openedge openedgeabl openscad org orgmode p p6 p6l p6m
    pacmanconf patch path pc perl perl6 php php3 php4 php5 phtml pig pkgconfig pl pl6 plain
    plaintext plc plot plpgsql plt plutus-core pm pm6 pony posh postgres postgresql postscr
    postscript pov povray powerquery powershell pp pq pro progress prolog promql properties proto
    protobuf ps ps1 psd1 psl psm1 puppet pwsh pxd pxi py py2 py3 pyi pyrex python python2 python3
    pyw pyx qbasic qbs qml r racket ragel rake raku rakudoc rakumod rakutest rb rbw rbx re react
    reason reasonml reg registry rei rest restructuredtext rex rexx rkt rktd rktl rq rs rs.in rss
    rst ruby rust rvt rx s sage sas sass sc scad scala sce scheme sci scilab scm scope scss sed
    service sh sh-session shell shell-session sieve sig siv slice smalltalk smarty sml snobol socket
    sol solidity sparql spitfire splus spt sql squeak squid squid.conf squidconf ss ssed st stas
    styl stylus sv svelte svg svh swap swift systemd systemverilog t t-sql tablegen tac tape target
    tasm tcl tcsh td termcap terminfo terraform tex text tf thrift timer tmpl toc toml tpl
    tradingview transact-sql ts tsql tst tsx ttl tu turing turtle tv twig txt typescript typoscript
    typoscriptcssdata typoscripthtmldata udiff v vala vapi vb vb.net vbnet vcxproj verilog vert vhd
    vhdl vhs vim viml vue vuejs wdte whiley winbatch wlua wsdl wsf xhtml xml xml+genshi xml+kid xorg
    xorg.conf xsd xsl xslt yaml yang yml zed zig zone zsh zshrc
""".split())

def knows(lang: str) -> bool:
    """True when Hugo's Chroma highlights a fence with this language."""
    return lang.lower() in CHROMA_LANGUAGES


def highlight(code: str, lang: str, style: str = "monokai", no_classes: bool = True, tab_width: int = 4) -> str:
    """Hugo's HTML for a fence of ``code`` in ``lang`` (a language that ``knows`` accepts)."""
    from pygments.token import Token  # a few dozen milliseconds, paid on the first fence only

    lexer = _lexer(lang.lower())
    pieces = _tokens(lexer.aliases[0] if lexer.aliases else "", code) if lexer is not None and code \
        else [(Token.Text, code)]
    escaped = _go_escape
    head = f'<code class="language-{lang}" data-lang="{lang}">'
    if no_classes:
        # Chroma leaves out the browsers' default tab size of 8
        tabs = "" if tab_width == 8 else f"-moz-tab-size:{tab_width};-o-tab-size:{tab_width};tab-size:{tab_width};"
        pre = f'<pre tabindex="0" style="{_token_css(style, "Background")};{tabs}">'
        line_open, line_close = '<span style="display:flex;"><span>', "</span></span>"

        def attr(kind: Any) -> str:
            value = _token_css(style, str(kind)[6:])
            return f' style="{value}"' if value is not None else ""
    else:
        pre = '<pre tabindex="0" class="chroma">'
        line_open, line_close = '<span class="line"><span class="cl">', "</span></span>"

        def attr(kind: Any) -> str:
            from pygments.token import STANDARD_TYPES

            while kind is not None and kind not in STANDARD_TYPES:
                kind = kind.parent
            name = STANDARD_TYPES.get(kind, "") if kind is not None else ""
            return f' class="{name}"' if name and kind is not Token.Text else ""

    out = [f'<div class="highlight">{pre}{head}']
    # Chroma's line split: a token that ends a line leaves an empty token of its
    # type at the head of the next line, written as an empty span.
    lines: list[list[tuple[str, str]]] = []
    line: list[tuple[str, str]] = []
    for kind, value in _coalesce(pieces):
        span = attr(kind)
        while "\n" in value:
            head_part, value = value.split("\n", 1)
            line.append((span, head_part + "\n"))
            lines.append(line)
            line = []
        line.append((span, value))
    if any(value for _, value in line):
        lines.append(line)
    for tokens in lines:
        out.append(line_open)
        out.extend(f"<span{span}>{escaped(value)}</span>" if span else escaped(value) for span, value in tokens)
        out.append(line_close)
    out.append("</code></pre></div>")
    return "".join(out)


def _tokens(alias: str, code: str) -> list[tuple[Any, str]]:
    """Chroma's tokens of ``code`` in the language of Pygments' lexer ``alias``."""
    from pygments.token import Token

    from editor.model.render.chroma_lexers import LEXERS
    from editor.model.render.chroma_tokens import chroma_tokens

    own = LEXERS.get(alias)
    if own is not None:
        return own.tokens(code, _tokens)
    lexer = _lexer(alias)
    if lexer is None:
        return [(Token.Text, code)]
    if code.endswith("\n"):
        return chroma_tokens(alias, list(lexer.get_tokens(code)))
    # Text handed over by another lexer (a Dockerfile's shell command) ends without a line break,
    # where Chroma's patterns that end with "$" still match and Pygments' that end with "\n" do not.
    pieces = chroma_tokens(alias, list(lexer.get_tokens(code + "\n")))
    if pieces and pieces[-1][1].endswith("\n"):
        kind, value = pieces.pop()
        pieces += [(kind, value[:-1])] if value != "\n" else []
    return pieces


def _coalesce(pieces: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Adjacent tokens of one type as one, as Chroma's lexers give them."""
    merged: list[tuple[Any, str]] = []
    for kind, value in pieces:
        if not value:
            continue
        if merged and merged[-1][0] is kind:
            merged[-1] = (kind, merged[-1][1] + value)
        else:
            merged.append((kind, value))
    return merged


def _go_escape(text: str) -> str:
    """Go's html.EscapeString, which Chroma uses."""
    return (text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&#34;"))


@functools.lru_cache(maxsize=64)
def _lexer(lang: str) -> Any:
    from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(lang, stripnl=False, ensurenl=False)
    except ClassNotFound:
        pass
    try:
        return get_lexer_for_filename(f"code.{lang}", stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


# Chroma numbers its token types so that a type inherits the style of its category (Name, Literal…)
# and of these sub-categories only: Name.Function.Magic takes nothing from Name.Function.
_SUBCATEGORIES = frozenset({"Literal.String", "Literal.Number", "Comment.Preproc"})


def _ancestors(name: str) -> list[str]:
    """The types whose style ``name`` inherits, nearest first: its sub-category, its category."""
    parts = name.replace("PreprocFile", "Preproc.File").split(".")  # Pygments' one odd spelling
    found = [".".join(parts[:2])] if len(parts) > 2 and ".".join(parts[:2]) in _SUBCATEGORIES else []
    return found + [parts[0]] if len(parts) > 1 else found


@functools.lru_cache(maxsize=1024)
def _token_css(style: str, name: str) -> str | None:
    """The CSS Chroma writes for a token type (``Name.Function``): its entry less what the background sets.

    None when the type's entry, its sub-category's and its category's are all the background's: Chroma
    then writes no style. An entry that differs only in what CSS does not show (a border, "nobold")
    is written as an empty style, as Chroma does.
    """
    entries = _style_entries(style)
    background = _inherit(entries.get("Background", {}), [entries.get("Text", {})])
    if name == "Background":
        return _to_css(background)
    for written in [name, *_ancestors(name)]:
        entry = _inherit(entries.get(written, {}), [entries.get(parent, {}) for parent in _ancestors(written)])
        differs = {k: v for k, v in entry.items() if background.get(k) != v and k != "noinherit"}
        if differs:
            return _to_css(differs)
    return None


def _inherit(entry: dict[str, str], ancestors: list[dict[str, str]]) -> dict[str, str]:
    if entry.get("noinherit"):
        return entry
    out = dict(entry)
    for ancestor in ancestors:
        for key, value in ancestor.items():
            out.setdefault(key, value)
    return out


@functools.lru_cache(maxsize=8)
def _style_entries(style: str) -> dict[str, dict[str, str]]:
    """Chroma's style of that name (the names are case-sensitive; Hugo falls back to swapoff)."""
    styles = chroma_styles()
    return {name: _parse(spec) for name, spec in styles.get(style, styles["swapoff"]).items()}


@functools.lru_cache(maxsize=1)
def chroma_styles() -> dict[str, dict[str, str]]:
    """Chroma's styles as Hugo 0.111 carries them (resources/chroma_styles.json, tools/chroma_styles.py)."""
    import json

    from editor.resources import resource_path

    styles: dict[str, dict[str, str]] = json.loads(resource_path("chroma_styles.json").read_text(encoding="utf-8"))
    return styles


def _parse(spec: str) -> dict[str, str]:
    entry: dict[str, str] = {}
    for word in spec.split():
        if word.startswith("#"):
            entry["color"] = _colour(word)
        elif word.startswith("bg:") and len(word) > 3:
            entry["background-color"] = _colour(word[3:])
        elif word.startswith("border:") and len(word) > 7:
            entry["border"] = _colour(word[7:])
        elif word == "noinherit":
            entry[word] = "yes"
        elif word in ("bold", "italic", "underline"):
            entry[word] = "yes"
        elif word in ("nobold", "noitalic", "nounderline"):
            entry[word[2:]] = "no"
    return entry


def _to_css(entry: dict[str, str]) -> str:
    styles = []
    if "color" in entry:
        styles.append(f"color:{entry['color']}")
    if "background-color" in entry:
        styles.append(f"background-color:{entry['background-color']}")
    if entry.get("bold") == "yes":
        styles.append("font-weight:bold")
    if entry.get("italic") == "yes":
        styles.append("font-style:italic")
    if entry.get("underline") == "yes":
        styles.append("text-decoration:underline")
    return ";".join(styles)


def _colour(spec: str) -> str:
    """A colour as Chroma's CSS writes it: lower case, #aabbcc shortened to #abc."""
    value = spec.lower().lstrip("#")
    if len(value) == 3:
        value = "".join(digit * 2 for digit in value)
    if value[0::2] == value[1::2]:
        value = value[0::2]
    return "#" + value
