"""Every finding code the model can emit is in the catalogue the window shows messages from."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model.checks import check_posting
from editor.model.checks.pipeline import check_site
from editor.model.findings import Finding, Severity
from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from editor.model.translation import check_pair_translation, check_posting_translation
from editor.model.findings import FindingCode
from editor.ui import i18n
from tests.model.corpus import CORPUS_SITE_GROUP


def known_codes() -> frozenset[str]:
    return frozenset(code.value for code in FindingCode)

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "editor" / "model"
CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def _is_severity(node: ast.expr) -> bool:
    return ((isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Severity")
            or (isinstance(node, ast.Name) and node.id == "severity"))


def _code_args(call: ast.Call) -> list[ast.expr]:
    """The argument(s) of ``call`` that hold a finding code, by the model's calling conventions."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    args = call.args
    if name in ("DocumentError", "YamlError", "Problem", "of") and args:
        return [args[0]]  # (code, line, column), Problem.of(code, line, column)
    if name in ("_edit", "Edit") and len(args) >= 5:
        return [args[4] if name == "_edit" else args[3]]  # _edit(text, start, end, replacement, code, ...)
    # Finding(file, line, column, severity, code, message), ctx.finding(lang, place, severity, code, message),
    # _add(line, column, severity, code, message), add(field, severity, code, message): the code follows the severity.
    return [args[i + 1] for i, arg in enumerate(args[:-1]) if _is_severity(arg)]


def _choices(node: ast.expr) -> list[str]:
    """The strings an argument can be: a literal, or either branch of ``"a" if test else "b"``."""
    if isinstance(node, ast.IfExp):
        return _choices(node.body) + _choices(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def codes_in_source() -> tuple[set[str], list[str]]:
    """Literal codes passed to the model's finding constructors, and patterns of those built with f-strings."""
    literal: set[str] = set()
    patterns: list[str] = []
    for path in MODEL.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for arg in _code_args(node):
                if isinstance(arg, ast.JoinedStr):
                    patterns.append("".join(re.escape(part.value) if isinstance(part, ast.Constant) else "[a-z]+"
                                            for part in arg.values))
                    continue
                literal.update(value for value in _choices(arg) if CODE.fullmatch(value))
    return literal, patterns


def test_every_code_in_the_model_source_has_a_message():
    literal, patterns = codes_in_source()
    # The scan itself must keep finding the codes, or this test would pass on nothing.
    assert {"yaml-syntax", "missing-field", "heading-skip", "key-used-twice", "number-mismatch",
            "typography-time", "email-missing", "link-missing", "unreadable", "export-outside"} <= literal
    assert len(literal) >= 60
    assert sorted(literal - known_codes()) == []
    for pattern in patterns:
        assert any(re.fullmatch(pattern, code) for code in known_codes()), pattern


def test_codes_documented_by_the_translation_package_have_messages():
    import editor.model.translation as translation

    listed = translation.__doc__.split("Finding codes:")[1].split(".\n")[0]
    codes = {code.strip() for code in listed.replace("\n", " ").split(",")}
    assert len(codes) >= 20
    assert sorted(codes - known_codes()) == []


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _front(**fields) -> str:
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\n"


BROKEN_FILES = {
    "not-utf8": b"---\ntitle: caf\xe9\n---\n",
    "empty-file": b"",
    "no-front-matter": b"# Just a body\n",
    "unclosed-front-matter": b"---\ntitle: x\n",
    "yaml-syntax": b"---\ntitle: [unclosed\n---\n",
    "unknown-tag": b"---\ntitle: !!python/object x\n---\n",
    "duplicate-key": b"---\ntitle: a\ntitle: b\n---\n",
    "front-matter-not-mapping": b"---\n- a\n- b\n---\n",
    "yaml-too-complex": ("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                         + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n"
                                   for p, c in zip("abcdefg", "bcdefgh")) + "---\n").encode(),
}


def test_hand_made_broken_files_only_emit_codes_with_messages(tmp_path):
    emitted: set[str] = set()
    for expected, raw in BROKEN_FILES.items():
        posting = Posting(raw, tmp_path / "broken.md", "en")
        codes = {f.code for f in check_posting(posting, "broken.md")}
        assert expected in codes, (expected, codes)
        emitted |= codes
    body = ("# Heading one\n\n#### Skipped\n\n<b>bold</b>\n\n[](https://example.com) [here](https://example.com)\n")
    fields = _front(title="' Spaced &amp; '", description="", archived="maybe", layout="page",
                    leverId="not-a-uuid", translationKey="''")
    posting = Posting((fields + body).encode(), tmp_path / "a&amp;b.md", "en")
    codes = {f.code for f in check_posting(posting, "a.md")}
    assert {"body-h1", "heading-skip", "raw-html", "empty-link-text", "vague-link-text", "title-spaces",
            "html-entity", "empty-description", "archived-not-boolean", "wrong-layout", "lever-id-not-uuid",
            "empty-translation-key", "html-entity-in-file-name"} <= codes
    emitted |= codes
    emitted |= {f.code for f in check_posting(Posting(b"---\ntitle: x\n---\n", tmp_path / "x.md", "en"), "x.md")}
    assert "missing-field" in emitted
    assert sorted(emitted - known_codes()) == []


def test_a_broken_pair_only_emits_codes_with_messages(tmp_path):
    lever = "0f8fad5b-d9cb-469f-a165-70867728950e"
    common = dict(layout="job-posting", type="section", archived="false", leverId=lever, translationKey="analyst")
    en = _write(tmp_path / "content/en/careers/positions" / "data-analyst.md",
                _front(title="Data analyst", description="Analyse data", **common)
                + "## Salary\n\nThe salary is $85,000 to $95,000 a year, 37.5 hours a week, from 9:00 AM.\n\n"
                  "Write to jobs@example.com or see https://example.com/en/apply.\n\n"
                  "- one\n- two\n- three\n\n## Benefits\n\nGood benefits for everyone, with pension and leave.\n")
    fr = _write(tmp_path / "content/fr/careers/positions" / "analyste.md",
                _front(title="Analyste de données", description="''", **{**common, "archived": "true"})
                + "The salary is good and paid every two weeks into your account.\n\n"
                  "Voir https://example.com/en/apply : 50 % des heures, 15,000 $, l'équipe, les employé.e.s.\n\n"
                  "- un\n\n[À TRADUIRE] texte\n")
    site = Site.open(tmp_path)
    index = SiteIndex.build(site)
    found: list[Finding] = check_site(index, translation=False, spelling=False, grammar=False, workers=1, cache=False)
    en_posting, fr_posting = Posting(en.read_bytes(), en, "en"), Posting(fr.read_bytes(), fr, "fr")
    for posting, lang in ((en_posting, "en"), (fr_posting, "fr")):
        found += check_posting_translation(posting, posting.path.name, lang)
    found += check_pair_translation(en_posting, fr_posting)
    codes = {f.code for f in found}
    assert {"shared-field-mismatch", "file-name-convention", "description-not-translated"} <= codes, codes
    assert len({c for c in codes if c.startswith("typography-")}) >= 2, codes
    assert sorted(codes - known_codes()) == []


@CORPUS_SITE_GROUP
def test_the_real_corpus_only_emits_codes_with_messages(corpus_site_findings):
    codes = {f.code for f in corpus_site_findings}
    assert len(codes) >= 10  # the corpus has broken YAML, untranslated text and typography to fix
    assert sorted(codes - known_codes()) == []


def test_the_problems_panel_runs_the_export_gates_pipeline(tmp_path):
    from editor.ui.problem_checker import _Snapshot, check_snapshot

    common = dict(layout="job-posting", type="section", archived="false", translationKey="analyst")
    en = _write(tmp_path / "content/en/careers/positions/analyst.md", _front(title="Analyst", description="Data.", **common)
                + "## About the role\n\n- _Describe a main responsibility…_\n")
    fr = _write(tmp_path / "content/fr/careers/positions/analyste.md", _front(title="Analyste", description="Données.", **common)
                + "## Le poste\n\nYou will help a small team answer questions from the public with data, and you will "
                  "explain what the numbers mean to the people who make the decisions.\n")
    site = Site.open(tmp_path)
    files = {"en": (en.read_bytes(), en, "en/analyst.md"), "fr": (fr.read_bytes(), fr, "fr/analyste.md")}
    problems = check_snapshot(_Snapshot("analyst", site, files))
    codes = {(problem.lang, problem.finding.code) for problem in problems}
    assert {("en", "template-placeholder"), ("fr", "untranslated-file")} <= codes, codes
    assert {code for _lang, code in codes} <= known_codes()


