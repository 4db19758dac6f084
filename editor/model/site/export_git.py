"""The site's git repository, through the ``git`` command line, for exports that commit.

Only what an export needs: is it safe to write and commit these files here (no merge or rebase
under way, no uncommitted changes in them, an identity to commit with, a branch that can be
switched to without losing anything), switch or create the branch, commit exactly these files.
Nothing here pushes, stashes, resets or touches files other than those named.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from editor.model.findings.worded import Phrase, Worded
from editor.model.storage.files import resolved

if TYPE_CHECKING:
    from editor.model.site.export_plan import ExportItem, ExportPlan

# Operations that leave the repository half-way; a commit in the middle would mix into them.
_IN_PROGRESS = {
    "MERGE_HEAD": "a merge",
    "rebase-merge": "a rebase",
    "rebase-apply": "a rebase (or 'git am')",
    "CHERRY_PICK_HEAD": "a cherry-pick",
    "REVERT_HEAD": "a revert",
    "BISECT_LOG": "a bisect",
}


class GitError(Worded, RuntimeError):
    """git is missing, the folder is not a repository, or a git command failed (message says which)."""


class SiteRepo:
    def __init__(self, top: Path):
        self.top = top

    @classmethod
    def open(cls, folder: Path) -> SiteRepo:
        if shutil.which("git") is None:
            raise GitError.said("git-missing")
        result = _git(Path(folder), "rev-parse", "--show-toplevel", check=False)
        if result.returncode != 0:
            raise GitError.said("git-no-repository", path=str(folder))
        return cls(resolved(result.stdout.strip()))

    # ------------------------------------------------------------------ reading
    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return _git(self.top, *args, check=check)

    def relative(self, path: Path) -> str:
        return resolved(path).relative_to(self.top).as_posix()

    def operation_in_progress(self) -> str | None:
        # Where each marker would be, asked of one git run rather than one run each (an export
        # asks once, and started 6 of its 8 to 19 git processes here).
        markers = [argument for marker in _IN_PROGRESS for argument in ("--git-path", marker)]
        locations = self.run("rev-parse", *markers).stdout.splitlines()
        for name, location in zip(_IN_PROGRESS.values(), locations, strict=True):
            if (self.top / location).exists():
                return name
        return None

    def identity(self) -> tuple[str, str]:
        """The name and e-mail git will commit with; empty strings for what is not configured."""
        name = os.environ.get("GIT_AUTHOR_NAME") or self._config("user.name")
        email = os.environ.get("GIT_AUTHOR_EMAIL") or self._config("user.email") or os.environ.get("EMAIL", "")
        return name.strip(), email.strip()

    def _config(self, key: str) -> str:
        return self.run("config", "--get", key, check=False).stdout.strip()

    def current_branch(self) -> str | None:
        result = self.run("symbolic-ref", "--quiet", "--short", "HEAD", check=False)
        return result.stdout.strip() if result.returncode == 0 else None

    def has_commits(self) -> bool:
        return self.run("rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode == 0

    def branch_exists(self, branch: str) -> bool:
        return self.run("rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False).returncode == 0

    def changed(self, paths: list[Path]) -> list[str]:
        """Which of ``paths`` have staged, unstaged or untracked changes."""
        return [name for _, name in self.status(paths)]

    def status(self, paths: list[Path]) -> list[tuple[str, str]]:
        """(two-letter git status, path relative to the top) of each changed file at or below ``paths``."""
        output = self.run("status", "--porcelain=v1", "-z", "--no-renames", "--untracked-files=all", "--",
                          *self._rel(paths)).stdout
        return [(entry[:2], entry[3:]) for entry in output.split("\0") if entry]

    def committed(self, path: Path) -> bytes | None:
        """The file as the current commit holds it; None when it does not."""
        try:
            # Bytes, not text: the file's exact content is compared with what the export would write.
            result = subprocess.run(["git", "cat-file", "blob", f"HEAD:{self.relative(path)}"], cwd=self.top,
                                    capture_output=True, timeout=120, env=_environment())
        except (OSError, subprocess.TimeoutExpired) as error:
            raise GitError.said("git-could-not-run", command="cat-file", reason=str(error)) from None
        return result.stdout if result.returncode == 0 else None

    def ignored(self, paths: list[Path]) -> list[str]:
        result = self.run("check-ignore", "--no-index", "--", *self._rel(paths), check=False)
        return [line for line in result.stdout.splitlines() if line]

    def _rel(self, paths: Sequence[Path]) -> list[str]:
        return [self.relative(path) for path in paths]

    # ------------------------------------------------------------------ checks
    def problems(self, paths: list[Path], *, branch: str | None, commit: bool,
                 written: Sequence[Path] = ()) -> list[Phrase]:
        """Why writing (and committing) ``paths`` here, on ``branch``, would be unsafe; [] when it is safe.

        ``written``: those of ``paths`` an interrupted export already wrote; their uncommitted
        changes are the export's own, to be committed now."""
        found: list[Phrase] = []
        operation = self.operation_in_progress()
        if operation:
            found.append(Phrase("git-in-progress", {"operation": operation}))
        try:
            outside = [str(path) for path in paths if not resolved(path).is_relative_to(self.top)]
        except OSError:
            outside = []
        if outside:
            return found + [Phrase("git-outside", {"files": ", ".join(outside), "path": str(self.top)})]
        if not commit and branch is None:
            return found  # only writing: no commit to keep clean, no branch to switch
        if commit:
            name, email = self.identity()
            if not name or not email:
                found.append(Phrase("git-no-identity"))
        own = set(self._rel(written))
        changed = [name for name in self.changed(paths) if name not in own]
        if changed:
            found.append(Phrase("git-uncommitted", {"files": ", ".join(changed)}))
        ignored = self.ignored(paths)
        if ignored and commit:
            found.append(Phrase("git-ignored", {"files": ", ".join(ignored)}))
        current = self.current_branch()
        if branch is None:
            if commit and current is None:
                found.append(Phrase("git-detached"))
            return found
        refused = self.branch_problem(branch)
        if refused:
            return found + [refused]
        if branch != current and self.branch_exists(branch):
            if not self.has_commits():
                return found + [Phrase("git-no-commit", {"branch": branch})]
            differ = self.run("diff", "--name-only", "HEAD", f"refs/heads/{branch}", "--", *self._rel(paths)).stdout.split()
            if differ:
                found.append(Phrase("git-branch-differs", {"branch": branch, "files": ", ".join(differ)}))
        return found

    def branch_problem(self, branch: str) -> Phrase | None:
        """Why ``branch`` cannot be the export's branch: not a name git accepts for a new branch, or one
        that git would read as something else (the current branch, a full ref, a remote's branch, a tag)."""
        valid = self.run("check-ref-format", "--branch", branch, check=False)
        if valid.returncode != 0 or valid.stdout.strip() != branch or branch == "@" or "@{" in branch:
            return Phrase("git-branch-invalid", {"branch": branch})
        first = branch.split("/", 1)[0]
        if first in ("refs", "heads", "tags", "remotes") or re.fullmatch(r"[A-Z_]*HEAD", first):
            return Phrase("git-branch-ref", {"branch": branch, "first": first})
        for remote in self.run("remote", check=False).stdout.split():
            if branch == remote or branch.startswith(remote + "/"):
                return Phrase("git-branch-remote", {"branch": branch, "remote": remote})
        for kind, ref in (("remote-branch", f"refs/remotes/{branch}"), ("tag", f"refs/tags/{branch}")):
            if self.run("rev-parse", "--verify", "--quiet", ref, check=False).returncode == 0:
                return Phrase(f"git-branch-is-{kind}", {"branch": branch})
        return None

    # ------------------------------------------------------------------ changing
    def switch(self, branch: str) -> bool:
        """Switch to ``branch``, creating it from the current commit when needed; True when it was created."""
        if branch == self.current_branch():
            return False
        created = not self.branch_exists(branch)
        result = self.run("switch", *(["-c"] if created else []), branch, check=False)
        if result.returncode != 0:
            raise GitError.said("git-switch-refused", branch=branch, reason=result.stderr.strip())
        return created

    def commit(self, paths: list[Path], message: str) -> str:
        """Commit exactly ``paths`` (new, changed or removed files); other staged changes stay staged."""
        relative = self._rel(paths)
        present = [name for path, name in zip(paths, relative) if Path(path).exists()]
        gone = [name for path, name in zip(paths, relative) if not Path(path).exists()]
        if present:
            self.run("add", "--", *present)
        if gone:  # a removal an interrupted export may already have staged; 'git add' would refuse it then
            self.run("rm", "--quiet", "--cached", "--ignore-unmatch", "--", *gone)
        result = self.run("commit", "--quiet", "-m", message, "--", *relative, check=False)
        if result.returncode != 0:
            raise GitError.said("git-commit-failed", reason=(result.stderr or result.stdout).strip())
        return self.run("rev-parse", "HEAD").stdout.strip()


def include_uncommitted(plan: ExportPlan) -> None:
    """Count as work to commit the files an earlier export wrote but did not commit.

    A failing pre-commit hook, or a kill between writing and committing, leaves the site's files
    as the export writes them, uncommitted; planning again finds them unchanged. For an export
    that commits, such a file (uncommitted changes, and exactly what the export would write)
    becomes a change again, marked ``written``: nothing is written for it, it is committed. A
    renamed posting's removed old file is found by its translationKey in the last commit.
    Without git, or outside a repository, the plan is left as it is.
    """
    from editor.model.site.export_plan import NEW, RENAME, UNCHANGED, UPDATE

    candidates = [item for item in plan.items if item.action == UNCHANGED]
    if not candidates:
        return
    try:
        repo = SiteRepo.open(plan.site_root)
        pending = {name for _, name in repo.status([item.target for item in candidates])}
        for item in candidates:
            if repo.relative(item.target) not in pending:
                continue
            item.previous = repo.committed(item.target)
            item.action, item.written = (UPDATE if item.previous is not None else NEW), True
            if item.action == NEW:
                old = _removed_in_worktree(repo, plan, item)
                if old is not None:
                    item.action, item.old_path, item.previous = RENAME, old, repo.committed(old)
            item.note_parts.append(("written-earlier", {}))
    except (GitError, OSError, ValueError):
        return


def _removed_in_worktree(repo: SiteRepo, plan: ExportPlan, item: ExportItem) -> Path | None:
    """The committed file of the same posting (key and language) that is deleted but not committed."""
    for code, name in repo.status([item.target.parent]):
        if "D" not in code:
            continue
        path = repo.top / name
        data = repo.committed(path)
        if data is None:
            continue
        from editor.model.frontmatter.posting import Posting

        old = Posting(data, path, item.lang)
        if old.valid and str(old.get("translationKey")) == item.key:
            return path
    return None


def committed_version(path: Path) -> bytes | None:
    """``path`` as the last commit of its git repository holds it, for a reviser to compare with;
    None when that commit has no such file (a posting not committed yet). Raises GitError when git
    is missing or the file is in no repository."""
    if shutil.which("git") is None:
        raise GitError.said("compare-git-missing")
    result = _git(Path(path).parent, "rev-parse", "--show-toplevel", check=False)
    if result.returncode != 0:
        raise GitError.said("compare-no-repository", path=str(path))
    return SiteRepo(resolved(result.stdout.strip())).committed(Path(path))


def _environment() -> dict:
    env = dict(os.environ)
    # File names are literal (no globbing of '*' or '['); never wait for a password; don't
    # rewrite the index as a side effect of reading the status.
    env.update(GIT_LITERAL_PATHSPECS="1", GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0")
    return env


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = _environment()
    try:
        result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise GitError.said("git-could-not-run", command=args[0], reason=str(error)) from None
    if check and result.returncode != 0:
        raise GitError.said("git-failed", command=" ".join(args[:2]), reason=(result.stderr or result.stdout).strip())
    return result
