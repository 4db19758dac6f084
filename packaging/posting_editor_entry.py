"""Entry point of the packaged application: the ``posting-editor`` command, the window when no command is given."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # Worker processes of site checks re-run this program on Windows and macOS (spawn);
    # freeze_support makes them workers instead of second copies of the app.
    multiprocessing.freeze_support()
    # The windowed build on Windows has no console: messages go nowhere rather than failing.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    from editor.cli import main

    sys.exit(main())
