"""Start ReText on a file and report its first painted main window, like POSTING_EDITOR_BENCH_FIRST_PAINT.

Run with the Python of a virtual environment where ``retext`` is installed (bench_window.py does).
Prints ``first-paint <seconds since this script started> rss-kb <resident KB>`` and quits.
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    from PyQt6 import QtWidgets
    from PyQt6.QtCore import QEvent, QObject, QTimer

    base = QtWidgets.QApplication

    class Probe(QObject):
        done = False

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if (not self.done and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QtWidgets.QMainWindow)):
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print(f"first-paint {time.perf_counter() - STARTED:.4f} rss-kb {rss_kb()}", flush=True)
            QtWidgets.QApplication.instance().quit()

    class ProbedApplication(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._probe = Probe()
            self.installEventFilter(self._probe)

    # ReText does "from PyQt6.QtWidgets import QApplication" when its module loads.
    QtWidgets.QApplication = ProbedApplication
    from ReText.__main__ import main as retext_main

    sys.argv = ["retext", *sys.argv[1:]]
    retext_main()


if __name__ == "__main__":
    main()
