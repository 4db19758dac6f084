"""render_body against Hugo on every example of the CommonMark spec.

``commonmark/spec_examples.json`` holds the 652 examples of spec 0.31.2 and
``commonmark/hugo_golden.json`` what Hugo 0.111 writes for each one with the
default ``markup`` settings (typographer, linkify, tables... on, raw HTML off),
both made by ``commonmark/generate.py``.  Each example must render byte for byte
as Hugo renders it, except those of ``EXPECTED_DIFFERENCES``, which say why;
they are strict expected failures, so one that starts to match fails the run
until it leaves the list.  A last test renders the examples with the installed
``hugo`` again, so that the golden file cannot drift from the Hugo it names.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from editor.model.render.markdown import render_body
from tests.model.render.commonmark.generate import EXAMPLES, GOLDEN, hugo_render

SPEC = json.loads(EXAMPLES.read_text(encoding="utf-8"))
HUGO_OUTPUT = json.loads(GOLDEN.read_text(encoding="utf-8"))
HUGO = shutil.which("hugo")

EXPECTED_DIFFERENCES: dict[int, str] = {}


def _params() -> list[object]:
    params = []
    for example in SPEC["examples"]:
        number = example["example"]
        marks = []
        if number in EXPECTED_DIFFERENCES:
            marks.append(pytest.mark.xfail(reason=EXPECTED_DIFFERENCES[number], strict=True))
        params.append(pytest.param(example, id=f"{number}-{example['section']}", marks=marks))
    return params


def test_files_are_complete() -> None:
    assert len(SPEC["examples"]) == 652
    assert set(HUGO_OUTPUT["html"]) == {str(e["example"]) for e in SPEC["examples"]}
    assert HUGO_OUTPUT["hugo_version"].startswith("hugo v0.111.")
    assert set(EXPECTED_DIFFERENCES) <= set(range(1, 653))


@pytest.mark.parametrize("example", _params())
def test_example_renders_as_hugo_does(example: dict[str, object]) -> None:
    assert render_body(str(example["markdown"])) == HUGO_OUTPUT["html"][str(example["example"])]


@pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")
def test_golden_file_is_what_the_installed_hugo_writes() -> None:
    version = subprocess.run([HUGO, "version"], capture_output=True, text=True, timeout=60).stdout
    if HUGO_OUTPUT["hugo_version"].split()[1] not in version:
        pytest.skip(f"the golden file is from {HUGO_OUTPUT['hugo_version']}, not {version.strip()}")
    html = hugo_render({f"e{e['example']:03d}": e["markdown"] for e in SPEC["examples"]})
    assert {str(int(k[1:])): v for k, v in html.items()} == HUGO_OUTPUT["html"]
