"""Language quality checks (pure Python, no Qt): spelling in English (Canada) and French.

- :func:`spelling.check_spelling` — ``spelling`` findings of one posting (body, title, description);
- :func:`spelling.misspellings` — misspelt words of a text with their offsets (the window's underlines);
- :func:`spelling.suggestions` — replacements for a word;
- :class:`site_dictionary.SiteDictionary` / :func:`site_dictionary.add_word` — the site's own words
  (``.posting-editor/dictionary.txt``);
- :func:`dictionaries.speller` — the bundled Hunspell dictionaries, loaded once per process.
"""
