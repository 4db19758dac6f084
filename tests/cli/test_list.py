"""``posting-editor list`` through the command: its rows and statuses as JSON and text, its totals,
what needs translation and why. Every run goes through ``cli_support.run``, which fails on any
traceback or "internal error" in stderr (its words in French are in test_list_language.py).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time

import pytest

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    posting,
    run,
    sample_file,
    site,
    write,
)


def list_json(site, cwd):
    result = run("list", str(site), "--format", "json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return {row["translationKey"]: row for row in json.loads(result.stdout)}


def test_list_json_rows_and_statuses(site, tmp_path):
    rows = list_json(site, tmp_path)
    assert set(rows) == {"accessibility-specialist", "content-designer", "data-analyst", "lead-developer",
                         "product-manager", "security-engineer"}
    for row in rows.values():
        assert {"translationKey", "archived", "en", "fr", "status"} <= set(row)
        for lang in ("en", "fr"):
            assert all((site / path).is_file() for path in row[lang])
    assert rows["data-analyst"]["status"] == "ok" and rows["data-analyst"]["archived"] is False
    assert rows["content-designer"]["status"] == "ok" and rows["content-designer"]["archived"] is True
    assert rows["security-engineer"]["status"] == "needs-translation" and rows["security-engineer"]["fr"] == []
    assert rows["security-engineer"]["reasons"] == [{"reason": "missing", "language": "fr"}]
    assert rows["security-engineer"]["needsTranslation"] is True
    assert rows["data-analyst"]["reasons"] == [] and rows["data-analyst"]["needsTranslation"] is False
    assert rows["accessibility-specialist"]["status"] == "conflict"
    assert rows["accessibility-specialist"]["archived"] is None  # the files disagree: no single answer
    assert rows["data-analyst"]["fr"] == [str(sample_file(site, "fr", "analyste").relative_to(site))]


def test_list_text_rows(site, tmp_path):
    result = run("list", "site", cwd=tmp_path)
    assert result.returncode == 0
    header, *lines = result.stdout.splitlines()
    # Each language's names from the folder holding them all, which its header names.
    folders = {lang: sample_file(site, lang, "data-analyst" if lang == "en" else "analyste").parent.relative_to(site)
               for lang in ("en", "fr")}
    assert re.split(" {2,}", header) == ["translationKey", "archived", f"en ({folders['en']}{os.sep})",
                                         f"fr ({folders['fr']}{os.sep})", "status", "to do"]
    rows = {line.split()[0]: line.split() for line in lines}
    assert len(rows) == 6
    assert rows["data-analyst"][1] == "no" and rows["data-analyst"][-1] == "ok"
    assert rows["content-designer"][1] == "yes"
    assert rows["security-engineer"][-4:] == ["-", "needs-translation", "French", "missing"]
    assert rows["accessibility-specialist"][-1] == "conflict"
    assert rows["data-analyst"][2] == sample_file(site, "en", "data-analyst").name
    assert "6 postings" in result.stderr


def test_list_totals_read_as_sentences(site):
    """The total said "6 postings in .." in the site folder, and "1 postings" for one."""
    result = run("list", ".", cwd=site)
    assert result.stderr.strip() == "6 postings in the current folder."
    for path in site.rglob("*.md"):
        if "data-analyst" not in path.name and "analyste" not in path.name:
            path.unlink()
    assert run("list", ".", cwd=site).stderr.strip() == "1 posting in the current folder."
    assert run("list", ".", "--needs-translation", cwd=site).stderr.strip() == \
        "0 of 1 posting need translation in the current folder."


def test_list_leaves_the_cycle_collector_as_it_found_it(site, capsys):
    """list turns Python's cycle collector off while it reads the site (its objects all live until
    printed); a program or test that calls it in-process gets the collector back as it was."""
    import gc

    from editor.cli.main import main

    assert gc.isenabled()
    assert main(["list", str(site)]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["list", str(site), "--format", "json"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


def test_list_reports_invalid_and_two_files_for_one_key(site, tmp_path):
    folder = sample_file(site, "en", "data-analyst").parent
    write(folder / "broken--9d4c3a55-6a3e-4f0e-9d49-0a4c1e7e2b10.md",
          "---\nlayout: job-posting\ntitle: Conseiller : équipe\ntranslationKey: broken-one\n---\n")
    copy = folder / "lead-developer-copy.md"
    copy.write_bytes(sample_file(site, "en", "lead-developer").read_bytes())
    rows = list_json(site, tmp_path)
    assert rows["broken-one"]["status"] == "invalid"
    assert rows["lead-developer"]["status"] == "conflict"
    assert len(rows["lead-developer"]["en"]) == 2


def test_list_text_puts_a_languages_further_files_on_lines_of_their_own(site, tmp_path):
    """Several files of one language (renamed copies left behind) were joined on the pair's line, which
    made the whole table as wide as all their names together."""
    english = sample_file(site, "en", "lead-developer")
    copies = [english.with_name(f"lead-developer-copy-{n}.md") for n in (1, 2)]
    for copy in copies:
        copy.write_bytes(english.read_bytes())
    result = run("list", "site", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, *lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("lead-developer "))
    first, *more = lines[at: at + 3]
    column = header.index("en ")
    names = sorted(path.name for path in [english, *copies])
    assert first.split()[2] == names[0] and first.split()[-1] == "conflict"
    assert [line[column:].split() for line in more] == [[name] for name in names[1:]]
    assert all(line[:column].strip() == "" for line in more)
    assert lines[at + 3][:column].strip()  # the next pair's own line
    assert names[1] not in first and names[2] not in first
    # JSON: every file in the pair's entry, from the site's root.
    assert sorted(list_json(site, tmp_path)["lead-developer"]["en"]) == sorted(
        str(path.relative_to(site)) for path in [english, *copies])


def test_list_sees_changes_made_after_the_index_cache_was_filled(site, tmp_path):
    # Files older than a few seconds are cached; an edit changes size or mtime and must show.
    an_hour_ago = time.time() - 3600
    for path in site.rglob("*.md"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert list_json(site, tmp_path) == list_json(site, tmp_path)
    fr = sample_file(site, "fr", "spécialiste")
    fr.write_bytes(fr.read_bytes().replace(b"archived: true", b"archived: false"))
    os.utime(fr, (an_hour_ago, an_hour_ago))
    sample_file(site, "en", "security-engineer").unlink()
    rows = list_json(site, tmp_path)
    assert rows["accessibility-specialist"]["status"] == "ok"
    assert "security-engineer" not in rows


def test_list_json_gives_an_archived_date_as_text(site, tmp_path):
    # "archived: 2024-01-01" reads as a date, which JSON has no type for: it crashed the command.
    path = sample_file(site, "en", "data-analyst")
    path.write_bytes(path.read_bytes().replace(b"archived: false", b"archived: 2024-01-01"))
    sample = sample_file(site, "fr", "analyste")
    sample.write_bytes(sample.read_bytes().replace(b"archived: false", b"archived: 2024-01-01"))
    row = list_json(site, tmp_path)["data-analyst"]
    assert row["archived"] == "2024-01-01" and row["status"] == "ok"
    text = run("list", str(site), cwd=tmp_path).stdout
    assert [line.split()[1] for line in text.splitlines() if line.startswith("data-analyst ")] == ["2024-01-01"]


@pytest.mark.parametrize("target", ["missing", "photos", "posting.md"])
def test_list_needs_a_site(target, tmp_path, posting):
    (tmp_path / "photos").mkdir()
    result = run("list", target, cwd=tmp_path)
    assert result.returncode == 2
    assert target in result.stderr and result.stdout == ""


# ------------------------------------------------------------- translation status
def test_list_marks_a_pair_outdated_when_its_source_changed_after_the_translation(site, tmp_path):
    def git(*args, date="2026-01-05T10:00:00+00:00"):
        # The English change committed an hour after both languages (the test slept 1.1 s for a later git date).
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                       cwd=site, check=True, capture_output=True, timeout=60,
                       env={**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "both languages")
    english = sample_file(site, "en", "product-manager")
    assert run("set", str(english), "title=Product Manager, Grants", cwd=tmp_path).returncode == 0
    git("commit", "-qam", "English changed", date="2026-01-05T11:00:00+00:00")
    rows = {row["translationKey"]: row for row in json.loads(run("list", str(site), "--format", "json", cwd=tmp_path).stdout)}
    assert rows["product-manager"]["status"] == "needs-translation"
    assert rows["product-manager"]["reasons"] == [{"reason": "outdated", "language": "fr"}]
    assert rows["lead-developer"]["status"] == "ok"


def test_list_needs_translation_gives_the_queue_with_reasons_and_counts(site, tmp_path):
    from editor.model.translation.skeleton import skeleton_body

    french = sample_file(site, "fr", "analyste")
    english = sample_file(site, "en", "data-analyst")
    body = english.read_text(encoding="utf-8").split("---\n", 2)[2]
    marked = skeleton_body(body, "fr", {})
    count = marked.count("[À TRADUIRE]")
    assert count >= 3
    assert run("set", str(french), "--body-file", "-", input=marked, cwd=tmp_path).returncode == 0
    result = run("list", str(site), "--needs-translation", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert set(lines) == {"data-analyst", "security-engineer"}
    assert lines["data-analyst"].rstrip().endswith(f"needs-translation  French: {count} blocks to translate")
    assert "2 of 6 postings need translation" in result.stderr
    rows = json.loads(run("list", str(site), "--needs-translation", "--format", "json", cwd=tmp_path).stdout)
    assert {row["translationKey"]: row["reasons"] for row in rows} == {
        "data-analyst": [{"reason": "markers", "language": "fr", "count": count}],
        "security-engineer": [{"reason": "missing", "language": "fr"}],
    }


def test_list_calls_a_posting_with_template_placeholders_a_draft(site, tmp_path):
    english = sample_file(site, "en", "data-analyst")
    text = english.read_text(encoding="utf-8")
    write(english, text + "\n- _Describe a main responsibility…_\n")
    row = list_json(site, tmp_path)["data-analyst"]
    assert row["status"] == "draft" and row["needsTranslation"] is True
    assert row["reasons"] == [{"reason": "placeholders", "language": "en", "count": 1}]


def test_list_says_when_the_record_of_translations_cannot_be_read(site, tmp_path):
    """Outdated pairs are judged from it: damaged by a merge, the list looked complete without it."""
    (site / ".posting-editor").mkdir(exist_ok=True)
    (site / ".posting-editor" / "translations.json").write_text('{"pairs": {\n<<<<<<< ours\n', encoding="utf-8")
    for form in ("text", "json"):
        result = run("list", str(site), "--format", form, "--lang", "en", cwd=tmp_path)
        assert result.returncode == 0 and "translations.json cannot be read" in result.stderr
        assert "outdated translation may not be listed" in result.stderr
    result = run("list", str(site), "--needs-translation", "--lang", "fr", cwd=tmp_path)
    assert "translations.json ne peut pas être lu" in result.stderr
