"""File ▸ New Posting… and New from Current…: the dialog, the pair made through the site, then opened.

The window asks; ``SiteController.create_pair`` writes the files; the new pair opens with the
cursor at its first text to write.
"""

from __future__ import annotations

from editor.model.hugo.config import LANGUAGES, SiteError
from editor.ui import dialogs
from editor.ui.finding_texts import error_text, failure_text


def new_posting(window, *, from_open: bool = False) -> bool:
    """A new pair in the open site; with ``from_open``, starting from the open pair's text."""
    from editor.model.site.create import CreateError

    if window.site.site is None or not window.confirm_unsaved():
        return False
    created: list[str] = []
    manager = window.manager
    earlier = {lang: p for lang in LANGUAGES if (p := manager.posting(lang)) is not None and p.valid} \
        if from_open else {}

    def create(values: dialogs.NewPostingValues) -> str | None:
        try:
            key, _paths = window.site.create_pair(values.titles, key=values.key, lever_id=values.lever_id,
                                                  descriptions=values.descriptions, bundled=values.bundled,
                                                  start_from=earlier or None)
        except (CreateError, SiteError) as error:
            return error_text(error)
        except OSError as error:
            return failure_text(error)
        created.append(key)
        return None

    problem = window.site.template_refusal()
    # A site template that is there but unusable is still the site's own: "none of its own" would mislead.
    dialog = dialogs.NewPostingDialog(window, create, own_templates=window.site.has_own_templates() or problem is not None,
                                      template_problem=error_text(problem) if problem is not None and not earlier else None,
                                      start_from=window.pair_title() if earlier else None)
    dialog.exec()
    if not created or not window.select_pair(created[0], ask=False):
        return False
    window.pair_editor.go_to_unfinished()  # the keyboard goes on at the first text to write
    return True
