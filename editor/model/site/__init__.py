"""A site's postings as linked pairs, and what is done to them as a whole.

Public names: ``index.SiteIndex``/``PairEntry``/``Status`` (the pairs by ``translationKey``) with
``index_cache.IndexCache``; ``pair.PostingPair`` (a pair being edited); ``create.build_pair``/
``write_pair`` (new pairs from ``templates``); ``queue.pair_progress`` (status words and what is left
to do); ``conflicts.pair_conflicts`` (settling disagreeing pairs); ``export.plan_export``/
``apply_export`` with ``export_git.SiteRepo`` (handing drafts to the site); ``parallel.map_in_processes`` (a pool)
and ``parallel.map_beside`` (forked copies working beside the process).
"""
