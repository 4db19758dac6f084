"""Front matter fields a job posting needs, and leftovers of earlier tools."""

from __future__ import annotations

import datetime
import re
import uuid

from editor.model.findings import Finding, Severity
from editor.model.frontmatter.one_line import VISIBLE_FIELDS, unseen_character
from editor.model.frontmatter.posting import Posting

REQUIRED = ("title", "description", "archived", "translationKey", "layout")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,7});")


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except (ValueError, AttributeError, TypeError):
        return False


def written(value: object) -> str:
    """A front matter value that is not text, close to how YAML, TOML or JSON writes it: ``true``,
    ``null``, ``12345``, ``2024-01-01T00:00:00+00:00`` (a date, not Python's ``datetime.datetime(…)``),
    ``['a', 'b']``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return repr(value)


def _value(value: object) -> tuple[str, object]:
    """A wrong value as a finding shows it (variant, value): a text in each language's quotes (variant
    "text"), anything else as the file writes it (:func:`written`)."""
    return ("text", value) if isinstance(value, str) else ("", written(value))


def check_fields(posting: Posting, file: str) -> list[Finding]:
    if not posting.valid:
        return []
    found: list[Finding] = []

    def add(key: str | None, severity: Severity, code: str, *, variant: str = "", **params: object) -> None:
        line, column = posting.field_position(key) if key else (1, 1)
        found.append(Finding(file, line, column, severity, code, params=params, variant=variant))

    data = posting.data
    for key in REQUIRED:
        if key not in data:
            add(None, Severity.ERROR, "missing-field", field=key)
    layout = data.get("layout")
    if "layout" in data and layout != "job-posting":
        add("layout", Severity.ERROR, "wrong-layout", layout=str(layout))
    title = data.get("title")
    if "title" in data:
        if title is not None and not isinstance(title, str):  # `title: 5`: Hugo shows "5", surely not the title meant
            add("title", Severity.ERROR, "empty-title", variant="not-text", value=written(title))
        elif not isinstance(title, str) or not title.strip():
            add("title", Severity.ERROR, "empty-title")
        elif title.strip().lower() == "null":
            add("title", Severity.ERROR, "empty-title", variant="null")
        elif title != title.strip():
            add("title", Severity.WARNING, "title-spaces")
    description = data.get("description")
    if "description" in data:
        if description is None or (isinstance(description, str) and description.strip().lower() in ("null", "none", "")):
            add("description", Severity.WARNING, "empty-description")
    if "archived" in data and data["archived"] is None:  # `archived:` with nothing after it
        add("archived", Severity.ERROR, "archived-not-boolean", variant="empty")
    elif "archived" in data and not isinstance(data["archived"], bool):
        variant, shown = _value(data["archived"])
        add("archived", Severity.ERROR, "archived-not-boolean", variant=variant, value=shown)
    lever = data.get("leverId")
    # An empty leverId means "not in the applicant-tracking system yet", which is allowed.
    if lever not in (None, "") and (not isinstance(lever, str) or not is_uuid(lever)):
        variant, shown = _value(lever)
        add("leverId", Severity.ERROR, "lever-id-not-uuid", variant=variant, value=shown)
    translation_key = data.get("translationKey")
    if "translationKey" in data and (not isinstance(translation_key, str) or not translation_key.strip()):
        add("translationKey", Severity.ERROR, "empty-translation-key")
    for name in ("title", "description"):
        value = data.get(name)
        in_value = _ENTITY.search(value) if isinstance(value, str) else None
        if in_value:
            add(name, Severity.WARNING, "html-entity", variant=name, entity=in_value.group(0))
    for name in VISIBLE_FIELDS:
        value = data.get(name)
        # What set and new refuse, said of a file written otherwise; a block's plain line ends are the
        # one-line rule's business, not this one's.
        unseen = unseen_character(name, value.replace("\r", "").replace("\n", "")) if isinstance(value, str) else None
        if unseen is not None:
            add(name, Severity.WARNING, "hidden-character", variant=name, char=unseen[0])
    in_name = _ENTITY.search(posting.path.name) if posting.path is not None else None
    if in_name:
        add(None, Severity.WARNING, "html-entity-in-file-name", entity=in_name.group(0))
    return found
