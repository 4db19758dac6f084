"""The command line's own messages in English: summaries, refusals and reports around the findings
(template syntax: see ``catalogue``; a (one, many) pair is chosen by the ``count`` parameter).
``commands_fr`` has the same keys with the same parameters."""

from __future__ import annotations

TEXTS: dict[str, str | tuple[str, str]] = {
    # Any command
    "internal-error": "internal error: {error} (set POSTING_EDITOR_DEBUG=1 for details, and please report it).",
    "unknown-command": "unknown command '{command}' (commands: {commands})",
    "no-such-file": "{path}: no such file.",
    "no-such-path": "{path}: no such file or folder.",
    "not-a-file": "{path} is not a file.",
    "not-regular-file": "{path} is not a regular file but {kind}; only regular files are read.",
    "kind-pipe": "a named pipe (FIFO)",
    "kind-device": "a device",
    "kind-socket": "a socket",
    "kind-link-to-nothing": "a symbolic link to a file that does not exist",
    "cannot-read": "{path}: cannot read the file ({reason}).",
    "cannot-write": "Cannot write {path}: {reason}.",
    "cannot-write-unnamed": "Cannot write: {reason}.",
    # check
    "count-error": "{count:plural:error:errors}",
    "count-warning": "{count:plural:warning:warnings}",
    "count-info": "{count:plural:info:infos}",
    "summary": "{counts}.",
    "no-problems": "No problems found.",
    "fixed": "Fixed {count:plural:typography problem:typography problems}.",
    "not-fixed": "{reason} (not fixed)",
    "fix-note": "note: {path}: {note}",
    "cannot-write-kept": "Cannot write {path}: {reason}. The file was left as it was.",
    # export
    "export-refused-errors": "{count:plural:error:errors}: nothing was exported. Fix them in SOURCE and run again "
                             "(--accept-warnings does not override errors).",
    "export-refused-warnings": "{count:plural:warning:warnings}: nothing was exported. Review them, then run again "
                               "with --accept-warnings.",
    "export-dry-run": "Dry run: {count:plural:file:files} would be written; nothing was.",
    "export-nothing": "Nothing to export: the site already holds these postings as they are.",
    "export-wrote": "wrote {path}",
    "export-removed": "removed {path}",
    "export-branch-created": "Created and switched to the branch '{branch}'.",
    "export-branch-on": "On the branch '{branch}'.",
    "export-committed": "Committed {commit} on '{branch}' (not pushed).",
    "export-done": "Exported {count:plural:file:files}.",
    "export-commit-message": "Commit message:",
    "to-finish": "To finish before exporting:",
    "to-finish-file": "  {path}: {tasks}",
    "todo-translation-marker": ("translate {count} text still marked [TO TRANSLATE]/[À TRADUIRE] and remove the marker",
                                "translate {count} texts still marked [TO TRANSLATE]/[À TRADUIRE] and remove the markers"),
    "todo-template-placeholder": ("replace {count} template placeholder with real text",
                                  "replace {count} template placeholders with real text"),
    "todo-empty-title": "write the title",
    "todo-empty-description": "write the description (it is empty or 'null')",
    "todo-untranslated-file": "translate the text: most of it is in the other language",
    "todo-missing-counterpart": "write the other language's file (it is missing)",
    "todo-body-not-translated": "translate the text (it is empty)",
    "todo-writer-note": ("finish what {count} note (TODO, TBD, FIXME, XXX) stands for and remove it",
                         "finish what {count} notes (TODO, TBD, FIXME, XXX) stand for and remove them"),
    "todo-section-not-translated": ("translate {count} section this language lacks",
                                    "translate {count} sections this language lacks"),
    "todo-untranslated-text": ("translate {count} text left in the other language",
                               "translate {count} texts left in the other language"),
    "todo-wrong-language": ("translate {count} text written in the other language",
                            "translate {count} texts written in the other language"),
    "todo-title-not-translated": "translate the title",
    "todo-other": ("fix {count} other error listed above", "fix {count} other errors listed above"),
    # glossary, xliff, tm, templates
    "no-such-folder": "{path}: no such folder.",
    "glossary-wrote": ("Wrote {path}: {count} term pair.", "Wrote {path}: {count} term pairs."),
    "glossary-added": "Added: {term}",
    "glossary-changed": "Changed: {term}",
    "glossary-skipped": "Skipped: {term}",
    "glossary-saved-in": " in {path}",
    "glossary-dry-run": " (nothing written: --dry-run)",
    "glossary-nothing": " (nothing to write)",
    "glossary-report": "{added} added, {changed} changed, {skipped} skipped{written}.",
    "xliff-wrote": "Wrote {path} for translation into {to_lang}.",
    "xliff-not-imported": "{reason} Nothing was imported; run the command again.",
    "xliff-not-imported-refused": "{reason} Nothing was imported.",
    "signal-closing": "{signal} received, closing the window (send it again to quit at once; unsaved changes are "
                      "then kept for recovery).",
    "signal-waits-for-export": "an export is writing into the site; the window closes once it is done (send the "
                               "signal again to quit at once: exporting again then finishes the export).",
    "xliff-import-order": "{site} is a file and {file} a folder: the XLIFF file comes first, then the site: "
                          "posting-editor xliff import FILE.xlf SITE",
    "tm-exported": "{path}: {count:plural:translation unit:translation units}.",
    "tm-not-tmx": "{path}: not a TMX memory this program can read: {reason}. Nothing was imported.",
    "tm-no-units": "{path} holds no unit with both English and French text. Nothing was imported.",
    "tm-target-not-file": "{path} is a link or not a file; remove it first. Nothing was imported.",
    "tm-cannot-write": "Cannot write {path}: {reason}. Nothing was imported.",
    "tm-imported": "{path}: {count:plural:unit:units} imported.",
    "tm-replaced": "{path}: {count:plural:unit:units} replaced the earlier copy, kept as {earlier}.",
    "tm-unchanged": "{path} already holds this memory; nothing was changed.",
    "tm-beside": "{earlier} already holds another memory of that name, which is kept: this one is {path} "
                 "({count:plural:unit:units}); both are used. To replace the earlier one instead, add --replace.",
    "templates-from-bundled": "from the bundled template",
    "templates-from": "from {path}",
    "templates-dropped": "Left out of the front matter (they belong to one page): {names}.",
    "templates-edit": "Edit the templates: put what each posting changes in _…_ placeholders ending in …, so that "
                      "export refuses a posting that still holds them.",
    "templates-done": "New postings of this site now start from these templates.",
    # any command naming a pair, the window, suggest, review
    "no-such-key": "No posting has the translationKey '{key}' in {site}.",
    "window-cannot-start": "The window cannot start: {reason}. The command-line tools still work (see --help).",
    "option-range": "{option} must be between {low} and {high}.",
    "review-no-output": "Say where to write the copy: --pdf FILE, --html FILE, or both.",
    "review-output-folder": "{option} {path} is a folder; give a file name.",
    "output-other-kind": "{path} exists and is not a {kinds} file: writing there would replace it. Give another "
                         "file name, or remove that file first.",
    "review-wrote": "Wrote {path}",
    # new, archive
    "new-line-break": "{option} must be on one line: Hugo puts it in the page's <title> and meta tags, where a "
                      "line break shows badly. Nothing was created.",
    "new-no-drafts": "Cannot make {path} a drafts folder: {reason}",
    "new-cannot-create": "Cannot create {path}: {reason}. Nothing was created.",
    "new-site-template-unusable": "{reason} Nothing was created; to start from the bundled templates instead, add --bundled-template.",
    "new-drafts-made": "{path} was missing: it is now a drafts folder, with en/ for the English postings and fr/ for "
                       "the French ones.",
    "new-drafts-filled": "{path} was empty: it is now a drafts folder, with en/ for the English postings and fr/ for "
                         "the French ones.",
    "new-one-fr-missing": "Created the English posting of '{key}'; its French version is for the translator to create "
                          "(in the window: Create the French Version…).",
    "new-one-en-missing": "Created the French posting of '{key}'; its English version is for the translator to create "
                          "(in the window: Create the English Version…).",
    "new-pair": "Created the pair '{key}'.",
    "new-unreadable-note": "Note: {names} cannot be read, so its key is unknown; if it already is this posting, "
                           "remove one of the two.",
    "new-bundled-templates": "This site has no templates of its own, so the new posting starts from the bundled ones "
                             "(headings and placeholders only). To start from the site's usual text, run: "
                             "posting-editor templates init {site} [--from FILE]",
    "unchanged": "{reason} Nothing was changed.",
    "unchanged-again": "{reason} Nothing was changed; run the command again.",
    "archive-archived": "{path}: archived",
    "archive-archived-already": "{path}: archived (already)",
    "archive-open": "{path}: open",
    "archive-open-already": "{path}: open (already)",
    # render, get, set
    "render-needs-out": "Several files need --out DIR (one DIR/<name>.html per file).",
    "render-cannot-make-folder": "{path}: cannot create the folder ({reason}).",
    "render-cannot-write": "{path}: cannot write ({reason}).",
    "get-no-field": "{path} has no field '{name}'.",
    "set-not-assignment": "'{text}' is not KEY=VALUE.",
    "set-body-file": "Use --body-file FILE to change the body.",
    "set-body-empty": "{path} is empty: nothing was changed. To empty the body on purpose, give a file holding "
                      "an empty line.",
    "set-body-empty-input": "The standard input is empty (did the command before the pipe fail?): nothing was "
                            "changed. To empty the body on purpose, give it an empty line.",
    "set-archived-bool": "archived must be true or false, not '{value}'.",
    "set-line-break": "{name} must be on one line: Hugo puts it in the page's <title> and meta tags, where a line "
                      "break shows badly. Nothing was changed; give the value without line breaks.",
    "set-unseen-character": "{name} holds {what} ({char}), which cannot be seen but makes it differ from what it "
                            "looks like. Nothing was changed; give the value without it.",
    "set-nothing": "Nothing to set: give KEY=VALUE pairs or --body-file FILE.",
    "set-repair-first": "{problem} The file was not changed; repair its front matter first.",
    "set-kept-changing": "{reason} It kept changing while this command ran; nothing was overwritten.",
    "set-also-updated": "Also updated {path} (shared field).",
    "set-the-value": "the value",
    "set-still-invalid": ("Note: {problem} The posting stays invalid until {fields} is corrected "
                          "(posting-editor set {path} FIELD=VALUE).",
                          "Note: {problem} The posting stays invalid until {fields} are corrected "
                          "(posting-editor set {path} FIELD=VALUE)."),
    "set-unchanged": "{path}: {reason} The file was not changed.",
    "set-body-too-large": "{path}: the body is larger than {kilobytes} KB, the most the editor opens for a whole "
                          "posting. The file was not changed.",
    "set-body-unreadable": "{path}: cannot read the body ({reason}).",
    "set-unreadable-counterpart": "{reason} The file was not changed (with --only-this-file, only {path} would be "
                                  "changed).",
    "set-conflict-note": "Note: the pair '{key}' is in conflict or unreadable; only {path} is changed.",
    # translate, suggest
    "translate-several-sources": "The pair '{key}' has several {from_lang} files ({files}); keep one first.",
    "translate-dry-run": "Nothing was written (--dry-run).",
    "translate-created": "Created the {to_lang} version of '{key}'; translate the marked blocks, the title and the "
                         "description.",
    "translate-named-after-source": "{name} is named after the {from_lang} title, the {to_lang} one not being known "
                                    "yet. To name it after its {to_lang} title: delete it and run again with --title, or, "
                                    "once translated, export it from a drafts folder with --rename.",
    "translate-from-memory": "From the translation memory: {translated} translated, {marked} to review (still marked; "
                             "{threshold}% or more).",
    "suggest-no-source": "The pair '{key}' has no {from_lang} posting.",
    "suggest-block": "{path}:{line}: block {number} ({id}): {source}",
    "suggest-match": "  {score}%  {target}",
    "suggest-origin": "        from {origin}{adapted:if:, adapted}; source: {source}",
    "suggest-summary": ("{shown} of {count} segment has a match of {threshold}% or more (memory: {units} units).",
                        "{shown} of {count} segments have a match of {threshold}% or more (memory: {units} units)."),
    # list
    "list-count": "{total:plural:posting:postings} in {where}.",
    "list-needing": ("{shown} of {total:plural:posting:postings} needs translation in {where}.",
                     "{shown} of {total:plural:posting:postings} need translation in {where}."),
    "list-here": "the current folder",
    "list-header-status": "status",
    "list-header-todo": "to do",
    "list-yes": "yes",
    "list-no": "no",
    "list-status-invalid": "invalid",
    "list-status-unreadable": "unreadable",
    "list-status-conflict": "conflict",
    "list-status-draft": "draft",
    "list-status-needs-translation": "needs-translation",
    "list-status-ok": "ok",
    "list-key-no-key": "(no translationKey: {name})",
    "list-key-unreadable": "(unreadable: {name})",
    "list-missing-en": "English missing",
    "list-missing-fr": "French missing",
    "list-markers-en": "English: {number:plural:block:blocks} to translate",
    "list-markers-fr": "French: {number:plural:block:blocks} to translate",
    "list-untranslated-en": "English: {number:plural:block:blocks} still in French",
    "list-untranslated-fr": "French: {number:plural:block:blocks} still in English",
    "list-language-en": "English: mostly in French ({number}%)",
    "list-language-fr": "French: mostly in English ({number}%)",
    "list-outdated-en": "English: behind the French changes",
    "list-outdated-fr": "French: behind the English changes",
    "list-placeholders-en": "English: {number:plural:template placeholder:template placeholders}",
    "list-placeholders-fr": "French: {number:plural:template placeholder:template placeholders}",
    # resolve
    "resolve-field-take": "--field and --take go together, e.g. --field leverId --take en.",
    "resolve-needs-duplicate": "--archive, --rekey and --delete act on a file: give it with --duplicate FILE.",
    "resolve-what-to-do": "Say what to do with the duplicate: --archive, --rekey NEWKEY or --delete.",
    "resolve-delete-rekey": "--delete and --rekey cannot go together.",
    "resolve-one-at-a-time": "Settle one conflict at a time: --field/--take, or --duplicate.",
    "resolve-none": "The pair '{key}' has no conflicts.",
    "resolve-key-twice": "key used twice ({code}): {files}",
    "resolve-settle-duplicate": "  settle with: --duplicate FILE --archive | --rekey NEWKEY | --delete",
    "resolve-differs": "{name} differs: {values}",
    "resolve-settle-field": "  settle with: --field {name} --take en|fr",
    "resolve-count": ("{count} conflict in '{key}'.", "{count} conflicts in '{key}'."),
    "resolve-set": "{path}: {name} {value}",
    "resolve-deleted": "Deleted {path}.",
    "resolve-cannot-delete": "Cannot delete {path}: {reason}. Nothing was changed.",
    "resolve-archived": "{path}: archived, translationKey '{key}'",
    "resolve-rekeyed": "{path}: translationKey '{key}'",
    "resolve-cannot-write": "Cannot write {path}: {reason}. Run the command again once the file can be written.",
}
