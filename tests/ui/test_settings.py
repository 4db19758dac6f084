from PySide6.QtCore import QByteArray, QSettings

import pytest

from editor.ui.settings import DEFAULTS, MAX_RECENT_SITES, Settings


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "settings.ini"


def test_defaults_without_store_file(ini):
    settings = Settings(ini)
    assert settings.interface_language() == "system"
    assert settings.preview_visible() is True
    assert settings.preview_position() == "auto"  # beside or below by the window's width
    assert settings.column_order() == "fr-en"
    assert settings.line_numbers() is False
    assert settings.sync_scroll() is True
    assert settings.recent_sites() == []
    assert settings.window_geometry() == b""
    assert settings.splitter_sizes("editors") == []
    assert settings.stored_keys() == []


def test_only_values_that_differ_from_default_are_stored(ini):
    settings = Settings(ini)
    settings.set_preview_visible(True)           # default: not written
    settings.set_interface_language("system")    # default: not written
    settings.set_line_numbers(True)
    settings.set_preview_position("below")
    assert settings.stored_keys() == ["editor/line_numbers", "preview/position"]

    settings.set_line_numbers(False)  # back to default: removed
    assert settings.stored_keys() == ["preview/position"]


def test_values_survive_a_new_instance_on_the_same_file(ini):
    first = Settings(ini)
    first.set_interface_language("fr")
    first.set_column_order("fr-en")
    first.set_sync_scroll(False)
    first.set_line_numbers(True)
    first.set_window_geometry(QByteArray(b"\x01\x02geometry"))
    first.set_splitter_sizes("editors", [300, 500])
    first.sync()

    second = Settings(ini)
    assert second.interface_language() == "fr"
    assert second.column_order() == "fr-en"
    assert second.sync_scroll() is False
    assert second.line_numbers() is True
    assert second.window_geometry() == b"\x01\x02geometry"
    assert second.splitter_sizes("editors") == [300, 500]


def test_recent_sites_most_recent_first_unique_and_capped(ini):
    settings = Settings(ini)
    for index in range(12):
        settings.add_recent_site(f"/sites/{index}")
    settings.add_recent_site("/sites/5")
    settings.sync()

    recent = Settings(ini).recent_sites()
    assert len(recent) == MAX_RECENT_SITES
    assert recent[0] == "/sites/5"
    assert recent[1] == "/sites/11"
    assert recent.count("/sites/5") == 1
    assert "/sites/0" not in recent

    settings.remove_recent_site("/sites/5")
    assert "/sites/5" not in settings.recent_sites()
    settings.clear_recent_sites()
    assert settings.recent_sites() == []
    assert "sites/recent" not in settings.stored_keys()


def test_single_recent_site_reads_back_as_a_list(ini):
    # An INI file stores a one-element list as a bare string.
    settings = Settings(ini)
    settings.add_recent_site("/only/site")
    settings.sync()
    assert Settings(ini).recent_sites() == ["/only/site"]


def test_invalid_choice_is_refused_when_set(ini):
    settings = Settings(ini)
    with pytest.raises(ValueError):
        settings.set_interface_language("de")
    with pytest.raises(ValueError):
        settings.set_preview_position("left")


def test_garbage_in_the_store_falls_back_to_defaults(ini):
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    store.setValue("interface/language", "klingon")
    store.setValue("preview/visible", "maybe")
    store.setValue("splitters/editors", ["a", "b"])
    store.sync()
    settings = Settings(store)
    assert settings.interface_language() == "system"
    assert settings.preview_visible() is True
    assert settings.splitter_sizes("editors") == []


def test_splitter_sizes_qt_cannot_take_are_none_saved(ini):
    # QSplitter.setSizes takes C ints: a larger size stopped the window from opening at all.
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    store.setValue("splitters/problems", ["99999999999999999999", "5"])
    store.setValue("splitters/columns", [-5, 300])
    store.sync()
    settings = Settings(store)
    assert settings.splitter_sizes("problems") == [] and settings.splitter_sizes("columns") == []


def test_a_window_opens_on_a_settings_file_with_impossible_splitter_sizes(qtbot, ini):
    from editor.ui.main_window import MainWindow

    ini.write_text("[splitters]\nproblems=99999999999999999999, 5\ncolumns=1, 99999999999999999999\n",
                   encoding="utf-8")
    window = MainWindow(settings=Settings(str(ini)))
    qtbot.addWidget(window)
    assert window.settings.splitter_sizes("problems") == []


def test_accepts_a_qsettings_object(ini):
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    settings = Settings(store)
    assert settings.store is store


def test_every_default_is_allowed_by_its_choices():
    for spec in DEFAULTS.values():
        if spec.choices:
            assert spec.default in spec.choices


def test_reset_forgets_the_stored_value(ini):
    settings = Settings(ini)
    settings.set_preview_visible(False)
    settings.reset("preview_visible")
    assert settings.preview_visible() is True
    assert settings.stored_keys() == []


def test_a_language_for_this_run_is_never_stored_until_the_user_chooses_one(ini):
    """`posting-editor --lang fr`: French for this run, the saved preference kept."""
    settings = Settings(ini)
    settings.set_interface_language("en")
    settings.use_interface_language_for_now("fr")
    assert settings.interface_language() == "fr"
    assert Settings(ini).interface_language() == "en"
    settings.set_interface_language("system")  # chosen in the menu: saved, and this run's too
    assert settings.interface_language() == "system" and Settings(ini).interface_language() == "system"
    with pytest.raises(ValueError):
        settings.use_interface_language_for_now("de")
