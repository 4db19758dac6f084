"""`posting-editor review`: the bilingual review copy, read back as a person would read the PDF."""

from __future__ import annotations

import subprocess
import unicodedata

import pypdf
import pytest

from editor.model.translation.blocks import split_blocks
from tests.cli_support import POSITIONS, front_matter, run, sample_file, site  # noqa: F401

KEY = "lead-developer"


def _text(pdf) -> str:
    return _words(" ".join((page.extract_text() or "") for page in pypdf.PdfReader(str(pdf)).pages))


def _words(text: str) -> str:
    """Text compared without spaces or ligatures: PDF text extraction splits words at kerning ("A bout")."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_the_pdf_holds_both_titles_every_block_and_page_numbers(site, tmp_path):  # noqa: F811
    result = run("review", site, KEY, "--pdf", tmp_path / "copy.pdf", timeout=120)
    assert result.returncode == 0, result.stderr
    text = _text(tmp_path / "copy.pdf")
    for lang in ("en", "fr"):
        [posting] = (site / str(POSITIONS).format(lang=lang)).glob("*--244a6570-*.md")
        assert _words(front_matter(posting)["title"]) in text
        body = posting.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        for block in split_blocks(body):
            # The first words of each block: enough to show it is there, short enough not to cross a page break.
            start = _words(" ".join(block.plain.split()[:4]))
            assert start in text, (lang, block.plain)
    pages = pypdf.PdfReader(str(tmp_path / "copy.pdf")).pages
    assert len(pages) >= 2
    assert (pages[1].extract_text() or "").split()[-1] == "2"  # numbered at the foot of each page


def test_the_html_copy_lists_the_date_commits_and_open_findings(site, tmp_path):  # noqa: F811
    subprocess.run(["git", "init", "-q", str(site)], check=True, timeout=30)
    subprocess.run(["git", "-C", str(site), "add", "-A"], check=True, timeout=30)
    subprocess.run(["git", "-C", str(site), "-c", "user.name=Reviewer", "-c", "user.email=r@example.org",
                    "commit", "-qm", "Sample postings"], check=True, timeout=30)
    english = sample_file(site, "en", KEY)
    english.write_text(english.read_text(encoding="utf-8").replace("title:", "title: ''\nold_title:", 1),
                       encoding="utf-8")
    result = run("review", site, KEY, "--html", tmp_path / "copy.html", timeout=120)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "copy.html").read_text(encoding="utf-8")
    assert "Reviewer: Sample postings" in page
    assert "Open findings — Problèmes à régler (" in page  # a count: the empty title is listed


@pytest.mark.parametrize("args, message", [
    ((), "Say where to write the copy"),
    (("--html", "."), "is a folder"),
])
def test_bad_requests_say_what_to_do(site, tmp_path, args, message):  # noqa: F811
    result = run("review", site, KEY, *args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr


def test_an_unknown_key_is_a_clear_error(site, tmp_path):  # noqa: F811
    result = run("review", site, "no-such-key", "--html", tmp_path / "x.html")
    assert result.returncode == 2 and "no-such-key" in result.stderr


def test_what_was_written_is_said_in_the_language_of_messages(site, tmp_path):  # noqa: F811
    for lang, said in (("en", "Wrote {path}"), ("fr", "{path} écrit")):
        target = tmp_path / f"copy-{lang}.html"
        result = run("review", site, KEY, "--html", target, "--lang", lang, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == said.format(path=target.name)


@pytest.mark.parametrize("option, name", [("--html", "copy.html"), ("--pdf", "copy.pdf")])
def test_review_replaces_its_output_in_one_step(site, tmp_path, option, name, capsys, monkeypatch,  # noqa: F811
                                                 qapp):
    """The HTML was written over the old copy in place: a run stopped half-way left half a page.

    ``qapp``: the PDF is laid out by Qt in this process, and without an application the command
    makes a QGuiApplication, after which any widget test on the same worker aborts."""
    import errno
    import os

    from editor.cli import main

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    target, reader = tmp_path / name, tmp_path / f"held-open-{name}"
    target.write_bytes(b"OLD COPY")
    os.link(target, reader)  # another name of the old file, as a viewer holding it open sees it
    assert main(["review", str(site), KEY, option, str(target)]) == 0
    assert reader.read_bytes() == b"OLD COPY" and target.read_bytes() != b"OLD COPY"
    new = target.read_bytes()

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main(["review", str(site), KEY, option, str(target), "--lang", "en"]) == 2
    assert "no space left" in capsys.readouterr().err.lower()
    assert target.read_bytes() == new and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_html_to_dash_goes_to_the_output_and_a_pdf_there_is_refused(site, tmp_path, capsys):  # noqa: F811
    """`--html -` wrote a file named "-" in the current folder ("Wrote -"), where -o - of the exports
    is the output."""
    from editor.cli.main import main

    result = run("review", site, KEY, "--html", "-", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<html>") and "</html>" in result.stdout
    assert not (tmp_path / "-").exists()
    assert main(["review", str(site), KEY, "--pdf", "-", "--lang", "en"]) == 2  # refused before Qt is started
    assert "--pdf -: a PDF is not written to the output; give a file name." in capsys.readouterr().err
    assert not (tmp_path / "-").exists()


def test_an_output_name_too_long_for_the_system_is_said(site, tmp_path):  # noqa: F811
    result = run("review", site, KEY, "--html", "a" * 300 + ".html", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2 and "File name too long" in result.stderr, result.stderr


def test_the_copy_says_when_a_file_changed_since_its_last_commit_or_is_not_in_git(site, tmp_path):  # noqa: F811
    """The head named a file's last commit even when the file had changed since, so an approver read
    text that commit does not hold as if it did; and a site outside git was "not committed"."""
    def head() -> str:
        result = run("review", site, KEY, "--html", "-", "--lang", "en", timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout.split("Shared fields")[0]

    assert head().count("<td>not in a git repository — hors dépôt git</td>") == 2
    subprocess.run(["git", "init", "-q", str(site)], check=True, timeout=30)
    subprocess.run(["git", "-C", str(site), "add", "-A"], check=True, timeout=30)
    subprocess.run(["git", "-C", str(site), "-c", "user.name=Reviewer", "-c", "user.email=r@example.org",
                    "commit", "-qm", "Sample postings"], check=True, timeout=30)
    french = sample_file(site, "fr", "développeuse")
    french.write_text(french.read_text(encoding="utf-8") + "\nUn paragraphe de plus.\n", encoding="utf-8")
    page = head()
    assert page.count("Reviewer: Sample postings</td>") == 1  # the English, as committed
    assert "Reviewer: Sample postings — changed since, not committed — modifié depuis, non validé</td>" in page


def test_the_findings_name_the_language_and_line_not_the_whole_file(site, tmp_path):  # noqa: F811
    """Each finding's first cell held the file's whole path, wrapped over six lines of a narrow
    column: a table of long findings took three times the pages it needs, when the head of the copy
    already names both files."""
    english = sample_file(site, "en", KEY)
    english.write_text(english.read_text(encoding="utf-8").replace("title:", "title: ''\nold_title:", 1),
                       encoding="utf-8")
    result = run("review", site, KEY, "--html", "-", "--lang", "en", timeout=120)
    assert result.returncode == 0, result.stderr
    findings = result.stdout.split("Open findings — Problèmes à régler")[1]
    assert "<th width=\"12%\">Where — Où</th>" in findings and "<td>EN · 4</td>" in findings
    assert "content/en/careers/positions/" not in findings and "content/fr/careers/positions/" not in findings


def test_each_finding_is_worded_in_its_file_language(site):  # noqa: F811
    """The copy is read by both languages' readers; its findings were in English only, a French
    file's problem too."""
    french = sample_file(site, "fr", "développeuse")
    french.write_text(french.read_text(encoding="utf-8").replace("title:", "title: ''\nold_title:", 1),
                      encoding="utf-8")
    result = run("review", site, KEY, "--html", "-", "--lang", "en", timeout=120)
    assert result.returncode == 0, result.stderr
    findings = result.stdout.split("Open findings — Problèmes à régler")[1]
    row = next(part for part in findings.split("<tr>") if "<td>FR · 4</td>" in part)
    assert "titre" in row.lower() and "title is empty" not in row.lower(), row


def test_a_link_shows_its_address_for_a_printed_copy(site):  # noqa: F811
    """A PDF or printout has no link to follow: the approver could not see where a link led."""
    english = sample_file(site, "en", KEY)
    english.write_text(english.read_text(encoding="utf-8")
                       + "\nRead [our values](https://example.ca/values) or <https://example.ca/jobs>, or write to "
                       "[jobs@example.ca](mailto:jobs@example.ca).\n",
                       encoding="utf-8")
    result = run("review", site, KEY, "--html", "-", "--lang", "en", timeout=120)
    assert result.returncode == 0, result.stderr
    assert '>our values</a> <span class="address">(https://example.ca/values)</span>' in result.stdout
    assert '>https://example.ca/jobs</a> <span class="address">' not in result.stdout  # its text is its address
    assert '(mailto:jobs@example.ca)' not in result.stdout
