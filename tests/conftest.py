"""Test-wide setup shared by every test package.

Qt must pick its platform plugin before the first QApplication exists, and
pytest-qt creates that application lazily, so setting the variable while
conftest is imported is early enough. ``setdefault`` lets a developer run the
UI tests on a real display with ``QT_QPA_PLATFORM=xcb``.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The site index caches what it learned per site in the user's cache folder; tests must neither
# read a developer's cache nor leave one behind. Tests of the cache set their own folder.
os.environ.setdefault("POSTING_EDITOR_CACHE_DIR", "off")

# The window writes its log in the user's log folder; the tests' windows (including those started
# as programs) write theirs in a scratch folder instead.
if "POSTING_EDITOR_LOG_DIR" not in os.environ:
    import tempfile

    os.environ["POSTING_EDITOR_LOG_DIR"] = tempfile.mkdtemp(prefix="posting-editor-test-log-")
