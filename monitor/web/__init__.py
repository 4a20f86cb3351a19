"""`policywatch serve`: a read-only web view of the store, Atom feeds and a JSON API.

Server-rendered (Starlette + Jinja2 on uvicorn), no script anywhere: every page reads with
JavaScript off, and the Content-Security-Policy forbids script outright. Fetched text is
hostile, so every template autoescapes and links are kept only when they are http(s).
"""

from __future__ import annotations

from .app import LOOPBACK_HOSTS, create_app
from .edits import Edit, Segment, edit_from_pairs, edit_of, word_diff
from .security import CSP, TOKEN_ENV, is_loopback

__all__ = ["CSP", "LOOPBACK_HOSTS", "TOKEN_ENV", "Edit", "Segment", "create_app",
           "edit_from_pairs", "edit_of", "is_loopback", "word_diff"]
