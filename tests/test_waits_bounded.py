"""Every wait of the tests on another process or thread has a bound: a program that hangs fails its
test instead of hanging the whole run (pytest-xdist's worker would wait forever, and the run with it)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
RUNNERS = {"run", "check_output", "check_call", "call"}  # subprocess's functions that wait for the program
WAITS = {"communicate", "wait"}  # Popen's, and threading's Event, Barrier, Condition
# A call's attribute and owner are names written in the source: a file without one of these words
# has no such call, and is not parsed (most test files; parsing every one was most of a second).
_MENTIONS = re.compile(r"\b(?:subprocess|" + "|".join(sorted(WAITS)) + r")\b")


def unbounded_waits(source: str) -> list[tuple[int, str]]:
    """(line, call) of each call in ``source`` that waits without a timeout."""
    found: list[tuple[int, str]] = []
    if not _MENTIONS.search(source):
        return found
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        keywords = {keyword.arg for keyword in node.keywords}
        if "timeout" in keywords or None in keywords:  # given, or maybe given through **options
            continue
        name, owner = node.func.attr, node.func.value
        runs_a_program = name in RUNNERS and isinstance(owner, ast.Name) and owner.id == "subprocess"
        if runs_a_program or (name in WAITS and not node.args):
            found.append((node.lineno, ast.unparse(node)[:100]))
    return found


def test_the_check_finds_each_kind_of_unbounded_wait():
    source = ("subprocess.run(['git'], check=True)\nsubprocess.run(['git'], timeout=60)\n"
              "process.communicate()\nprocess.communicate(timeout=5)\nevent.wait()\nevent.wait(10)\n"
              "qtbot.wait(50)\nsubprocess.check_output(['x'], **options)\n")
    assert [line for line, _call in unbounded_waits(source)] == [1, 3, 5]


def test_every_wait_in_the_tests_has_a_timeout():
    found = [f"{path.relative_to(TESTS.parent)}:{line}: {call}"
             for path in sorted(TESTS.rglob("*.py")) for line, call in unbounded_waits(path.read_text(encoding="utf-8"))]
    assert not found, "\n".join(found)
