from pathlib import Path

from editor.model.checks.pairs import check_pairs
from editor.model.site.index import SiteIndex
from editor.model.hugo.config import Site

LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"


def write(path: Path, key: str, archived: str = "false", lever: str = LEVER):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\nlayout: job-posting\ntitle: T\ndescription: D\narchived: {archived}\ntranslationKey: {key}\nleverId: {lever}\n---\nB\n",
        encoding="utf-8",
    )


def findings(root):
    return sorted((f.file, f.code, f.line) for f in check_pairs(SiteIndex.build(Site.open(root))))


def test_clean_pair(tmp_path):
    write(tmp_path / "en/a--" f"{LEVER}.md", "a")
    write(tmp_path / "fr/a--" f"{LEVER}.md", "a")
    assert findings(tmp_path) == []


def test_pair_problems(tmp_path):
    write(tmp_path / f"en/a--{LEVER}.md", "a")
    write(tmp_path / f"fr/a--{LEVER}.md", "a", archived="true")
    write(tmp_path / f"en/b--{LEVER}.md", "b")
    write(tmp_path / f"en/c--{LEVER}.md", "c")
    write(tmp_path / f"en/c-copy--{LEVER}.md", "c")
    write(tmp_path / f"fr/c--{LEVER}.md", "c")
    write(tmp_path / "fr/old-name.md", "d")
    write(tmp_path / f"en/d--{LEVER}.md", "d")
    assert findings(tmp_path) == [
        (f"en/a--{LEVER}.md", "shared-field-mismatch", 5),
        (f"en/b--{LEVER}.md", "missing-counterpart", 1),
        (f"en/c--{LEVER}.md", "key-used-twice", 6),
        (f"en/c-copy--{LEVER}.md", "key-used-twice", 6),
        (f"fr/a--{LEVER}.md", "shared-field-mismatch", 5),
        ("fr/old-name.md", "file-name-convention", 1),
    ]
