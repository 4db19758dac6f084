"""Writing an export plan into the site: every file at once or none, then, when asked, a commit
of exactly those files on a branch of the site's git repository (``export_git``)."""

from __future__ import annotations

from pathlib import Path

from editor.model.site.export_plan import UPDATE, ExportError, ExportItem, ExportPlan, ExportResult
from editor.model.storage.confine import check_inside
from editor.model.storage.files import Change, FileChangedError, digest, read_bytes, write_files
from editor.model.storage.reasons import failure_words


def repository_problems(plan: ExportPlan, *, commit: bool = True, branch: str | None = None,
                        lang: str = "en") -> list[str]:
    """Why :func:`apply_export` with these git options would refuse, in ``lang``; [] when it would go ahead.

    Only reads the repository, so a preview (``--dry-run``, the export dialog) can say it early.
    Without ``commit`` or ``branch``, a site that is not a git repository is fine; one that is
    must not be in the middle of a merge or rebase, and the files must be inside it.
    """
    from editor.model.site.export_git import GitError, SiteRepo

    try:
        repo = SiteRepo.open(plan.site_root)
    except GitError as error:
        return [error.text(lang)] if commit or branch else []
    try:
        return [problem.text(lang) for problem in repo.problems(plan.paths(), branch=branch, commit=commit,
                                                                written=plan.written_paths())]
    except GitError as error:
        return [error.text(lang)]


def apply_export(plan: ExportPlan, *, commit: bool = False, branch: str | None = None,
                 message: str | None = None) -> ExportResult:
    """Write the plan's changed files atomically; with ``commit``, commit exactly them on ``branch``.

    Refuses (ExportError, nothing written) when the plan has errors, when a file changed since the
    plan was made, or, with git, when the repository is mid-merge/rebase, those files have
    uncommitted changes, git has no identity, or the branch cannot be switched to safely.
    """
    if plan.errors:
        raise ExportError.said("export-plan-errors", count=len(plan.errors))
    changes = plan.changes()
    from editor.model.site.export_git import GitError, SiteRepo

    repo = None
    try:
        repo = SiteRepo.open(plan.site_root)
    except GitError as error:
        if commit or branch:
            raise ExportError.carrying(error) from None
    if repo is not None:
        try:
            problems = repo.problems(plan.paths(), branch=branch, commit=commit, written=plan.written_paths())
        except GitError as error:
            raise ExportError.carrying(error) from None
        if problems:
            raise ExportError.said("lines", lines=tuple(problems))
    _check_still_planned(changes)
    result = ExportResult([], [], branch)
    if branch:
        assert repo is not None  # refused above when there is no repository
        try:
            result.branch_created = repo.switch(branch)
        except GitError as error:
            raise ExportError.carrying(error) from None
        _check_still_planned(changes)
    _write(changes, result)
    if commit and changes:
        assert repo is not None  # refused above when there is no repository
        try:
            result.commit = repo.commit(plan.paths(), plan.commit_message(message))
        except GitError as error:
            raise ExportError.said("export-not-committed", reason=error) from None
    if repo is not None and (commit or branch) and result.branch is None:
        result.branch = repo.current_branch()
    return result


def _check_still_planned(changes: list[ExportItem]) -> None:
    for item in changes:
        expected: dict[Path, bytes | None]
        if item.written:  # already written: the file must still hold it, the old name still be gone
            expected = {item.target: item.content}
        else:
            expected = {item.target: item.previous if item.action == UPDATE else None}
        if item.old_path is not None:
            expected[item.old_path] = None if item.written else item.previous
        for path, data in expected.items():
            try:
                now = read_bytes(path)
            except FileNotFoundError:
                now = None
            except OSError as error:  # a folder on the way that loops or may not be read: nothing is written
                raise ExportError.said("export-not-written", reason=failure_words(error)) from None
            if (digest(now) if now is not None else None) != (digest(data) if data is not None else None):
                raise ExportError.said("export-changed-since-plan", path=str(path))


def _write(changes: list[ExportItem], result: ExportResult) -> None:
    """Write every file, or none: one transaction, which a crash cannot leave half done (see safe_write)."""
    to_write = [item for item in changes if not item.written]
    made_folders: list[Path] = []
    files: list[Change] = []
    for item in to_write:
        files.append(Change(item.target, item.content,
                            digest(item.previous) if item.action == UPDATE and item.previous is not None else ""))
        if item.old_path is not None:
            assert item.previous is not None  # a renamed file is one the site has
            files.append(Change(item.old_path, None, digest(item.previous)))
    try:
        for change in files:
            check_inside(change.path)
        for item in to_write:
            missing = [folder for folder in [item.target.parent, *item.target.parent.parents] if not folder.exists()]
            item.target.parent.mkdir(parents=True, exist_ok=True)
            made_folders += missing
        if files:
            write_files(files)
    except (OSError, FileChangedError) as error:
        for folder in made_folders:  # deepest first, as collected
            try:
                folder.rmdir()
            except OSError:
                pass
        raise ExportError.said("export-not-written", reason=failure_words(error)) from None
    result.written += [item.target for item in to_write]
    result.removed += [item.old_path for item in to_write if item.old_path is not None]
