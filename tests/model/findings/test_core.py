"""A finding renders its message once per language, and never carries the rendering along."""

from __future__ import annotations

import pickle

from editor.model.findings import Finding, FindingCode, Severity, catalogue


def finding(**params) -> Finding:
    return Finding("en/a.md", 3, 1, Severity.WARNING, FindingCode.MISSING_FIELD, params=params or {"field": "title"})


def test_the_message_is_rendered_once_per_language(monkeypatch):
    calls = []
    original = catalogue.render

    def counting(*args):
        calls.append((dict(args[2]), args[-1]))
        return original(*args)

    monkeypatch.setattr(catalogue, "render", counting)
    found = finding()
    english = found.message
    assert sorted([found, finding(field="description")], key=Finding.sort_key)
    assert found.as_text("en").endswith(english) and found.as_dict("fr")["message"] == found.message_in("fr")
    assert [lang for params, lang in calls if params == {"field": "title"}] == ["en", "fr"]
    assert english != found.message_in("fr")


def test_a_pickled_finding_is_the_same_finding_without_its_rendering():
    found = finding()
    found.message_in("fr")
    again = pickle.loads(pickle.dumps(found))
    assert again == found and hash(again) == hash(found)
    assert "_rendered" not in again.__dict__ and again.message_in("fr") == found.message_in("fr")
    assert len(pickle.dumps(found)) == len(pickle.dumps(finding()))


def test_templates_without_plural_or_condition_read_as_through_the_formatter():
    for (code, variant), text in catalogue.entries("fr").items():
        if "plural:" in text or "if:" in text:
            continue
        values = {name: f"<{name}>" for name in catalogue.template_fields(text)}
        assert catalogue.render(code, variant, values, "fr") == catalogue._Formatter(catalogue.messages("fr")).vformat(
            text, (), {name: catalogue._shown(name, value, catalogue.messages("fr")) for name, value in values.items()})


def test_a_finding_named_by_another_file_keeps_its_message_rendered(monkeypatch):
    found = finding()
    english = found.message
    monkeypatch.setattr(catalogue, "render", lambda *args: "rendered again")
    moved = found.placed("/site/en/a.md")
    assert moved.file == "/site/en/a.md" and moved.message == english and moved.params == found.params
