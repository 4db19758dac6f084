"""Typography findings: the words their messages show around a change."""

from editor.model.frontmatter.posting import Posting
from editor.model.translation.fixes import typography_findings


def test_a_fix_s_message_shows_whole_words_around_the_change():
    """Twelve characters either side cut words in two: « et inclusifs : ils doiven »."""
    body = "Les services doivent être accessibles et inclusifs : ils doivent fonctionner pour tout le monde.\n"
    # The change is the space before the colon; a word cut by the twelve characters is made whole.
    item = Posting(f"---\ntitle: T\n---\n{body}".encode(), None, "fr")
    [finding] = typography_findings(item, "poste.md", "fr")
    assert (finding.params["before"], finding.params["after"]) == (
        "et inclusifs : ils doivent", "et inclusifs⍽: ils doivent")
    item = Posting("---\ntitle: T\n---\nNous sommes une équipe passionnée : venez.\n".encode(), None, "fr")
    [finding] = typography_findings(item, "poste.md", "fr")
    assert finding.params["before"] == "équipe passionnée : venez."  # not « e passionnée : venez. »
