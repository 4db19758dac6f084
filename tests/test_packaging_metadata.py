"""Packaging files that need no build: icons made from the SVG, the .desktop file, AppStream metainfo."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor import __version__

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
import make_icons  # noqa: E402  (a script in packaging/, not a package; only its tables are used here)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_are_made_from_the_svg(tmp_path):
    # In a process of its own: a QGuiApplication made here would stand in for the QApplication widget tests need.
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], check=True, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    ico = (tmp_path / "posting-editor.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for number, size in enumerate(make_icons.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * number: 22 + 16 * number])
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        assert _png_size(ico[offset: offset + length]) == (size, size)
    icns = (tmp_path / "posting-editor.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, found = 8, {}
    while position < len(icns):
        kind, length = icns[position: position + 4].decode(), struct.unpack(">I", icns[position + 4: position + 8])[0]
        found[kind] = _png_size(icns[position + 8: position + length])
        position += length
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}
    assert _png_size((tmp_path / "posting-editor.png").read_bytes()) == (256, 256)


def test_metainfo_names_this_version_and_the_desktop_file():
    root = ET.parse(PACKAGING / "ca.example.PostingEditor.metainfo.xml").getroot()
    assert root.findtext("id") == "ca.example.PostingEditor"
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("launchable") == "posting-editor.desktop"
    assert (PACKAGING / root.findtext("launchable")).is_file()
    # The window tells the desktop which file it belongs to (QGuiApplication.setDesktopFileName).
    assert 'setDesktopFileName("posting-editor")' in (REPO / "editor" / "app.py").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (apt-get install appstream)")
def test_metainfo_is_valid_appstream():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(PACKAGING / "ca.example.PostingEditor.metainfo.xml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)")
def test_desktop_file_is_valid():
    result = subprocess.run(["desktop-file-validate", str(PACKAGING / "posting-editor.desktop")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
