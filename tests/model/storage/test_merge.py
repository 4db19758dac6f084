"""Three-way merge of a posting's bytes: another program's change and the edits here, combined."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from editor.model.storage.merge import Conflict, merge_bytes, split_lines
from tests.examples import examples

BOM = "\ufeff".encode()

POSTING = (b"---\n"
           b"title: 'Archivist'\n"
           b"leverId: 1111aaaa\n"
           b"translationKey: archivist\n"
           b"---\n"
           b"\n"
           b"## About the role\n"
           b"\n"
           b"You keep the records.\n"
           b"\n"
           b"## Who you are\n"
           b"\n"
           b"- careful\n"
           b"- curious\n")


def test_a_front_matter_fix_on_disk_and_a_body_edit_here_are_both_kept():
    theirs = POSTING.replace(b"leverId: 1111aaaa", b"leverId: 2222bbbb")
    mine = POSTING.replace(b"- curious\n", b"- curious\n- patient\n")
    merge = merge_bytes(POSTING, mine, theirs)
    assert merge.clean and not merge.conflicts
    assert merge.merged == POSTING.replace(b"leverId: 1111aaaa", b"leverId: 2222bbbb") \
        .replace(b"- curious\n", b"- curious\n- patient\n")
    assert (merge.theirs_changes, merge.mine_changes) == (1, 1)


def test_the_same_line_changed_differently_is_a_conflict_with_its_lines():
    theirs = POSTING.replace(b"You keep the records.", b"You keep the archives.")
    mine = POSTING.replace(b"You keep the records.", b"You look after the records.")
    merge = merge_bytes(POSTING, mine, theirs)
    assert not merge.clean and merge.merged is None
    assert merge.conflicts == (Conflict(9, 1, 9, 1),)


def test_the_same_change_on_both_sides_is_no_conflict():
    both = POSTING.replace(b"- careful", b"- meticulous")
    merge = merge_bytes(POSTING, both, both)
    assert merge.merged == both


def test_changes_on_lines_next_to_each_other_conflict_as_in_git():
    theirs = POSTING.replace(b"- careful", b"- precise")
    mine = POSTING.replace(b"- curious", b"- inquisitive")
    assert not merge_bytes(POSTING, mine, theirs).clean


def test_crlf_bom_and_a_missing_final_newline_are_kept_byte_for_byte():
    base = BOM + POSTING.replace(b"\n", b"\r\n").removesuffix(b"\r\n")
    theirs = base.replace(b"1111aaaa", b"2222bbbb")
    mine = base.replace(b"- curious", b"- curious and kind")
    merge = merge_bytes(base, mine, theirs)
    assert merge.merged == BOM + POSTING.replace(b"\n", b"\r\n").removesuffix(b"\r\n") \
        .replace(b"1111aaaa", b"2222bbbb").replace(b"- curious", b"- curious and kind")


def test_a_line_end_changed_on_disk_is_a_change_of_that_line():
    theirs = POSTING.replace(b"You keep the records.\n", b"You keep the records.\r\n")
    mine = POSTING.replace(b"- curious", b"- curious and kind")
    assert merge_bytes(POSTING, mine, theirs).merged == \
        POSTING.replace(b"You keep the records.\n", b"You keep the records.\r\n").replace(b"- curious", b"- curious and kind")


def test_a_final_newline_added_on_disk_and_an_edit_at_the_top_combine():
    base = POSTING.removesuffix(b"\n")
    mine = base.replace(b"'Archivist'", b"'Senior Archivist'")
    merge = merge_bytes(base, mine, POSTING)
    assert merge.merged == POSTING.replace(b"'Archivist'", b"'Senior Archivist'")


def test_a_file_that_did_not_exist_and_was_made_on_both_sides_conflicts_unless_identical():
    assert not merge_bytes(b"", POSTING, POSTING.replace(b"Archivist", b"Curator")).clean
    assert merge_bytes(b"", POSTING, POSTING).merged == POSTING


def test_lines_keep_their_ends_and_join_back_exactly():
    data = b"a\r\nb\rc\n\nlast"
    assert split_lines(data) == [b"a\r\n", b"b\rc\n", b"\n", b"last"]
    assert b"".join(split_lines(data)) == data


def test_far_apart_edits_in_a_long_file_of_repeated_lines_combine():
    # Over 200 lines, with blank lines making up more than 1% of them: difflib's "popular line"
    # heuristic would leave them unmatched and turn these two distant edits into one conflict.
    base = b"".join(b"paragraph %d\n\n- item\n" % n for n in range(150))
    mine = base.replace(b"paragraph 3\n", b"paragraph three\n")
    theirs = base.replace(b"paragraph 140\n", b"paragraph one hundred forty\n")
    merge = merge_bytes(base, mine, theirs)
    assert merge.merged == base.replace(b"paragraph 3\n", b"paragraph three\n") \
        .replace(b"paragraph 140\n", b"paragraph one hundred forty\n")


# ---------------------------------------------------------------- properties
ENDS = st.sampled_from([b"\n", b"\r\n"])
ANY_TEXT = st.lists(st.sampled_from([b"a", b"b", b"\n", b"\r\n", b"\r", b"---", b" ", BOM, "é".encode()]),
                    max_size=30).map(b"".join)


@settings(max_examples=examples(400), deadline=None)
@given(base=ANY_TEXT, other=ANY_TEXT)
def test_merging_with_an_unchanged_side_gives_the_other_side(base, other):
    assert merge_bytes(base, base, other).merged == other
    assert merge_bytes(base, other, base).merged == other


@settings(max_examples=examples(400), deadline=None)
@given(base=ANY_TEXT, mine=ANY_TEXT, theirs=ANY_TEXT)
def test_a_clean_merge_or_a_conflict_never_both(base, mine, theirs):
    merge = merge_bytes(base, mine, theirs)
    assert (merge.merged is None) == bool(merge.conflicts)
    for conflict in merge.conflicts:
        assert 1 <= conflict.mine_first <= len(split_lines(mine)) + 1
        assert 1 <= conflict.theirs_first <= len(split_lines(theirs)) + 1


@st.composite
def separate_edits(draw):
    """A file cut into stretches of distinct lines; some stretches changed here, others on disk,
    never two changed stretches side by side (at least one unchanged line between them)."""
    count = draw(st.integers(1, 8))
    stretches = [[b"line %d.%d" % (n, i) for i in range(draw(st.integers(1, 3)))] for n in range(count)]
    ends = iter(draw(st.lists(ENDS, min_size=sum(map(len, stretches)), max_size=sum(map(len, stretches)))))
    stretches = [[line + next(ends) for line in stretch] for stretch in stretches]
    if draw(st.booleans()):  # no line break at the end of the file
        stretches[-1][-1] = stretches[-1][-1].rstrip(b"\r\n")
    if draw(st.booleans()):
        stretches[0][0] = BOM + stretches[0][0]
    who = []
    for n in range(count):
        free = n == 0 or who[-1] is None
        who.append(draw(st.sampled_from([None, "mine", "theirs"])) if free else None)
    changed = {}
    for n, side in enumerate(who):
        if side is None:
            continue
        # Replaced (by lines of its own, or none: deleted), or lines added after it.
        kind = draw(st.sampled_from(["replace", "delete", "append"]))
        end = draw(ENDS)
        new = [b"%s %d.%d%s" % (side.encode(), n, i, end) for i in range(draw(st.integers(1, 3)))]
        if kind == "replace":
            changed[n] = new
        elif kind == "delete":
            changed[n] = []
        else:
            tail = stretches[n][-1] if stretches[n][-1].endswith(b"\n") else stretches[n][-1] + b"\n"
            changed[n] = [*stretches[n][:-1], tail, *new]

    def text(side):
        return b"".join(line for n, stretch in enumerate(stretches)
                        for line in (changed[n] if who[n] == side and n in changed else stretch))

    expected = b"".join(line for n, stretch in enumerate(stretches) for line in changed.get(n, stretch))
    return text(None), text("mine"), text("theirs"), expected


@settings(max_examples=examples(400), deadline=None)
@given(separate_edits())
def test_changes_to_different_lines_are_both_kept(case):
    base, mine, theirs, expected = case
    merge = merge_bytes(base, mine, theirs)
    assert merge.conflicts == ()
    assert merge.merged == expected


@settings(max_examples=examples(200), deadline=None)
@given(separate_edits(), st.binary(min_size=1, max_size=5))
def test_the_same_lines_changed_differently_conflict(case, extra):
    base, mine, theirs, _expected = case
    lines = split_lines(base)
    index = len(lines) // 2
    changed_mine = b"".join([*lines[:index], b"only here " + extra + b"\n", *lines[index + 1:]])
    changed_theirs = b"".join([*lines[:index], b"only on disk " + extra + b"\n", *lines[index + 1:]])
    merge = merge_bytes(base, changed_mine, changed_theirs)
    assert merge.merged is None
    assert any(c.mine_first <= index + 1 <= c.mine_first + max(c.mine_count, 1) - 1 for c in merge.conflicts)


def test_a_file_too_long_for_exact_matching_still_merges_edits_at_both_ends():
    from editor.model.storage.merge import EXACT_MATCH_LINES

    base = b"---\nleverId: 1\n---\n\n" + b"".join(b"## Section %d\n\n- item\n" % n for n in range(EXACT_MATCH_LINES))
    mine = base.replace(b"## Section %d\n" % (EXACT_MATCH_LINES - 1), b"## Last section\n")
    theirs = base.replace(b"leverId: 1\n", b"leverId: 2\n")
    assert merge_bytes(base, mine, theirs).merged == mine.replace(b"leverId: 1\n", b"leverId: 2\n")


def test_conflicts_after_lines_shared_by_all_three_are_numbered_in_the_whole_file():
    base = b"".join(b"line %d\n" % n for n in range(50))
    mine = base.replace(b"line 30\n", b"mine 30\n")
    theirs = base.replace(b"line 30\n", b"theirs 30\n")
    assert merge_bytes(base, mine, theirs).conflicts == (Conflict(31, 1, 31, 1),)


def test_a_doubled_blank_line_removed_here_and_the_line_above_it_changed_on_disk_combine():
    """The lines the three share at the end are set aside before matching, but a run of equal lines
    may end there: of two blank lines, the one removed here was then taken as the one next to the
    line changed on disk, and the two changes conflicted where git combines them."""
    base = POSTING.replace(b"You keep the records.\n\n", b"You keep the records.\n\n\n")
    mine = POSTING  # the doubled blank line made one
    theirs = base.replace(b"You keep the records.", b"You keep the archives.")
    merge = merge_bytes(base, mine, theirs)
    assert merge.merged == POSTING.replace(b"You keep the records.", b"You keep the archives.")
