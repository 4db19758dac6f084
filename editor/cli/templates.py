"""``posting-editor templates init SITE [--from FILE]``: give a site templates of its own."""

from __future__ import annotations

import sys

from editor.cli.common import add_action, command_with_actions, display_path, message_language, path_argument
from editor.model.findings.catalogue import say

NAME = "templates"


def register(subparsers) -> None:
    actions = command_with_actions(
        subparsers, NAME,
        help="give a site its own templates for new postings",
        description="New postings start from the site's templates (.posting-editor/templates/posting.en.md and "
        "posting.fr.md) when it has them, else from the bundled ones, which name no organisation.",
    )
    init = add_action(
        actions, "init", run_init,
        help="write the site's templates",
        description="Write SITE/.posting-editor/templates/posting.en.md and posting.fr.md: copies of the bundled "
        "templates, or, with --from, made from an existing posting and its counterpart (the body as it is; the "
        "front matter with $title, $description, $archived, $translation_key and $lever_id in place of their "
        "values, and the page's own address and date fields left out). Put what a writer must change in "
        "_…_ placeholders: export refuses postings that still hold one.",
    )
    init.add_argument("site", metavar="SITE", type=path_argument, help="the site or drafts folder")
    init.add_argument("--from", dest="source", metavar="FILE", type=path_argument, help="a posting of the site to make the templates from")
    init.add_argument("--force", action="store_true", help="replace templates the site already has")


def run_init(args) -> int:
    from editor.cli.common import CommandError, open_index, refuse_unless_file, write_refusal
    from editor.model.hugo.config import SiteError
    from editor.model.storage.files import FileChangedError
    from editor.model.site.templates import TemplateError, plan_templates, write_templates

    index = open_index(args.site)
    if args.source is not None:
        refuse_unless_file(args.source)
    try:
        plan = plan_templates(index.site.root, args.source)
        written, kept = write_templates(plan, force=args.force)
    except (TemplateError, SiteError) as error:  # SiteError: the site around --from cannot be read
        raise CommandError.of(error) from None
    except FileChangedError as error:  # a template changed by another program while it was replaced
        raise CommandError.of(error) from None
    except OSError as error:
        raise write_refusal("cannot-write", error, path=str(error.filename)) from None
    said = message_language(args)
    for lang, path in zip(plan.paths(), written):
        origin = plan.origins[lang]
        print(display_path(path))
        print("  " + (say("templates-from-bundled", said) if origin == "bundled"
                      else say("templates-from", said, path=display_path(origin))), file=sys.stderr)
    if kept:
        print(say("templates-kept", said, names=", ".join(display_path(path) for path in kept)), file=sys.stderr)
    if plan.dropped:
        print(say("templates-dropped", said, names=", ".join(plan.dropped)), file=sys.stderr)
    if any(origin != "bundled" for origin in plan.origins.values()):
        print(say("templates-edit", said), file=sys.stderr)
    print(say("templates-done", said), file=sys.stderr)
    return 0
