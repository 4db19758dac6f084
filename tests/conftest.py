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

# Property tests: a fast default, and the thorough profile (HYPOTHESIS_PROFILE=thorough) for CI's
# nightly run. Tests that set their own number of examples scale it with tests.examples.examples.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

from tests.examples import thorough  # noqa: E402

_hypothesis_settings.register_profile("fast", max_examples=25)
_hypothesis_settings.register_profile("thorough", max_examples=200)
_hypothesis_settings.load_profile("thorough" if thorough() else "fast")
