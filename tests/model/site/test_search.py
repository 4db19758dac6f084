"""A search finds what a writer types and puts the postings titled so first (userpass7's report:
"policy analyst" listed "Policy Analyst (Co-op)" third, after two postings that only mention it)."""

from __future__ import annotations

from editor.model.site.search import (EXACT_TITLE, KEY_OR_ID, TEXT, TITLE_PHRASE, TITLE_WORDS, FileSearchText,
                                      fold, pair_search_text, ranked, search_rank, search_words)


def _pair(key: str, title_en: str = "", title_fr: str = "", body: str = "", lever_id: str = ""):
    return key, pair_search_text(key, [FileSearchText(fold(title_en), fold(lever_id), fold(body)),
                                       FileSearchText(fold(title_fr), fold(lever_id), fold(body))])


PAIRS = dict([
    _pair("digital-team", "Delivery Manager", "Gestionnaire de la prestation",
          "You will work with a policy analyst and an analyst of data."),
    _pair("policy-coop", "Policy Analyst (Co-op)", "Analyste des politiques (stage coop)", "Join us."),
    _pair("research", "Researcher", "Chercheuse ou chercheur", "Policy work: the analyst role is shared."),
    _pair("analyst-policy", "Analyst, Policy Lab", "Analyste, laboratoire", "Policy."),
    _pair("policy-analyst", "Policy Analyst", "Analyste des politiques", "Policy."),
    _pair("policy-analyst-senior", "Designer", "Designer", "Senior analyst.", lever_id="policy-analyst-7"),
])


def _found(query: str) -> list[str]:
    return ranked(PAIRS, query, PAIRS.__getitem__, lambda key: key)


def test_the_title_typed_comes_first_then_titles_then_ids_then_bodies():
    assert _found("policy analyst") == ["policy-analyst", "policy-coop", "analyst-policy", "policy-analyst-senior",
                                        "digital-team", "research"]
    words = search_words("policy analyst")
    assert search_rank(words, PAIRS["policy-analyst"]) == EXACT_TITLE
    assert search_rank(words, PAIRS["policy-coop"]) == TITLE_PHRASE * 1000
    assert search_rank(words, PAIRS["analyst-policy"]) == TITLE_WORDS * 1000
    assert search_rank(words, PAIRS["policy-analyst-senior"]) == KEY_OR_ID * 1000
    assert search_rank(words, PAIRS["digital-team"]) == TEXT * 1000 + 2  # neither word in a title


def test_accents_and_case_are_folded_and_a_french_title_matches_too():
    assert _found("ANALYSTE DES POLITIQUES") == ["policy-analyst", "policy-coop"]
    assert _found("gestionnaire prestation") == ["digital-team"]
    assert fold("Développeuse ÉLECTRONIQUE à Montréal, cœur") == "developpeuse electronique a montreal, coeur"
    found = pair_search_text("dev", [FileSearchText(fold("Développeur principal"), "", "")])
    assert search_rank(search_words("developpeur"), found) == TITLE_PHRASE * 1000
    assert search_rank(search_words("développeur principal"), found) == EXACT_TITLE


def test_a_straight_apostrophe_typed_finds_a_typographic_one_and_the_other_way_round():
    """French titles write "d’équipe"; a keyboard types "d'equipe" (and a Mac may type "’")."""
    typographic = pair_search_text("lead", [FileSearchText(fold("Chef d’équipe"), "", fold("Rejoignez l’équipe."))])
    straight = pair_search_text("analyst", [FileSearchText(fold("Analyste de l'information"), "", "")])
    assert search_rank(search_words("chef d'equipe"), typographic) == EXACT_TITLE
    assert search_rank(search_words("rejoignez l'équipe"), typographic) is not None
    assert search_rank(search_words("l’information"), straight) == TITLE_PHRASE * 1000


def test_every_word_must_be_found_and_a_word_typed_halfway_finds_the_longer_one():
    assert _found("policy zebra") == []
    assert _found("polic analy")[:2] == ["policy-analyst", "policy-coop"]
    assert _found("") == sorted(PAIRS)  # no words: every pair, by title


def test_a_title_holding_more_of_the_words_ranks_above_one_holding_fewer():
    pairs = dict([_pair("one", "Data Analyst", body="policy senior"), _pair("two", "Designer", body="policy senior data analyst")])
    assert ranked(pairs, "senior data analyst policy", pairs.__getitem__, lambda key: key) == ["one", "two"]
