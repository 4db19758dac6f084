"""What the editor needs to know of Hugo: a site's configuration, its page addresses, its server.

Public names: ``config.Site``/``SiteError`` (where each language's postings live);
``urls.HugoUrls`` (a page's address); ``server.HugoServer`` (preview on the real site);
``naming.posting_file_name``/``slugify``/``key_from_title``; ``pin.blackfriday_pin`` (the Hugo
version a site's build files pin).
"""
