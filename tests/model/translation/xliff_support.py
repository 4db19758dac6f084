"""A hand-made pair with inline markup and a marked block, and the XLIFF 1.2 schema, for the XLIFF tests."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from tests.model.translation.helpers import posting_text, write_site

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}

EN = """Our **small team** builds [forms](https://example.org/forms "Forms") that `work` for people.

## What you will do

- Answer letters from the public
- Write *clear* guides
  for new staff<br>and managers

Send questions to <jobs@example.org> &amp; we reply.
"""

FR = """Notre **petite équipe** conçoit des [formulaires](https://example.org/formulaires "Formulaires") qui `work` pour les gens.

## Ce que vous ferez

- Répondre aux lettres du public
- [À TRADUIRE] Write *clear* guides
  for new staff<br>and managers

Envoyez vos questions à <jobs@example.org> &amp; nous répondons.
"""


def pair_site(root: Path, *, fr: str | None = FR) -> SiteIndex:
    files = {"en": posting_text("Data Analyst", EN)}
    if fr is not None:
        files["fr"] = posting_text("Analyste de données", fr)
    write_site(root, {"analyst": files})
    return SiteIndex.build(Site.open(root))


def reindex(root: Path) -> SiteIndex:
    return SiteIndex.build(Site.open(root))


def fr_file(root: Path) -> Path:
    return root / "content" / "fr" / "careers" / "positions" / "analyst-fr.md"


def en_file(root: Path) -> Path:
    return root / "content" / "en" / "careers" / "positions" / "analyst-en.md"


@lru_cache(maxsize=1)
def xliff_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff-1.2-subset.xsd")))


def assert_valid(data: bytes) -> etree._Element:
    root = etree.fromstring(data)
    schema = xliff_schema()
    assert schema.validate(root), schema.error_log
    return root


def unit(root, unit_id: str):
    return root.find(f".//x:trans-unit[@id='{unit_id}']", NS)


def set_target(root, unit_id: str, text: str, state: str = "translated") -> None:
    """Replace a unit's target by plain text (no codes), as a translator's tool would save it."""
    element = unit(root, unit_id)
    target = element.find("x:target", NS)
    if target is None:
        target = etree.Element(f"{{{NS['x']}}}target")
        element.find("x:source", NS).addnext(target)
    for child in list(target):
        target.remove(child)
    target.text = text
    target.set("state", state)
