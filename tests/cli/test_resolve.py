"""``posting-editor resolve`` through the installed script: list, take a field, deal with a duplicate."""

from __future__ import annotations

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    changed_lines,
    front_matter,
    private_index_cache,
    run,
    sample_file,
    site,
)


def test_help_names_every_option():
    result = run("resolve", "--help")
    assert result.returncode == 0
    for option in ("--field", "--take", "--duplicate", "--archive", "--rekey", "--delete"):
        assert option in result.stdout


def test_listing_then_taking_a_field(site):
    en, fr = sample_file(site, "en", "accessibility"), sample_file(site, "fr", "spécialiste")
    listed = run("resolve", site, "accessibility-specialist", cwd=site)
    assert listed.returncode == 1
    assert "archived differs" in listed.stdout and "--field archived --take en|fr" in listed.stdout
    en_before, fr_before = en.read_bytes(), fr.read_bytes()

    result = run("resolve", site, "accessibility-specialist", "--field", "archived", "--take", "en", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "archived false" in result.stdout
    assert en.read_bytes() == en_before
    assert len(changed_lines(fr_before, fr.read_bytes())) == 1
    assert front_matter(fr)["archived"] is False
    again = run("resolve", site, "accessibility-specialist", cwd=site)
    assert again.returncode == 0 and "no conflicts" in again.stderr
    status = run("list", site, "--format", "json", cwd=site)
    assert '"status": "conflict"' not in status.stdout


def test_usage_errors_change_nothing(site):
    before = {p: p.read_bytes() for p in site.rglob("*.md")}
    for args, words, code in (
        (("--field", "archived"), "--field and --take go together", 2),
        (("--archive",), "--duplicate FILE", 2),
        (("--duplicate", "x.md"), "--archive, --rekey NEWKEY or --delete", 2),
        (("--field", "title", "--take", "en"), "not a shared field", 2),  # a usage error, like the others
        (("--duplicate", "nowhere.md", "--archive"), "is not one of the files with the key", 2),
        (("--field", "leverId", "--take", "fr"), "already agree", 1),
    ):
        result = run("resolve", site, "accessibility-specialist", *args, cwd=site)
        assert result.returncode == code, (args, result.stderr)
        assert words in result.stderr, (args, result.stderr)
    missing = run("resolve", site, "no-such-key", cwd=site)
    assert missing.returncode == 2 and "No posting has the translationKey 'no-such-key'" in missing.stderr
    assert {p: p.read_bytes() for p in site.rglob("*.md")} == before


def test_duplicate_rekey_archive_and_delete(site):
    en = sample_file(site, "en", "product-manager")
    old = en.with_name("product-manager.md")
    copy = en.with_name("product-manager-copy.md")
    old.write_bytes(en.read_bytes().replace(b"Product Manager", b"Old Product Manager"))
    copy.write_bytes(en.read_bytes())
    listed = run("resolve", site, "product-manager", cwd=site)
    assert listed.returncode == 1 and "key used twice (en)" in listed.stdout

    refused = run("resolve", site, "product-manager", "--duplicate", old, "--rekey", "data-analyst", cwd=site)
    assert refused.returncode == 1 and "already used by the English file" in refused.stderr

    archived = run("resolve", site, "product-manager", "--duplicate", old, "--archive", cwd=site)
    assert archived.returncode == 0, archived.stderr
    assert front_matter(old)["archived"] is True
    assert front_matter(old)["translationKey"] == "product-manager-archived"

    deleted = run("resolve", site, "product-manager", "--duplicate", copy, "--delete", cwd=site)
    assert deleted.returncode == 0 and not copy.exists() and "Deleted" in deleted.stdout
    last = run("resolve", site, "product-manager", "--duplicate", en, "--delete", cwd=site)
    assert last.returncode == 1 and "only English file" in last.stderr and en.exists()


def test_a_pair_with_a_file_that_cannot_be_read_is_not_said_to_have_no_conflicts(site):
    """A merge broke the English file's front matter: resolve said "The pair 'data-analyst' has no
    conflicts." (exit 0), where its shared fields could not even be compared."""
    en = sample_file(site, "en", "data-analyst")
    en.write_text(en.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: 'Data Analyst"),
                  encoding="utf-8")
    result = run("resolve", site, "data-analyst", "--lang", "en", cwd=site)
    assert result.returncode == 1 and "has no conflicts" not in result.stderr
    assert f"{en.name}:4: The front matter is not valid YAML" in result.stdout
    assert "its shared fields are compared with the other files' once it is repaired." in result.stdout
    french = run("resolve", site, "data-analyst", "--lang", "fr", cwd=site)
    assert french.returncode == 1 and "une fois réparé" in french.stdout and "L’en-tête n’est pas du YAML valide" in french.stdout, french.stdout
