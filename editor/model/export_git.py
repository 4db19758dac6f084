"""The site's git repository, through the ``git`` command line, for exports that commit.

Only what an export needs: is it safe to write and commit these files here (no merge or rebase
under way, no uncommitted changes in them, an identity to commit with, a branch that can be
switched to without losing anything), switch or create the branch, commit exactly these files.
Nothing here pushes, stashes, resets or touches files other than those named.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

# Operations that leave the repository half-way; a commit in the middle would mix into them.
_IN_PROGRESS = {
    "MERGE_HEAD": "a merge",
    "rebase-merge": "a rebase",
    "rebase-apply": "a rebase (or 'git am')",
    "CHERRY_PICK_HEAD": "a cherry-pick",
    "REVERT_HEAD": "a revert",
    "BISECT_LOG": "a bisect",
}


class GitError(RuntimeError):
    """git is missing, the folder is not a repository, or a git command failed (message says which)."""


class SiteRepo:
    def __init__(self, top: Path):
        self.top = top

    @classmethod
    def open(cls, folder: Path) -> "SiteRepo":
        if shutil.which("git") is None:
            raise GitError("git is not installed, so the export cannot be committed. Install git, or export without committing.")
        result = _git(Path(folder), "rev-parse", "--show-toplevel", check=False)
        if result.returncode != 0:
            raise GitError(f"{folder} is not in a git repository, so the export cannot be committed. "
                           "Export without committing, or run 'git init' there first.")
        return cls(Path(result.stdout.strip()).resolve())

    # ------------------------------------------------------------------ reading
    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return _git(self.top, *args, check=check)

    def relative(self, path: Path) -> str:
        return Path(path).resolve().relative_to(self.top).as_posix()

    def operation_in_progress(self) -> str | None:
        for marker, name in _IN_PROGRESS.items():
            location = self.run("rev-parse", "--git-path", marker).stdout.strip()
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
        output = self.run("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *self._rel(paths)).stdout
        entries = [entry for entry in output.split("\0") if entry]
        found, skip = [], False
        for entry in entries:
            if skip:  # the original name of a rename, which follows its entry
                skip = False
                continue
            found.append(entry[3:])
            skip = entry[0] in "RC"
        return found

    def ignored(self, paths: list[Path]) -> list[str]:
        result = self.run("check-ignore", "--no-index", "--", *self._rel(paths), check=False)
        return [line for line in result.stdout.splitlines() if line]

    def _rel(self, paths: list[Path]) -> list[str]:
        return [self.relative(path) for path in paths]

    # ------------------------------------------------------------------ checks
    def problems(self, paths: list[Path], *, branch: str | None, commit: bool) -> list[str]:
        """Why writing (and committing) ``paths`` here, on ``branch``, would be unsafe; [] when it is safe."""
        found: list[str] = []
        operation = self.operation_in_progress()
        if operation:
            found.append(f"The site repository is in the middle of {operation}. Finish or abort it first "
                         "(git status says how); nothing was written.")
        try:
            outside = [str(path) for path in paths if not Path(path).resolve().is_relative_to(self.top)]
        except OSError:
            outside = []
        if outside:
            return found + [f"{', '.join(outside)} is outside the git repository {self.top}."]
        if commit:
            name, email = self.identity()
            if not name or not email:
                found.append("git has no identity to commit with (user.name and user.email). Set yours with\n"
                             "  git config --global user.name \"Your Name\"\n"
                             "  git config --global user.email you@example.org\n"
                             "then export again; nothing was written.")
        changed = self.changed(paths)
        if changed:
            found.append("These files have uncommitted changes in the site repository: " + ", ".join(changed)
                         + ". Commit or discard them first, so the export's commit holds only the export.")
        ignored = self.ignored(paths)
        if ignored and commit:
            found.append("The site's .gitignore ignores " + ", ".join(ignored) + ", so they cannot be committed.")
        current = self.current_branch()
        if branch is None:
            if commit and current is None:
                found.append("The site repository is not on a branch (detached HEAD). Give a branch to commit on.")
            return found
        valid = self.run("check-ref-format", "--branch", branch, check=False)
        if valid.returncode != 0:
            return found + [f"'{branch}' is not a valid branch name."]
        if branch != current and self.branch_exists(branch):
            if not self.has_commits():
                return found + [f"The site repository has no commit yet; cannot switch to '{branch}'."]
            differ = self.run("diff", "--name-only", "HEAD", f"refs/heads/{branch}", "--", *self._rel(paths)).stdout.split()
            if differ:
                found.append(f"The branch '{branch}' holds other versions of {', '.join(differ)} than the current branch. "
                             f"Switch to it first (git switch {branch}) and export again, so what you review is what gets written.")
        return found

    # ------------------------------------------------------------------ changing
    def switch(self, branch: str) -> bool:
        """Switch to ``branch``, creating it from the current commit when needed; True when it was created."""
        if branch == self.current_branch():
            return False
        created = not self.branch_exists(branch)
        result = self.run("switch", *(["-c"] if created else []), branch, check=False)
        if result.returncode != 0:
            raise GitError(f"git refused to switch to '{branch}': {result.stderr.strip()} Nothing was written.")
        return created

    def commit(self, paths: list[Path], message: str) -> str:
        """Commit exactly ``paths`` (new, changed or removed files); other staged changes stay staged."""
        relative = self._rel(paths)
        self.run("add", "--", *relative)
        result = self.run("commit", "--quiet", "-m", message, "--", *relative, check=False)
        if result.returncode != 0:
            raise GitError(f"git commit failed: {(result.stderr or result.stdout).strip()}")
        return self.run("rev-parse", "HEAD").stdout.strip()


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    # File names are literal (no globbing of '*' or '['); never wait for a password; don't
    # rewrite the index as a side effect of reading the status.
    env.update(GIT_LITERAL_PATHSPECS="1", GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0")
    try:
        result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise GitError(f"git {args[0]} could not run: {error}") from None
    if check and result.returncode != 0:
        raise GitError(f"git {' '.join(args[:2])} failed: {(result.stderr or result.stdout).strip()}")
    return result
