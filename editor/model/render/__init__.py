"""Markdown to HTML as the site's Hugo (Goldmark) renders it, and the pages built from it.

Public names: ``markdown.render_body``/``RenderOptions`` (the renderer; ``markdown.heading_ids``, the ids
Hugo gives a body's headings; the other modules are its
Goldmark rules: ``core``, ``inline``, ``lists``, ``table``, ``deflist``, ``urls``, ``goldmark``,
``highlight`` with ``chroma_tokens`` and ``chroma_lexers``, Chroma's styles in ``resources/chroma_styles.json``);
``preview.preview_html`` (the live preview page); ``preview_images.image_roots``;
``review.build_review_html``/``review_for_pair`` (the bilingual review copy); ``shared_parser.ready_for_threads``
(a markdown-it parser whose lazily built tables are built before threads share it).
"""
