"""The translation memory: a site's own aligned pairs (and their earlier versions in git, and the
translator's TMX files) as English/French units, with fuzzy lookup scored as CAT tools score.

Public names:

- ``build.build_memory(index)`` — the memory of a site (cached per file, rebuilt incrementally);
  ``build.read_present(index)`` the same in two steps, the present first and then
  ``PresentMemory.with_history()`` (the window verifies with the present meanwhile);
  ``build.pair_units`` the units of one pair; ``build.OWN_FOLDER`` where ``tm import`` keeps TMX files;
- ``store.TranslationMemory`` (``lookup(text, from_lang, exclude_key=…)`` → ``store.Match``;
  ``present()`` the same memory without earlier versions from git, as segment verification reads
  it), ``store.Unit``, and ``store.Encoding`` (how a memory encoded its texts, kept for the next build);
- ``placeables.mask`` / ``placeables.adapt`` — numbers, addresses and inline markup as placeables;
- ``suggest.suggest_posting`` / ``suggest.marked_differences`` — what ``suggest`` and the
  Suggestions pane show;
- ``pretranslate.pretranslate_body`` — a skeleton's body filled from the memory;
- ``verify.check_other_source`` — the ``translation-of-other-source`` finding; ``verify.verify_site``
  the same over a site (in worker processes when many pairs), verifying again after a change only
  the pairs it can affect; ``verify.read_pair`` what it reads of a pair (``PairRead``: units,
  ``Lookups``), made where the pair is parsed for its other checks;
- ``tmx.write_tmx`` / ``tmx.read_tmx`` — TMX 1.4b.

Segments come from :mod:`editor.model.translation.segments` (XLIFF's units, from
``exchange_segments``, carry the same block ids).
"""
