"""How many examples a property test tries: a fast default for every run, the full number under
``HYPOTHESIS_PROFILE=thorough`` (CI's nightly run). tests/conftest.py selects the same profile
for tests that leave the number to hypothesis."""

from __future__ import annotations

import os

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"


def thorough() -> bool:
    return os.environ.get(PROFILE_VARIABLE, "fast") == "thorough"


def examples(full: int) -> int:
    """``full`` in the thorough profile; a fifth of it (at least 10) by default."""
    return full if thorough() else max(10, full // 5)
