"""Posting Editor / Éditeur d'offres: bilingual job postings for Hugo sites."""

__version__ = "0.1.0"
