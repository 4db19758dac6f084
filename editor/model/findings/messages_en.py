"""English messages and labels of every finding code (see ``catalogue`` for the template syntax)."""

from __future__ import annotations

THOUSANDS = ","
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
FIELD_NAMES: dict[str, str] = {}
FIELD_FORMAT = "{}"
PLACES = {"line": "line {line}", "title": "the title", "description": "the description"}


def singular(count: int) -> bool:
    return count == 1



def _typography(rule: str) -> str:
    return "{in_where:if:In {in_where}: }" + rule + " “{before}” → “{after}”{hard:if: (⍽ = non-breaking space)}."


_ADVICE = {
    "p": "leave a blank line between paragraphs",
    "br": "start a new paragraph, or end the line with a backslash (\\)",
    "strong": "write **bold**",
    "b": "write **bold**",
    "em": "write _italics_",
    "i": "write _italics_",
    "a": "write [link text](address)",
    "ul": "start each list item with “- ”",
    "ol": "start each list item with “1. ”",
    "li": "start each list item with “- ”",
    "h2": "start the line with ##",
    "h3": "start the line with ###",
    "h4": "start the line with ####",
    "": "use Markdown instead",
}
_RAW_HTML = ("This {shown} is HTML. Hugo leaves HTML out of the published page, so this part will not appear as "
             "written. Instead, ")
_SKIP = ("This level {level} heading ({marks}) comes right after {above}, so level {wanted} is skipped. People using "
         "screen readers move through a page by its headings and may think a section is missing. Use {wanted_marks} "
         "here, or adjust the heading above.")

MESSAGES = {
    # Reading the file (frontmatter/document.py, yaml_safe.py, yaml_failures.py, posting.py).
    "unreadable": "The file cannot be read: {reason}.{permission:if: Ask the owner of the file to make it readable, "
                  "or check its permissions.}",
    "not-a-regular-file": "This is not a regular file (it is a pipe, a device or a folder), so it was not read. "
                          "Replace it with an ordinary text file or remove it.",
    "file-too-large": "The file is larger than {kilobytes} KB, the most a posting may be. It was not opened.",
    "not-utf8": "The file is not UTF-8 text (byte {byte}). Save it as UTF-8 in your text editor, then open it again.",
    "empty-file": "The file is empty: a posting needs front matter and a body.",
    "no-front-matter": "The file does not start with a '---' line (YAML), a '+++' line (TOML) or a '{{' (JSON), "
                       "so it has no front matter.",
    "unclosed-front-matter": {
        "": "The front matter that starts on line 1 is never closed: add a line with '---' after the last field.",
        "toml": "The front matter that starts on line 1 is never closed: add a line with '+++' after the last field.",
        "json": "The JSON front matter that starts on line 1 is never closed: a '}}' is missing after the last field.",
    },
    "front-matter-too-complex": {
        "depth": "Lists or tables in the front matter are nested more than {depth} levels deep; a posting needs two "
                 "or three. It was refused.",
        "values": "The front matter holds more than {count} values; a posting needs a few dozen. It was refused.",
    },
    "toml-syntax": {
        "": "The front matter is not valid TOML: {detail}.",
        "twice": "A field or table appears more than once in the TOML front matter; remove one of them.",
        "invalid-value": "The front matter is not valid TOML: this value cannot be read (text needs quotes; true and "
                         "false are written in lower case).",
    },
    "toml-value": {
        "": "A value in the TOML front matter cannot be read ({detail}).",
        "long-number": "A value in the TOML front matter cannot be read (a number has more than 4,300 digits).",
        "date": "A date or time in the front matter is not a real one. Correct it, or put it in quotes if it is text.",
    },
    "json-syntax": "The front matter is not valid JSON: {detail}.",
    "json-value": {
        "": "The value of '{key}' cannot be read ({detail}).",
        "not-a-number": "The value of '{key}' cannot be read: {value} is not a JSON number, and Hugo refuses it.",
        "long-number": "The value of '{key}' cannot be read (a number has more than 4,300 digits).",
    },
    "yaml-syntax": {
        "hint-colon-in-value": "The front matter is not valid YAML: A ': ' (colon and space) appears inside a value that is not in quotes. Put the whole value in double quotes. (YAML says: {detail})",
        "hint-block-end": "The front matter is not valid YAML: A value is not written the way YAML expects (often a quote inside a quoted value, or a line indented differently). Check the quotes on this line. (YAML says: {detail})",
        "hint-missing-colon": "The front matter is not valid YAML: A line is not 'key: value': often a multi-line value (such as a '>-' description) has an empty line or a line that is not indented. Indent every line of the value. (YAML says: {detail})",
        "hint-quote-ends-early": "The front matter is not valid YAML: A quote inside a quoted value ends the value too early. Inside single quotes write an apostrophe twice (l''équipe), or put the value in double quotes. (YAML says: {detail})",
        "hint-tab": "The front matter is not valid YAML: A tab character is used for indenting; use spaces. (YAML says: {detail})",
        "hint-undefined-alias": "The front matter is not valid YAML: A '*name' refers to an anchor '&name' that does not exist. (YAML says: {detail})",
        "hint-unclosed-list": "The front matter is not valid YAML: A '[' starts a list that is never closed. If the bracket is part of the text, put the whole value in quotes. (YAML says: {detail})",
        "hint-unclosed-map": "The front matter is not valid YAML: A '{{' starts a map that is never closed. If the brace is part of the text, put the whole value in quotes. (YAML says: {detail})",
        "hint-unclosed-quote": "The front matter is not valid YAML: A quote opens a value that is never closed: add the closing quote. (YAML says: {detail})",
        "": "The front matter is not valid YAML: {detail}.",
        "other": "The front matter is not valid YAML: {detail}",
        "unbuilt": "The front matter cannot be read: {detail}",
        "character": "The front matter contains a character YAML does not allow ({character}), usually pasted by "
                     "accident and invisible. Delete it (retype the text around it if you cannot see it).",
    },
    "yaml-value": {
        "date": "'{value}' is not a real date or time ({reason}). Correct it, or put it in quotes if it is text.",
        "number": "The number '{value}' cannot be read ({reason}). Correct it, or put it in quotes if it is text.",
        "value": "The value '{value}' cannot be read ({reason}).",
        "": "A value cannot be read: {reason}.",
        "long-number": "A number here is {length} characters long; numbers of more than {limit} characters are "
                       "refused (reading them could take minutes). Put it in quotes if it is text.",
    },
    "yaml-too-complex": {
        "values": "The YAML expands to more than {limit} values (through '&' anchors and '*' aliases). It was "
                  "refused to protect the editor.",
        "depth": "Lists and maps are nested more than {limit} levels deep here. It was refused to protect the editor.",
    },
    "unknown-tag": "The tag '{tag}' is not allowed in front matter: only plain text, numbers, dates, true/false, "
                   "lists and maps are. Remove the tag (the word starting with '!').",
    "duplicate-key": "The field '{field}' appears more than once; Hugo may refuse the file or keep only one of the "
                     "values. Remove the one you don't want.",
    "front-matter-not-mapping": {
        "": "The front matter must be a list of 'key: value' fields, not a single value or a list.",
        "data": "The front matter must be a mapping of fields.",
        "json": "JSON front matter must be one object: {{ \"field\": value, … }}.",
    },
    # Front matter fields (checks/fields.py).
    "missing-field": "The field '{field}' is missing.",
    "wrong-layout": "The layout is '{layout}'; job postings use 'job-posting'.",
    "empty-title": {
        "": "The title is empty: it is the page's heading and the link text in lists.",
        "null": "The title is the word 'null' (left by an earlier tool): write the title, it is the page's heading "
                "and the link text in lists.",
        "not-text": "The title is not a text but {value}: write the title (in quotes if it is only a number); it is "
                    "the page's heading and the link text in lists.",
    },
    "title-spaces": "The title starts or ends with spaces; remove them.",
    "empty-description": "The description is empty (or the word 'null' left by an earlier tool); search engines and "
                         "social media show it under the title.",
    "archived-not-boolean": {
        "": "'archived' must be true or false, not {value}.",
        "text": "'archived' must be true or false, not '{value}'.",
        "empty": "'archived' must be true or false; it is empty.",
    },
    "lever-id-not-uuid": {
        "": "leverId {value} is not an applicant-tracking id (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e).",
        "text": "leverId '{value}' is not an applicant-tracking id (a UUID such as "
                "0f8fad5b-d9cb-469f-a165-70867728950e).",
    },
    "empty-translation-key": "translationKey is empty: it is what links the English and French files.",
    "html-entity": {
        "title": "The title holds an HTML entity ({entity}); type the character itself.",
        "description": "The description holds an HTML entity ({entity}); type the character itself.",
    },
    "html-entity-in-file-name": "The file name holds an HTML entity ({entity}); it ends up in the page's address.",
    "hidden-character": {
        "title": "The title holds a character nobody sees ({char}, a control or bidirectional-text mark): the "
                 "title can read otherwise than it is written. Retype the title.",
        "description": "The description holds a character nobody sees ({char}, a control or bidirectional-text "
                       "mark): it can read otherwise than it is written. Retype the description.",
        "translationKey": "The translationKey holds a character nobody sees ({char}): it differs from the key it "
                          "looks like, so the other language's file does not link to it. Retype the key.",
    },
    # The Markdown body (checks/body.py).
    "merge-conflict-markers": "A merge left its conflict markers here (<<<<<<<, =======, >>>>>>>): the page would "
                              "show them and both versions of these lines. Keep the right lines and delete the "
                              "markers.",
    "body-h1": "This is a level 1 heading (#). The posting title is already the level 1 heading of the page, so "
               "the page would have two. Use a level 2 heading (##) instead.",
    "heading-skip": {
        "title": _SKIP.replace("{above}", "the posting title (level 1)"),
        "heading": _SKIP.replace("{above}", "a level {above_level} heading"),
    },
    "raw-html": {tag: _RAW_HTML + advice + "." for tag, advice in _ADVICE.items()},
    "empty-link-text": "This link has no text. Screen readers announce it as a bare address or not at all, and "
                       "sighted readers cannot click it. Write words that say where the link goes.",
    "vague-link-text": "The link text “{text}” does not say where the link goes. People who scan the links of a "
                       "page, or hear them listed by a screen reader, cannot tell what it leads to. Use words that "
                       "describe the destination, for example “the accommodation request form”.",
    # Between the files of a pair (checks/pairs.py).
    "key-used-twice": "The key '{key}' is also used by {others}; each language may have one file per key. Delete "
                      "the old copy or give it its own key.",
    "missing-counterpart": {
        "": "No {other_lang} posting has the key '{key}': translate this one into {other_lang}, or give the "
            "{other_lang} posting this key.",
        "unreadable": "No {other_lang} posting has the key '{key}', unless it is one of the files that cannot be "
                      "read ({files}): repair that file, or translate this one into {other_lang}.",
        # Exporting into a site that has the other language's file already.
        "kept": "No {other_lang} posting has the key '{key}'. The site's file in that language is kept as it is: "
                "check that it still matches.",
        "unreadable-kept": "No {other_lang} posting has the key '{key}', unless it is one of the files that cannot "
                           "be read ({files}). The site's file in that language is kept as it is: check that it "
                           "still matches.",
    },
    "shared-field-mismatch": "'{field}' differs between the files of this pair ({values_words}); it must be the same in "
                             "both languages.",
    "file-name-convention": "The site names postings 'slug--{lever}.md' (the title's slug, two hyphens, the "
                            "leverId); renaming changes the page's address, so add the old one to 'aliases' if you "
                            "do.",
    # Between the two languages (translation/).
    "number-mismatch": "“{text}” in the {lang} text ({where}) is not in the {other_lang} text here. Check that the "
                       "number was carried over (in {other_lang}: {shown}).",
    "classification-mismatch": {
        "": "The {lang} text gives the classification {classification} ({where}). Both languages must give the same "
            "group and level.",
        "instead": "The {lang} text gives the classification {classification} ({where}); the {other_lang} text has "
                   "{instead} instead. Both languages must give the same group and level.",
    },
    "link-missing": "The {lang} text has the web address {address} ({where}), which the {other_lang} text does not. "
                    "Readers of both languages need the same addresses.",
    "email-missing": "The {lang} text has the e-mail address {address} ({where}), which the {other_lang} text does "
                     "not. Readers of both languages need the same addresses.",
    "link-other-language": "{address} is the {other_lang} version of the page; {lang} readers should get the {lang} "
                           "one.",
    "length-mismatch": "The {short_lang} text is much shorter than the {long_lang} one ({short_count} characters "
                       "against {long_count}): whole parts seem to be missing.",
    "heading-count-mismatch": {
        "": "The {source_lang} text has {source_count:plural:heading:headings}; the {target_lang} text has "
            "{target_count}.",
        "extra": "The {source_lang} text has {source_count:plural:heading:headings}; the {target_lang} text has "
                 "{target_count}. This heading (“{text}”) has no heading in the {source_lang} text; make it a "
                 "paragraph or add it there too.",
        "missing": "The {source_lang} text has {source_count:plural:heading:headings}; the {target_lang} text has "
                   "{target_count}. The heading “{text}” ({where}) has no heading here.",
    },
    "double-space": '{in_where:if:In {in_where}: }Two spaces between words here; one is enough (a double space often marks a deleted word).',
    "missing-space-after-stop": '{in_where:if:In {in_where}: }No space after this full stop: “{text}” runs two sentences together.',
    "markdown-heading-space": '{in_where:if:In {in_where}: }“{text}” needs a space after the hashes to be a heading; without it the page shows the hashes.',
    "markdown-link-space": '{in_where:if:In {in_where}: }There is a space between ] and ( in “{text}”, so it is not a link: the page shows the brackets and the address. Remove the space.',
    "list-marker-missing": '{in_where:if:In {in_where}: }This line sits between two list items but has no list marker, so it joins the item above. Start it with “{marker} ” if it is an item of its own.',
    "double-full-stop": '{in_where:if:In {in_where}: }Two full stops in “{text}”: one ends a sentence (an ellipsis has three).',
    "markdown-sublist-indent": '{in_where:if:In {in_where}: }This item is indented by {spaces:plural:space:spaces}, fewer than the {wanted} where the text of the item above starts, so it is not nested under it: the page shows it in the same list. Indent it by {wanted} spaces.',
    "paragraph-break-missing": '{in_where:if:In {in_where}: }No blank line before this line (“{text}”), so it runs on in the same paragraph as the line above. Leave a blank line between them if it starts a paragraph of its own.',
    "markdown-emphasis-unclosed": '{in_where:if:In {in_where}: }The star in “{text}” opens italics or bold that never close, so the page shows a star. Add the closing star after the words to emphasise, or remove it.',
    "list-item-stop-missing": '{in_where:if:In {in_where}: }Every other item of this list ends with a full stop or a semicolon (or ? or !); this one (“{text}”) has none.',
    "hyphen-for-dash": '{in_where:if:In {in_where}: }“{text}”: a hyphen between two spaces stands in for a dash. Write an em dash (—) or an en dash between spaces ( – ).',
    "parenthesis-unclosed": '{in_where:if:In {in_where}: }The parenthesis opened at “{text}” is never closed.',
    "french-title-case": '{in_where:if:In {in_where}: }In French, only the first word and proper nouns of a title take a capital: write “{suggestion}”.',
    "french-quotation-marks": '{in_where:if:In {in_where}: }French text takes « guillemets » (with non-breaking spaces inside), not {marks}: “{text}”.',
    "abbreviated-form-spaced": '{in_where:if:In {in_where}: }“{text}”: an abbreviated ending is joined to its word, without a space (“{joined}”); better still, write both forms in full.',
    "english-in-french": "{in_where:if:In {in_where}: }“{phrase}” is English, in a French sentence. Use the French term (the site's glossary has the ones it approved), or put it in italics if it must stay in English.",
    "anglicism": '{in_where:if:In {in_where}: }“{text}” copies the English “{english}”, word for word; French writes “{suggestion}”.',
    # French grammar (language/grammar.py): Grammalecte's own message, in French, in both catalogues.
    "grammar-agreement": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-participle": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-conjugation": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-infinitive": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-imperative": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-question": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-mood": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-confusion": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-phrase": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-style": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-pleonasm": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-hyphen": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-comma": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-date": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-negation": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-lowercase": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-euphony": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-chemistry": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-repetition": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-number": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-capitals": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-other": '{in_where:if:In {in_where}: }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-unavailable": "The French grammar checker could not be loaded ({reason}). French grammar was not checked.",
    "translation-of-other-source": "This block translates the {source_lang} block “{text}” ({where}), not the one "
                                   "beside it (“{beside_text}”, {beside_where}): it may have been moved, or pasted in "
                                   "the wrong place.",
    "paragraph-unmatched": {
        "source": "The {source_lang} paragraph “{text}” ({where}) has nothing matching in the {target_lang} text; it "
                  "belongs about here.",
        "target": "This paragraph (“{text}”) has nothing matching in the {source_lang} text: add it there too, or "
                  "remove it here.",
    },
    "list-item-count-mismatch": {
        "no-list": "The {source_lang} text has a list of {source_count} items here ({where}); the {target_lang} text "
                   "has no matching list.",
        "": "This list has {target_count:plural:item:items}; the {source_lang} list ({where}) has {source_count}.",
    },
    "untranslated-text": {
        "": "This text is the same as in the {other_lang} posting ({where}): “{text}”. Translate it into {lang}.",
        "whole": "{count} of the {prose} paragraphs, headings and list items of this posting are the same as in the "
                 "{source_lang} posting: it has not been translated into {target_lang} yet.",
    },
    "wrong-language": "This text seems to be in {guess_lang}, in the {lang} posting: “{text}”.",
    "translation-marker": "This text is still marked {text}: translate it, then remove the marker.",
    "untranslated-file": "Most of this {lang} posting is in {other_lang} ({percent}% of its text): translate it into "
                         "{lang}.",
    # Work left unfinished (checks/unfinished.py, translation/untranslated.py).
    "template-placeholder": {
        "placeholder": "Template placeholder left in the posting: replace “{text}” with real text.",
        "guidance": "Text from the template's guidance left in the posting: replace “{text}”.",
    },
    "writer-note": "A note left for later (“{text}”): write what it stands for, then remove it; the site would show it.",
    "title-not-translated": {
        "": "The title is empty here but the {other_lang} posting has one (“{text}”); translate it.",
        "same": "The title is the {other_lang} posting's, word for word (“{text}”); translate it.",
    },
    "description-not-translated": "The description is empty here but the {other_lang} posting has one (“{text}”); "
                                  "translate it.",
    "section-not-translated": {
        "": "The {source_lang} section “{text}” ({where}, {words:plural:word:words}) has no {target_lang} text here: "
            "translate it.",
        "comment": "Only an HTML comment stands under this heading, and the site does not show it: the {source_lang} "
                   "section “{text}” ({where}) has {words:plural:word:words} to translate.",
        "empty": "Nothing is written under this heading: the {source_lang} section “{text}” ({where}) has "
                 "{words:plural:word:words} to translate.",
    },
    "body-not-translated": "The body is empty here but the {other_lang} posting has {words:plural:word:words} of text; translate "
                           "them, or the page will show only its title.",
    "terminology-drift": "This {lang} text is translated differently in {other_file}:{other_line}, a translation "
                         "the site has approved (“…{there}…” where this one has “…{here}…”). Use one {target_lang} "
                         "wording everywhere unless this one says something the other does not.",
    "glossary-term-missing": "The {lang} text uses “{term}” ({where}); the glossary translates it as {wanted}, which "
                             "the {other_lang} text does not use{note:if: ({note})}.",
    "glossary-unreadable": "{detail_words}",
    "settings-unreadable": "{detail_words}",
    "template-unreadable": "{detail_words}",
    "translations-unreadable": "{detail_words}",
    # Typography (translation/typography.py, with its fix in translation/fixes.py).
    "typography-amount": {
        "fr": _typography("In French, amounts are written 50 000 $ or 75,25 $: the number, a non-breaking space, "
                          "then the dollar sign."),
        "en": _typography("In English, amounts are written $50,000 or $75.25: the dollar sign first, commas "
                          "between thousands."),
    },
    "typography-thousands": {
        "fr": _typography("In French, thousands are separated by a non-breaking space (15 000), not a comma or a "
                          "normal space."),
        "en": _typography("In English, thousands are separated by a comma (15,000)."),
    },
    "typography-percent": {
        "fr": _typography("In French, a non-breaking space goes between a number and % (15 %)."),
        "en": _typography("In English, % follows the number with no space (15%)."),
    },
    "typography-time": {
        "fr": _typography("In French, times are written 13 h 30 or 9 h, with non-breaking spaces around the h."),
        "en": _typography("In English, times are written 1:30 p.m. or 9 a.m. (lower case, with periods)."),
    },
    "typography-colon": _typography("In French, a colon takes a non-breaking space before it and a space after it."),
    "typography-space-before-punctuation": {
        "en-colon": _typography("In English, no space goes before a colon."),
        "france": _typography("France's usage puts a narrow no-break space before {mark}."),
        "fr": _typography("In Canadian French usage, no space goes before {mark}."),
        "en": _typography("In English, no space goes before {mark}."),
    },
    "typography-guillemets": _typography("In French, « » take a non-breaking space inside and a normal space "
                                         "outside."),
    "typography-apostrophe": {
        "typographic": _typography("This posting mostly uses the apostrophe ’ (typographic); use the same one "
                                   "everywhere."),
        "straight": _typography("This posting mostly uses the apostrophe ' (straight); use the same one everywhere."),
    },
    "typography-quote-punctuation": _typography("In Canadian English, a full stop or comma goes inside the closing quotation mark."),
    "inclusive-abbreviated-form": {
        "first": "“{form}” is an abbreviated form. In running text, the Language Portal of Canada recommends writing "
                 "both forms in full (« les agentes et les agents », « une conseillère ou un conseiller ») or a "
                 "neutral word (« le personnel », « la personne candidate »); keep abbreviated forms for where space "
                 "is tight.",
        "again": "“{form}” is an abbreviated form (see the note on line {first_line}).",
    },
    # Spelling (language/spelling.py) and the site's own words.
    "spelling": {
        lang: "{in_where:if:In {in_where}: }“{word}” is not in the " + name + " dictionary"
              "{suggestions:if:; perhaps: {suggestions}}."
        for lang, name in (("en", "English (Canada)"), ("fr", "French"))
    },
    "dictionary-unreadable": "{detail_words}",
    "spelling-unavailable": {
        "no-library": "Spell checking needs the chunspell package ({reason}). Spelling was not checked.",
        "no-dictionary": "The {lang} spelling dictionary is missing from {folder}. Spelling was not checked.",
    },
    # Exporting drafts into the site (site/export.py).
    "export-lever-id-used": "The site already has the leverId {lever} under the key '{key}'; the same job would be "
                            "published twice.",
    "export-same-target": "{file} and {other_file} would both be written to {target}.",
    "export-file-name": "{detail}",
    "export-site-conflict": "The site has {count} {lang} files with the key '{key}'; keep one before exporting into "
                            "it.",
    "export-site-unreadable": {
        "candidate": "The site's file cannot be read, and it may be the {lang} posting of '{key}': {detail} Make it "
                     "readable, then export again.",
        "": "The site's file cannot be read: {reason}.",
    },
    "export-site-invalid": "The site's file cannot be updated: {detail} Repair it in the site first.",
    "export-field": "Cannot update {target}: {detail}",
    "export-address": {
        "error": "Cannot tell the page's address ({detail}); rename it by hand and add the old address to aliases.",
        "warning": "Cannot tell the page's address ({detail}); check that its address does not change.",
    },
    "export-aliases": {
        "": "{detail}",
        "not-a-list": "'aliases' should be a list of addresses, not {value}.",
    },
    "export-outside": "{detail}",
    "export-target-exists": "{target} already exists in the site and belongs to another posting; change the title, "
                            "or sort the two out in the site first.",
}

LABELS = {
    "unreadable": "Unreadable file",
    "not-a-regular-file": "Not a regular file",
    "file-too-large": "File too large",
    "not-utf8": "Not UTF-8 text",
    "empty-file": "Empty file",
    "no-front-matter": "No front matter",
    "unclosed-front-matter": "Front matter not closed",
    "yaml-syntax": "Invalid YAML",
    "yaml-value": "Unreadable value",
    "yaml-too-complex": "YAML too complex",
    "front-matter-too-complex": "Front matter too complex",
    "toml-syntax": "Invalid TOML",
    "toml-value": "Unreadable TOML value",
    "json-syntax": "Invalid JSON",
    "json-value": "Unreadable JSON value",
    "unknown-tag": "YAML tag not allowed",
    "duplicate-key": "Field repeated",
    "front-matter-not-mapping": "Front matter not fields",
    "missing-field": "Missing field",
    "wrong-layout": "Wrong layout",
    "empty-title": "Empty title",
    "title-spaces": "Spaces around title",
    "empty-description": "Empty description",
    "archived-not-boolean": "'archived' not true/false",
    "lever-id-not-uuid": "Invalid leverId",
    "empty-translation-key": "Empty translationKey",
    "html-entity": "HTML entity",
    "html-entity-in-file-name": "HTML entity in file name",
    "hidden-character": "Character nobody sees",
    "merge-conflict-markers": "Merge conflict markers",
    "body-h1": "Level 1 heading",
    "heading-skip": "Heading level skipped",
    "raw-html": "Raw HTML",
    "empty-link-text": "Link without text",
    "vague-link-text": "Vague link text",
    "key-used-twice": "Key used twice",
    "missing-counterpart": "Other language missing",
    "shared-field-mismatch": "Shared field differs",
    "file-name-convention": "File name convention",
    "number-mismatch": "Number not carried over",
    "classification-mismatch": "Classification differs",
    "link-missing": "Web address missing",
    "email-missing": "E-mail address missing",
    "link-other-language": "Link to other language",
    "length-mismatch": "Much shorter text",
    "heading-count-mismatch": "Headings differ",
    "paragraph-unmatched": "Unmatched paragraph",
    "double-space": 'Double space',
    "missing-space-after-stop": 'No space after full stop',
    "markdown-heading-space": 'Heading without space',
    "markdown-link-space": 'Broken link',
    "list-marker-missing": 'List marker missing',
    "double-full-stop": 'Two full stops',
    "markdown-sublist-indent": 'Sub-list not nested',
    "paragraph-break-missing": 'Blank line missing',
    "markdown-emphasis-unclosed": 'Stray star',
    "list-item-stop-missing": 'Full stop missing in a list',
    "hyphen-for-dash": 'Hyphen for a dash',
    "parenthesis-unclosed": 'Parenthesis not closed',
    "french-title-case": 'French title case',
    "french-quotation-marks": 'English quotation marks',
    "abbreviated-form-spaced": 'Spaced abbreviated form',
    "english-in-french": 'English in French',
    "anglicism": 'Anglicism',
    "grammar-agreement": 'Agreement',
    "grammar-participle": 'Past participle',
    "grammar-conjugation": 'Conjugation',
    "grammar-infinitive": 'Infinitive',
    "grammar-imperative": 'Imperative',
    "grammar-question": 'Question form',
    "grammar-mood": 'Verb mood',
    "grammar-confusion": 'Word confusion',
    "grammar-phrase": 'Set phrase',
    "grammar-style": 'Style (French)',
    "grammar-pleonasm": 'Pleonasm',
    "grammar-hyphen": 'Hyphen',
    "grammar-comma": 'Comma',
    "grammar-date": 'Date (French)',
    "grammar-negation": 'Negation',
    "grammar-lowercase": 'Lower case',
    "grammar-euphony": 'Euphony',
    "grammar-chemistry": 'Chemistry',
    "grammar-repetition": 'Repetition',
    "grammar-number": 'Singular or plural',
    "grammar-capitals": 'Capitals',
    "grammar-other": 'Grammar',
    "grammar-unavailable": 'Grammar unavailable',
    "translation-of-other-source": "Translates another block",
    "list-item-count-mismatch": "List items differ",
    "untranslated-text": "Untranslated text",
    "wrong-language": "Wrong language",
    "translation-marker": "Marked to translate",
    "untranslated-file": "Untranslated posting",
    "template-placeholder": "Template text left",
    "writer-note": "Note left (TODO)",
    "title-not-translated": "Title not translated",
    "description-not-translated": "Description not translated",
    "body-not-translated": "Text not translated",
    "section-not-translated": "Section not translated",
    "terminology-drift": "Wording differs",
    "glossary-term-missing": "Glossary term not used",
    "glossary-unreadable": "Glossary unreadable",
    "settings-unreadable": "Settings unreadable",
    "template-unreadable": "Template unreadable",
    "translations-unreadable": "Translation record unreadable",
    "typography-amount": "Amount notation",
    "typography-thousands": "Thousands separator",
    "typography-percent": "Space before %",
    "typography-time": "Time notation",
    "typography-colon": "Space before colon",
    "typography-space-before-punctuation": "Space before punctuation",
    "typography-guillemets": "Spaces inside « »",
    "typography-apostrophe": "Apostrophe style",
    "typography-quote-punctuation": "Punctuation outside quotes",
    "inclusive-abbreviated-form": "Abbreviated inclusive form",
    "spelling": "Spelling",
    "dictionary-unreadable": "Dictionary unreadable",
    "spelling-unavailable": "Spelling unavailable",
    "export-lever-id-used": "leverId already used",
    "export-same-target": "Same target file",
    "export-file-name": "No file name",
    "export-site-conflict": "Key used twice in site",
    "export-site-unreadable": "Site file unreadable",
    "export-site-invalid": "Site file broken",
    "export-field": "Field not updated",
    "export-address": "Address unknown",
    "export-aliases": "Aliases not updated",
    "export-outside": "Outside the site",
    "export-target-exists": "Target file exists",
}
