"""Earlier versions from git: a commit's version of a pair that is the present one byte for byte
has the present's units (only the commit differs), copied rather than aligned again."""

import subprocess

from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.translation.memory import build
from editor.model.translation.memory.build import _Cache, build_memory, read_present
from editor.model.translation.memory.history import history_units
from editor.model.translation.memory.store import TranslationMemory
from tests.model.translation.helpers import posting_text, write_site
from tests.model.translation.memory.fixtures import EN, FR, pair

FOLDER = "careers/positions"
REWORDED_EN = "You will pair with designers and researchers to ship small changes every month."
REWORDED_FR = "Vous travaillerez avec des designers et des chercheurs pour livrer de petits changements chaque mois."


def _git(folder, *args):
    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, timeout=30,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e.ca", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@e.ca", "HOME": str(folder), "PATH": "/usr/bin:/bin"})


def _site_with_history(root):
    """Key ``one`` in two versions (a posting re-published under a new name), ``two`` and ``three``;
    commits that change ``two`` and the French of ``one``'s second version after the first: the
    first commit holds some pairs as they are now, some not, and the later ones the present."""
    second = {lang: posting_text(title, f"## {heading}\n\n" + "\n\n".join(paragraphs[1:]) + "\n", key="one",
                                 description=description)
              for lang, title, heading, paragraphs, description in (
                  ("en", "Service Designer, Senior", "About us", EN, "Lead the design of services."),
                  ("fr", "Designer de services principal", "À propos de nous", FR, "Dirigez la conception des services."))}
    write_site(root, {"one": pair("one", EN, FR), "one-senior": second, "two": pair("two", EN[:2], FR[:2]),
                      "three": pair("three", EN[1:], FR[1:], title=("Researcher", "Chercheuse"))})
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "first")
    for name, old, new in (("two-en.md", EN[1], REWORDED_EN), ("two-fr.md", FR[1], REWORDED_FR),
                           ("one-senior-fr.md", FR[1], REWORDED_FR)):
        path = root / "content" / name[-5:-3] / FOLDER / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        _git(root, "commit", "-qam", f"reworded {name}")
    return SiteIndex.build(Site.open(root))


def test_a_pair_as_it_is_now_copies_the_present_units_and_the_rest_are_aligned_as_before(tmp_path, monkeypatch):
    index = _site_with_history(tmp_path)
    assert sum(len(entry.postings("en")) for entry in index.pairs if str(entry.key) == "one") == 2
    three = next(entry for entry in index.pairs if str(entry.key) == "three").postings("en")[0]
    three.set_body(three.body.replace(EN[2], "We offer 5 weeks of vacation and a pension plan."))  # not saved

    aligned: list[tuple[str, str, str]] = []  # (key, English file, commit) of each pair aligned from git
    real = build.pair_units

    def counted(en, fr, files, key, commit="", **options):
        if commit:
            aligned.append((key, files["en"].rpartition("/")[2], commit))
        return real(en, fr, files, key, commit, **options)

    monkeypatch.setattr(build, "pair_units", counted)
    expected = history_units(index, _Cache(None), 40, 600.0)
    every = list(aligned)
    aligned.clear()
    present = read_present(index, cache=False)
    found = history_units(index, _Cache(None), 40, 600.0, present=present.pairs)

    assert [u.to_row() for u in found] == [u.to_row() for u in expected]  # masks and order too
    assert [(key, name) for key, name, _commit in every] == [  # newest commit first
        ("one", "one-senior-en.md"), ("two", "two-en.md"), ("two", "two-en.md"),
        ("one", "one-en.md"), ("three", "three-en.md"), ("two", "two-en.md")]
    first = every[-1][2]
    # Aligned again: ``two`` where its French was not yet reworded, and at the first commit ``two``
    # (changed since) and ``three`` (edited in memory: its present units are the edit's). Both
    # versions of ``one`` were copied, each with its own units only.
    assert aligned == [every[2], ("three", "three-en.md", first), ("two", "two-en.md", first)]
    for name, commit in (("one-senior-en.md", every[0][2]), ("one-en.md", first)):
        copied = [u for u in found if u.commit == commit and u.key == "one"]
        assert copied and all(u.origin[0].rpartition(":")[0].endswith(f"/{name}") for u in copied)

    whole = TranslationMemory(present.pairs).with_earlier(expected)
    assert read_present(index, cache=False).with_history(seconds=600.0).units == whole.units
    assert build_memory(index, cache=False, history_seconds=600.0).units == whole.units
