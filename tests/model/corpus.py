"""Where the shared real-postings corpus is, for tests that measure against real data."""

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "cds-site"


def corpus_or_skip() -> Path:
    if not (CORPUS / "content").is_dir():
        pytest.skip(f"the real-postings corpus is not at {CORPUS}")
    return CORPUS
