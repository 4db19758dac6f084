"""A posting file's front matter and body, read exactly and edited minimally.

Public names: ``posting.Posting`` (one file: fields, body, minimal-diff edits, byte-exact save) and
``posting.save_postings``; ``document.parse_document``/``Document`` (the file split into its exact
parts); ``yaml_safe.parse_front_matter`` (bounded safe YAML with each entry's place);
``yaml_edit.set_value``/``remove_key`` (one entry's lines rewritten); ``yaml_failures`` (where a YAML
error is); ``data_files.load_data_file`` (a site's small YAML/TOML/JSON files).
"""
