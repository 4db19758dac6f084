"""The user's preferences, one object over QSettings.

Every key and its default live in ``DEFAULTS`` below. A value equal to its
default is removed from the store rather than written, so changing a default in
a later version reaches users who never touched that preference.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "posting-editor"
APPLICATION = "posting-editor"
MAX_RECENT_SITES = 10


@dataclass(frozen=True)
class _Key:
    key: str
    default: object
    choices: tuple = ()


DEFAULTS: dict[str, _Key] = {
    "window_geometry": _Key("window/geometry", b""),
    "window_state": _Key("window/state", b""),
    "recent_sites": _Key("sites/recent", ()),
    "export_targets": _Key("export/recent_targets", ()),
    "interface_language": _Key("interface/language", "system", ("system", "en", "fr")),
    "preview_visible": _Key("preview/visible", True),
    # "auto": beside the text on wide screens, below it where the bodies would wrap too short.
    "preview_position": _Key("preview/position", "auto", ("auto", "beside", "below")),
    # French first, as the issue asks: translators and writers read French | English.
    "column_order": _Key("editor/column_order", "fr-en", ("en-fr", "fr-en")),
    "line_numbers": _Key("editor/line_numbers", False),
    "sync_scroll": _Key("editor/sync_scroll", True),
    "welcome_dismissed": _Key("interface/welcome_dismissed", False),
    # The tab in front where the problems and the suggestions share one area (a short window).
    "problems_tab": _Key("interface/problems_tab", "problems", ("problems", "suggestions")),
    # Site folders whose "preview follows Goldmark" notice the user closed.
    "engine_notice_dismissed": _Key("notices/goldmark_dismissed", ()),
}
"""Name → (QSettings key, default, allowed values). Splitter sizes are a family
of keys under ``splitters/<name>`` whose default is "no sizes saved" (empty)."""

_SPLITTER_PREFIX = "splitters/"


class Settings:
    """Typed access to the preferences.

    ``Settings()`` uses the platform's native per-user store; pass a
    ``QSettings`` or a file path (an INI file, handy in tests) to use another.
    Values read from the store that are of the wrong type or outside their
    allowed choices fall back to the default instead of raising: a hand-edited
    or older settings file must never stop the application from starting.
    """

    def __init__(self, store: QSettings | str | os.PathLike | None = None) -> None:
        if store is None:
            store = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                              ORGANIZATION, APPLICATION)
        elif not isinstance(store, QSettings):
            store = QSettings(str(Path(store)), QSettings.Format.IniFormat)
        self._store = store
        self._language_for_now: str | None = None  # posting-editor --lang: this run's, never stored

    @property
    def store(self) -> QSettings:
        """The underlying QSettings (for ``sync()`` or inspection)."""
        return self._store

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()

    def stored_keys(self) -> list[str]:
        """The QSettings keys actually written (values that differ from default)."""
        return sorted(self._store.allKeys())

    def reset(self, name: str) -> None:
        """Forget the stored value of ``name`` so its default applies again."""
        self._store.remove(DEFAULTS[name].key)

    # -- generic, table-driven access -------------------------------------

    def _get(self, name: str):
        spec = DEFAULTS[name]
        raw = self._store.value(spec.key)
        if raw is None:
            return spec.default
        value = _coerce(raw, spec.default)
        if value is None or (spec.choices and value not in spec.choices):
            return spec.default
        return value

    def _set(self, name: str, value) -> None:
        spec = DEFAULTS[name]
        if spec.choices and value not in spec.choices:
            raise ValueError(f"{name} must be one of {spec.choices}, not {value!r}")
        if value == spec.default:
            self._store.remove(spec.key)
        elif isinstance(spec.default, bytes):
            self._store.setValue(spec.key, QByteArray(bytes(value)))
        elif isinstance(spec.default, tuple):
            self._store.setValue(spec.key, list(value))
        else:
            self._store.setValue(spec.key, value)

    # -- window ------------------------------------------------------------

    def window_geometry(self) -> bytes:
        """Bytes from ``QWidget.saveGeometry()``; empty when never saved."""
        return self._get("window_geometry")

    def set_window_geometry(self, data: bytes | QByteArray) -> None:
        self._set("window_geometry", data if isinstance(data, bytes) else data.data())

    def window_state(self) -> bytes:
        """Bytes from ``QMainWindow.saveState()`` (docks, toolbars); empty when never saved."""
        return self._get("window_state")

    def set_window_state(self, data: bytes | QByteArray) -> None:
        self._set("window_state", data if isinstance(data, bytes) else data.data())

    def splitter_sizes(self, name: str) -> list[int]:
        """Saved sizes of the splitter called ``name``; empty list when none saved."""
        raw = self._store.value(_SPLITTER_PREFIX + name)
        if raw is None:
            return []
        sizes = _coerce(raw, ())
        try:
            numbers = [int(size) for size in sizes] if sizes else []
        except (TypeError, ValueError):
            return []
        # QSplitter.setSizes takes C ints: a size past them (a settings file edited or damaged)
        # raised OverflowError while the window was being made, and the window never opened.
        return numbers if all(0 <= size < 2**31 for size in numbers) else []

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        """Remember ``QSplitter.sizes()`` for ``name``; an empty list forgets them."""
        key = _SPLITTER_PREFIX + name
        if sizes:
            self._store.setValue(key, [int(size) for size in sizes])
        else:
            self._store.remove(key)

    # -- recent sites ------------------------------------------------------

    def recent_sites(self) -> list[str]:
        """Site folders opened lately, most recent first, at most ten."""
        return [str(path) for path in self._get("recent_sites")][:MAX_RECENT_SITES]

    def add_recent_site(self, path: str | os.PathLike) -> None:
        """Put ``path`` first in the recent list (moving it if already there)."""
        path = str(path)
        sites = [site for site in self.recent_sites() if site != path]
        self._set("recent_sites", tuple([path, *sites][:MAX_RECENT_SITES]))

    def existing_recent_sites(self) -> list[str]:
        """The recent sites whose folder is still there (one on an unplugged drive comes back when it is)."""
        return [site for site in self.recent_sites() if os.path.isdir(site)]

    def welcome_dismissed(self) -> bool:
        """Whether the welcome panel of the sample site was closed for good."""
        return bool(self._get("welcome_dismissed"))

    def set_welcome_dismissed(self, dismissed: bool = True) -> None:
        self._set("welcome_dismissed", bool(dismissed))

    def remove_recent_site(self, path: str | os.PathLike) -> None:
        """Drop ``path`` from the recent list (e.g. the folder no longer exists)."""
        path = str(path)
        self._set("recent_sites", tuple(site for site in self.recent_sites() if site != path))

    def clear_recent_sites(self) -> None:
        self._set("recent_sites", ())

    def export_targets(self) -> list[str]:
        """Site folders exported into lately, most recent first, at most ten."""
        return [str(path) for path in self._get("export_targets")][:MAX_RECENT_SITES]

    def add_export_target(self, path: str | os.PathLike) -> None:
        path = str(path)
        targets = [target for target in self.export_targets() if target != path]
        self._set("export_targets", tuple([path, *targets][:MAX_RECENT_SITES]))

    # -- interface and layout ----------------------------------------------

    def interface_language(self) -> str:
        """``"system"``, ``"en"`` or ``"fr"``: the one given for this run, else the saved one."""
        return self._language_for_now or self._get("interface_language")

    def set_interface_language(self, language: str) -> None:
        """Save ``language``: the interface's from now on, this run's too."""
        self._set("interface_language", language)
        self._language_for_now = None

    def use_interface_language_for_now(self, language: str) -> None:
        """Speak ``language`` until the program ends or the user chooses one, keeping the saved
        preference (``posting-editor --lang fr``: a choice for one run)."""
        if language not in DEFAULTS["interface_language"].choices:
            raise ValueError(f"unknown interface language {language!r}")
        self._language_for_now = language

    def preview_visible(self) -> bool:
        return self._get("preview_visible")

    def set_preview_visible(self, visible: bool) -> None:
        self._set("preview_visible", bool(visible))

    def preview_position(self) -> str:
        """``"beside"`` (preview to the right of the editors), ``"below"``, or ``"auto"`` (chosen by
        the window's width)."""
        return self._get("preview_position")

    def set_preview_position(self, position: str) -> None:
        self._set("preview_position", position)

    def column_order(self) -> str:
        """``"en-fr"`` (English column first) or ``"fr-en"``."""
        return self._get("column_order")

    def set_column_order(self, order: str) -> None:
        self._set("column_order", order)

    def line_numbers(self) -> bool:
        return self._get("line_numbers")

    def set_line_numbers(self, visible: bool) -> None:
        self._set("line_numbers", bool(visible))

    def sync_scroll(self) -> bool:
        """Whether scrolling one language column scrolls the other."""
        return self._get("sync_scroll")

    def set_sync_scroll(self, enabled: bool) -> None:
        self._set("sync_scroll", bool(enabled))

    def problems_tab(self) -> str:
        """``"problems"`` or ``"suggestions"``: the tab in front when the two share one area."""
        return self._get("problems_tab")

    def set_problems_tab(self, tab: str) -> None:
        self._set("problems_tab", tab)

    def engine_notice_dismissed(self, site: str | os.PathLike) -> bool:
        """Whether the notice that the preview follows Goldmark was closed for this site folder."""
        return str(site) in self._get("engine_notice_dismissed")

    def dismiss_engine_notice(self, site: str | os.PathLike) -> None:
        dismissed = tuple(self._get("engine_notice_dismissed"))
        if str(site) not in dismissed:
            self._set("engine_notice_dismissed", (*dismissed, str(site)))


def _coerce(raw, default):
    """Turn what QSettings returns into the type of ``default``, or None.

    INI files give strings back ("true", "1"), and a one-element list comes
    back as a bare string, so each type needs its own reading.
    """
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "1", "yes"):
            return True
        if isinstance(raw, str) and raw.lower() in ("false", "0", "no"):
            return False
        if isinstance(raw, int):
            return bool(raw)
        return None
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, (bytes, bytearray)):
            return bytes(raw)
        return None
    if isinstance(default, tuple):
        if isinstance(raw, str):
            return (raw,) if raw else ()
        if isinstance(raw, (list, tuple)):
            return tuple(raw)
        return None
    if isinstance(default, str):
        return raw if isinstance(raw, str) else None
    return raw
