"""The package list: editor and its subpackages, plus editor.data, which is the top-level resources/ folder,
and the vendored grammalecte (vendor/grammalecte/grammalecte), both mapped in pyproject.toml. Everything else about the build is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["editor", "editor.*"]), "editor.data",
                "grammalecte", "grammalecte.fr", "grammalecte.graphspell"])
