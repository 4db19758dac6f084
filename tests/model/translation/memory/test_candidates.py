"""The memory's lookup scores only the keys that can be among the best, and finds what scoring every key finds."""

import random

from rapidfuzz import fuzz, process

from editor.model.translation.memory.store import TranslationMemory, Unit, _nearest

COMMON = "the a of and to in for with our we you team service people work data".split()


def _memory(rng: random.Random, rare_words: int, units: int = 600) -> TranslationMemory:
    rare = [f"word{n}" for n in range(rare_words)]
    made = []
    for n in range(units):
        size = rng.choice((2, 5, 9, 14, 25, 40))
        words = [rng.choice(COMMON) if rng.random() < 0.6 else rng.choice(rare) for _ in range(size)]
        made.append(Unit(" ".join(words), f"fr {n}", key=f"k{n % 40}"))
    return TranslationMemory(made)


def test_the_nearest_keys_are_those_a_scan_of_every_key_finds():
    rng = random.Random(11)
    for rare_words in (20, 3000):  # a small vocabulary prunes nothing, a large one most keys
        memory = _memory(rng, rare_words)
        side = memory._sides["en"]
        for _ in range(60):
            query = side.keys[rng.randrange(len(side.keys))].split()
            query = [w if rng.random() < 0.7 else rng.choice(COMMON + ["unknown"]) for w in query]
            code = memory._encode(" ".join(query))
            for cutoff, limit in ((49, 20), (89, 32), (0, 5), (75, 3)):
                everything = [position for _key, _ratio, position in
                              process.extract(code, side.codes, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]
                assert _nearest(side, code, cutoff, limit, len(side.codes)) == everything
                seen = len(side.codes) // 3  # a present() view's keys: the first ones
                first = [position for _key, _ratio, position in
                         process.extract(code, side.codes[:seen], scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]
                assert _nearest(side, code, cutoff, limit, seen) == first


def test_the_commonest_words_are_the_cheapest_characters():
    memory = _memory(random.Random(3), 3000)
    assert all(ord(memory._words[word]) < 256 for word in COMMON)


def test_a_repeated_translation_left_out_for_its_own_pair_comes_from_the_next_one():
    units = [Unit("Apply by email to the team lead today.", "Postulez par courriel auprès du chef d'équipe.",
                  origin=(f"en{n}.md:3", f"fr{n}.md:3"), key=key) for n, key in enumerate(("a", "b", "a", "c"))]
    memory = TranslationMemory(units)
    match = memory.lookup("Apply by email to the team lead today.", "en", exclude_key="a")[0]
    assert (match.origin, match.occurrences) == ("fr1.md:3", 2)
    assert memory.lookup("Apply by email to the team lead today.", "en")[0].occurrences == 4
