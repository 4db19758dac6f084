"""Where the shared real-postings corpus is, for tests that measure against real data."""

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


def _find_corpus() -> Path:
    # Beside the repository (…/main next to …/shared), or further up for a worktree (…/wt/NAME);
    # POSTING_EDITOR_CORPUS names it anywhere else.
    given = os.environ.get("POSTING_EDITOR_CORPUS")
    if given:
        return Path(given)
    repo = Path(__file__).resolve().parents[2]
    for folder in repo.parents:
        candidate = folder / "shared" / "corpus" / "cds-site"
        if (candidate / "content").is_dir():
            return candidate
    return repo.parent / "shared" / "corpus" / "cds-site"


CORPUS = _find_corpus()


def writable_copy(source: Path, target: Path, **options) -> Path:
    """A copy of ``source`` (the corpus: read-only files in read-only folders) that tests may edit:
    its files and folders the owner's to write, as a checked-out site's are (a posting with no write
    bit is refused to everyone, root included)."""
    import os
    import shutil

    shutil.copytree(source, target, copy_function=shutil.copyfile, **options)
    for folder, _dirs, _files in os.walk(target):
        os.chmod(folder, os.stat(folder).st_mode | 0o700)
    return target


def corpus_or_skip() -> Path:
    if not (CORPUS / "content").is_dir():
        pytest.skip(f"the real-postings corpus is not at {CORPUS}")
    return CORPUS


# Checking the whole corpus costs tens of CPU seconds a run (more with French grammar): each kind of
# check runs once per test process, and the tests reading one kind carry its group's mark, so that
# pytest-xdist (make test) runs them in the same worker, which computes that kind once. The results
# are read-only for the tests. (A second kind, the rules without the language tools run by a second
# site-wide function, went with that function: the one pipeline serves every caller.)
# The translation checks have no kind of their own: the site kind runs them too (check_site's
# ``translation``), and a second run of the corpus without spelling and grammar cost ~10 CPU-s.
CORPUS_SITE_GROUP = pytest.mark.xdist_group("corpus-site")  # corpus_site_findings
# The one group of before, for tests written against it (it is the site kind's).
CORPUS_GROUP = CORPUS_SITE_GROUP


@contextlib.contextmanager
def forked_as_the_command_does() -> Iterator[None]:
    """Worker processes forked, as ``posting-editor check`` forks them, while this test process has
    no thread and no Qt application. The suite's processes import Qt while collecting the window's
    tests, and the editor then starts its workers from a forkserver (safe once a window exists):
    each worker imported the checks and loaded Grammalecte and the dictionaries again (a check of
    the corpus with grammar: 19.1 and 20.4 CPU-s forked, 22.5 and 27.5 through the forkserver)."""
    from editor.model.site import parallel

    qt = sys.modules.get("PySide6.QtCore")
    if threading.active_count() > 1 or (qt is not None and qt.QCoreApplication.instance() is not None):
        yield  # as the editor decides
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "start_method", lambda methods=None: "fork")
        yield


@pytest.fixture(scope="session")
def corpus_index():
    """The corpus's SiteIndex, built once; tests only read it."""
    from editor.model.hugo.config import Site
    from editor.model.site.index import SiteIndex

    return SiteIndex.build(Site.open(corpus_or_skip()))


def kept_paragraph_store() -> Path | None:
    """Where the suite keeps Grammalecte's answers per paragraph between runs: beside the compiled
    code it keeps (tests/conftest.py), outside the checkout; None when there is no such folder."""
    prefix = sys.pycache_prefix
    return Path(prefix) / "posting-editor-paragraphs.sqlite3" if prefix else None


@pytest.fixture(scope="session")
def corpus_site_findings(corpus_index):
    """Every finding of ``posting-editor check`` on the corpus (the pipeline's ``check_site``, no
    results cache): spelling, grammar and the translation checks. In this process: worker processes
    would only share this test process's core with the other test process, at ~3 CPU-s more (15.3
    against 18.7, best of two each); that they find the same is proved on a sample of the pairs
    (tests/model/test_corpus.py), whose workers parse their paragraphs with Grammalecte every run.

    Grammalecte's answers come from the paragraph store the application keeps in its cache folder
    (editor/model/language/paragraph_cache.py), here one kept between runs as compiled code is:
    loading Grammalecte and parsing the corpus's 815 French paragraphs was 10 of the check's 16
    CPU-s, and its answers change only with its version, files and options, which name the store's
    rows. The first run (a fresh machine, CI) parses them all; the rest of the check runs as before."""
    from editor.model.checks.pipeline import check_site
    from editor.model.language import grammar

    store = kept_paragraph_store()
    with pytest.MonkeyPatch.context() as patch:
        if store is not None:
            patch.setattr(grammar, "default_file", lambda: store)
        return tuple(check_site(corpus_index, cache=False, workers=1))
