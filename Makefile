# Two commands on a fresh machine: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint translations update-translations bench package screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/posting-editor resources/sample-site

# One worker per core (pytest-xdist); `make test PYTEST_WORKERS=0` runs in one process. Tests marked
# with one xdist_group share one worker and what it computes once (tests/model/corpus.py); tests/conftest.py
# makes pytest-xdist 3.8's grouping work under pytest 9. The work is handed out longest first, as the
# last runs timed it (tests/scheduling.py), not largest group first (--no-loadscope-reorder).
PYTEST_WORKERS ?= auto
PYTEST_XDIST := -n $(PYTEST_WORKERS) --dist loadgroup --no-loadscope-reorder
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_XDIST)

# Ruff (style and likely bugs) and mypy (types; the model under strict options), configured in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check editor tests tools benchmarks packaging
	$(BIN)/mypy

update-translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

# CI's nightly run: property tests try their full number of examples, 5-8 times a normal run's (tests/examples.py).
.PHONY: test-thorough
test-thorough: $(STAMP) translations
	HYPOTHESIS_PROFILE=thorough QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_XDIST)

bench: $(STAMP)
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# The README's pictures of the window (docs/*.png), at 1366×768 with Qt offscreen.
screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis resources/translations/*.qm

# The installable application (docs/INSTALL.md): dist/posting-editor/, plus the .app on macOS.
# Interface translations and icons are built first; PyInstaller builds for the system it runs on.
PACKAGE_STAMP := $(VENV)/.package-installed
.PHONY: package-smoke

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

# On Linux, dist/posting-editor/share/ also holds what a desktop needs (launcher, metainfo, icons),
# laid out as under ~/.local/share (docs/INSTALL.md).
package: $(PACKAGE_STAMP) translations
	$(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/posting-editor.spec
	if [ "$$(uname -s)" = Linux ]; then \
	  share=dist/posting-editor/share; \
	  install -Dm644 packaging/posting-editor.desktop $$share/applications/posting-editor.desktop; \
	  install -Dm644 packaging/ca.example.PostingEditor.metainfo.xml $$share/metainfo/ca.example.PostingEditor.metainfo.xml; \
	  install -Dm644 resources/icons/app.svg $$share/icons/hicolor/scalable/apps/posting-editor.svg; \
	  for size in 16 24 32 48 64 128 256 512; do \
	    install -Dm644 build/icons/posting-editor-$$size.png $$share/icons/hicolor/$${size}x$${size}/apps/posting-editor.png; \
	  done; \
	fi

# Runs the built program with an empty environment (no .venv, no PATH): --version, check, the window.
package-smoke: $(STAMP)
	RUN_PACKAGING_TESTS=1 $(BIN)/python -m pytest -q tests/test_packaging.py

# A plain package install: the wheel built from this checkout, alone in a fresh venv (tests/test_wheel.py).
.PHONY: wheel-smoke
wheel-smoke: $(STAMP)
	RUN_WHEEL_TESTS=1 $(BIN)/python -m pytest -q tests/test_wheel.py
