"""Setup for every Qt test.

PySide6 6.12.0 on Python 3.11 leaks a reference to None on each void Qt call
and aborts the interpreter after a few thousand calls; a full UI test run makes
far more. ``editor.app.guard_none_refcount`` (the application's own guard) is
applied once for the session so each test module need not remember it. It
does nothing on a PySide6 without the bug.
"""

import pytest


@pytest.fixture(scope="session", autouse=True)
def _pyside_none_refcount_guard():
    from editor.app import guard_none_refcount

    guard_none_refcount()
