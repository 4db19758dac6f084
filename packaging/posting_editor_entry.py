"""Entry point of the packaged application: the ``posting-editor`` command, the window when no command is given."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # Worker processes of site checks re-run this program on Windows and macOS (spawn);
    # freeze_support makes them workers instead of second copies of the app.
    multiprocessing.freeze_support()
    # The windowed build on Windows has no console: what would go to standard error (warnings,
    # errors, tracebacks) goes to the log file instead, and standard output to nowhere.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    from editor.app_log import stderr_to_log

    stderr_to_log()
    from editor.cli import main

    sys.exit(main())
