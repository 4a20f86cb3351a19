"""The `policywatch` command line: the only place that turns exceptions into text and exit
codes.

    main      the click group; it adds the commands of each family below
    common    the shared options, config loading, the clock, error handling
    watch     run, daemon, sources, demo
    files     extract, actions, ingest (local files)
    history   history, show, search (read the store)
    diff      diff: an edit word by word, between any two revisions
    outbox    digest --preview, deliveries (and retry)
    maintain  reclean
    render    human-readable output
"""

from __future__ import annotations

from .main import cli, main

__all__ = ["cli", "main"]
