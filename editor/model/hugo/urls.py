"""The address Hugo gives a content page, computed from the site's configuration.

Export needs a page's old address to keep links working after a rename (through ``aliases``),
and the real-site preview needs it to open the right page. This follows Hugo's own code for
regular pages (``CreateTargetPaths`` and ``createTargetPathDescriptor`` of Hugo 0.111, the
version Debian ships), in this order:

* ``url`` in the front matter wins, as written (a language prefix is added only when it does
  not start with ``/`` or the site is multihost).
* otherwise a ``permalinks`` pattern for the page's top section (the language's own
  ``permalinks`` first, then the site's) is expanded;
* otherwise ``/<folder of the file>/<slug or file name>/``.

Then the language prefix: none on a monolingual or multihost site (one ``baseURL`` per language),
otherwise ``/<lang>`` except for the default language when ``defaultContentLanguageInSubdir`` is
false. Last, Hugo's path sanitising: only letters, digits, marks and ``. / \\ _ # + ~ -`` are
kept (so ``&``, ``’``, ``·`` or ``–`` in a file name vanish from its address), spaces become
hyphens, and everything is lowercased unless ``disablePathToLower``. Anything Hugo would do that
is not covered here (Go date layouts in patterns, unknown ``:tokens``) raises :class:`UrlError`
rather than produce a wrong address. Tests compare these results with ``hugo list all``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote_plus, urlsplit

from editor.model.findings.worded import Worded
from editor.model.hugo.config import Site


class UrlError(Worded, ValueError):
    """The page's address cannot be computed with confidence (the message says why)."""


_ALLOWED_PUNCTUATION = set("./\\_#+~-")
_HEX = set("0123456789abcdefABCDEF")
_TOKEN = re.compile(r":\w+(\[.+?\])?")
_ZERO_DATE = datetime.datetime(1, 1, 1)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def go_clean(path: str) -> str:
    """Go's ``path.Clean``: one slash between parts, no ``.`` parts, ``..`` resolved, never above root."""
    if path == "":
        return "."
    rooted = path.startswith("/")
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
            elif not rooted:
                parts.append("..")
            continue
        parts.append(part)
    cleaned = ("/" if rooted else "") + "/".join(parts)
    return cleaned or ("/" if rooted else ".")


def pjoin(*elements: str) -> str:
    """Hugo's ``pjoin``: Go's ``path.Join`` that keeps one trailing slash of the last element."""
    had_slash = elements[-1].endswith("/")
    kept = [element for element in elements if element]
    joined = go_clean("/".join(kept)) if kept else ""
    if had_slash and not joined.endswith("/"):
        joined += "/"
    return joined


def unicode_sanitize(text: str, *, remove_accents: bool = False) -> str:
    """Hugo's ``UnicodeSanitize``: keep letters, digits, marks and a few signs; spaces become one hyphen."""
    if remove_accents:
        text = unicodedata.normalize("NFC", "".join(
            ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"))
    out: list[str] = []
    prepend_hyphen = was_hyphen = False
    for index, ch in enumerate(text):
        category = unicodedata.category(ch)
        allowed = ch in _ALLOWED_PUNCTUATION or category[0] in ("L", "M") or category == "Nd"
        allowed = allowed or (ch == "%" and index + 2 < len(text) and text[index + 1] in _HEX and text[index + 2] in _HEX)
        if allowed:
            was_hyphen = ch == "-"
            if prepend_hyphen:
                if not was_hyphen:
                    out.append("-")
                prepend_hyphen = False
            out.append(ch)
        elif out and ch.isspace() and not was_hyphen:
            prepend_hyphen = True
    return "".join(out)


def encode_path(path: str) -> str:
    """Percent-encode a path as Go's ``url.URL{Path: p}.String()`` does (Hugo's ``URLizeFilename``)."""
    return quote(path, safe="/$&+,:;=@")


@dataclass(frozen=True)
class _Language:
    key: str
    prefix: str  # "" or the language key, put before every link
    base_url: str
    permalinks: dict
    ugly_urls: object


class HugoUrls:
    """Page addresses of one Hugo site (see the module docstring for the rules)."""

    def __init__(self, site: Site):
        self.site = site
        config = site.config or {}
        self.config = config
        languages = _table(config, "languages")
        disabled = {str(name).lower() for name in config.get("disablelanguages") or []}
        enabled = {str(name).lower(): (settings if isinstance(settings, dict) else {})
                   for name, settings in languages.items()
                   if str(name).lower() not in disabled and not (isinstance(settings, dict) and settings.get("disabled"))}
        self.default_language = str(config.get("defaultcontentlanguage") or "en").lower()
        in_subdir = bool(config.get("defaultcontentlanguageinsubdir"))
        self.multilingual = len(enabled) > 1
        self.multihost = any(settings.get("baseurl") for settings in enabled.values())
        self.lower = not bool(config.get("disablepathtolower"))
        self.remove_accents = bool(config.get("removepathaccents"))
        self.per_language_dirs = any(settings.get("contentdir") for settings in enabled.values())
        self.content_root = (site.root / str(config.get("contentdir") or "content")).resolve()
        self._languages: dict[str, _Language] = {}
        for key in enabled or {self.default_language: {}}:
            settings = enabled.get(key, {})
            prefix = ""
            if self.multilingual and not self.multihost and (key != self.default_language or in_subdir):
                prefix = key
            permalinks = settings.get("permalinks", config.get("permalinks")) or {}
            ugly = settings.get("uglyurls", config.get("uglyurls", False))
            base_url = str(settings.get("baseurl") or config.get("baseurl") or "/")
            self._languages[key] = _Language(key, prefix, base_url, permalinks if isinstance(permalinks, dict) else {}, ugly)

    # ---------------------------------------------------------------- public
    def languages(self) -> list[str]:
        """Enabled languages in Hugo's order (weight, then key): the order of multihost servers."""
        settings = _table(self.config, "languages")

        def weight(key: str) -> tuple:
            value = settings.get(key, {}).get("weight", 0) if isinstance(settings.get(key), dict) else 0
            value = value if isinstance(value, int) and value > 0 else 0
            return (value == 0, value, key)  # Hugo puts unweighted languages last

        return sorted(self._languages, key=weight)

    def language(self, lang: str) -> _Language:
        found = self._languages.get(lang.lower())
        if found is None:
            raise UrlError.said("url-no-language", code=lang)
        return found

    def link(self, file: Path, data: dict, lang: str | None = None) -> str:
        """The page's address below the site root, decoded (``/fr/careers/analyste-de-données/``).

        This is what an alias must hold for Hugo to write a redirect at that place: aliases are
        file paths in the published site (Hugo itself adds the language folder on multihost sites).
        """
        file = Path(file)
        lang = (lang or self.site.language_of(file) or self.default_language).lower()
        language = self.language(lang)
        folder, base_name = self._dir_and_base(file, lang)
        if base_name == "_index":
            raise UrlError.said("url-section-page", path=file.name)
        # Hugo reads both with cast.ToString: numbers become text, lists and maps count as absent.
        url, slug = (_as_text(data.get(name)) for name in ("url", "slug"))
        section = folder.split("/", 1)[0] if folder else ""
        if url:
            link = self._link_from_url(url, language)
        else:
            pattern = self._pattern(language, section)
            expanded = self._expand(pattern, file, folder, base_name, data, slug) if pattern else ""
            page_path = pjoin("/", unquote_plus(expanded)) if expanded else pjoin(pjoin("/", folder), slug or base_name)
            link = page_path
            if (slug or base_name) == "index" and not expanded:
                link = link.removesuffix("index")
            if self._ugly(language, section):
                link = page_path.strip("/") + ".html"
            else:
                link = link + "/"
            if language.prefix:
                link = pjoin(language.prefix, link)
        had_slash = link.endswith("/")
        link = link.strip("/")
        link = "/" + link + ("/" if had_slash and link else "")
        link = unicode_sanitize(link, remove_accents=self.remove_accents)
        return link.lower() if self.lower else link

    def rel_permalink(self, file: Path, data: dict, lang: str | None = None) -> str:
        """The percent-encoded address with the base URL's path, as templates' ``.RelPermalink``."""
        lang = (lang or self.site.language_of(Path(file)) or self.default_language).lower()
        base_path = urlsplit(self.language(lang).base_url).path.rstrip("/")
        return base_path + encode_path(self.link(file, data, lang))

    # ---------------------------------------------------------------- details
    def _dir_and_base(self, file: Path, lang: str) -> tuple[str, str]:
        root = self.site.content_dirs.get(lang) if self.per_language_dirs else self.content_root
        resolved = file.resolve() if file.exists() else Path(file).absolute()
        if root is None:
            raise UrlError.said("url-not-in-content", path=str(file))
        try:
            relative = PurePosixPath(resolved.relative_to(Path(root).resolve()).as_posix())
        except ValueError:
            raise UrlError.said("url-not-in-content", path=str(file)) from None
        base = relative.stem
        # A language code before the extension (about.fr.md) is not part of the name.
        if "." in base and base.rsplit(".", 1)[1].lower() in self._languages:
            base = base.rsplit(".", 1)[0]
        folder = relative.parent.as_posix()
        folder = "" if folder == "." else folder
        if base == "index" and folder:  # a leaf bundle is named by its folder
            folder, base = (folder.rsplit("/", 1) if "/" in folder else ("", folder))
        return folder, base

    def _link_from_url(self, url: str, language: _Language) -> str:
        force_prefix = self.multihost or not url.startswith("/")
        link = pjoin("/", url)
        has_slash, has_dot = url.endswith("/"), "." in url
        if (has_slash or not has_dot) and not has_slash:
            link += "/"
        if force_prefix and language.prefix and not url.startswith("/" + language.prefix):
            link = pjoin(language.prefix, link)
        return link

    @staticmethod
    def _pattern(language: _Language, section: str) -> str:
        permalinks = language.permalinks
        page_rules = permalinks.get("page")
        if isinstance(page_rules, dict):  # the newer form: permalinks: {page: {section: pattern}}
            permalinks = page_rules
        pattern = permalinks.get(section.lower()) if section else permalinks.get("/")
        return pattern if isinstance(pattern, str) else ""

    @staticmethod
    def _ugly(language: _Language, section: str) -> bool:
        ugly = language.ugly_urls
        if isinstance(ugly, dict):
            return bool(ugly.get(section.lower()))
        return bool(ugly)

    def _expand(self, pattern: str, file: Path, folder: str, base_name: str, data: dict, slug: str) -> str:
        title = data.get("title")
        title = str(title) if title is not None else ""

        def urlize(text: str) -> str:
            sanitized = unicode_sanitize(text, remove_accents=self.remove_accents)
            return sanitized.lower() if self.lower else sanitized

        date = self._date(file, data)
        sections = self._sections(folder)
        values = {
            "year": str(date.year), "month": f"{date.month:02d}", "monthname": _MONTHS[date.month - 1],
            "day": f"{date.day:02d}", "weekday": str((date.weekday() + 1) % 7),
            "weekdayname": _WEEKDAYS[(date.weekday() + 1) % 7], "yearday": str(date.timetuple().tm_yday),
            "section": folder.split("/", 1)[0] if folder else "", "sections": "/".join(sections),
            "title": urlize(title), "slug": urlize(slug) if slug else urlize(title),
            "filename": urlize(base_name), "slugorfilename": urlize(slug) if slug else urlize(base_name),
        }

        def replace(match: re.Match) -> str:
            name, cut = match.group(0)[1:].split("[", 1)[0], match.group(1)
            if name == "sections" and cut:
                return "/".join(_slice(sections, cut))
            if name in values and not cut:
                return values[name]
            raise UrlError.said("url-permalink", pattern=pattern, part=match.group(0))

        return _TOKEN.sub(replace, pattern)

    def _sections(self, folder: str) -> list[str]:
        """The page's section path: the top folder, then each deeper folder that has an _index file."""
        if not folder:
            return []
        parts = folder.split("/")
        found = [parts[0]]
        root = self.site.content_dirs.get(self.default_language) if self.per_language_dirs else self.content_root
        for depth in range(2, len(parts) + 1):
            candidate = Path(root or self.content_root, *parts[:depth])
            if any(candidate.glob("_index.*")):
                found.append(parts[depth - 1])
            else:
                break
        return found

    def _date(self, file: Path, data: dict) -> datetime.datetime:
        for key in ("date", "publishdate", "pubdate", "published"):
            value = next((v for k, v in data.items() if k.lower() == key), None)
            if isinstance(value, datetime.datetime):
                return value
            if isinstance(value, datetime.date):
                return datetime.datetime(value.year, value.month, value.day)
            if isinstance(value, str) and value.strip():
                try:
                    return datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
                except ValueError:
                    raise UrlError.said("url-date", date=value, path=file.name) from None
        front = _table(self.config, "frontmatter")
        if ":filename" in (front.get("date") or []):
            match = re.match(r"(\d{4})-(\d{2})-(\d{2})", file.name)
            if match:
                return datetime.datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return _ZERO_DATE


def _table(config: dict, key: str) -> dict:
    """``config[key]`` when it is a table (a mapping), else an empty one."""
    value = config.get(key)
    return value if isinstance(value, dict) else {}


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return ""


def _slice(items: list[str], cut: str) -> list[str]:
    """Hugo's ``:sections[low:high]`` (also ``[n]`` and ``[last]``), lenient with bounds."""
    spec = cut.strip().lower()[1:-1]

    def index(text: str, low: bool) -> int:
        if text == "":
            return 0 if low else len(items)
        if text == "last":
            return len(items) - 1
        number = max(int(text), 0) if text.lstrip("-").isdigit() else 0
        if number >= len(items):
            return -1 if low else len(items)
        return number

    if not items:
        return []
    if ":" not in spec:
        at = index(spec, True)
        return [] if at < 0 else [items[at]]
    low, high = (index(part, is_low) for part, is_low in zip(spec.split(":", 1), (True, False)))
    return [] if low < 0 or high < 0 else items[low:high]
