import shutil
from pathlib import Path

import pytest

from editor.model.create import CreateError, build_pair, write_pair
from editor.model.index import SiteIndex
from editor.model.naming import key_from_title, posting_file_name, slugify
from editor.model.site import Site

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Lead Developer", "lead-developer"),
        ("Développeuse ou développeur principal", "développeuse-ou-développeur-principal"),
        ("Analyst: Data & Policy", "analyst-data-policy"),
        ("Team Lead - Notify", "team-lead---notify"),
        ("Job &#8211; Test", "job-–-test"),
        ('What? <b>"bold"</b> | *x* \\ y', "what-bboldb-x-y"),
        ("../../etc/passwd", "etcpasswd"),
        (".hidden", "hidden"),
        ("   ", "posting"),
        ("CON", "posting-con"),
        ("a" * 200, "a" * 80),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slug_never_escapes_the_folder():
    for title in ["../x", "..\\x", "/abs", "a/../../b", "C:\\x"]:
        name = posting_file_name(title, None)
        assert "/" not in name and "\\" not in name and ".." not in name and not name.startswith(".")


def test_file_name_and_key():
    assert posting_file_name("Lead Developer", "0f8fad5b-d9cb-469f-a165-70867728950e") == (
        "lead-developer--0f8fad5b-d9cb-469f-a165-70867728950e.md"
    )
    assert key_from_title("Développeur principal") == "developpeur-principal"


@pytest.fixture
def sample(tmp_path):
    target = tmp_path / "site"
    shutil.copytree(REPO / "resources" / "sample-site", target)
    return target


def test_new_pair_from_templates(sample):
    index = SiteIndex.build(Site.open(sample))
    lever = "0f8fad5b-d9cb-469f-a165-70867728950e"
    pair = build_pair(index, {"en": "Senior Analyst: Data", "fr": "Analyste principal\u00a0: données"}, lever_id=lever)
    paths = write_pair(pair)
    assert [p.name for p in paths] == [
        f"senior-analyst-data--{lever}.md",
        f"analyste-principal-données--{lever}.md",
    ]
    again = SiteIndex.build(Site.open(sample)).pair_for_key("senior-analyst-data")
    assert again.status == "ok"
    assert again.first("fr").get("title") == "Analyste principal\u00a0: données"
    assert again.first("en").get("archived") is False


def test_new_pair_refuses_a_used_key(sample):
    index = SiteIndex.build(Site.open(sample))
    used = index.pairs[0].key
    with pytest.raises(CreateError):
        build_pair(index, {"en": "X", "fr": "X"}, key=used)


def test_new_pair_refuses_a_bad_lever_id(sample):
    index = SiteIndex.build(Site.open(sample))
    with pytest.raises(CreateError):
        build_pair(index, {"en": "X", "fr": "X"}, lever_id="not-a-uuid")
