"""What a replaced file keeps of its own besides its mode: its owner and group, and its extended
attributes (an access list, a security label), copied to the temp file that takes its place."""

from __future__ import annotations

import os
from pathlib import Path


def same_owner(fd: int, like: os.stat_result) -> None:
    """Give the temp file the replaced file's owner and group, as far as the system lets us.

    The rename puts a file of ours in place of theirs: saved as root (sudo, a container on a
    mounted site), a colleague's posting became root's and they could no longer save it. A user
    who is not root can still keep the group when they belong to it; otherwise the file is theirs,
    as any editor that replaces files leaves it."""
    if not hasattr(os, "fchown"):
        return  # Windows: no owners to keep this way
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (like.st_uid, like.st_gid):
        return
    for uid in (like.st_uid, -1):
        try:
            os.fchown(fd, uid, like.st_gid)
            return
        except OSError:
            continue


def same_attributes(path: Path, fd: int) -> None:
    """Copy the replaced file's extended attributes to the temp file, as far as the system lets us.

    They hold its access list (system.posix_acl_access: a site shared with a colleague through
    ``setfacl`` kept them from writing it after the first save), a security label, a tag. Before the
    mode: setting the mode afterwards keeps the list's mask as the file had it."""
    if not hasattr(os, "listxattr"):
        return  # only Linux has these functions
    try:
        names = os.listxattr(path)
    except OSError:
        return  # a file system without them
    for name in names:
        try:
            os.setxattr(fd, name, os.getxattr(path, name))
        except OSError:
            continue  # one the system keeps to itself, or one only root may set
