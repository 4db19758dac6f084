"""Every real pair of the shared corpus, both ways: its export is valid XLIFF 1.2 and importing it
unchanged changes no byte (skipped when the corpus is absent; nothing is written to it)."""

from __future__ import annotations

from editor.model.translation import translation_pairs
from editor.model.translation.xliff import export_pair
from editor.model.translation.xliff_import import plan_import
from tests.model.translation.xliff_support import xliff_schema


def test_every_real_pair_round_trips_byte_identically(tmp_path, corpus_index):
    from lxml import etree

    index = corpus_index  # the session's (only read: an import is planned, never applied)
    exported = 0
    for entry in index.pairs:
        for en, fr in translation_pairs(entry):
            for source, to in ((en, "fr"), (fr, "en")):
                data = export_pair(index, index.site.relative(source.path), to)
                assert xliff_schema().validate(etree.fromstring(data)), (source.path, xliff_schema().error_log)
                path = tmp_path / "pair.xlf"
                path.write_bytes(data)
                [report] = plan_import(index, path)
                assert not report.changed, (source.path, report.summary())
                assert report.posting.to_bytes() == report.path.read_bytes(), report.path
                exported += 1
    assert exported >= 250
