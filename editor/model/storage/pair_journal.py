"""The journal that lets a save of several files (a pair) be finished after its writer died between two
renames: written in every folder the save touches before the first rename, removed after the
last; the next write into one of those folders, or the next index of the site, finishes the
change instead of leaving the files disagreeing, and removes the temp files of dead writers."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

from editor.model.storage.changes import Change, FileChangedError, digest
from editor.model.storage.file_lock import locked
from editor.model.storage.temp_files import (TEMP, UNDER_WAY, fsync_folder, naming, new_temp, unlink,
                                             writer_alive)

_TEMP_IN_JOURNALS = re.compile(r"^(\d+)-[a-z0-9_]+\.tmp$")
_JOURNAL = re.compile(r"^(\d+)-[a-z0-9_]+\.journal$")
JOURNALS = ".posting-editor-journal"  # beside the first file of a transaction, only while one is under way
# What a file held before the write (None: absent) and its stat (its owner and permissions).
Planned = tuple[bytes | None, os.stat_result | None]


def write_journals(changes: list[Change], planned: list[Planned], temps: list[str | None]) -> list[str]:
    """The transaction's journal, one copy in each folder it writes to (a pair's files are in two).

    Whichever folder a reader tidies first must find it: tidying a folder removes the temp files of
    dead writers, so a folder without the journal would lose the temp file the other folder's
    journal still needed, and the pair would stay half written."""
    journals: list[str] = []
    try:
        for folder in dict.fromkeys(change.path.parent for change in changes):
            journals.append(_write_journal(folder, changes, planned, temps))
    except BaseException:
        for journal in journals:
            remove_journal(journal)
            UNDER_WAY.discard(os.path.basename(journal))
        raise
    return journals


def _write_journal(folder: Path, changes: list[Change], planned: list[Planned], temps: list[str | None]) -> str:
    entries = []
    for change, (current, _), temp in zip(changes, planned, temps):
        entries.append({
            "target": os.path.relpath(change.path, folder),
            "temp": None if temp is None else os.path.relpath(temp, folder),
            "before": "" if current is None else digest(current),
            "after": "" if change.data is None else digest(change.data),
        })
    journals = folder / JOURNALS
    journals.mkdir(exist_ok=True)
    try:
        handle, temp = new_temp(journals, f"{os.getpid()}-")
    except OSError as error:
        _remove_folder(journals)
        raise naming(error, changes[0].path) from None
    journal = temp.removesuffix(".tmp") + ".journal"
    UNDER_WAY.add(os.path.basename(journal))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"version": 1, "entries": entries}, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, journal)
    except OSError as error:
        unlink(temp)
        _remove_folder(journals)  # a failed save leaves nothing behind in the postings folder
        raise naming(error, changes[0].path) from None
    except BaseException:
        unlink(temp)
        raise
    finally:
        UNDER_WAY.discard(os.path.basename(temp))
    fsync_folder(journals)
    return journal


def remove_journal(journal: str) -> None:
    unlink(journal)
    _remove_folder(os.path.dirname(journal))


def _remove_folder(folder: str | Path) -> None:
    try:
        os.rmdir(folder)  # only when no other transaction is under way there
    except OSError:
        pass



# ------------------------------------------------------------------------------ recovery
def tidy(folder: Path) -> None:
    """Finish interrupted transactions in ``folder`` and remove the temp files of dead writers.

    Lists the whole folder, so it runs once per index of the site, not on every save. Never
    raises: a folder that cannot be listed or changed is left as it is."""
    keep = finish_interrupted(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = TEMP.match(name) if name.startswith(".") else None  # a site's folders hold thousands of postings
        if match and name not in keep and not writer_alive(int(match.group(1)), Path(folder) / name):
            unlink(str(Path(folder) / name))


def finish_interrupted(folder: Path) -> set[str]:
    """Finish the transactions of writers that died between renames (see the module's description).

    Returns the names of temp files that must stay (a transaction that could not be finished yet)."""
    journals = Path(folder) / JOURNALS
    try:
        names = os.listdir(journals)
    except OSError:
        return set()  # the usual case: no transaction under way here
    keep: set[str] = set()
    for name in names:
        match = _JOURNAL.match(name) or _TEMP_IN_JOURNALS.match(name)
        if match is None or writer_alive(int(match.group(1)), journals / name):
            continue
        if name.endswith(".journal"):
            keep |= _finish(journals / name)
        else:
            unlink(str(journals / name))  # a journal its writer did not finish writing: nothing was renamed
    try:
        os.rmdir(journals)
    except OSError:
        pass
    return keep


def _finish(journal: Path) -> set[str]:
    """Complete a journal's renames where the files are still as the writer left them.

    Returns the names of temp files to keep (the journal could not be finished)."""
    folder = journal.parent.parent
    try:
        entries = json.loads(_read_journal(journal))["entries"]
        targets = [Path(os.path.normpath(folder / e["target"])) for e in entries]
        temps = [Path(os.path.normpath(folder / e["temp"])) if e.get("temp") else None for e in entries]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return set()
    if not _journal_stays_inside(folder, targets, temps):
        # A journal comes with the folder, so a shared repository can carry one: it may only ever
        # name postings and our temp files inside this site's content folders, never other files.
        unlink(str(journal))
        return set()
    try:
        with locked(targets):
            if not journal.exists():
                return set()
            if _given_up(entries, targets, temps):
                for temp in temps:
                    if temp is not None:
                        unlink(str(temp))
                remove_journal(str(journal))
                return set()
            for entry, target, temp in zip(entries, targets, temps):
                now = _digest_of(target)
                if now == entry["after"]:
                    pass  # renamed before the writer died
                elif now == entry["before"] and (temp is None or _digest_of(temp) == entry["after"]):
                    if temp is None:
                        os.unlink(target)
                    else:
                        os.replace(temp, target)
                # else: changed by someone since; their version stays.
                if temp is not None:
                    unlink(str(temp))
                fsync_folder(target.parent)
            remove_journal(str(journal))
    except (OSError, FileChangedError):
        return {Path(e.get("temp") or "").name for e in entries}
    return set()


def _given_up(entries: list[dict], targets: list[Path], temps: list[Path | None]) -> bool:
    """Whether the journal's writer died before renaming anything and one of its temp files is gone
    (a reader tidied it away before the journal was in place in that folder): finishing the others
    would change some files of the pair alone, while giving up leaves every file as it was."""
    nothing_renamed = all(_digest_of(target) == entry["before"] for entry, target in zip(entries, targets))
    missing = any(temp is not None and _digest_of(temp) != entry["after"] for entry, temp in zip(entries, temps))
    return nothing_renamed and missing


_JOURNAL_LIMIT = 1 << 20  # a real journal names a few files: a few hundred bytes


def _read_journal(journal: Path) -> str:
    """The journal's text: a regular file only (a pipe would block, /dev/zero never ends), bounded."""
    if not stat.S_ISREG(os.lstat(journal).st_mode):
        raise ValueError("not a regular file")
    fd = os.open(journal, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        data = os.read(fd, _JOURNAL_LIMIT + 1)
    finally:
        os.close(fd)
    if len(data) > _JOURNAL_LIMIT:
        raise ValueError("too large")
    return data.decode("utf-8")


def _journal_stays_inside(folder: Path, targets: list[Path], temps: list[Path | None]) -> bool:
    """Every target a posting (.md) and every temp one of our temp files, all inside the content
    folders of the site holding ``folder`` (or in ``folder`` itself when it is in no site)."""
    from editor.model.storage.confine import OutsideSiteError, _site_of, check_inside

    if not all(target.suffix.lower() == ".md" for target in targets):
        return False
    if not all(temp is None or TEMP.match(temp.name) for temp in temps):
        return False
    paths = [*targets, *(temp for temp in temps if temp is not None)]
    site = _site_of(Path(os.path.abspath(folder)))
    if site is None:
        return all(path.parent == Path(os.path.normpath(folder)) for path in paths)
    try:
        for path in paths:
            check_inside(path, site)
    except OutsideSiteError:
        return False
    return True


def _digest_of(path: Path) -> str | None:
    """The file's digest; "" when it does not exist, None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return digest(handle.read())
    except FileNotFoundError:
        return ""
    except OSError:
        return None
