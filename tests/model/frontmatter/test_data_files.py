"""The small data files a site keeps (Hugo's configuration, the editor's settings): TOML is read
by tomllib, imported only for a TOML file, and its refusals are said as any other file's."""

from __future__ import annotations

import pytest

from editor.model.frontmatter.data_files import DataFileError, load_data_file


def test_a_toml_file_is_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('baseURL = "https://example.org/"\n[params]\nteam = "Talent"\n', encoding="utf-8")
    assert load_data_file(path) == {"baseURL": "https://example.org/", "params": {"team": "Talent"}}


def test_a_broken_toml_file_is_refused_with_tomllibs_reason(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("languages = [1,\n", encoding="utf-8")
    with pytest.raises(DataFileError) as refused:
        load_data_file(path)
    assert "at end of document" in str(refused.value)
    assert refused.value.__cause__ is None  # the reason alone, not tomllib's exception behind it


def test_a_refusal_past_tomls_handler_needs_no_tomllib(tmp_path):
    # The handlers are tried in order: one for a later kind of refusal (too deep) must not need
    # tomllib loaded when the file is not TOML.
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(DataFileError) as refused:
        load_data_file(path)
    assert "deep" in str(refused.value)
