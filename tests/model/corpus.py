"""Where the shared real-postings corpus is, for tests that measure against real data."""

import os
from pathlib import Path

import pytest

# Beside the repository (/work/main -> /work/shared); a worktree elsewhere names it in POSTING_EDITOR_CORPUS.
CORPUS = Path(os.environ.get("POSTING_EDITOR_CORPUS")
              or Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "cds-site")


def corpus_or_skip() -> Path:
    if not (CORPUS / "content").is_dir():
        pytest.skip(f"the real-postings corpus is not at {CORPUS}")
    return CORPUS
