"""Where ``tm import`` keeps a translator's TMX file in the site (``.posting-editor/memory/``): every
file there is read as memory, so a second memory of the same name is kept beside the first rather
than over it, and replacing one (asked for) keeps the earlier copy as a backup that is not read.
A translator's memory is never lost by one command."""

from __future__ import annotations

import errno
import time
from dataclasses import dataclass
from pathlib import Path

from editor.model.storage.confine import check_inside_root
from editor.model.storage.changes import FileChangedError, digest
from editor.model.storage.files import atomic_write, read_bytes
from editor.model.translation.settings import OWN_FOLDER

__all__ = ["KeptMemory", "NotAFileError", "keep_memory"]

_BACKUP_SUFFIX = ".bak"  # not .tmx: a backup is not read as memory


class NotAFileError(OSError):
    """The memory's place in the site is a link or not a file: it is not written through."""


@dataclass(frozen=True)
class KeptMemory:
    path: Path  # where the memory is now
    outcome: str  # "imported", "unchanged" (the same file was there), "beside" (another of that name is kept), "replaced"
    earlier: Path | None = None  # the earlier memory of that name ("beside"), or its backup ("replaced")


def keep_memory(root: Path, name: str, data: bytes, *, replace: bool = False) -> KeptMemory:
    """Keep ``data`` (a TMX file already checked) as ``name`` in the site at ``root``. When a different
    memory already has that name it stays: the new one takes the first free ``name-2.tmx``..., or,
    with ``replace``, its place, the earlier one kept first as ``name.tmx.<time>.bak``."""
    folder = Path(root) / OWN_FOLDER
    target = folder / name
    check_inside_root(target, root)  # .posting-editor may be a link the repository carries
    folder.mkdir(parents=True, exist_ok=True)
    if folder.is_symlink():
        raise NotAFileError(0, "not a file", str(folder))
    # Every name is taken only if still free when written, and the earlier memory replaced only if it
    # is still what was backed up: two imports at once each keep their file (a name another one took
    # meanwhile is looked for again).
    for _attempt in range(_ATTEMPTS):
        _refuse_other_kind(target)
        try:
            if not target.exists():
                atomic_write(target, data, expected_digest="")
                return KeptMemory(target, "imported")
            # Whole, whatever its size: a backup cut at the reading limit would lose the end of it.
            earlier = read_bytes(target, None)
            if earlier == data:
                return KeptMemory(target, "unchanged")
            if replace:
                stamp = time.strftime("%Y%m%d-%H%M%S")
                backup = _free_name(folder, f"{name}.{stamp}", _BACKUP_SUFFIX)
                atomic_write(backup, earlier, expected_digest="")  # safe before the new one takes its place
                atomic_write(target, data, expected_digest=digest(earlier))
                return KeptMemory(target, "replaced", backup)
            beside = _free_name(folder, Path(name).stem, Path(name).suffix, first=2)
            atomic_write(beside, data, expected_digest="")
            return KeptMemory(beside, "beside", target)
        except FileChangedError:
            continue
    raise FileExistsError(errno.EEXIST, "other imports kept taking its name", str(target))


_ATTEMPTS = 20


def _free_name(folder: Path, stem: str, suffix: str, *, first: int = 1) -> Path:
    for number in range(first, 10_000):
        path = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        if not path.exists() and not path.is_symlink():
            return path
    raise FileExistsError(0, "no free name", str(folder / f"{stem}{suffix}"))


def _refuse_other_kind(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise NotAFileError(0, "not a file", str(target))
