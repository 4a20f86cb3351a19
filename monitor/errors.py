"""Errors the monitor raises for the CLI to explain.

    MonitorError
     ├─ ConfigError   (the config file is missing, malformed or invalid)
     └─ InputError    (a local file given to extract/ingest cannot be read)
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "MonitorError"]


class MonitorError(Exception):
    """Base of the monitor's own errors."""


class ConfigError(MonitorError):
    """The config cannot be used; the message names the file, the key and the fix."""


class InputError(MonitorError):
    """A local input cannot be read."""
