"""Pure-Python core: postings, pairs, site index, rendering, checks. Never imports Qt."""
