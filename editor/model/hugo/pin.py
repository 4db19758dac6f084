"""The Hugo version a site's build files pin, and whether it renders with Blackfriday.

Hugo rendered Markdown with Blackfriday before 0.60 and with Goldmark since;
the preview follows Goldmark (``editor.model.render.markdown``).  A site whose build
pins an older Hugo publishes what Blackfriday makes of its postings, so the
window says so once (``editor.ui.engine_notice``).  The pin is read from the
places sites keep it: ``netlify.toml`` (``HUGO_VERSION`` in any environment),
``.hugo-version``, GitHub workflows (``hugo-version:`` of actions-hugo or a
``HUGO_VERSION`` variable), ``.gitlab-ci.yml`` (a ``hugo:VERSION`` image) and
``package.json`` (the ``hugo-extended`` package, or the version set for
hugo-bin or hugo-installer).  Unreadable or odd files are skipped: this only
informs.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["GOLDMARK_SINCE", "HugoPin", "blackfriday_pin", "pinned_hugo_versions"]

GOLDMARK_SINCE = (0, 60)
MAX_FILE_BYTES = 1_000_000
_VERSION = r"v?(\d+\.\d+(?:\.\d+)?)"
_VERSION_RE = re.compile(_VERSION)
_WORKFLOW_RE = re.compile(rf"""(?:hugo-version|HUGO_VERSION)\s*[:=]\s*['"]?(?:extended_)?{_VERSION}""")
_NETLIFY_RE = re.compile(rf"""HUGO_VERSION\s*=\s*['"]?{_VERSION}""")
_GITLAB_RE = re.compile(rf"""hugo(?:[-_]extended)?:(?:ext-)?{_VERSION}""")


@dataclass(frozen=True)
class HugoPin:
    version: str  # as written, without a leading "v": "0.55.6"
    source: str  # the file it was found in, relative to the site: "netlify.toml"

    @property
    def version_tuple(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.version.split("."))

    @property
    def uses_blackfriday(self) -> bool:
        return self.version_tuple < GOLDMARK_SINCE


def pinned_hugo_versions(root: Path | str) -> list[HugoPin]:
    """Every Hugo version pinned by the site's build files, in the order above."""
    root = Path(root)
    pins: list[HugoPin] = []
    for source, version in _candidates(root):
        match = _VERSION_RE.fullmatch(version.strip())
        if match and HugoPin(match.group(1), source) not in pins:
            pins.append(HugoPin(match.group(1), source))
    return pins


def blackfriday_pin(root: Path | str) -> HugoPin | None:
    """The first pin of a Hugo older than 0.60, if the site's build files have one."""
    return next((pin for pin in pinned_hugo_versions(root) if pin.uses_blackfriday), None)


def _read(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _candidates(root: Path) -> Iterator[tuple[str, str]]:
    text = _read(root / "netlify.toml")
    if text is not None:
        yield from (("netlify.toml", v) for v in _netlify(text))
    text = _read(root / ".hugo-version")
    if text is not None and text.strip():
        yield ".hugo-version", text.strip().splitlines()[0].removeprefix("extended_")
    workflows = root / ".github" / "workflows"
    if workflows.is_dir():
        for path in sorted(p for p in workflows.iterdir() if p.suffix in (".yml", ".yaml")):
            text = _read(path)
            if text is not None:
                source = f".github/workflows/{path.name}"
                yield from ((source, m.group(1)) for m in _WORKFLOW_RE.finditer(_without_comments(text)))
    text = _read(root / ".gitlab-ci.yml")
    if text is not None:
        yield from ((".gitlab-ci.yml", m.group(1)) for m in _GITLAB_RE.finditer(_without_comments(text)))
    text = _read(root / "package.json")
    if text is not None:
        yield from (("package.json", v) for v in _package_json(text))


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _netlify(text: str) -> list[str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return [m.group(1) for m in _NETLIFY_RE.finditer(_without_comments(text))]
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "HUGO_VERSION" and isinstance(value, str | int | float):
                    found.append(str(value).removeprefix("v"))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    # the build's own environment first, then the contexts (production, previews...)
    walk(data.get("build", {}))
    walk({k: v for k, v in data.items() if k != "build"})
    return found


def _package_json(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    found: list[str] = []
    for section in ("dependencies", "devDependencies"):
        deps = data.get(section)
        if isinstance(deps, dict) and isinstance(deps.get("hugo-extended"), str):
            found.append(deps["hugo-extended"].lstrip("^~=v "))
    for tool, key in (("hugo-bin", "version"), ("otherDependencies", "hugo")):
        config = data.get(tool)
        if isinstance(config, dict) and isinstance(config.get(key), str):
            found.append(config[key].lstrip("^~=v "))
    return found
