"""Rules that examine postings; one module per family."""
