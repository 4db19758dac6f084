"""The subset schema the XLIFF tests validate against is as strict as OASIS's strict XLIFF 1.2 schema
where they overlap: what that schema refuses, the subset refuses too."""

import pytest
from lxml import etree

from tests.model.translation.xliff_support import xliff_schema

HEAD = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="{version}">'
        '<file original="a.md" source-language="en-CA" target-language="fr-CA" datatype="x-markdown" tool-id="{tool}">'
        '<header><tool tool-id="posting-editor" tool-name="Posting Editor"/></header><body>')
TAIL = "</body></file></xliff>"


def document(units: str, *, version: str = "1.2", tool: str = "posting-editor") -> etree._Element:
    return etree.fromstring((HEAD.format(version=version, tool=tool) + units + TAIL).encode("utf-8"))


def unit(unit_id: str, source: str = "Hello") -> str:
    return f'<trans-unit id="{unit_id}"><source>{source}</source></trans-unit>'


def test_a_well_formed_file_and_earlier_versions_are_valid():
    assert xliff_schema().validate(document(unit("b0") + unit("b1")))
    assert xliff_schema().validate(document(unit("b0"), version="1.1"))
    assert xliff_schema().validate(document(unit("b0", 'Hi <ph id="1" assoc="both" ctype="x-md">**</ph>'
                                                       '<x id="2" ctype="lb"/><g id="3" ctype="bold">you</g>')))


@pytest.mark.parametrize("units, tool", [
    (unit("b0") + unit("b0"), "posting-editor"),  # two units with one id
    (unit("b0"), "another-tool"),  # the file's tool is none of the header's
    (unit("b0", 'Hi <ph id="1" assoc="p">**</ph>'), "posting-editor"),  # assoc is preceding, following or both
    (unit("b0", 'Hi <x id="1" rid="2"/>'), "posting-editor"),  # x has no rid
    (unit("b0", 'Hi <ex id="1" ctype="bold"/>'), "posting-editor"),  # nor ex a ctype
    (unit("b0", 'Hi <ph id="1" ctype="bold">**</ph>'), "posting-editor"),  # a placeholder's ctype: image, pb, lb
    (unit("b0", 'Hi <mrk mtype="loud">you</mrk>'), "posting-editor"),  # mtype from the list or x-
])
def test_what_the_strict_schema_refuses_is_refused(units, tool):
    assert not xliff_schema().validate(document(units, tool=tool))
