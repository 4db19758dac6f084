import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model.site.create import CreateError, build_pair, write_pair
from editor.model.site.index import SiteIndex
from editor.model.hugo.naming import key_from_title, posting_file_name, slugify
from editor.model.hugo.config import Site
from tests.examples import examples

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Lead Developer", "lead-developer"),
        ("Développeuse ou développeur principal", "développeuse-ou-développeur-principal"),
        ("Analyst: Data & Policy", "analyst-data-policy"),
        ("Team Lead - Notify", "team-lead---notify"),
        ("Job &#8211; Test", "job-–-test"),
        ('What? <b>"bold"</b> | *x* \\ y', "what-bbold-b-x-y"),
        ("../../etc/passwd", "etc-passwd"),
        (".hidden", "hidden"),
        ("   ", "posting"),
        ("CON", "posting-con"),
        ("a" * 200, "a" * 80),
        ("Con.x", "posting-con.x"),
        ("con.txt", "con-txt"),
        ("COM¹", "posting-com¹"),
        ("Index", "posting-index"),
        ("_index", "posting-index"),
        ("Apply at example.fr", "apply-at-example-fr"),
        ("Envoyer votre c.v.", "envoyer-votre-c.v"),
        ("Adjoint·e exécutif·ve", "adjoint·e-exécutif·ve"),
        ("Chef d’équipe", "chef-d’équipe"),
        # Typed with a straight apostrophe, the French elision glued the words ("chef-déquipe").
        ("Chef d'équipe", "chef-d’équipe"),
        ("Agent(e) d‘information", "agente-d’information"),
        ("'Quoted' title", "quoted-title"),
        ("a &amp;lt;b&amp;gt; c", "a-ltbgt-c"),
        ("x\u202e\u200by\ud800z", "xyz"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slug_never_escapes_the_folder():
    for title in ["../x", "..\\x", "/abs", "a/../../b", "C:\\x"]:
        name = posting_file_name(title, None)
        assert "/" not in name and "\\" not in name and ".." not in name and not name.startswith(".")


LEVER = "0f8fad5b-d9cb-469f-a165-70867728950e"
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)
_WINDOWS_BAD = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


@settings(max_examples=examples(400), deadline=None)
@given(title=st.text(alphabet=st.characters(blacklist_categories=()), max_size=300),
       lever=st.sampled_from([LEVER, None]))
def test_no_title_leaves_the_folder_or_breaks_a_file_system(tmp_path_factory, title, lever):
    folder = tmp_path_factory.mktemp("content", numbered=True)
    name = posting_file_name(title, lever)
    slug = name[: -len(f"--{lever}.md")] if lever else name[: -len(".md")]
    target = folder / name
    # The name is one plain entry of the folder, whatever the title held.
    assert target.resolve().parent == folder.resolve()
    assert name not in (".", "..") and not name.startswith(".") and ".." not in slug
    assert not (_WINDOWS_BAD & set(name)) and not name.endswith((".", " "))
    assert len(unicodedata.normalize("NFD", name).encode("utf-8")) <= 255
    assert _ENTITY.search(slug) is None
    stem = name.split(".", 1)[0].lower()
    assert stem not in ("con", "prn", "aux", "nul", "index", "_index")
    assert re.search(r"(?<!-)--(?!-)", slug) is None  # '--' only between slug and leverId
    assert re.search(r"\.[a-z]{2,3}$", slug) is None  # Hugo would read 'x.fr.md' as French
    target.write_bytes(b"---\n---\n")  # and the file system accepts it
    assert [path.name for path in folder.iterdir()] == [name]


def test_lever_id_must_be_an_id():
    for bad in ("../x", "a/b", "..", "x.md", "a b"):
        with pytest.raises(ValueError):
            posting_file_name("Title", bad)


def test_file_name_and_key():
    assert posting_file_name("Lead Developer", "0f8fad5b-d9cb-469f-a165-70867728950e") == (
        "lead-developer--0f8fad5b-d9cb-469f-a165-70867728950e.md"
    )
    assert key_from_title("Développeur principal") == "developpeur-principal"


@pytest.mark.parametrize("title, key", [("Data 🚀 Scientist", "data-scientist"), ("Team Lead - Notify", "team-lead-notify"),
                                        ("Chef d'équipe", "chef-dequipe"), ("🚀", "posting")])
def test_a_key_has_single_hyphens_between_its_words(title, key):
    """A character the key leaves out (an emoji) or a spaced dash left "data--scientist" and
    "team-lead---notify"; the site's own keys have one hyphen between words."""
    assert key_from_title(title) == key


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
