"""Long model work that its caller may stop half way.

The window runs slow reads of a whole site (the translation memory of 5,000 postings takes
minutes the first time) on a worker thread; a Python thread cannot be killed, so closing the
window would wait for the work to end. Such work takes a ``stop`` callable, asks it between
steps, and raises ``Interrupted`` when it answers True — having kept what it finished (a cache)
and written nothing half done.
"""

from __future__ import annotations

from collections.abc import Callable

StopAsked = Callable[[], bool]


class Interrupted(Exception):
    """The caller asked the work to stop before it was done."""


def check(stop: StopAsked | None) -> None:
    """Raise ``Interrupted`` when ``stop`` asks for it (None never does)."""
    if stop is not None and stop():
        raise Interrupted()
