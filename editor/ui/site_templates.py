"""Tools ▸ Make Site Templates from This Posting: what ``posting-editor templates init SITE --from
FILE`` does, from the window. The model plans and writes (``site.templates``); this asks first,
refuses while the posting has unsaved changes (the templates are made from the files as saved),
and says where the templates went and where the ones they replaced are kept."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from editor.ui import workflow_dialogs
from editor.ui.finding_texts import failure_text


class SiteTemplates(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.app_actions["make_templates"].triggered.connect(self.make_from_posting)
        window.manager.pairOpened.connect(self._update_action)
        window.site.siteChanged.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        site = self.window.site.site
        # A lone posting's folder is no site: there is nowhere to keep templates for it.
        self.window.app_actions["make_templates"].setEnabled(
            site is not None and not site.loose and self.window.manager.pair is not None)

    def make_from_posting(self) -> bool:
        """Ask, then write the site's templates from the open posting and its counterpart."""
        from editor.model.hugo.config import SiteError
        from editor.model.site.templates import TemplateError, plan_templates, write_templates
        from editor.model.storage.files import FileChangedError

        window, manager = self.window, self.window.manager
        site = window.site.site
        if site is None or manager.pair is None:
            return False
        title = window.pair_title()
        if manager.modified:
            QMessageBox.information(window, self.tr("Save the Posting First"), self.tr(
                "The templates are made from the posting's files as saved, and “%1” has unsaved changes. "
                "Save it (or revert it), then make the templates again.").replace("%1", title))
            return False
        source = next((posting.path for posting in manager.pair.present() if posting.path is not None), None)
        try:
            plan = plan_templates(site.root, source)
        except (TemplateError, SiteError, OSError) as error:
            return self._refused(error)
        origins = [self._origin(lang, plan.origins[lang], site) for lang in ("en", "fr")]
        existing = [site.relative(path) for path in plan.existing()]
        if not workflow_dialogs.confirm_templates(window, title, origins, plan.dropped, existing):
            return False
        try:
            written, kept = write_templates(plan, force=bool(existing))
        except (TemplateError, FileChangedError, OSError) as error:
            return self._refused(error)
        message = self.tr("Templates written to %1: new postings of this site start from them.").replace(
            "%1", str(written[0].parent))
        if kept:
            message += " " + self.tr("The ones replaced are kept as %1.").replace("%1", ", ".join(path.name for path in kept))
        window.statusBar().showMessage(message, 15000)
        window.site.rebuild()  # the templates' guidance decides which postings are still drafts
        return True

    def _refused(self, error: Exception) -> bool:
        """Say why the templates cannot be made (the model's refusal, or the system's reason)."""
        QMessageBox.warning(self.window, self.tr("Cannot Make the Templates"), failure_text(error))
        return False

    def _origin(self, lang: str, origin: str, site) -> str:
        if origin == "bundled":
            return self.tr("English: from the bundled template") if lang == "en" else \
                self.tr("French: from the bundled template")
        name = site.relative(origin)
        return (self.tr("English: from %1") if lang == "en" else self.tr("French: from %1")).replace("%1", name)
