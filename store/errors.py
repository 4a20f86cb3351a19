"""Typed store exceptions; only the CLI turns them into user text.

    StoreError
     ├─ DatabaseUnavailable   (cannot open or write the database: path, permissions, disk full)
     │   └─ DatabaseMissing   (a read-only open found no database file: nothing stored yet)
     ├─ SchemaTooNew          (the database was migrated by a newer policywatch)
     └─ NotFound              (no such document, revision or delivery)
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DatabaseMissing", "DatabaseUnavailable", "NotFound", "SchemaTooNew", "StoreError"]


class StoreError(Exception):
    """Base of every store error."""


class DatabaseUnavailable(StoreError):
    """The database cannot be opened or written."""


class DatabaseMissing(DatabaseUnavailable):
    """A command that only reads found no database file where the config points."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class SchemaTooNew(StoreError):
    """The database holds migrations this version does not know."""


class NotFound(StoreError):
    """The requested record does not exist."""
