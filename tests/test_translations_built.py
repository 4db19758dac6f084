"""The committed interface translations (.qm) are the compiled form of their sources (.ts).

A wheel is built from the repository as it is, with no Qt tool run, so a .qm left behind after a
.ts change would ship an interface with English holes in it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.mark.parametrize("source", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda path: path.name)
def test_compiled_translation_is_current(source, tmp_path):
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed beside this interpreter")
    fresh = tmp_path / source.with_suffix(".qm").name
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(fresh)], check=True, timeout=60)
    committed = source.with_suffix(".qm")
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is not the compiled {source.name}: run 'make translations' and commit it")
