"""Run by tests/test_wheel.py with the interpreter of a venv holding only the built wheel: opens the
window on the bundled sample site offscreen in French, waits for the English preview, prints what it saw."""

import json
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QElapsedTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app import create_main_window  # noqa: E402
from editor.ui import i18n  # noqa: E402

app = QApplication(sys.argv[:1])
i18n.install_translator(app, "fr")
window = create_main_window()
window.show()
preview = window.findChild(object, "en.preview")
timer = QElapsedTimer()
timer.start()
while "<h2" not in preview.html_source() and timer.elapsed() < 20000:
    app.processEvents()
print(json.dumps({"preview": preview.html_source(), "menus": [action.text() for action in window.menuBar().actions()]}))
window.close()
