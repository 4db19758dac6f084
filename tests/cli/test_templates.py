"""A site's own templates: ``templates init``, ``new`` using them, the once-per-site hint, the bundled ones."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.site.create import templates_dir
from tests.cli_support import (_index_cache_folder, copy_sample_site, front_matter, private_index_cache,  # noqa: F401
                               run, sample_file)

TEMPLATES = ".posting-editor/templates"


@pytest.fixture
def site(tmp_path):
    """The sample site without the templates of its own (the fictional agency's): the bundled ones apply."""
    folder = copy_sample_site(tmp_path / "site")
    shutil.rmtree(folder / TEMPLATES)
    return folder


@pytest.fixture
def remembered(tmp_path, monkeypatch):
    """A cache folder of the test's own, so the hint is remembered between commands."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))


def new(site, title_en, title_fr, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["new", str(site), "--title-en", title_en, "--title-fr", title_fr])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_the_bundled_templates_name_no_organisation():
    for lang in ("en", "fr"):
        body = (templates_dir() / f"posting.{lang}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
        for line in body.splitlines():
            # Headings and italic placeholders only: no paragraph of any organisation's own text.
            assert not line.strip() or re.match(r"^(#+ |\s*- _|_).*", line), line
            assert not re.search(r"\b(DSA|ASN|Agency|Agence)\b|@", line), line


def test_new_says_once_per_site_that_it_uses_the_bundled_templates(site, capsys, remembered, tmp_path):
    status, _out, err = new(site, "Test Analyst", "Analyste test", capsys)
    assert status == 0 and "templates init" in err and "bundled" in err
    status, _out, err = new(site, "Second Analyst", "Deuxième analyste", capsys)
    assert status == 0 and "templates init" not in err
    import shutil

    other = shutil.copytree(site, tmp_path / "other-site")
    status, _out, err = new(other, "Third Analyst", "Troisième analyste", capsys)
    assert status == 0 and "templates init" in err


def test_init_from_the_bundled_templates_then_refuses_to_overwrite(site, capsys):
    assert main(["templates", "init", str(site)]) == 0
    for lang in ("en", "fr"):
        assert (site / TEMPLATES / f"posting.{lang}.md").read_bytes() == (templates_dir() / f"posting.{lang}.md").read_bytes()
    mine = site / TEMPLATES / "posting.en.md"
    mine.write_text(mine.read_text(encoding="utf-8") + "\nOur own words.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["templates", "init", str(site)]) == 2
    err = capsys.readouterr().err
    assert "already exist" in err and "--force" in err
    assert mine.read_text(encoding="utf-8").endswith("Our own words.\n")
    assert main(["templates", "init", str(site), "--force"]) == 0
    assert not mine.read_text(encoding="utf-8").endswith("Our own words.\n")
    # The templates replaced are kept beside them, both, and said; the new ones are all that is read.
    [kept] = (site / TEMPLATES).glob("replaced-*.posting.en.md")
    assert kept.read_text(encoding="utf-8").endswith("Our own words.\n")
    assert len(list((site / TEMPLATES).glob("replaced-*.posting.fr.md"))) == 1
    err = capsys.readouterr().err
    assert "The templates replaced are kept as" in err and kept.name in err
    assert sorted(path.name for path in (site / TEMPLATES).glob("posting.*.md")) == ["posting.en.md", "posting.fr.md"]


def test_init_force_twice_in_one_second_keeps_both_replaced_sets(site, capsys, monkeypatch):
    """The copies kept are named by the second: a second `--force` within it (a script, a double
    click on the window's menu) found the name taken and said the copy "was changed by another
    program since it was opened", exit 2."""
    import editor.model.site.templates as templates

    monkeypatch.setattr(templates.time, "strftime", lambda _format: "2026-12-03-120000")
    assert main(["templates", "init", str(site)]) == 0
    mine = site / TEMPLATES / "posting.en.md"
    versions = []
    for words in ("First words.", "Second words."):
        mine.write_text(mine.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")
        versions.append(mine.read_bytes())
        capsys.readouterr()
        assert main(["templates", "init", str(site), "--force", "--lang", "en"]) == 0, capsys.readouterr().err
    kept = sorted((site / TEMPLATES).glob("replaced-*.posting.en.md"))
    assert [path.name for path in kept] == ["replaced-2026-12-03-120000-2.posting.en.md",
                                            "replaced-2026-12-03-120000.posting.en.md"]
    assert sorted(path.read_bytes() for path in kept) == sorted(versions)
    assert len(list((site / TEMPLATES).glob("replaced-*.posting.fr.md"))) == 2
    assert "replaced-2026-12-03-120000-2.posting.en.md" in capsys.readouterr().err


def test_init_from_a_posting_then_new_starts_from_it(site, capsys, remembered):
    source = sample_file(site, "en", "product-manager")
    source.write_text(source.read_text(encoding="utf-8").replace("archived: false", "archived: false\n"
                      "aliases: [/old-address/]\ndate: 2024-01-15"), encoding="utf-8")
    capsys.readouterr()
    assert main(["templates", "init", str(site), "--from", str(source)]) == 0
    err = capsys.readouterr().err
    assert "aliases, date" in err and "placeholders" in err
    template = (site / TEMPLATES / "posting.en.md").read_text(encoding="utf-8")
    assert "$title" in template and "$translation_key" in template and "$lever_id" in template
    assert "aliases" not in template and "date:" not in template
    assert "$$" in template  # the posting's salary: a literal dollar, not a variable
    status, out, err = new(site, "Policy Analyst", "Analyste des politiques", capsys)
    assert status == 0 and "templates init" not in err
    en, fr = [Path(line) for line in out.split()]
    body_en = en.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body_en == source.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "Gestionnaire" not in fr.read_text(encoding="utf-8").split("---\n", 2)[1]
    data = front_matter(en)
    assert data["title"] == "Policy Analyst" and data["translationKey"] == "policy-analyst"
    assert "leverId" not in data and "aliases" not in data and data["archived"] is False


def test_init_from_a_posting_without_counterpart_takes_the_bundled_other_language(site, capsys):
    source = sample_file(site, "en", "security-engineer")
    assert main(["templates", "init", str(site), "--from", str(source)]) == 0
    assert "from the bundled template" in capsys.readouterr().err
    assert (site / TEMPLATES / "posting.fr.md").read_bytes() == (templates_dir() / "posting.fr.md").read_bytes()


def test_init_refusals_are_clear(site, tmp_path):
    lone = tmp_path / "lone.md"
    lone.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = run("templates", "init", site, "--from", lone)
    assert result.returncode == 2 and "not a posting of a site" in result.stderr
    result = run("templates", "init", site, "--from", tmp_path / "missing.md")
    assert result.returncode == 2 and "no such file" in result.stderr
    result = run("templates", "init", tmp_path / "nowhere")
    assert result.returncode == 2
    assert not (site / TEMPLATES).exists()


def test_the_gate_reads_the_site_templates_guidance(site, capsys):
    (site / TEMPLATES).mkdir(parents=True)
    for lang in ("en", "fr"):
        text = (templates_dir() / f"posting.{lang}.md").read_text(encoding="utf-8")
        (site / TEMPLATES / f"posting.{lang}.md").write_text(
            text + "\n_Name the branch that hires, and what it does for the public_\n", encoding="utf-8")
    status, out, _err = new(site, "Policy Analyst", "Analyste des politiques", capsys)
    assert status == 0
    en = Path(out.split()[0])
    assert "Name the branch that hires" in en.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(en)]) == 1
    found = capsys.readouterr().out
    assert "Name the branch that hires" in found and "template-placeholder" in found


def test_the_sample_site_has_its_agencys_own_templates(tmp_path, capsys, remembered):
    sample = copy_sample_site(tmp_path / "sample")
    status, out, err = new(sample, "Policy Analyst", "Analyste des politiques", capsys)
    assert status == 0 and "templates init" not in err
    en = Path(out.split()[0]).read_text(encoding="utf-8")
    assert "The Digital Services Agency (DSA)" in en and "_Describe a main responsibility…_" in en


def test_templates_never_go_through_a_link_out_of_the_site(tmp_path):
    from tests.cli_support import copy_sample_site, run

    site = copy_sample_site(tmp_path / "site")
    shutil.rmtree(site / ".posting-editor", ignore_errors=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (site / ".posting-editor").symlink_to(outside)
    result = run("templates", "init", site)
    assert result.returncode != 0 and "outside the site" in result.stderr
    assert list(outside.iterdir()) == []


def test_a_site_template_linked_outside_the_site_is_refused_then_not_used(tmp_path):
    from tests.cli_support import copy_sample_site, run

    site = copy_sample_site(tmp_path / "site")
    private = tmp_path / "private.md"
    private.write_text("---\ntitle: x\nsecret: do-not-copy\n---\nPrivate notes\n", encoding="utf-8")
    own = site / ".posting-editor" / "templates" / "posting.en.md"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.unlink(missing_ok=True)
    own.symlink_to(private)
    result = run("new", site, "--title-en", "Clerk", "--title-fr", "Commis", "--lang", "en")
    assert result.returncode == 2 and "outside the site" in result.stderr and "--bundled-template" in result.stderr
    assert not list(site.rglob("clerk*.md"))
    result = run("new", site, "--title-en", "Clerk", "--title-fr", "Commis", "--bundled-template")
    assert result.returncode == 0, result.stderr
    [created] = (site / "content" / "en" / "careers" / "positions").glob("clerk*.md")
    assert "do-not-copy" not in created.read_text(encoding="utf-8")  # the bundled template was used


def test_new_says_a_site_template_that_is_a_link_to_nothing(tmp_path):
    from tests.cli_support import copy_sample_site, run

    site = copy_sample_site(tmp_path / "site")
    own = site / ".posting-editor" / "templates" / "posting.fr.md"
    own.unlink()
    own.symlink_to(tmp_path / "moved-away.md")
    result = run("new", site, "--title-fr", "Commis", "--lang", "fr")
    assert result.returncode == 2 and "lien symbolique vers" in result.stderr and "moved-away.md" in result.stderr
    assert "--bundled-template" in result.stderr and not list(site.rglob("commis*.md"))
    # English alone does not need the French template.
    assert run("new", site, "--title-en", "Clerk").returncode == 0
    created = run("new", site, "--title-fr", "Commis", "--bundled-template")
    assert created.returncode == 0 and len(list(site.rglob("commis*.md"))) == 1
    assert "templates init" not in created.stderr  # asked for: no hint about the site's own


def test_new_refuses_unseen_characters_in_the_key_and_titles(tmp_path):
    from tests.cli_support import copy_sample_site, run

    site = copy_sample_site(tmp_path / "site")
    for args, said in ((["--key", "clerk\u202ekrelc"], "bidirectional text control (U+202E)"),
                       (["--key", "clerk\nother"], "a line break (U+000A)"),
                       (["--key", "clerk\tother"], "a control character (U+0009)"),
                       (["--description-en", "a\u2066b"], "bidirectional text control (U+2066)")):
        result = run("new", site, "--title-en", "Clerk", *args, "--lang", "en")
        assert result.returncode == 2 and said in result.stderr and "nothing was created" in result.stderr, result.stderr
    assert not list(site.rglob("clerk*.md"))
    french = run("new", site, "--title-en", "Clerk", "--key", "a\u200fb", "--lang", "fr")
    assert french.returncode == 2 and "contient un caractère de contrôle bidirectionnel (U+200F)" in french.stderr


def _killed_between_the_renames(argv: list[str], folder: Path) -> None:
    """Run the command in another process killed (os._exit) as it renames its second file into ``folder``."""
    import subprocess
    import sys
    import textwrap

    repo = Path(__file__).resolve().parents[2]
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(repo)!r})
        real_replace, renamed = os.replace, []
        def replace(src, dst):
            if os.path.dirname(str(dst)) == {str(folder)!r}:
                if len(renamed) == 1:
                    os._exit(9)
                renamed.append(dst)
            return real_replace(src, dst)
        os.replace = replace
        from editor.cli import main
        main({argv!r})
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60,
                            env={**os.environ, "POSTING_EDITOR_CACHE_DIR": str(Path(argv[2]).parent / "cache")})
    assert result.returncode == 9, result.stderr.decode()


def test_init_force_killed_between_its_two_files_is_finished_on_the_next_start(tmp_path, capsys):
    """Both templates or neither: the English one replaced and the French one not would start every new
    pair from two different templates."""
    site = copy_sample_site(tmp_path / "site")  # with the agency's own templates
    own = {lang: (site / TEMPLATES / f"posting.{lang}.md").read_bytes() for lang in ("en", "fr")}
    bundled = {lang: (templates_dir() / f"posting.{lang}.md").read_bytes() for lang in ("en", "fr")}
    assert own != bundled
    _killed_between_the_renames(["templates", "init", str(site), "--force"], site / TEMPLATES)
    now = {lang: (site / TEMPLATES / f"posting.{lang}.md").read_bytes() for lang in ("en", "fr")}
    assert now == {"en": bundled["en"], "fr": own["fr"]}  # half done, as a kill leaves it

    status, _out, _err = new(site, "Test Analyst", "Analyste test", capsys)  # the next start reads the templates
    assert status == 0
    assert {lang: (site / TEMPLATES / f"posting.{lang}.md").read_bytes() for lang in ("en", "fr")} == bundled
    assert not (site / TEMPLATES / ".posting-editor-journal").exists()
    assert not [name for name in os.listdir(site / TEMPLATES) if name.endswith(".tmp")]


def test_new_from_an_earlier_posting_keeps_its_text_and_takes_the_template_for_a_missing_language(site, capsys):
    source = sample_file(site, "en", "security-engineer")  # English only
    source.write_text(source.read_text(encoding="utf-8").replace("archived: false", "archived: true"), encoding="utf-8")
    capsys.readouterr()
    assert main(["new", str(site), "--title-en", "Security Engineer 2027", "--title-fr", "Ingénieure ou ingénieur 2027",
                 "--from", str(source)]) == 0
    en, fr = [Path(line) for line in capsys.readouterr().out.split()]
    assert en.read_text(encoding="utf-8").split("---\n", 2)[2] == source.read_text(encoding="utf-8").split("---\n", 2)[2]
    data = front_matter(en)
    assert data["archived"] is False and data["translationKey"] == "security-engineer-2027" and "leverId" not in data
    assert data["description"] == front_matter(source)["description"]
    bundled_fr = (templates_dir() / "posting.fr.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert fr.read_text(encoding="utf-8").split("---\n", 2)[2] == bundled_fr.replace("$$", "$")
    not_a_posting = site / "content" / "en" / "careers" / "positions" / "_index.md"
    assert main(["new", str(site), "--title-en", "Other", "--from", str(not_a_posting), "--lang", "en"]) == 2
    assert "is not a job posting" in capsys.readouterr().err
