"""A posting file's front matter and body, read exactly and edited minimally, in any format Hugo reads.

Public names: ``posting.Posting`` (one file: fields, body, minimal-diff edits, byte-exact save; its
``format`` is "yaml", "toml" or "json") and ``posting.save_postings``; ``document.parse_document``/
``Document`` (the file split into its exact parts, ``---`` YAML, ``+++`` TOML or ``{ }`` JSON) and
``document.announced_format``; ``formats.parse_front``/``set_value``/``remove_key`` (the reader and
editors of a format) and ``formats.front_text`` (new front matter in a format);
``yaml_safe.parse_front_matter`` (bounded safe YAML with each entry's place; flat front matters go
through ``yaml_fast.scan``, a quick reader that gives way to PyYAML for anything else); ``yaml_edit.set_value``/
``remove_key`` (one entry's lines rewritten); ``yaml_failures`` (where a YAML error is);
``toml_front``/``json_front`` (the same for TOML, through tomlkit, and JSON); ``structure`` (bounds
and comparisons all formats share); ``data_files.load_data_file`` (a site's small YAML/TOML/JSON files).
"""
