"""The ``posting-editor`` command line; ``main`` is its entry point (see ``editor.cli.main``)."""

from editor.cli.main import main

__all__ = ["main"]
