"""The loader's faster scalar resolution must read every value exactly as PyYAML's own does."""

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from editor.model.frontmatter.yaml_safe import _LOADER
from tests.examples import examples

TRICKY = ["1", "-1_000", "0x1f", "0o17", "1e3", ".inf", "-.Inf", ".NaN", "1.5", "12:30:00", "~", "null", "Null",
          "yes", "No", "on", "OFF", "true", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "text", "", "+12", "0b101"]


def both(text):
    try:
        expected = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        with pytest.raises(yaml.YAMLError):
            yaml.load(text, Loader=_LOADER)
        return
    got = yaml.load(text, Loader=_LOADER)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_plain_and_quoted_scalars(value):
    both(f"k: {value}\n")
    both(f"k: '{value}'\n")


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="0123456789.-+:_eExXoObBTtYyNnAaLlSsUuFfIi ~", min_size=1, max_size=12))
def test_property_plain_scalars_resolve_as_pyyaml_does(value):
    both(f"k: {value}\n")
