"""Section 'Safety': every kind of bad file is a plain-language finding, never a crash."""

import pytest

from editor.model.frontmatter.document import MAX_FILE_BYTES
from editor.model.frontmatter.posting import Posting

BILLION_LAUGHS = (
    "---\n"
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
    "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
    "---\nBody\n"
)

CASES = {
    "empty": (b"", "empty-file", 1),
    "blank": (b"  \n\n", "empty-file", 1),
    "no front matter": (b"# Just a heading\n", "no-front-matter", 1),
    "toml syntax": (b"+++\ntitle = 'x'\narchived = \n+++\nBody\n", "toml-syntax", 3),
    "toml impossible date": (b"+++\ntitle = 'x'\ndate = 2024-02-30\n+++\n", "toml-value", 3),
    "toml duplicate": (b"+++\ntitle = 'x'\ntitle = 'y'\n+++\n", "toml-syntax", 3),
    "toml unclosed": (b"+++\ntitle = 'x'\nBody\n", "unclosed-front-matter", 1),
    "toml too deep": (b"+++\na = " + b"[" * 150 + b"]" * 150 + b"\n+++\n", "front-matter-too-complex", 2),
    "json syntax": (b'{\n  "title": "x",\n  "archived": tru\n}\nBody\n', "json-syntax", 3),
    "json unclosed": (b'{\n  "title": "x",\nBody\n', "unclosed-front-matter", 1),
    "json not a number": (b'{\n  "title": "x",\n  "n": NaN\n}\n', "json-value", 3),
    "json too deep": (b'{"a":\n' + b"[" * 150 + b"]" * 150 + b"}\n", "front-matter-too-complex", 2),
    "json too many values": (b'{"a": [' + b"1," * 30_000 + b"1]}\n", "front-matter-too-complex", 1),
    "unclosed": (b"---\ntitle: x\nBody\n", "unclosed-front-matter", 1),
    "not utf-8": (b"---\ntitle: caf\xe9\n---\n", "not-utf8", 2),
    "not a mapping": (b"---\n- a\n- b\n---\n", "front-matter-not-mapping", 2),
    "python tag": (b"---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\n", "unknown-tag", 2),
    "custom tag": (b"---\nlayout: job-posting\ntitle: !secret value\n---\n", "unknown-tag", 3),
    "quote inside quotes": (b"---\nlayout: job-posting\ntitle: 'l'equipe'\n---\n", "yaml-syntax", 3),
    "blank line in folded": (b"---\ndescription: >-\n  one\n\ntwo\narchived: true\n---\n", "yaml-syntax", 5),
    "undefined alias": (b"---\ntitle: *nothing\n---\n", "yaml-syntax", 2),
    "billion laughs": (BILLION_LAUGHS.encode(), "yaml-too-complex", None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_an_invalid_posting_with_a_plain_message(name):
    raw, code, line = CASES[name]
    posting = Posting(raw)
    assert not posting.valid
    assert posting.problem.code == code
    if line is not None:
        assert posting.problem.line == line
    assert "Traceback" not in posting.problem.message
    assert posting.problem.message[0].isupper()
    assert posting.to_bytes() == raw  # an invalid file is never rewritten from a guess


def test_billion_laughs_is_refused_by_the_expansion_bound():
    # Refused by counting values, not by a clock (benchmarks/bench_hostile_input.py times it).
    posting = Posting(BILLION_LAUGHS.encode())
    assert not posting.valid and posting.problem.code == "yaml-too-complex"


def test_python_tag_is_never_executed(tmp_path):
    marker = tmp_path / "ran"
    raw = f"---\ntitle: !!python/object/apply:pathlib.Path.touch [{str(marker)!r}]\n---\n".encode()
    Posting(raw)
    assert not marker.exists()


def test_duplicate_key_is_reported_at_the_second_occurrence():
    posting = Posting(b"---\ntitle: a\nlayout: job-posting\ntitle: b\n---\n")
    findings = posting.syntax_findings("f.md")
    assert [(f.code, f.line) for f in findings] == [("duplicate-key", 4)]


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "huge.md"
    path.write_bytes(b"---\ntitle: x\n---\n" + b"a" * (MAX_FILE_BYTES + 10))
    posting = Posting.load(path)
    assert posting.problem.code == "file-too-large"


def test_errors_after_a_bom_and_crlf_point_at_file_lines():
    posting = Posting("\ufeff---\r\nlayout: job-posting\r\ntitle: 'l'x'\r\n---\r\n".encode())
    assert posting.problem.line == 3


@pytest.mark.parametrize("raw, code, english, french", [
    (b'{\n  "title": "x",\n  "n": -Infinity\n}\n', "json-value",
     "The value of 'n' cannot be read: -Infinity is not a JSON number, and Hugo refuses it.",
     "-Infinity n’est pas un nombre JSON, et Hugo le refuse."),
    (b'{\n  "n": ' + b"7" * 5000 + b"\n}\n", "json-value",
     "The value of 'n' cannot be read (a number has more than 4,300 digits).", "(un nombre a plus de 4 300 chiffres)."),
    (b"+++\nn = " + b"7" * 5000 + b"\n+++\n", "toml-value",
     "A value in the TOML front matter cannot be read (a number has more than 4,300 digits).",
     "(un nombre a plus de 4 300 chiffres)."),
])
def test_a_number_hugo_cannot_read_is_said_in_both_languages(raw, code, english, french):
    problem = Posting(raw).problem
    assert problem.code == code
    assert problem.message_in("en") == english
    assert problem.message_in("fr").replace("\u00a0", " ").endswith(french)
