"""Errors Lagebild raises: each names the input it is about and says what to do."""

from __future__ import annotations


class LagebildError(Exception):
    """Base class of every error Lagebild raises on purpose."""


class InputError(LagebildError):
    """One input (file, record, URL, feed) could not be read.

    ``source`` names the input as the user gave it (``path``, ``path:line`` for
    JSONL, or the URL); the message says what is wrong and, where possible, what
    to do about it.
    """

    def __init__(self, source: str, message: str):
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class StoreError(LagebildError):
    """The database could not be opened, migrated or written."""


class ModelMissingError(LagebildError):
    """A shipped model file is missing from the installation."""
