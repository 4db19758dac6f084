"""A finding: a place in a file, a severity, a stable code and the parameters of its message."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self]


class Params(Mapping):
    """The values a message names (quoted text, numbers, field and language codes), immutable and
    hashable so that findings can be de-duplicated and used as keys."""

    __slots__ = ("_items",)

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        # A value that is itself a mapping (a detail worded in each language) is kept as Params too.
        self._items = tuple(sorted((name, Params(value) if isinstance(value, dict) else value)
                                   for name, value in (values or {}).items()))

    def __getitem__(self, key: str) -> Any:
        for name, value in self._items:
            if name == key:
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _value in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Params):
            return self._items == other._items
        return isinstance(other, Mapping) and dict(self._items) == dict(other)

    def __repr__(self) -> str:
        return f"Params({dict(self._items)!r})"

    def __reduce__(self) -> tuple[type[Params], tuple[dict[str, Any]]]:
        return Params, (dict(self._items),)


@dataclass(frozen=True, order=False)
class Finding:
    """One problem. ``line`` and ``column`` are 1-based positions in the file itself.

    ``code`` is a :class:`~editor.model.findings.codes.FindingCode` value; ``variant`` picks one of
    the code's wordings when it has several; ``params`` fill the wording's placeholders. The text
    itself comes from the catalogue: ``message`` in English, ``message_in(lang)`` in any language."""

    file: str
    line: int
    column: int
    severity: Severity
    code: str
    # Any mapping is accepted (findings are mostly built with dict literals); it is kept as Params.
    params: Mapping[str, Any] = field(default_factory=Params, kw_only=True)
    variant: str = field(default="", kw_only=True)

    def __post_init__(self) -> None:
        if not isinstance(self.params, Params):
            object.__setattr__(self, "params", Params(self.params))
        if isinstance(self.code, enum.Enum):
            # Plain text, so that pickling, JSON and comparisons never depend on the enum.
            object.__setattr__(self, "code", self.code.value)

    @property
    def message(self) -> str:
        """The message in English (what ``check`` prints by default, and the logs)."""
        return self.message_in("en")

    def message_in(self, lang: str) -> str:
        # Kept once made: sorting (the message breaks ties) and printing ask for it several times,
        # thousands of findings on a large site.
        rendered = self.__dict__.get("_rendered")
        if rendered is None:
            rendered = {}
            object.__setattr__(self, "_rendered", rendered)
        text = rendered.get(lang)
        if text is None:
            from editor.model.findings.catalogue import render

            text = rendered[lang] = render(self.code, self.variant, self.params, lang)
        return text

    def placed(self, file: str) -> Finding:
        """The same finding with its file named otherwise (as a command prints it); the message,
        which never names the file, stays rendered."""
        # A copy of the fields rather than dataclasses.replace: a command places thousands of
        # findings, and replace's checks were a tenth of a warm ``check``. The rendered messages
        # are shared: they are the same for both.
        moved = object.__new__(type(self))
        state = moved.__dict__
        state.update(self.__dict__)
        state["file"] = file
        if "_rendered" not in state:
            state["_rendered"] = self.__dict__["_rendered"] = {}
        return moved

    def packed(self, langs: tuple[str, ...] = ()) -> tuple[Any, ...]:
        """The finding as plain values, with its message rendered in each of ``langs``: what a
        cache keeps. :meth:`unpacked` makes it again several times faster than pickle rebuilds
        a dataclass and its parameters. A subclass's own fields (a fix) are kept as they are."""
        state = self.__dict__
        extra = {name: value for name, value in state.items() if name not in _PACKED}
        kind = type(self)
        return (None if kind is Finding else kind, self.file, self.line, self.column, self.severity.value,
                self.code, self.variant, self.params._items if isinstance(self.params, Params) else (),
                extra or None, tuple(self.message_in(lang) for lang in langs))

    @staticmethod
    def unpacked(values: tuple[Any, ...], langs: tuple[str, ...] = ()) -> Finding:
        """The finding of :meth:`packed` values; the messages kept with them are taken as rendered
        in ``langs`` (the languages they were packed with; none when the catalogue changed since)."""
        kind, file, line, column, severity, code, variant, items, extra, texts = values
        finding: Finding = object.__new__(kind or Finding)
        params = object.__new__(Params)
        params._items = items
        state = finding.__dict__
        state.update(file=file, line=line, column=column, severity=_SEVERITIES[severity], code=code,
                     params=params, variant=variant)
        if extra:
            state.update(extra)
        if langs and len(texts) == len(langs):
            state["_rendered"] = dict(zip(langs, texts))
        return finding

    def __getstate__(self) -> dict:
        # The rendered messages are not part of a finding: never pickled (caches, worker processes).
        return {name: value for name, value in self.__dict__.items() if name != "_rendered"}

    def label_in(self, lang: str) -> str:
        """A few words naming the kind of problem (shown instead of the raw code)."""
        from editor.model.findings.catalogue import label

        return label(self.code, lang)

    def as_dict(self, lang: str = "en") -> dict:
        data = {"file": self.file, "line": self.line, "column": self.column, "severity": self.severity.value,
                "code": self.code, "message": self.message_in(lang),
                "params": {name: dict(value) if isinstance(value, Params) else value for name, value in self.params.items()}}
        if self.variant:
            data["variant"] = self.variant
        return data

    def as_text(self, lang: str = "en") -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity.value} {self.code}: {self.message_in(lang)}"

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        # The message breaks ties so that output never depends on the order checks ran in. Written
        # for speed (a site's findings are sorted several times): the kept message read directly.
        rendered = self.__dict__.get("_rendered")
        message = rendered.get("en") if rendered is not None else None
        return (self.file, self.line, self.column, _RANKS[self.severity], self.code,
                message if message is not None else self.message_in("en"))


# What packed() writes by position; any other attribute is a subclass's field (or a cached text).
_PACKED = frozenset({"file", "line", "column", "severity", "code", "params", "variant", "_rendered"})
_SEVERITIES = {severity.value: severity for severity in Severity}
_RANKS = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
