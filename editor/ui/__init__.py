"""Thin Qt widgets over editor.model."""
