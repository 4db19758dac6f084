"""Why a file could not be read or written, in the reader's language.

The system words its reasons in English ("No space left on device"): a French reader saw them in
the middle of French sentences, on the command line and in the window. The usual ones have words
in the error tables (``os-…`` keys); any other keeps the system's own text.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from typing import Any

from editor.model.findings.worded import Phrase, Worded

_KEYS = {
    errno.ENOSPC: "os-no-space",
    errno.EACCES: "os-permission",
    errno.EPERM: "os-not-permitted",
    errno.EROFS: "os-read-only-disk",
    errno.ENOENT: "os-no-such-file",
    errno.EISDIR: "os-is-folder",
    errno.ENOTDIR: "os-not-folder",
    errno.ENAMETOOLONG: "os-name-too-long",
    errno.EIO: "os-input-output",
    errno.ELOOP: "os-too-many-links",
    errno.EEXIST: "os-exists",
    errno.EDQUOT: "os-quota",
}
# safe_write refuses a file its owner made read-only (root could write it all the same).
READ_ONLY = "Permission denied (the file is read-only)"
# safe_write refuses to replace a folder, a pipe or a device put at a posting's name.
NOT_REGULAR = "Not a regular file"


def system_reason(error: OSError) -> Any:
    """The reason of ``error`` as a message parameter: worded in the reader's language when it is a
    usual one (a :class:`Phrase`), else the system's text; a refusal of the editor's own as it is."""
    if isinstance(error, Worded) and error.key is not None:
        return error
    if error.strerror == READ_ONLY:
        return Phrase("os-read-only-file")
    if error.strerror == NOT_REGULAR:
        return Phrase("os-not-regular-write")
    from editor.model.storage.files import NotRegularFileError  # (files imports this module's users)

    if isinstance(error, NotRegularFileError):
        return Phrase("os-not-regular")
    key = _KEYS.get(error.errno) if error.errno is not None else None
    if key is not None:
        return Phrase(key)
    return error.strerror or str(error)


def write_failure(error: OSError | Exception, lang: str = "en", *, shown: Callable[[str], str] = str) -> str:
    """Why a write failed, as a sentence for a person in ``lang``: "Cannot write FILE: Permission
    denied." (an OSError's own text is Python's "[Errno 13] …: 'FILE'"). ``shown`` writes the file's
    name (the command line: relative to the current folder, escaped)."""
    words = failure_words(error, shown=shown)
    if isinstance(words, Phrase):
        return words.text(lang)
    return words.text(lang) if isinstance(words, Worded) else str(words)


def failure_words(error: OSError | Exception, *, shown: Callable[[str], str] = str) -> Any:
    """What :func:`write_failure` says, as a parameter of a worded error (worded in the reader's
    language). A refusal of the editor's own (a link leading out of the site) is a whole sentence."""
    if isinstance(error, Worded) and error.key is not None:
        return error
    if isinstance(error, OSError) and error.strerror:
        if error.filename:
            return Phrase("cannot-write", {"path": shown(os.fsdecode(error.filename)), "reason": system_reason(error)})
        return Phrase("cannot-write-unnamed", {"reason": system_reason(error)})
    return error
