"""Language quality checks (pure Python, no Qt): spelling in English (Canada) and French, French grammar.

- :func:`spelling.check_spelling` — ``spelling`` findings of one posting (body, title, description);
- :func:`spelling.misspellings` — misspelt words of a text with their offsets (the window's underlines);
- :func:`spelling.suggestions` — replacements for a word;
- :class:`site_dictionary.SiteDictionary` / :func:`site_dictionary.add_word` — the site's own words
  (``.posting-editor/dictionary.txt``);
- :func:`dictionaries.speller` — the bundled Hunspell dictionaries, loaded once per process;
- :func:`grammar.check_grammar` — ``grammar-…`` findings of a French posting (Grammalecte, vendored in
  vendor/grammalecte/), with a fix when there is one suggestion; :func:`grammar.problems` — the same
  on a text, at source offsets; :func:`grammar.warm_up` — load it before forking workers;
  :func:`grammar.ignore_key` / :func:`grammar.ignored_finding` — "Ignore in this posting";
- :class:`paragraph_cache.ParagraphCache` — results of slow per-paragraph checks kept on disk between
  runs and processes (Grammalecte's answers: a whole-site re-check parses only paragraphs never seen);
- :func:`prose.prose` — a Markdown text's paragraphs as prose, each character tied to its source
  offset; :func:`prose.foreign_ranges` — its paragraphs written in the other language.
"""
