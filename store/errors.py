"""Typed store exceptions; only the CLI turns them into user text.

    StoreError
     ├─ DatabaseUnavailable   (cannot open or write the database: path, permissions, disk full)
     ├─ SchemaTooNew          (the database was migrated by a newer policywatch)
     └─ NotFound              (no such document, revision or delivery)
"""

from __future__ import annotations

__all__ = ["DatabaseUnavailable", "NotFound", "SchemaTooNew", "StoreError"]


class StoreError(Exception):
    """Base of every store error."""


class DatabaseUnavailable(StoreError):
    """The database cannot be opened or written."""


class SchemaTooNew(StoreError):
    """The database holds migrations this version does not know."""


class NotFound(StoreError):
    """The requested record does not exist."""
