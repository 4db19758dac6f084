"""The model's error messages in English: why a site, a file or an action is refused, raised as
worded errors (``editor.model.findings.worded``) and shown by the command line and the window in
the reader's language. Same template syntax as ``commands_en``; ``errors_fr`` has the same keys with
the same parameters, and no key is also in ``commands_en``."""

from __future__ import annotations

TEXTS: dict[str, str | tuple[str, str]] = {
    # Any error
    "reason-only": "{reason}",
    "lines": "{lines}",
    "not-a-folder": "{path} is not a folder.",
    "file-problem": "{path} ({problem})",
    "posting-problem": "{path}:{line}: {problem}",
    "posting-problem-at": "{path}:{line}:{column}: {problem}",
    "path-reason": "{path}: {reason}",
    "fix-language-unknown": "{path}: cannot tell whether it is English or French; give the language.",
    # Why a file could not be read or written (the system's words, which stay English elsewhere)
    "os-no-space": "No space left on device",
    "os-permission": "Permission denied",
    "os-not-permitted": "Operation not permitted",
    "os-read-only-file": "Permission denied (the file is read-only)",
    "os-read-only-disk": "Read-only file system",
    "os-no-such-file": "No such file or directory",
    "os-is-folder": "Is a directory",
    "os-not-folder": "Not a directory",
    "os-name-too-long": "File name too long",
    "os-input-output": "Input/output error",
    "os-too-many-links": "Too many levels of symbolic links",
    "os-exists": "File exists",
    "os-not-regular": "not a regular file (a pipe, a device or a folder); only regular files are read",
    "os-not-regular-write": "not a regular file (a folder, a pipe or a device), which is not replaced",
    "os-quota": "Disk quota exceeded",
    # Why an imported term was skipped (glossary import)
    "term-at-line": "line {line}",
    "file-value": "{file}: {value}",
    "term-at-entry": "entry {entry}",
    "term-skip-no-form": "{term} ({where}: no {lang} form)",
    "term-skip-earlier": "{term} ({where}: already earlier in the file)",
    "term-skip-same": "{term} (already in the glossary)",
    "value-not-set": "(not set)",
    "value-empty": "(empty)",
    "value-text": "'{text}'",
    # Editing a posting
    "the-posting": "The posting",
    "posting-unreadable": "The posting cannot be read.",
    "posting-repair-first": "{path}: {problem} Repair the front matter first.",
    "posting-not-written": "{path}: {problem} It was not written.",
    "edit-unsafe-value": "The value for '{name}' cannot be written safely into this front matter.",
    "edit-cannot-remove": "The field '{name}' cannot be removed without changing other fields.",
    "edit-toml-null": "TOML has no empty (null) value: remove the field instead, or give it a value.",
    "edit-toml-as-text": "This TOML front matter cannot be edited field by field; edit it as text.",
    "edit-duplicate-field": "The field '{name}' appears more than once in the front matter; remove one of them first.",
    "edit-too-large": "With this body the posting would be {kilobytes} KB; the editor opens postings of at most "
                      "{most} KB.",
    "lever-id-in-name": "'{lever_id}' cannot be part of a file name; a leverId is a UUID such as "
                        "0f8fad5b-d9cb-469f-a165-70867728950e.",
    "glossary-entry-forms": "A glossary entry needs an English and a French form.",
    "not-a-site-language": "'{code}' is not a language of the site (en or fr).",
    "repair-first": "{path}: {problem} Repair it first.",
    "nothing-created": "{reason} Nothing was created.",
    "nothing-imported": "{reason} Nothing was imported.",
    "unreadable-pair-files": ("A file of the site cannot be read and may belong to the pair '{key}': {names} Make it "
                              "readable (or remove it), then try again.",
                              "Some files of the site cannot be read and may belong to the pair '{key}': {names} Make "
                              "them readable (or remove them), then try again."),
    # Sites and their data files
    "content-dirs-overlap": "{path}: the English and French content folders overlap ({en} and {fr}); each language "
                            "needs a folder of its own (its contentDir in the Hugo configuration).",
    "not-a-site": "{path} is neither a Hugo site (no per-language contentDir, no content/en or content/fr) nor a "
                  "drafts folder with en/ and fr/ sub-folders.",
    "site-folder-unreadable": "{path} cannot be read: {reason}.",
    "site-config-unreadable": "The Hugo configuration {path} cannot be read: {reason}.",
    "site-around-unreadable": "{path} is in the site {site}, which cannot be opened. {reason} Repair it, then try "
                              "again.",
    "data-too-large": "it is larger than {kilobytes} KB, which is more than such a file needs",
    "data-not-utf8": "it is not UTF-8 text (byte {byte} at offset {offset})",
    "data-at": "line {line}, column {column}: {reason}",
    "data-too-deep": "lists or tables are nested too deeply to be read",
    "data-deeper-than": "lists or tables are nested more than {depth} levels deep",
    "data-long-number": "a number has more than 4,300 digits",
    # Writing files
    "file-being-saved": "{path} is being saved by another program; try again.",
    "file-changed-since-opened": "{path} was changed by another program since it was opened.",
    "file-created-meanwhile": "{path} was created by another program meanwhile; nothing was replaced.",
    "files-changed-on-disk": "{files} changed on disk since it was opened.",
    "changed-before-delete": "{path} changed on disk since it was read; look at it again before deleting.",
    "outside-content": "{path} is not inside the site's content folders ({folders}); nothing was written there.",
    "outside-content-folder": "{path} is not inside the site's {lang} content folder {folder}.",
    "outside-content-folder-configured": "The site's {lang} content folder {path} is outside the site {root} (its "
                                         "contentDir in the Hugo configuration); nothing was written there.",
    "outside-content-folder-link": "The site's {lang} content folder {path} leads to {real}, outside the site {root} "
                                   "(a symbolic link); nothing was written there.",
    "outside-by-link": "{path} leads to {real}, outside the site's {lang} content folder {folder} (a symbolic link on "
                       "the way); nothing was written there.",
    "outside-site-by-link": "{path} leads to {real}, outside the site {root} (a symbolic link on the way); nothing was "
                            "written there.",
    # Creating postings, templates
    "create-no-title": "A title is needed: an English one, a French one, or both.",
    "create-description-needs-title": "A {lang} description needs a {lang} title: the {lang} file is only made with one.",
    "create-title-names-nothing": "The {lang} title '{title}' has no letter or digit to name its file with; give a "
                                  "title with words.",
    "create-bad-lever-id": "'{lever_id}' is not a leverId (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e).",
    "create-empty-key": "The translationKey cannot be empty.",
    "create-key-used": "The key '{key}' is already used by another posting; choose another with --key.",
    "create-template-unreadable": "The template {path} cannot be read: {reason}.",
    "create-template-not-utf8": "The template {path} is not UTF-8 text; save it as UTF-8.",
    "create-exists": "{path} already exists; choose another title or key.",
    "create-template-invalid": "The template {path} is not a valid posting: {problem}",
    "create-site-template-unusable": "The site's template {path} cannot be used: {reason}. Repair or "
                                     "remove it.",
    "template-link-missing": "it is a symbolic link to {target}, which does not exist",
    "template-outside-site": "it leads to {real}, outside the site (a symbolic link), whose text a new posting must "
                             "not copy",
    "create-unseen-character": "The {field}{lang:if: of the {lang} posting} holds {what} ({char}), which cannot be "
                               "seen but makes it differ from what it looks like. Remove it; nothing was created.",
    "hidden-line-break": "a line break",
    "hidden-control": "a control character",
    "hidden-bidi": "a bidirectional text control",
    "create-not-empty": "{path} is not empty and is neither a Hugo site nor a drafts folder (en/, fr/).",
    "template-unreadable-posting": "{path} cannot be read as a posting: {problem}",
    "template-not-in-site": "{path} is not a posting of a site or drafts folder (content/en, content/fr or en/, fr/): "
                            "its language and counterpart cannot be told.",
    "template-not-a-posting": "{path} is not a job posting (no translationKey).",
    "template-cannot-make": "A template cannot be made from {path}: {reason}.",
    "template-variables": "A template cannot be made from {path}: its front matter does not survive the variables.",
    "templates-exist": ("{files} already exists; use --force to replace it.",
                        "{files} already exist; use --force to replace them."),
    "template-is-link": "{path} is a symbolic link; remove it first.",
    # Pairs and their conflicts
    "pair-several-files": "Several {lang} files use the key '{key}': {files}. Keep one (rename or delete the others) "
                          "before editing the pair.",
    "pair-unreadable-file": "A file of this pair cannot be read; repair it before changing shared fields.",
    "conflict-no-readable": "The pair has no readable {lang} file to take '{name}' from.",
    "conflict-among-themselves": "The {lang} files of the pair disagree on '{name}' among themselves; settle the key "
                                 "used twice first.",
    "conflict-unreadable": "{files}: the front matter cannot be read; repair it before settling the conflict.",
    "not-shared-field": "'{name}' is not a shared field (shared: {shared}).",
    "conflict-key-per-file": "A translationKey conflict is settled per file: use --duplicate FILE --rekey NEWKEY.",
    "conflict-already-agree": "The files of '{key}' already agree on '{name}'.",
    "conflict-only-file": "{path} is the only {lang} file of '{key}'; only an extra copy can be archived, given another "
                          "key or deleted here.",
    "conflict-same-file": "{link} is a symbolic link to {target}, which also has the key '{key}': the two names are "
                          "one file, so a new key, archiving or deleting it would change both. Delete the link, "
                          "{link}, instead.",
    "conflict-not-a-file-of": "{path} is not one of the files with the key '{key}'.",
    "empty-new-key": "The new translationKey cannot be empty.",
    "already-has-key": "{path} already has the key '{key}'; choose another.",
    "key-used-by": "The key '{key}' is already used by the {lang} file {path}; choose another.",
    # Export and git
    "export-same-folder": "SOURCE and SITE are the same folder; export from a drafts folder or a copy of the site.",
    "export-plan-errors": ("The export has {count} error; nothing was written. Fix it and plan again.",
                           "The export has {count} errors; nothing was written. Fix them and plan again."),
    "export-not-committed": "The files were written but not committed: {reason}",
    "export-changed-since-plan": "{path} changed since the export was planned; nothing was written. Plan the export "
                                 "again.",
    "export-not-written": "The export could not be written: {reason} Every file was left as it was.",
    "export-aliases-not-a-list": "'aliases' should be a list of addresses, not {value}.",
    # The export plan, one line a file: what it does (padded to the longest of the four), then its notes
    "export-action-new": "new",
    "export-action-update": "update",
    "export-action-rename": "rename",
    "export-action-unchanged": "unchanged",
    "export-plan-written": "(written, not committed yet)",
    "export-note-kept-fields": "kept fields only the site has: {fields}",
    "export-note-file-name-kept": "file name kept (the title's name would be {name}; rename with --rename)",
    "export-note-address-changed": "address {old} -> {new}; the old one is added to aliases",
    "export-note-written-earlier": "written by an earlier export that did not commit it; it is committed now",
    "git-missing": "git is not installed, so the export cannot be committed. Install git, or export without "
                   "committing.",
    "git-no-repository": "{path} is not in a git repository, so the export cannot be committed. Export without "
                         "committing, or run 'git init' there first.",
    "compare-git-missing": "git is not installed, so there is no last commit to compare with.",
    "compare-no-repository": "{path} is not in a git repository, so there is no last commit to compare with.",
    "git-could-not-run": "git {command} could not run: {reason}",
    "git-failed": "git {command} failed: {reason}",
    "git-switch-refused": "git refused to switch to '{branch}': {reason} Nothing was written.",
    "git-commit-failed": "git commit failed: {reason}",
    "git-in-progress": "The site repository is in the middle of {operation}. Finish or abort it first (git status "
                       "says how); nothing was written.",
    "git-outside": "{files} is outside the git repository {path}.",
    "git-no-identity": "git has no identity to commit with (user.name and user.email). Set yours with\n"
                       "  git config --global user.name \"Your Name\"\n"
                       "  git config --global user.email you@example.org\n"
                       "then export again; nothing was written.",
    "git-uncommitted": "These files have uncommitted changes in the site repository: {files}. Commit or discard them "
                       "first, so the export's commit holds only the export.",
    "git-ignored": "The site's .gitignore ignores {files}, so they cannot be committed.",
    "git-detached": "The site repository is not on a branch (detached HEAD). Give a branch to commit on.",
    "git-no-commit": "The site repository has no commit yet; cannot switch to '{branch}'.",
    "git-branch-differs": "The branch '{branch}' holds other versions of {files} than the current branch. Switch to it "
                          "first (git switch {branch}) and export again, so what you review is what gets written.",
    "git-branch-invalid": "'{branch}' is not a valid branch name (git check-ref-format --branch refuses it or reads it "
                          "as another branch).",
    "git-branch-ref": "'{branch}' would be read by git as a reference of its own ({first}/...), not as a branch; give "
                      "a plain branch name such as export/postings.",
    "git-branch-remote": "'{branch}' would shadow the remote '{remote}' (git would confuse it with {remote}'s branch); "
                         "give a branch name that does not start with a remote's name.",
    "git-branch-is-remote-branch": "'{branch}' is already the name of a remote branch; give another branch name.",
    "git-branch-is-tag": "'{branch}' is already the name of a tag; give another branch name.",
    # Addresses and the Hugo server
    "url-no-language": "The site has no language '{code}' in its configuration.",
    "url-section-page": "{path} is a section page, not a posting.",
    "url-not-in-content": "{path} is not in the site's content folder.",
    "url-permalink": "The permalink pattern '{pattern}' uses '{part}', which this editor cannot expand.",
    "url-date": "The date '{date}' in {path} is not one this editor can read.",
    "hugo-not-installed": "Previewing on the site needs Hugo, which is not installed. Install it, then try again:\n"
                          "{commands}\n(or see https://gohugo.io/installation/)",
    "hugo-no-config": "{path} has no Hugo configuration (hugo.yaml, config.yaml or config/_default/); open the site "
                      "itself.",
    "hugo-no-layouts": "{path} has no layouts (no layouts/ folder, theme or module), so Hugo cannot show its pages.",
    "hugo-not-started": "hugo could not be started: {reason}",
    "hugo-not-running": "hugo server is not running.",
    "hugo-timed-out": "hugo server did not answer within {seconds} seconds. Hugo said:\n{output}",
    "hugo-stopped": "hugo server stopped. Hugo said:\n{output}",
    "hugo-start-first": "The Hugo server is not running; start it first.",
    "hugo-not-in-content": "{path} is not in a content folder of {site}.",
    "hugo-cannot-read": "{path} cannot be read: {reason}.",
    "hugo-address": "Unexpected server address from Hugo: {url}",
    "hugo-no-port": "No free port on 127.0.0.1 for the Hugo server.",
    # The site dictionary, the glossary and term files
    "dictionary-cannot-read": "{path} cannot be read ({reason}); the word was not added.",
    "dictionary-kept-changing": "{path} kept changing; the word was not added.",
    "dictionary-unwritable": "{path} cannot be written ({reason}); the word was not added.",
    "dictionary-word-refused": "'{word}' cannot be added to the dictionary: a word is one line of text that does "
                               "not start with #.",
    "dictionary-unknown-language": "The dictionary has no language '{code}' (en or fr).",
    "glossary-cannot-read": "The glossary {path} cannot be read: {reason}",
    "glossary-not-list": "The glossary {path} must hold a list of terms under 'terms:'.",
    "template-cannot-read": "The template {path} cannot be read: {reason}; the guidance it holds is not looked for "
                            "in postings, so a posting that still holds it is not stopped.",
    "glossary-no-file": "The glossary has no file yet; give a path.",
    # The site's settings (.posting-editor/config.yaml) and dictionary: the defaults are used instead
    "settings-cannot-read": "{path} cannot be read ({reason}); the defaults are used.",
    "settings-not-mapping": "{path} is not a list of settings; the defaults are used.",
    "settings-invalid": "{path}: {problems}.",
    "settings-typography": "typography must be canada or france, not '{value}'",
    "settings-inclusive": "inclusive_writing must be true or false",
    "settings-disabled": "disabled_checks must be a list of finding codes",
    "settings-threshold": "pretranslate_threshold must be a whole number from 50 to 100",
    "dictionary-words-unused": "{path} cannot be read ({reason}); its words are not used.",
    "glossary-cannot-save": "The glossary cannot be saved to {path}: {reason}.",
    "glossary-changed-meanwhile": "The glossary was not saved: another program changed {path} since it was opened. "
                                  "Open the glossary again to see their changes.",
    "translations-cannot-read": "{path} cannot be read (a merge may have left conflict markers in it): which pairs "
                                "are outdated and which language each was translated from are judged without it "
                                "(from git history alone, or not at all outside git), so an outdated translation may "
                                "not be listed. Repair it or take one side's version.",
    "translation-state-unreadable": "{path} cannot be read: it was left as it is, and this save of a translation "
                                    "was not recorded in it.",
    "tbx-root": "{path}: this is not a TBX file (its root is <{root}>, not <tbx> or <martif>).",
    "terms-too-large": "{path}: the file is larger than {megabytes} MB; it is not a glossary.",
    "terms-not-utf8": "{path}: not a UTF-8 text file; save the spreadsheet as CSV UTF-8.",
    "terms-not-text": "{path}: not a text file; give a TBX file or a CSV file.",
    "terms-header-unclear": "{path}: the first row names columns ({names}) but not which is English and which "
                            "French; name them en and fr (and note), e.g. 'en,fr,note', or remove that row.",
    "terms-csv-first-row-term": "{path}: its first row ({names}) was read as a term, not as column names; the "
                                "columns were read as English, French and note, in that order. If it names "
                                "columns, name them en and fr (and note), e.g. 'en,fr,note'.",
    "terms-csv-empty": "{path} holds no terms: it is empty or holds only blank lines.",
    "terms-csv-no-header": "{path} has no header row naming its columns: they were read as English, French and "
                           "note, in that order, from line 1.",
    # XML from translation tools: XLIFF, TBX, TMX
    "xml-what-xliff": "XLIFF file",
    "xml-what-tbx": "TBX file",
    "xml-unreadable": "{path}: cannot read the {what} ({reason}).",
    "xml-too-large": "{path}: the {what} is larger than {megabytes} MB; split it or export fewer postings at a time.",
    "xml-declarations": "{path}: the {what} declares a document type or entities (<!DOCTYPE>, <!ENTITY>); files from "
                        "translation tools have none, and such declarations can expand without bound or read other "
                        "files, so it was not read.",
    "xml-not-well-formed": "{path}: the {what} is not well-formed XML{line:if: (line {line})}. (The XML reader says: {reason})",
    "xml-doctype": "{path}: the {what} declares a document type; files from translation tools have none.",
    "tmx-too-large": "it is larger than {megabytes} MB, more than a memory for job postings needs; split it",
    "tmx-not-well-formed": "not well-formed XML{line:if: (line {line})}. (The XML reader says: {reason})",
    "tmx-root": "the root element is <{root}>, not <tmx>",
    "tmx-version": "TMX version '{version}' is not supported (1.4 is)",
    "tmx-no-version": "the <tmx> element has no version (1.4 is supported)",
    "tmx-parts": "a TMX file needs a <header> and a <body>",
    # Translating: skeletons and XLIFF
    "repair-before-translating": "{path}: {problem} Repair it before translating it.",
    "already-in-language": "{path} is already in {lang}.",
    "pair-has-language": "The pair '{key}' already has a {lang} version: {files}.",
    "exists-give-title": "{path} already exists; give another title.",
    "no-source-posting": "The pair '{key}' has no {from_lang} posting to translate from.",
    "no-such-key-or-file": "No posting has the translationKey '{key}' in {site}, and no posting file has that name.",
    "xliff-name-not-utf8": "{path}: the file's name is not UTF-8 text, which an XLIFF file cannot name; rename the "
                           "file, then export again.",
    "xliff-not-source": "'{path}' is not the {from_lang} posting of the pair '{key}'.",
    "xliff-several-sources": "The pair '{key}' has several {from_lang} files ({files}); give the one to translate "
                             "instead of the key.",
    "xliff-no-target": "No {to_lang} file of the pair '{key}' goes with {path}.",
    "xliff-control-character": "Unit {unit} holds a control character XML cannot carry; remove it from the posting "
                               "first.",
    "xliff-not-xliff": "This is not an XLIFF 1.2 file (its root is not <xliff> in the XLIFF 1.2 namespace).",
    "xliff-languages": "The file '{path}' goes from '{source}' to '{target}'; only English and French postings are "
                       "imported.",
    "xliff-unit-twice": "The unit '{unit}' appears twice in '{path}'.",
    "xliff-no-file": "The XLIFF file holds no <file> element: nothing to import.",
    "xliff-no-source": "The unit '{unit}' has no <source>.",
    "xliff-unknown-code": "Unit '{unit}': the code <{element} id=\"{id}\"/> matches no code of the source.",
    "xliff-unknown-posting": "The XLIFF file names no translationKey, and '{path}' is not a posting of {site}; was it "
                             "exported from this site?",
    "xliff-other-way": "The XLIFF file translates from {from_lang}, but the pair '{key}' has it the other way.",
    "xliff-target-changed": "{path} changed since the export where the translation would go: {places}. Nothing was "
                            "imported; export again and carry the translation over, or edit these in the editor.",
    "xliff-block-split": "{path}, {place} (unit {unit}): its translation would not stay one block: a line of it "
                         "begins the way a heading, a list item or another Markdown block does (“{text}”). Nothing "
                         "was imported; join its lines, or put a backslash before the mark to keep it as text "
                         "(\\#, \\-, 1\\.).",
    "xliff-cannot-apply": "{path}: {reason} Nothing was imported.",
    "xliff-units-missing": ("The XLIFF file lacks the unit {units} that the export of {path} wrote: a CAT tool "
                            "joined it to another unit, or it was deleted. Nothing was imported; give it back its "
                            "own unit, or export again.",
                            "The XLIFF file lacks the units {units} that the export of {path} wrote: a CAT tool "
                            "joined them to other units, or they were deleted. Nothing was imported; give each "
                            "its own unit back, or export again."),
    "xliff-units-unknown": ("The XLIFF file holds the unit {units}, which no export writes: a CAT tool split a "
                            "unit, or one was added. Nothing was imported; join it back into its unit of {path}, or "
                            "export again.",
                            "The XLIFF file holds the units {units}, which no export writes: a CAT tool split units, "
                            "or they were added. Nothing was imported; join them back into their units of {path}, or "
                            "export again."),
    "xliff-source-changed": "The source text changed since the export, so the translation may no longer fit it; "
                            "nothing was imported. Export again and carry the translation over. The difference "
                            "(- as exported, + now in {path}):\n{diff}",
    "segment-title": "the title",
    "segment-description": "the description",
    "segment-heading": "the heading at line {line}",
    "segment-paragraph": "the paragraph at line {line}",
    "segment-item": "the item at line {line}",
    "segment-table": "the table at line {line}",
    "segment-other": "the block at line {line}",
    "xliff-report": "{parts}.",
    "xliff-report-unchanged": "{path}: unchanged",
    "xliff-report-created": ("{path}: created, {count} segment written", "{path}: created, {count} segments written"),
    "xliff-report-updated": ("{path}: updated, {count} segment written", "{path}: updated, {count} segments written"),
    "xliff-report-kept": "{count} left to translate (still marked)",
    "xliff-report-same": "{count} already as in the file",
    "xliff-report-skipped": "{count} to translate in the editor ({places})",
}
