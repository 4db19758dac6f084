"""Per-site choices for the translation checks, read from ``.posting-editor/config.yaml``.

    typography: canada        # or "france": narrow no-break space before ; ! ?
    inclusive_writing: true   # false: no notes about abbreviated doublets (candidat·e)
    disabled_checks: []       # finding codes to leave out, e.g. [terminology-drift]
    pretranslate_threshold: 85  # lowest memory score put into a new translation (still marked to translate)

A missing or unreadable file means the defaults; a site folder may well be read-only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.findings.worded import Phrase
from editor.model.frontmatter.data_files import DataFileError, load_data_file
from editor.model.storage.reasons import system_reason

STATE_FOLDER = ".posting-editor"
CONFIG_FILE = "config.yaml"
OWN_FOLDER = Path(STATE_FOLDER) / "memory"  # the translator's TMX files (``tm import``)


@dataclass(frozen=True)
class TranslationSettings:
    typography: str = "canada"
    inclusive_writing: bool = True
    disabled_checks: frozenset[str] = field(default_factory=frozenset)
    problem: Phrase | None = None  # why the file could not be used, worded in the reader's language
    pretranslate_threshold: int = 85

    @classmethod
    def load(cls, site_root: Path | str) -> TranslationSettings:
        path = Path(site_root) / STATE_FOLDER / CONFIG_FILE
        try:
            data = load_data_file(path, kind="yaml")
        except FileNotFoundError as error:
            if not os.path.lexists(path):
                return cls()
            # A link to a file not there (not checked out here): the site's settings are not these defaults.
            return cls(problem=Phrase("settings-cannot-read", {"path": str(path), "reason": system_reason(error)}))
        except (OSError, DataFileError) as error:
            reason: object = system_reason(error) if isinstance(error, OSError) else error
            return cls(problem=Phrase("settings-cannot-read", {"path": str(path), "reason": reason}))
        if not isinstance(data, dict):
            return cls() if data is None else cls(problem=Phrase("settings-not-mapping", {"path": str(path)}))
        style = str(data.get("typography", "canada")).strip().lower()
        problems: list[Phrase] = []
        if style not in ("canada", "france"):
            problems.append(Phrase("settings-typography", {"value": style}))
            style = "canada"
        inclusive = data.get("inclusive_writing", True)
        if not isinstance(inclusive, bool):
            problems.append(Phrase("settings-inclusive"))
            inclusive = True
        disabled = data.get("disabled_checks") or []
        if isinstance(disabled, str):
            disabled = [disabled]
        if not isinstance(disabled, list):
            problems.append(Phrase("settings-disabled"))
            disabled = []
        threshold = data.get("pretranslate_threshold", 85)
        if isinstance(threshold, bool) or not isinstance(threshold, int) or not 50 <= threshold <= 100:
            problems.append(Phrase("settings-threshold"))
            threshold = 85
        return cls(style, inclusive, frozenset(str(code) for code in disabled),
                   Phrase("settings-invalid", {"path": str(path), "problems": tuple(problems)}) if problems else None,
                   threshold)

    def enabled(self, code: str) -> bool:
        if code in self.disabled_checks:
            return False
        return self.inclusive_writing or not code.startswith("inclusive-")
