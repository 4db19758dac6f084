"""Where the preview may read a posting's images from. Pure Python, no Qt.

Kept apart from ``preview``: the window asks this when a pair opens, before its first paint,
and ``preview`` brings in the Markdown renderer, which only the worker thread needs.
"""

from __future__ import annotations

from pathlib import Path


def image_roots(site_root: Path | str, config: dict | None, posting_path: Path | str | None) -> list[Path]:
    """The folders, resolved, where the preview looks up a posting's images.

    The site's static folders (``staticDir``, ``static`` by default), where ``/images/x.png``
    is looked up, and the posting's own folder, for ``x.png`` beside it. A folder that resolves
    outside the site (a symbolic link to elsewhere) is left out: the preview reads nothing
    outside the site. The view checks each image path against these folders after resolving it.
    """
    root = Path(site_root).resolve()
    static = config.get("staticdir", "static") if isinstance(config, dict) else "static"
    names = static if isinstance(static, list) else [static]
    candidates = [root / name for name in names if isinstance(name, str) and name]
    if posting_path is not None:
        candidates.append(Path(posting_path).parent)
    roots: list[Path] = []
    for candidate in candidates:
        try:
            folder = candidate.resolve()
        except (OSError, RuntimeError):  # a symbolic-link loop
            continue
        if folder.is_dir() and folder.is_relative_to(root) and folder not in roots:
            roots.append(folder)
    return roots
