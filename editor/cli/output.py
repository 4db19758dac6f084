"""The command's standard output, whose failures are said like any other write's.

A report redirected to a full disk (``check --format json > report.json``) or an output closed
before the program started (``>&-``) raised OSError (or AttributeError on None) from whichever
``print`` met it: "internal error", or, when the last of it failed only as Python flushed it at exit,
a report cut short with exit 0. While a command runs, ``sys.stdout`` (and its ``buffer``) turn such a
failure into the command's refusal; a broken pipe (``| head -1``) stays what ``main`` lets end quietly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from editor.cli.common import CommandError
from editor.model.findings.worded import Phrase
from editor.model.storage.reasons import system_reason


@contextmanager
def guarded_output() -> Iterator[None]:
    """``sys.stdout`` guarded for the time of the block, flushed at its end (a failure then is said too)."""
    saved = sys.stdout
    sys.stdout = _Guarded(saved)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = saved


class _Guarded:
    """``stream`` (the standard output or its ``buffer``; None when closed) whose writes and flushes
    raise the command's refusal when the system refuses them."""

    def __init__(self, stream, text=None):
        self._stream = stream
        self._text = text  # the text stream whose buffer this is, to let go of what it holds on failure

    def write(self, data):
        return self._guard(lambda stream: stream.write(data))

    def writelines(self, lines):
        return self._guard(lambda stream: stream.writelines(lines))

    def flush(self):
        return None if self._stream is None else self._guard(lambda stream: stream.flush())

    def isatty(self) -> bool:
        return self._stream is not None and self._stream.isatty()

    @property
    def buffer(self):
        return _Guarded(None if self._stream is None else self._stream.buffer, self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def _guard(self, act):
        if self._stream is None:
            raise CommandError.said("output-failed", reason=Phrase("output-closed"))
        try:
            return act(self._stream)
        except BrokenPipeError:
            raise
        except OSError as error:
            _discard(self._text or self._stream)
            raise CommandError.said("output-failed", reason=system_reason(error)) from None


def _discard(stream) -> None:
    """Send what ``stream`` still holds to nowhere: Python flushes the standard output again as it
    exits, and would print the same failure a second time, then exit 120."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # not a file of the system (a test's stream)
        return
    nowhere = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(nowhere, fd)
    finally:
        os.close(nowhere)
