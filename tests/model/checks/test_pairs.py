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


def test_a_shared_field_mismatch_names_each_files_value_as_each_language_writes_it(tmp_path):
    """French puts a space before the colon; an absent value is worded in the reader's language."""
    write(tmp_path / f"en/a--{LEVER}.md", "a")
    write(tmp_path / f"fr/a--{LEVER}.md", "a", archived="true")
    (tmp_path / f"en/b--{LEVER}.md").parent.mkdir(parents=True, exist_ok=True)
    write(tmp_path / f"en/b--{LEVER}.md", "b")
    fr_b = tmp_path / f"fr/b--{LEVER}.md"
    write(fr_b, "b")
    fr_b.write_text(fr_b.read_text(encoding="utf-8").replace("archived: false\n", "archived:\n"), encoding="utf-8")
    found = {f.file: f for f in check_pairs(SiteIndex.build(Site.open(tmp_path))) if f.code == "shared-field-mismatch"}
    a = found[f"en/a--{LEVER}.md"]
    assert f"(a--{LEVER}.md: false, a--{LEVER}.md: true)" in a.message_in("en")
    assert f"(a--{LEVER}.md\xa0: false, a--{LEVER}.md\xa0: true)" in a.message_in("fr")
    b = found[f"en/b--{LEVER}.md"]
    assert f"b--{LEVER}.md\xa0: (vide)" in b.message_in("fr") and f"b--{LEVER}.md: (empty)" in b.message_in("en")


def test_a_missing_language_says_what_to_do_and_a_file_without_a_key_is_not_said_to_miss_one(tmp_path):
    write(tmp_path / f"en/b--{LEVER}.md", "b")
    keyless = tmp_path / "fr/chef.md"
    write(keyless, "x")
    keyless.write_text(keyless.read_text(encoding="utf-8").replace("translationKey: x\n", ""), encoding="utf-8")
    # None for chef.md: it has no key to miss (its missing translationKey is its own finding).
    [missing] = [f for f in check_pairs(SiteIndex.build(Site.open(tmp_path))) if f.code == "missing-counterpart"]
    assert missing.file == f"en/b--{LEVER}.md"
    assert missing.message_in("en").endswith(": translate this one into French, or give the French posting this key.")
    assert missing.message_in("fr") == ("Aucune offre en français n’a la clé «\u00a0b\u00a0»\u00a0: traduisez celle-ci "
                                        "en français, ou donnez cette clé à l’offre en français.")
