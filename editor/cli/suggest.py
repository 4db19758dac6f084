"""``posting-editor suggest SITE KEY --to fr|en``: translation-memory matches for each block of a posting.

The memory is the site's own aligned pairs (titles and descriptions included), earlier versions of
them in git and the translator's TMX files (``tm import``). The pair KEY itself is never its own
match. Exit status: 0 (matches or not), 2 on bad input.
"""

from __future__ import annotations

import json
import sys

from editor.cli.common import (CommandError, add_language_option, message_language, open_index, posting_problems,
                               terminal_safe, path_argument)
from editor.model.findings.catalogue import say


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "suggest", help="translation-memory matches for each block of a posting",
        description="For each segment of the pair KEY's source posting (title, description, then each heading, "
        "paragraph and list item), the best matches from the site's translation memory: score (0-100, as CAT "
        "tools show it), the memory's source with its differences from this segment marked ([-only in the "
        "memory-]{+only here+}), its translation (numbers, addresses and markup carried over) and where it comes "
        "from (and the kind of block it was translated for, when not this one's: a heading offered for a list "
        "item). JSON: a list of {\"block\": n, \"id\", \"line\", \"source\", \"kind\", \"matches\": [{\"score\", "
        "\"source\", \"target\", \"origin\": \"file:line\", \"adapted\", \"kind\"}]}; n counts the segments from 1; "
        "kind is title, description, heading, paragraph or item.")
    parser.add_argument("site", metavar="SITE", type=path_argument, help="the site folder")
    parser.add_argument("key", metavar="KEY", help="translationKey of the pair")
    parser.add_argument("--to", choices=("fr", "en"), required=True, help="the language translated into")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--limit", type=int, default=3, metavar="N", help="matches per segment (default 3)")
    parser.add_argument("--threshold", type=int, default=50, metavar="SCORE", help="lowest score shown (default 50)")
    parser.add_argument("--no-history", action="store_true", help="leave out earlier versions from git")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from editor.model.translation.memory.build import build_memory
    from editor.model.translation.memory.suggest import marked_text, suggest_posting

    if not 1 <= args.limit <= 20:
        raise CommandError.said("option-range", option="--limit", low=1, high=20)
    if not 0 <= args.threshold <= 100:
        raise CommandError.said("option-range", option="--threshold", low=0, high=100)
    index = open_index(args.site)
    entry = index.pair_for_key(args.key)
    if entry is None:
        raise CommandError.said("no-such-key", key=args.key, site=args.site)
    source_lang = "en" if args.to == "fr" else "fr"
    sources = [p for p in entry.postings(source_lang)]
    if not sources:
        raise CommandError.said("suggest-no-source", key=args.key, from_lang=source_lang)
    source = sources[0]
    if not source.valid:
        raise CommandError.said("reason-only", 1, reason=posting_problems([source]))
    memory = build_memory(index, history=not args.no_history)
    found = suggest_posting(memory, source, source_lang, key=args.key, limit=args.limit, threshold=args.threshold)
    if args.format == "json":
        json.dump([{"block": s.number, "id": s.segment.id, "line": s.segment.source_line, "source": s.segment.source,
                    "kind": s.segment.kind,
                    "matches": [{"score": m.score, "source": m.source, "target": m.target, "origin": m.origin,
                                 "adapted": m.adapted, "kind": m.unit.kind} for m in s.matches]} for s in found],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    file = index.site.relative(source.path)
    lang = message_language(args)
    shown = 0
    for s in found:
        if not s.matches:
            continue
        shown += 1
        print(terminal_safe(say("suggest-block", lang, path=file, line=str(s.segment.source_line), number=str(s.number),
                                id=s.segment.id, source=s.segment.source)))
        for m in s.matches:
            print(terminal_safe(say("suggest-match", lang, score=f"{m.score:3d}", target=m.target)))
            # The kind said only when it is not the segment's: a heading's words offered for a list item.
            kind = say(f"suggest-kind-{m.unit.kind}", lang) if m.unit.kind != s.segment.kind else ""
            print(terminal_safe(say("suggest-origin", lang, origin=m.origin, adapted=bool(m.adapted), kind=kind,
                                    source=marked_text(m.source, s.segment.source))))
    print(say("suggest-summary", lang, shown=shown, count=len(found), threshold=args.threshold, units=len(memory)),
          file=sys.stderr)
    return 0
