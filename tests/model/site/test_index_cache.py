import os
import time
from pathlib import Path

import pytest

from editor.model.site.index import SiteIndex
from editor.model.site.index_cache import IndexCache
from editor.model.hugo.config import Site

LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"


def write(path: Path, key: str, title: str = "T", archived: str = "false", age: float = 60) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\nlayout: job-posting\ntitle: {title}\ndescription: D\narchived: {archived}\ntranslationKey: {key}\n---\nBody of {key}\n",
        encoding="utf-8",
    )
    past = time.time() - age  # older than the racy window, as files that were not just edited
    os.utime(path, (past, past))
    return path


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    write(root / "en/a.md", "a", "Alpha")
    write(root / "fr/a.md", "a", "Alpha FR")
    write(root / "en/b.md", "b")
    (root / "en/notes.md").write_text("not a posting\n")
    return root


def build(root, cache_file):
    return SiteIndex.build(Site.open(root), cache=IndexCache(cache_file))


def test_second_build_comes_from_the_cache_and_reads_lazily(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    first = build(site, cache_file)
    assert cache_file.exists()
    second = build(site, cache_file)
    assert [(e.key, e.status) for e in second.pairs] == [(e.key, e.status) for e in first.pairs]
    posting = second.pair_for_key("a").first("en")
    assert posting._summary is not None  # not read yet
    assert posting.get("title") == "Alpha"
    assert posting.body == "Body of a\n"  # reading the body loads the file
    assert posting._summary is None
    posting.set("title", "Alpha 2")
    posting.save()
    assert "title: Alpha 2" in (site / "en/a.md").read_text()


def test_a_changed_file_is_read_again(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    build(site, cache_file)
    write(site / "fr/a.md", "a", "Alpha FR", archived="true")
    index = build(site, cache_file)
    assert index.pair_for_key("a").status == "conflict"


def test_files_changed_moments_ago_are_not_cached(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    write(site / "en/c.md", "c", age=0)
    build(site, cache_file)
    assert str(site / "en/c.md").encode() not in cache_file.read_bytes()
    assert str(site / "en/b.md").encode() in cache_file.read_bytes()


def test_a_damaged_cache_is_ignored(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    cache_file.write_text("{not json")
    index = build(site, cache_file)
    assert {e.key for e in index.pairs} == {"a", "b"}


def test_deleted_files_leave_the_cache(site, tmp_path):
    cache_file = tmp_path / "cache.json"
    build(site, cache_file)
    (site / "en/b.md").unlink()
    index = build(site, cache_file)
    assert {e.key for e in index.pairs} == {"a"}
    assert b"en/b.md" not in cache_file.read_bytes()


def test_cache_can_be_switched_off(site, tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    assert IndexCache.for_site(site).file is None
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "c"))
    assert IndexCache.for_site(site).file.parent == tmp_path / "c"


def test_parallel_and_serial_builds_agree(site, tmp_path):
    for number in range(30):
        write(site / f"en/x{number}.md", f"x{number}")
    serial = SiteIndex.build(Site.open(site), workers=1, cache=IndexCache(None))
    parallel = SiteIndex.build(Site.open(site), workers=2, cache=IndexCache(None))
    assert [(e.key, e.status, [p.path for p in e.all_postings()]) for e in serial.pairs] == [
        (e.key, e.status, [p.path for p in e.all_postings()]) for e in parallel.pairs
    ]


def test_a_cache_damaged_after_its_header_is_ignored(site, tmp_path):
    cache_file = tmp_path / "cache.index"
    build(site, cache_file)
    stored = bytearray(cache_file.read_bytes())
    stored[-20] ^= 0xFF  # inside the marshalled rows: the checksum no longer agrees
    cache_file.write_bytes(bytes(stored))
    index = build(site, cache_file)
    assert index.pair_for_key("a").first("en")._summary is None  # read from its file, not the cache
    assert [e.key for e in index.pairs] == ["a", "b"]
    assert build(site, cache_file).pair_for_key("a").first("en")._summary is not None  # written again whole


def test_a_row_of_another_shape_is_not_trusted(site, tmp_path):
    import marshal
    from editor.model.site import index_cache

    cache_file = tmp_path / "cache.index"
    build(site, cache_file)
    cache = IndexCache(cache_file)
    path = str(site / "en/a.md")
    size, mtime, inode, changed, key, (digest, valid, data, progress, conflicts) = cache._rows[path]
    cache._rows[path] = (size, mtime, inode, changed, key, (digest, valid, data, dict(progress, lines=None), conflicts))
    data = marshal.dumps((cache._context, cache._rows))
    cache_file.write_bytes(index_cache._header(data) + data)  # a sound file, one row of which is not
    index = build(site, cache_file)
    assert index.pair_for_key("a").first("en")._summary is None
    assert index.pair_for_key("a").first("fr")._summary is not None
    assert index.pair_for_key("a").first("en").progress["lines"] is not None


def test_a_merge_conflict_is_kept_in_the_cache(site, tmp_path):
    path = write(site / "en/a.md", "a", "Alpha")
    text = path.read_text(encoding="utf-8").replace("Body of a\n", "<<<<<<< HEAD\nBody of a\n=======\nBody\n>>>>>>> b\n")
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    cache_file = tmp_path / "cache.index"
    assert build(site, cache_file).pair_for_key("a").status == "merge-conflict"
    cached = build(site, cache_file).pair_for_key("a")
    assert cached.first("en")._summary is not None  # from the cache, not read again
    assert cached.status == "merge-conflict" and cached.first("en").conflicts == (8,)


def test_a_cache_of_the_version_before_merge_conflicts_is_built_again(site, tmp_path):
    """Version 6's rows have no conflicts: a file with markers cached then would be listed as sound."""
    import marshal
    import struct
    import sys
    import zlib

    from editor.model.site import index_cache

    cache_file = tmp_path / "cache.index"
    build(site, cache_file)
    cache = IndexCache(cache_file)
    old_rows = {path: (*row[:5], row[5][:4] if row[5] else None) for path, row in cache._rows.items()}
    data = marshal.dumps((cache._context, old_rows))
    header = index_cache._MARK + struct.pack("<HBBIQ", 6, *sys.version_info[:2], zlib.crc32(data), len(data))
    cache_file.write_bytes(header + data)
    index = build(site, cache_file)
    assert index.pair_for_key("a").first("en")._summary is None  # read from its file again
    assert build(site, cache_file).pair_for_key("a").first("en")._summary is not None  # and cached anew


def test_front_matter_marshal_cannot_keep_is_read_each_time(site, tmp_path):
    path = site / "en/d.md"
    write(path, "d", archived="2024-01-01")  # a date
    cache_file = tmp_path / "cache.index"
    build(site, cache_file)
    assert str(path).encode() not in cache_file.read_bytes()
    assert str(site / "en/b.md").encode() in cache_file.read_bytes()
    index = build(site, cache_file)
    assert str(index.pair_for_key("d").archived) == "2024-01-01"
    assert index.pair_for_key("b").first("en")._summary is not None


def test_the_json_cache_of_earlier_versions_is_removed(site, tmp_path, monkeypatch):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "c"))
    cache = IndexCache.for_site(site)
    old = cache.file.with_suffix(".json")
    old.parent.mkdir(parents=True)
    old.write_text('{"version": 4, "rows": {}}', encoding="utf-8")
    SiteIndex.build(Site.open(site), cache=cache)
    assert cache.file.exists() and not old.exists()


def _statuses(index):
    return [(e.key, e.status, [str(p.path) for p in e.all_postings()], e.archived, e.own_title("en")) for e in index.pairs]


def test_forked_copies_and_a_pool_give_what_one_process_does(site, tmp_path):
    import subprocess
    import sys
    import threading

    write(site / "en/d.md", "d", archived="2024-01-01")  # marshal cannot send a date: pickled instead
    if hasattr(os, "mkfifo"):
        os.mkfifo(site / "fr/pipe.md")  # never read, listed as unreadable: its posting is sent whole
    for number in range(30):
        write(site / f"en/x{number}.md", f"x{number}", title=f"X {number}")
    serial = repr(_statuses(SiteIndex.build(Site.open(site), workers=1, cache=IndexCache(None))))
    pooled = []  # from a thread, fork is not safe: the pool (started without fork) reads the files
    thread = threading.Thread(target=lambda: pooled.append(
        repr(_statuses(SiteIndex.build(Site.open(site), workers=2, cache=IndexCache(None))))))
    thread.start()
    thread.join(120)
    assert pooled == [serial]
    assert not hasattr(os, "mkfifo") or "(unreadable: pipe.md)" in serial
    code = ("import sys\nfrom editor.model.site.index import SiteIndex\nfrom editor.model.site.index_cache import IndexCache\n"
            "from editor.model.hugo.config import Site\nfrom tests.model.site.test_index_cache import _statuses\n"
            "print(repr(_statuses(SiteIndex.build(Site.open(sys.argv[1]), workers=3, cache=IndexCache(None)))))")
    forked = subprocess.run([sys.executable, "-c", code, str(site)], capture_output=True, text=True, timeout=120,
                            cwd=str(Path(__file__).resolve().parents[3]))
    assert forked.stdout.strip() == serial, forked.stderr


def test_a_busy_machine_reads_the_files_in_this_process(site, monkeypatch):
    from editor.model.site import index as index_module, parallel

    def refused(*args, **kwargs):
        raise AssertionError("no copies or pool on a machine whose cores are all busy")

    monkeypatch.setattr(index_module, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (2.5, 2.0, 1.0))
    monkeypatch.setattr(index_module, "map_beside", refused)
    monkeypatch.setattr(index_module, "map_in_processes", refused)
    index = SiteIndex.build(Site.open(site), cache=IndexCache(None))
    assert [e.key for e in index.pairs] == ["a", "b"]
    assert parallel.idle_cores() == 0
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.4, 0.5, 0.5))
    assert parallel.idle_cores() == 1


def test_a_crafted_cache_that_cannot_be_loaded_is_ignored(tmp_path):
    # A checksum is no seal: anyone can write a file whose CRC agrees. Five marshal bytes claiming a
    # tuple of 2**31 - 1 items make marshal allocate 16 GB before it finds the data short; where
    # memory is limited that is a MemoryError, which must mean "start afresh", not a traceback.
    # Run in a child process under an address-space limit so that the test never takes the 16 GB.
    import subprocess
    import sys
    import textwrap

    from editor.model.site import index_cache

    pytest.importorskip("resource")  # the limit is a POSIX one

    data = b"(" + (2**31 - 1).to_bytes(4, "little")
    cache_file = tmp_path / "crafted.index"
    cache_file.write_bytes(index_cache._header(data) + data)
    script = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        from editor.model.site.index_cache import IndexCache
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
        cache = IndexCache(Path({str(cache_file)!r}))
        print(len(cache._rows), repr(cache._context))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "0 ''\n", "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_device_at_the_cache_file_is_not_read(tmp_path):
    # A FIFO at the cache's name blocked `list` for ever; a link to /dev/zero filled the memory.
    # In a child process, so that a regression fails the test instead of hanging the suite.
    import subprocess
    import sys
    import textwrap

    pipe = tmp_path / "pipe.index"
    os.mkfifo(pipe)
    zero = tmp_path / "zero.index"
    zero.symlink_to("/dev/zero")
    script = textwrap.dedent(f"""
        import resource
        from pathlib import Path
        from editor.model.site.index_cache import IndexCache
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
        print([len(IndexCache(Path(name))._rows) for name in ({str(pipe)!r}, {str(zero)!r})])
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "[0, 0]\n", "")


def test_a_file_put_back_with_its_old_modification_time_is_read_again(site, tmp_path):
    """`cp -p` or `touch -r` over a posting restores an old modification time; when the size and
    inode stay too, only the inode change time tells the cache that the file is another."""
    cache_file = tmp_path / "cache.index"
    build(site, cache_file)
    path = site / "fr/a.md"
    before = path.stat()
    text = path.read_text(encoding="utf-8").replace("archived: false", "archived: true_")[:before.st_size]
    path.write_text(text.replace("true_", "true "), encoding="utf-8")  # same size, same inode
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    index = build(site, cache_file)
    assert index.pair_for_key("a").first("fr").get("archived") is True
    assert index.pair_for_key("a").status == "conflict"
