"""Where the shared real-postings corpus is, for tests that measure against real data."""

import os
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


def corpus_or_skip() -> Path:
    if not (CORPUS / "content").is_dir():
        pytest.skip(f"the real-postings corpus is not at {CORPUS}")
    return CORPUS
