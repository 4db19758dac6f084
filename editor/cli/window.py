"""Opening the editor window from the command line, with start-up errors shown where the user looks."""

from __future__ import annotations

import os
from pathlib import Path

from editor.cli.common import CommandError, message_language, refuse_unless_file


def open_path(path: str | None, language: str | None = None) -> int:
    # Checked before Qt starts, so a wrong PATH is a message and exit status, not a dialog.
    if path is not None:
        from editor.model.hugo.config import Site, SiteError

        if refuse_unless_file(path, folder=True) == "folder":
            try:
                Site.open(Path(path))
            except SiteError as error:
                raise CommandError.of(error) from None
    try:
        from editor.app import no_display, run
    except ImportError as error:
        raise CommandError.said("window-cannot-start", reason=str(error)) from None
    if no_display():
        raise CommandError.said("window-no-display")
    return run(path, language=language)


def open_window(path: str | None, language: str | None = None) -> int:
    """``open_path``, with start-up errors also shown in a dialog when nobody reads the terminal;
    ``language`` (``--lang``): the window's for this run, and the errors'."""
    from editor.app import report_startup_error

    try:
        return open_path(path, language)
    except CommandError as error:
        # Without --lang, the locale's: the saved interface language is read only once Qt is there.
        report_startup_error(error.text(language or message_language()), language)
        return error.status
    except Exception as error:  # a bug, not bad input (see main)
        if os.environ.get("POSTING_EDITOR_DEBUG"):
            raise
        report_startup_error(f"internal error: {type(error).__name__}: {error} "
                             "(set POSTING_EDITOR_DEBUG=1 for details, and please report it).", language)
        return 2
