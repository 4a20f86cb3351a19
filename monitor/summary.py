"""The counts of one cycle (or one check), printed by `run` and logged by the daemon."""

from __future__ import annotations

from dataclasses import dataclass, field

from store import TrackResult

__all__ = ["RunSummary"]


@dataclass
class RunSummary:
    """Counts for one cycle, printed by `run` and returned as JSON."""

    started_at: str = ""
    sources: int = 0
    sources_failed: int = 0
    baselines: int = 0
    fetched: int = 0
    new: int = 0
    revisions: int = 0
    unchanged: int = 0
    not_modified: int = 0
    duplicates: int = 0
    removed: int = 0
    failed: int = 0
    skipped: int = 0
    digests: int = 0
    delivered: int = 0
    delivery_failures: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    dead: int = 0  # deliveries parked as dead in this run

    def count(self, result: TrackResult) -> None:
        """Add one tracked page to the counts."""
        attr = {"new": "new", "revision": "revisions", "unchanged": "unchanged",
                "duplicate": "duplicates"}[result.status]
        setattr(self, attr, getattr(self, attr) + 1)
