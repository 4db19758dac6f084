"""tm import's keeping of a translator's memory in the site: nothing imported before is ever lost,
whatever its size and whoever else imports at the same time."""

from __future__ import annotations

from editor.model.translation.memory import own_files
from editor.model.translation.memory.own_files import keep_memory
from editor.model.translation.memory.tmx import MAX_TMX_BYTES
from editor.model.translation.settings import OWN_FOLDER


def test_replacing_a_memory_larger_than_the_reading_limit_backs_it_up_whole(tmp_path):
    folder = tmp_path / OWN_FOLDER
    folder.mkdir(parents=True)
    big = b"<tmx>" + b"x" * MAX_TMX_BYTES + b"</tmx>"  # put there by hand, or under an earlier limit
    (folder / "agency.tmx").write_bytes(big)
    kept = keep_memory(tmp_path, "agency.tmx", b"<tmx>new</tmx>", replace=True)
    assert kept.outcome == "replaced" and kept.earlier is not None
    assert kept.earlier.read_bytes() == big
    assert (folder / "agency.tmx").read_bytes() == b"<tmx>new</tmx>"


def test_a_name_another_import_takes_meanwhile_is_left_to_it(tmp_path, monkeypatch):
    folder = tmp_path / OWN_FOLDER
    folder.mkdir(parents=True)
    (folder / "agency.tmx").write_bytes(b"<tmx>first</tmx>")
    write = own_files.atomic_write

    def another_import_first(path, data, **kwargs):
        if path.name == "agency-2.tmx" and not path.exists():  # the other command found the same free name
            path.write_bytes(b"<tmx>theirs</tmx>")
        write(path, data, **kwargs)

    monkeypatch.setattr(own_files, "atomic_write", another_import_first)
    kept = keep_memory(tmp_path, "agency.tmx", b"<tmx>mine</tmx>")
    assert (kept.outcome, kept.path.name) == ("beside", "agency-3.tmx")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "agency.tmx": b"<tmx>first</tmx>", "agency-2.tmx": b"<tmx>theirs</tmx>", "agency-3.tmx": b"<tmx>mine</tmx>"}


def test_a_first_import_racing_another_of_the_same_name_is_kept_beside_it(tmp_path, monkeypatch):
    write = own_files.atomic_write

    def another_import_first(path, data, **kwargs):
        if path.name == "agency.tmx" and not path.exists():
            path.write_bytes(b"<tmx>theirs</tmx>")
        write(path, data, **kwargs)

    monkeypatch.setattr(own_files, "atomic_write", another_import_first)
    kept = keep_memory(tmp_path, "agency.tmx", b"<tmx>mine</tmx>")
    assert (kept.outcome, kept.path.name) == ("beside", "agency-2.tmx")
    assert (tmp_path / OWN_FOLDER / "agency.tmx").read_bytes() == b"<tmx>theirs</tmx>"
    assert kept.path.read_bytes() == b"<tmx>mine</tmx>"
