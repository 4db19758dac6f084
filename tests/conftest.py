"""Test-wide setup shared by every test package.

Qt must pick its platform plugin before the first QApplication exists, and
pytest-qt creates that application lazily, so setting the variable while
conftest is imported is early enough. ``setdefault`` lets a developer run the
UI tests on a real display with ``QT_QPA_PLATFORM=xcb``.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The site index caches what it learned per site in the user's cache folder; tests must neither
# read a developer's cache nor leave one behind. Tests of the cache set their own folder.
os.environ.setdefault("POSTING_EDITOR_CACHE_DIR", "off")

# The window writes its log in the user's log folder; the tests' windows (including those started
# as programs) write theirs in a scratch folder instead.
if "POSTING_EDITOR_LOG_DIR" not in os.environ:
    import tempfile

    os.environ["POSTING_EDITOR_LOG_DIR"] = tempfile.mkdtemp(prefix="posting-editor-test-log-")

# Compiled code is kept between runs and shared by every process of a run (pytest-xdist's workers, the
# windows and commands tests start), in a folder outside the checkout, as an installed program's is.
# With PYTHONDONTWRITEBYTECODE set (so that nothing litters the tree), every process compiled
# Grammalecte's 3 MB rule table again (3 CPU-s of a window's 6.5) and pytest rewrote every test
# module's assertions (10 CPU-s per worker). The test processes also write their own compiled
# test modules there.
import sys  # noqa: E402
import tempfile  # noqa: E402

os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(tempfile.gettempdir(), "posting-editor-tests-pycache"))
sys.dont_write_bytecode = False
sys.pycache_prefix = sys.pycache_prefix or os.environ["PYTHONPYCACHEPREFIX"]

# The tests' temporary folders (tmp_path, and those of the programs and servers they start) in
# memory where the system keeps one (Linux's /dev/shm) rather than on disk: the tests write
# thousands of small files (a site copied for most tests, the corpus for some), and on a virtual
# machine's disk creating and deleting each took about a millisecond of system time and more of
# waiting (a sample-site copy 4-10 CPU-ms and 8-19 ms against 1.5-2.5 and 2-4; the command tests
# 6.7-8.6 system CPU-s against 4.9-5.1). The files are the same either way. A TMPDIR the developer
# set is kept (TMPDIR=/tmp make test puts them back on disk). The compiled code above stays on disk,
# kept between runs.
_IN_MEMORY = "/dev/shm"
if ("TMPDIR" not in os.environ and sys.platform.startswith("linux") and os.path.isdir(_IN_MEMORY)
        and os.access(_IN_MEMORY, os.W_OK | os.X_OK)):
    os.environ["TMPDIR"] = _IN_MEMORY
    tempfile.tempdir = _IN_MEMORY


from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# The corpus fixtures are session-wide only when defined in one place: imported into several test
# modules, each module got its own copy and the whole corpus was checked once per module.
from tests.model.corpus import corpus_index, corpus_site_findings  # noqa: E402, F401  (fixtures)

_EDITOR = str(Path(__file__).resolve().parents[1] / "editor")


@pytest.fixture(autouse=True, scope="session")
def findings_match_their_catalogue():
    """Every finding the application's code makes, in any test, must name exactly the parameters
    its message uses, in English and in French, and have a label in both (a check added with a
    wrong or missing catalogue entry fails wherever it runs). Findings made by tests themselves
    (made-up codes for the panel) are left alone."""
    from editor.model.findings.catalogue import problems_of
    from editor.model.findings.core import Finding

    original = Finding.__post_init__

    def checked(self) -> None:
        original(self)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename == "<string>":
            frame = frame.f_back  # the dataclass's generated __init__
        if frame is not None and frame.f_code.co_filename.startswith(_EDITOR):
            wrong = problems_of(self.code, self.variant, self.params)
            assert not wrong, f"{frame.f_code.co_filename}:{frame.f_lineno}: " + "; ".join(wrong)

    Finding.__post_init__ = checked
    yield
    Finding.__post_init__ = original


@pytest.fixture(autouse=True)
def no_application_without_widgets():
    """A test that makes a QCoreApplication or QGuiApplication in this process (say, by running
    `review --pdf` in-process with no application yet) leaves every later widget test on the same
    worker to abort inside Qt, far from the cause; this names the test that did it."""
    yield
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return
    instance = core.QCoreApplication.instance()
    widgets = sys.modules.get("PySide6.QtWidgets")
    if instance is not None and (widgets is None or not isinstance(instance, widgets.QApplication)):
        pytest.fail(f"this test left a {type(instance).__name__} where widgets need a QApplication "
                    "(ask for the qapp fixture before the code that makes one)")


# Property tests: a fast default, and the thorough profile (HYPOTHESIS_PROFILE=thorough) for CI's
# nightly run. Tests that set their own number of examples scale it with tests.examples.examples.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

from tests import scheduling  # noqa: E402
from tests.examples import thorough  # noqa: E402

_hypothesis_settings.register_profile("fast", max_examples=25)
_hypothesis_settings.register_profile("thorough", max_examples=200)
_hypothesis_settings.load_profile("thorough" if thorough() else "fast")


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]):
    """Make pytest-xdist's ``--dist loadgroup`` group again under pytest 9.

    pytest-xdist 3.8 marks a test of an ``xdist_group`` by renaming its ``_nodeid`` to
    "ID@GROUP", which pytest 9 no longer reads (a node's id is its ``_id``): the corpus tests were
    spread over both workers and the whole corpus checked once on each. Runs after xdist's own hook,
    and then puts the longest work first (tests/scheduling.py)."""
    result = yield
    from _pytest.nodeid import coerce_node_id

    for item in items:
        renamed = item.__dict__.get("_nodeid")
        if isinstance(renamed, str) and renamed != item.nodeid:
            item._id = coerce_node_id(renamed)
    scheduling.longest_first(config, items)
    return result


def pytest_configure(config: pytest.Config) -> None:
    scheduling.register(config)
    # A test process holds far more long-lived objects than the editor does (every test module,
    # the corpus's index and findings, Grammalecte's tables, the window's objects), and Python's
    # collector went through them all again every few thousand allocations: 5.1 CPU-s of 55 in
    # the model's translation and checks tests. Collecting the youngest objects every 7,000
    # allocations rather than 700 (each collection then sees 10 times as many, but an older
    # generation is reached 10 times less often) made it 2.2 of 47.
    import gc

    gc.set_threshold(7000, *gc.get_threshold()[1:])


def pytest_collection_finish(session: pytest.Session) -> None:
    """Leave what the imports and the collection built out of every later full collection.

    Over a whole `make test` (gc.callbacks in each worker) full collections were 15 of the
    collector's 23 CPU-s: each of the ~30 walked again every long-lived object (modules, Qt's
    bindings, the 3,800 collected tests), ~0.25 CPU-s each; frozen, ~0.1. What is frozen is never
    freed, which these objects are not anyway."""
    import gc

    gc.collect()
    gc.freeze()
