"""The page frames of bench/replay.py, and three shapes it adds to the replay (issue 14.5).

- **Briefing transcripts re-checked**: transcripts ("Department Press Briefing", "Briefing
  with ...") are long, made of many short turns that recur from one transcript to the
  next; every re-check of one never edited must announce nothing (as for any untouched
  release, which the replay also counts).
- **Re-posts a day late**: every LATE_EVERY-th release is re-posted on a third "late"
  feed LATE_GAP after its original (its digest long sent), in a frame and with an intro
  line of our own: stored as a duplicate of its original, never announced.
- **Copies edited**: some re-posts on the mirror are edited at the mirror later
  (COPY_EDIT_GAP after they appeared). An edit of our own words (a sentence added) must
  be announced once as a change of the original, naming the mirror URL (`edited_at`);
  a copy rewritten into another statement (every sentence's names, numbers and a share
  of its words swapped: the way one template filled in twice differs) must be announced
  once as new at the mirror URL, with `was_copy_of` naming the original.

The texts of edits are made here from our own words or by swapping words of the data;
nothing of ../shared/data is copied into the project.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

LATE_GAP = timedelta(hours=26)
LATE_EVERY = 17
COPY_EDIT_GAP = timedelta(hours=30)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
_BRIEFING = re.compile(r"\bbriefing\b", re.IGNORECASE)


class ReleaseLike(Protocol):
    path: str
    title: str
    published: datetime
    seen: datetime
    versions: list[str]


# -- frames: our own, government-style ------------------------------------------------------

def frame(release: ReleaseLike, body: str, now: datetime, related: list[Any]) -> str:
    """Our own government-style page frame; the parts that change each step are all frame."""
    links = "".join(f'<li><a href="{r.path}">{html.escape(r.title)}</a></li>' for r in related)
    stamp = now.strftime("%Y%m%d%H%M")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(release.title)} - United States Department of Examples</title>
<meta property="article:published_time" content="{release.published.isoformat()}">
<link rel="canonical" href="{release.path}"><style>.x{{color:red}}</style>
<script>window.dataLayer=[{{"build":"{stamp}"}}];</script></head>
<body class="page build-{stamp}"><a class="usa-skipnav" href="#main">Skip to main content</a>
<section class="usa-banner"><p>An official website of the United States government</p>
<button>Here's how you know</button></section>
<header class="site-header"><nav class="usa-nav" aria-label="Primary"><ul>
<li>Policy Issues <button>Show submenu for “Policy Issues”</button></li>
<li>Countries &amp; Areas <button>Show submenu for “Countries &amp; Areas”</button></li>
<li>Bureaus &amp; Offices <button>Show submenu for “Bureaus &amp; Offices”</button></li>
<li>About <button>Show submenu for “About”</button></li></ul>
<form role="search"><input type="search" placeholder="Search"><button>Search</button></form>
</nav></header>
<nav class="usa-breadcrumb"><ol><li><a href="/">Home</a></li><li>Press Releases</li></ol></nav>
<main id="main"><article class="press-release"><h1 class="featured-content__headline">
{html.escape(release.title)}</h1><p class="article-meta">Press Statement</p>
<div class="entry-content">{body}</div>
<div class="share-bar">Share <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a></div>
</article><aside class="related"><h2>Related Articles</h2><ul>{links}</ul></aside></main>
<footer class="usa-footer"><a href="#top">Back to Top</a><p>Page generated {stamp}</p>
<ul><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/foia/">FOIA</a></li></ul>
</footer></body></html>"""


def mirror_frame(release: ReleaseLike, body: str) -> str:
    """A second, different frame for re-posts, with an intro line of its own."""
    title = html.escape(release.title)
    return f"""<!DOCTYPE html><html><head><title>{title} | Mirror Office</title></head>
<body><div id="top-bar"><a href="#content">Skip to content</a> <ul class="menu">
<li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></div>
<div id="content" class="node node--type-article"><h1 class="page-title">
{html.escape(release.title)}</h1><div class="field field--name-body">
<p>The following statement was released by the Department of State:</p>{body}</div></div>
<div class="region-footer">Mirror Office · <a href="#top">Top</a></div></body></html>"""



def late_frame(title: str, body: str, published: datetime) -> str:
    """A third frame for re-posts a day late, with an intro line of its own."""
    day = published.strftime("%B %d, %Y")
    return f"""<!DOCTYPE html><html><head><title>{html.escape(title)} | Regional Hub</title>
</head><body><header class="hub-header"><a href="/late/">Regional Hub</a>
<nav><a href="/late/">News</a> <a href="/late/about/">About us</a></nav></header>
<main><article><h1>{html.escape(title)}</h1>
<p class="lede">Originally released by the Department of State on {day}.</p>
<div class="article-body">{body}</div></article></main>
<footer class="hub-footer">Regional Hub news service</footer></body></html>"""


def paragraphs(body: str) -> list[str]:
    """The plain text of each block of a body."""
    blocks = re.split(r"</?(?:p|div|h\d|li|blockquote)\b[^>]*>", body, flags=re.IGNORECASE)
    texts = (" ".join(html.unescape(_TAG.sub("", b)).split()) for b in blocks)
    return [t for t in texts if t]


def added_sentence(release: ReleaseLike, at: datetime) -> str:
    """An edit of our own words: a sentence added at the copy's URL."""
    body = release.versions[-1]
    note = (f"<p>Update of {at.strftime('%B %d')}: the Mirror Office has since added its own "
            f"endorsement to this statement and will publish a translation next week.</p>")
    return body + note


def rewritten(release: ReleaseLike, donors: list[str], rng: random.Random) -> str:
    """Another statement on the copy's frame: names, numbers and a third of the longer
    words of every sentence swapped for those of other releases."""
    names = sorted({w for d in donors for w in _WORD.findall(d) if w[:1].isupper()})
    plain = sorted({w for d in donors for w in _WORD.findall(d) if w.islower() and len(w) > 3})

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.isdigit():
            return str(rng.randint(2, 10 ** len(word)))
        if word[:1].isupper() and match.start() > 0:
            return rng.choice(names)
        if word.islower() and len(word) > 3 and rng.random() < 0.34:
            return rng.choice(plain)
        return word

    return "".join(f"<p>{html.escape(_WORD.sub(swap, p))}</p>"
                   for p in paragraphs(release.versions[-1]))


def copy_edits(
    reposted: dict[str, Any], rng: random.Random
) -> dict[str, tuple[str, Callable[[datetime], str]]]:
    """Mirror paths whose copy is edited later: ("edited" | "apart", body at a time)."""
    out: dict[str, tuple[str, Callable[[datetime], str]]] = {}
    items = list(reposted.items())
    donors = [p for _, r in items for p in paragraphs(r.versions[0])]
    for k, (path, release) in enumerate(items):
        if k % 3 == 1:
            at = release.seen + COPY_EDIT_GAP  # one edit: its text does not move later
            out[path] = ("edited", lambda _, r=release, at=at: added_sentence(r, at))
        elif k % 3 == 2:
            body = rewritten(release, donors, rng)
            out[path] = ("apart", lambda at, b=body: b)
    return out


def is_briefing(title: str) -> bool:
    return bool(_BRIEFING.search(title))


def report_shapes(items: list[dict[str, Any]], releases: list[Any], untouched: set[str],
                  late: dict[str, Any], edits: dict[str, tuple[str, Any]],
                  rechecked: dict[str, int], late_stored: dict[str, str | None]) -> bool:
    """Print the three shapes' lines; True when all hold."""
    by_path = {r.path: r for r in releases}
    changed = [i for i in items if i["kind"] == "changed"]
    false_alarms = sorted({_path(i["url"]) for i in changed if not i.get("edited_at")}
                          & untouched)
    briefings = {p for p in untouched if is_briefing(by_path[p].title)}
    briefing_checks = sum(rechecked.get(p, 0) for p in briefings)
    briefing_alarms = [p for p in false_alarms if p in briefings]
    print(f"untouched releases        {len(untouched)}; announced as changed: "
          f"{len(false_alarms)} {false_alarms[:3]}")
    print(f"briefing transcripts      {len(briefings)} untouched, re-checked {briefing_checks} "
          f"times; announced as changed: {len(briefing_alarms)}")
    announced = [_path(i["url"]) for i in items if i["kind"] in ("new", "changed")]
    late_announced = [p for p in announced if p.startswith("/late/")]
    late_paired = sum(1 for p, r in late.items() if late_stored.get(p) == r.path)
    print(f"re-posts a day late       {len(late)}; stored as duplicates of their original: "
          f"{late_paired}; announced: {len(late_announced)}")
    edited = {p for p, (kind, _) in edits.items() if kind == "edited"}
    apart = {p for p, (kind, _) in edits.items() if kind == "apart"}
    edit_items = [i for i in changed for u in i.get("edited_at", []) if _path(u) in edited]
    right = {_path(u) for i in edit_items for u in i["edited_at"]
             if _path(i["url"]) == "/" + _path(u).split("/", 2)[2]}
    new_apart = [_path(i["url"]) for i in items if i["kind"] == "new"
                 and _path(i["url"]) in apart and i.get("was_copy_of")]
    print(f"copies edited             {len(edited)}; announced as a change of their original "
          f"naming the copy: {len(right)} (items {len(edit_items)})")
    print(f"copies edited apart       {len(apart)}; announced once as new with was_copy_of: "
          f"{sum(1 for p in apart if new_apart.count(p) == 1)}")
    return (not false_alarms and not late_announced and late_paired == len(late)
            and len(right) == len(edited) == len(edit_items)
            and all(new_apart.count(p) == 1 for p in apart))


def _path(url: str) -> str:
    return "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url
