"""Built-in defaults: the names of the config and database, and the sources watched when no
config file exists at all (real US government feeds and listings)."""

from __future__ import annotations

from typing import Any

__all__ = ["APP_NAME", "CONFIG_NAME", "DEFAULT_DATABASE", "DEFAULT_SOURCES"]

APP_NAME = "policywatch"  # the user config and data folders are named after it
CONFIG_NAME = "policywatch.toml"
DEFAULT_DATABASE = "sqlite:///policywatch.db"  # beside the config, else in the data folder

DEFAULT_SOURCES: tuple[dict[str, Any], ...] = (
    {"name": "White House news", "url": "https://www.whitehouse.gov/news/feed/",
     "kind": "feed", "every": "15m"},
    {"name": "White House presidential actions",
     "url": "https://www.whitehouse.gov/presidential-actions/feed/", "kind": "feed",
     "every": "15m"},
    {"name": "State Department press releases",
     "url": "https://www.state.gov/rss-feed/press-releases/feed/", "kind": "feed",
     "every": "15m"},
    {"name": "Justice Department press releases",
     "url": "https://www.justice.gov/news/rss?type=press_release&m=1", "kind": "feed",
     "every": "30m"},
    {"name": "Treasury press releases", "url": "https://home.treasury.gov/news/press-releases",
     "kind": "listing", "every": "30m", "include": [r"/news/press-releases/[a-z]{2}\d+$"]},
    {"name": "DEA press releases", "url": "https://www.dea.gov/what-we-do/news/press-releases",
     "kind": "listing", "every": "1h", "include": [r"/press-releases/\d{4}/\d{2}/\d{2}/"]},
)
