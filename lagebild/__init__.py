"""Lagebild: many news articles in, one sourced picture per story out."""
__version__ = "0.1.0"
