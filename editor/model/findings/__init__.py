"""What a check reports: a place in a file, a severity, a stable code and the parameters of its message.

Findings are data: the sentence a person reads comes from one catalogue per language
(``messages_en``, ``messages_fr``), so the command line (``check --lang``) and the window (its
interface language) show the same message, in English or in French.

Public names: ``Finding``, ``Severity``, ``FindingCode``, ``Params``, ``render``, ``label``,
``finding_language``; ``catalogue.say`` words the command line's own messages (``commands_en``/``commands_fr``).

Adding a finding code:

1. add a member to ``FindingCode`` in ``codes.py`` (the value is the stable code: JSON output,
   tests and scripts key on it, never change it once released);
2. add its message and its short label to ``MESSAGES`` and ``LABELS`` of both ``messages_en.py``
   and ``messages_fr.py``: the same placeholders in both; a dict of wordings when the code has
   several (the finding's ``variant`` picks one);
3. construct it with the values the message names as parameters, never a finished sentence:
   ``Finding(file, line, column, Severity.WARNING, FindingCode.MISSING_FIELD, params={"field": "title"})``.
   Quoted text, numbers and file names are parameters; a parameter whose name ends in ``lang``,
   ``field`` or ``where`` is translated (see ``catalogue``).

What the command line says around findings (summaries such as « 1 erreur, 2 avertissements. »,
refusals, reports) comes the same way from ``commands_en`` / ``commands_fr`` through
``catalogue.say(key, lang, **params)``; ``editor.cli.common.CommandError.said`` raises one.

The model's errors are data as well: an error class mixes in ``worded.Worded`` and is raised with
``SomeError.said(key, **params)``; ``str(error)`` is English (logs, tracebacks), ``error.text(lang)``
the reader's language (the command line's ``--lang``, the window's interface). Their words are in
``errors_en`` / ``errors_fr`` (same keys and parameters, none shared with ``commands_*`` or a
finding code); ``worded.Phrase`` is a few words of those tables given as a parameter, and
``worded.text_of(error, lang)`` words any exception.

An unknown code or variant never fails: the message falls back to English, then to the code and
its parameters. tests/model/findings/test_catalogue.py fails for it, and for a template whose
placeholders differ between the languages or from what a construction passes.
"""

from collections.abc import Mapping

from editor.model.findings.catalogue import LANGUAGES, label, render
from editor.model.findings.codes import FindingCode
from editor.model.findings.core import Finding, Params, Severity

__all__ = ["Finding", "FindingCode", "LANGUAGES", "Params", "Severity", "finding_language", "label", "render"]


def finding_language(environ: Mapping[str, str]) -> str:
    """The language of messages for a command run with ``environ``: French when the locale says
    French (LC_ALL, then LC_MESSAGES, then LANG, as gettext reads them), else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
