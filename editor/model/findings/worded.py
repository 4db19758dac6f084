"""Errors whose message is data: a key of the message tables plus parameters, worded in English for
logs and tracebacks (``str(error)``) and in the reader's language on demand (``error.text(lang)``).

The model raises them with ``SomeError.said("key", name=value, ...)``; the command line prints
``text(args.lang)``, the window ``text(interface_language())``. A parameter may itself be a worded
error (``reason=error``), a :class:`Phrase` of the table (``what=Phrase("xml-what-xliff")``), a finding
(``problem=posting.problem``) or a tuple of those (joined with "; ", or one a line for a parameter named ``…lines``): it is
worded in the same language. ``text_of(error, lang)`` words any exception: a worded one in
``lang``, any other as its own text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from editor.model.findings.catalogue import say

_W = TypeVar("_W", bound="Worded")


class Worded(Exception):
    """Mix into an exception class (``class SiteError(Worded, ValueError)``): the class keeps its
    constructor (``SiteError("plain English")`` still works, for text that comes from elsewhere)."""

    key: str | None = None
    params: Mapping[str, Any] = {}

    @classmethod
    def said(cls: type[_W], key: str, /, **params: Any) -> _W:
        """The error whose message is the table's ``key`` with ``params``."""
        error = cls(_worded(key, "en", params))
        error.key, error.params = key, params
        return error

    @classmethod
    def saying(cls: type[_W], phrase: Phrase) -> _W:
        """The error whose message is ``phrase``."""
        return cls.said(phrase.key, **phrase.params)

    @classmethod
    def carrying(cls: type[_W], error: BaseException) -> _W:
        """This class of error with the message of ``error`` (worded the same way when it is worded)."""
        if isinstance(error, Worded) and error.key is not None:
            return cls.said(error.key, **error.params)
        return cls(str(error))

    def text(self, lang: str) -> str:
        """The message in ``lang`` (``en`` / ``fr``)."""
        return _worded(self.key, lang, self.params) if self.key is not None else str(self)


@dataclass(frozen=True)
class Phrase:
    """A few words of the table (with their parameters) given as a parameter of another message."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return _worded(self.key, lang, self.params)

    def __str__(self) -> str:
        return self.text("en")


def in_each_language(message: Phrase | BaseException) -> dict[str, str]:
    """``message`` worded in every language, as a finding's parameter (a name ending in ``words``,
    see catalogue): findings stay plain data, and each reader sees the detail in their language."""
    from editor.model.findings.catalogue import LANGUAGES

    return {lang: message.text(lang) if isinstance(message, Phrase) else text_of(message, lang) for lang in LANGUAGES}


def text_of(error: BaseException, lang: str) -> str:
    """What to show of ``error`` in ``lang``: a worded error in that language, any other as it says itself."""
    return error.text(lang) if isinstance(error, Worded) else str(error)


def _worded(key: str, lang: str, params: Mapping[str, Any]) -> str:
    return say(key, lang, **{name: _in(value, lang, "\n" if name.endswith("lines") else "; ")
                             for name, value in params.items()})


def _in(value: Any, lang: str, joint: str = "; ") -> Any:
    if isinstance(value, BaseException):
        return text_of(value, lang)
    if isinstance(value, Phrase):
        return value.text(lang)
    if hasattr(value, "message_in"):  # a finding (a posting's problem)
        return value.message_in(lang)
    if isinstance(value, tuple):  # several of the above, in a sentence
        return joint.join(str(_in(item, lang)) for item in value)
    return value
