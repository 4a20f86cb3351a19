"""Replay real state.gov press releases (2021) through `policywatch run --once --now`.

A loopback server plays the State Department's press-release feed as it was: at each
step the feed lists the 10 newest releases, each page wrapped in a government-style frame
of our own (banner, menus, a "Related" list and a footer timestamp that change at every
step), and later versions of edited releases are served from a later step on. Every
REPOST_EVERY-th release is re-posted later on a second "mirror" feed, in another frame with
an intro line. A subscription posts every digest to a webhook receiver in this process.
Three more shapes (bench/_replay_shapes.py): briefing transcripts re-checked, re-posts a
day late on a third feed, and mirror copies edited later (a sentence added; rewritten
into another statement).
After the replay the database must hold every release once, a revision for every text
edit (but those made only in lines of the host's learned template, such as a byline), and
no revision for a markup-only edit; every release after the baseline must be
in exactly one digest as new, and no markup-only or punctuation-only edit and no re-post
announced.

    .venv/bin/python bench/replay.py [--limit N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from _replay_shapes import (
    COPY_EDIT_GAP,
    LATE_EVERY,
    LATE_GAP,
    copy_edits,
    frame,
    late_frame,
    mirror_frame,
    report_shapes,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "state-gov-2021" / "items.jsonl.gz"
EDIT_GAP = timedelta(hours=3)  # a later version appears this long after the previous one
REPOST_GAP = timedelta(hours=5)  # a re-post appears on the mirror this long after the original
REPOST_EVERY = 15
FEED_SIZE = 10
TAIL_STEP, TAIL_STEPS = timedelta(hours=12), 6


@dataclass
class Release:
    path: str
    title: str
    published: datetime
    seen: datetime
    versions: list[str]  # body HTML, first to last
    edit_times: list[datetime] = field(default_factory=list)

    def body_at(self, now: datetime) -> str:
        shown = sum(1 for t in self.edit_times if t <= now)
        return self.versions[shown]


_INLINE = re.compile(r"</?(?:a|em|strong|b|i|u|span|sup|sub|small|abbr|cite|q|mark)\b[^>]*>",
                     re.IGNORECASE)


def words(body: str) -> list[str]:
    """The words a reader sees: inline tags join their text, block tags separate it."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", _INLINE.sub("", body)))
    return re.findall(r"\w+", text.lower())


def load(limit: int | None) -> list[Release]:
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines]
    items.sort(key=lambda i: i["first_seen_time"])
    releases = []
    for item in items[:limit]:
        seen = datetime.fromisoformat(item["first_seen_time"])
        versions = [item["content_encoded"], *(item.get("later_contents") or [])]
        release = Release(urlsplit(item["link"]).path, item["title"],
                          datetime.strptime(item["pubDate"], "%a, %d %b %Y %H:%M:%S %z"),
                          seen, versions)
        release.edit_times = [seen + EDIT_GAP * (k + 1) for k in range(len(versions) - 1)]
        releases.append(release)
    return releases


class Replay:
    """The loopback server's state: which releases exist at the replay's current time."""

    def __init__(self, releases: list[Release]) -> None:
        self.releases = {r.path: r for r in releases}
        self.order = releases
        self.reposted = {"/mirror" + r.path: r for r in releases[REPOST_EVERY::REPOST_EVERY]}
        self.late = {"/late" + r.path: r for r in releases[LATE_EVERY::LATE_EVERY]
                     if "/mirror" + r.path not in self.reposted}
        self.edits = copy_edits(self.reposted, random.Random(14))
        self.now = releases[0].seen
        self.base = ""
        self.digests: list[dict[str, object]] = []

    def released(self) -> list[Release]:
        return [r for r in self.order if r.seen <= self.now]

    def feed(self) -> str:
        newest = sorted(self.released(), key=lambda r: r.seen, reverse=True)[:FEED_SIZE]
        items = "".join(
            f"<item><title>{html.escape(r.title)}</title><link>{self.base}{r.path}</link>"
            f"<pubDate>{format_datetime(r.published)}</pubDate></item>" for r in newest)
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>Press releases</title><link>{self.base}/</link>{items}</channel></rss>")

    def mirror_feed(self) -> str:
        shown = [(p, r) for p, r in self.reposted.items() if r.seen + REPOST_GAP <= self.now]
        items = "".join(f"<item><title>{html.escape(r.title)}</title><link>{self.base}{p}</link>"
                        f"</item>" for p, r in shown[-FEED_SIZE:])
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Mirror</title>'
                f"<link>{self.base}/mirror/</link>{items}</channel></rss>")

    def late_feed(self) -> str:
        shown = [(p, r) for p, r in self.late.items() if r.seen + LATE_GAP <= self.now]
        items = "".join(f"<item><title>{html.escape(r.title)}</title><link>{self.base}{p}</link>"
                        f"</item>" for p, r in shown[-FEED_SIZE:])
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Late</title>'
                f"<link>{self.base}/late/</link>{items}</channel></rss>")

    def page(self, path: str) -> str | None:
        if path in self.reposted:
            release = self.reposted[path]
            if release.seen + REPOST_GAP > self.now:
                return None
            if path in self.edits and release.seen + REPOST_GAP + COPY_EDIT_GAP <= self.now:
                return mirror_frame(release, self.edits[path][1](self.now))
            return mirror_frame(release, release.body_at(self.now))
        if path in self.late:
            release = self.late[path]
            if release.seen + LATE_GAP > self.now:
                return None
            return late_frame(release.title, release.body_at(self.now), release.published)
        release = self.releases.get(path)
        if release is None or release.seen > self.now:
            return None
        related = [r for r in self.released()[-4:] if r is not release][:3]
        return frame(release, release.body_at(self.now), self.now, related)


def serve(replay: Replay) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            replay.digests.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == "/feed.xml":
                body, kind = replay.feed(), "application/rss+xml; charset=utf-8"
            elif path == "/mirror/feed.xml":
                body, kind = replay.mirror_feed(), "application/rss+xml; charset=utf-8"
            elif path == "/late/feed.xml":
                body, kind = replay.late_feed(), "application/rss+xml; charset=utf-8"
            elif path == "/robots.txt":
                body, kind = "User-agent: *\nAllow: /\n", "text/plain"
            else:
                page = replay.page(path)
                if page is None:
                    self.send_error(404)
                    return
                body, kind = page, "text/html; charset=utf-8"
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def steps(releases: list[Release]) -> list[datetime]:
    """Run times: whenever a release appears (at most FEED_SIZE per step) or an edit lands."""
    reposts = {r.seen + REPOST_GAP for r in releases[REPOST_EVERY::REPOST_EVERY]}
    copy_edited = {t + COPY_EDIT_GAP for t in reposts}
    late = {r.seen + LATE_GAP for r in releases[LATE_EVERY::LATE_EVERY]}
    times = sorted({r.seen for r in releases} | {t for r in releases for t in r.edit_times}
                   | reposts | copy_edited | late)
    # Checks go on after the last event, so that its pages are re-checked too.
    return times + [times[-1] + TAIL_STEP * (k + 1) for k in range(TAIL_STEPS)]


def expected(releases: list[Release]) -> tuple[int, int]:
    text_edits = markup_edits = 0
    for r in releases:
        for before, after in zip(r.versions, r.versions[1:], strict=False):
            if words(before) == words(after):
                markup_edits += 1
            else:
                text_edits += 1
    return text_edits, markup_edits


def _blocks(body: str) -> set[str]:
    """The text of each block of a release body, as the cleaner cuts them."""
    text = html.unescape(_INLINE.sub("", body))
    return {" ".join(b.split()) for b in re.split(r"<[^>]+>", text) if b.strip()}


def template_only(conn: sqlite3.Connection, releases: list[Release]) -> int:
    """Edits made only in lines the host's learned template drops (a byline, a dateline):
    the statement's text did not change, so they rightly make no revision."""
    from monitor.clean.template import block_fingerprint, in_template
    from monitor.templates import TEMPLATE_MIN_PAGES

    frame = {f for (f,) in conn.execute("SELECT fingerprint FROM host_templates WHERE pages >= ?",
                                        (TEMPLATE_MIN_PAGES,))}
    count = 0
    for r in releases:
        for before, after in zip(r.versions, r.versions[1:], strict=False):
            if words(before) == words(after):
                continue
            changed = _blocks(before) ^ _blocks(after)
            count += all(in_template(b, frame) or not block_fingerprint(b)
                         for b in changed)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="replay only the first N releases")
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    args = parser.parse_args()
    if not DATA.is_file():
        sys.exit(f"{DATA} is missing: this benchmark needs ../shared/data beside the project")
    releases = load(args.limit)
    replay = Replay(releases)
    server = serve(replay)
    replay.base = f"http://127.0.0.1:{server.server_address[1]}"
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="pw-replay-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "replay.db"
    db.unlink(missing_ok=True)
    config = workdir / "replay.toml"
    config.write_text(f'[storage]\ndatabase = "sqlite:///{db}"\n[fetch]\ndelay = 0\n'
                      f'[[sources]]\nname = "state.gov press releases (2021 replay)"\n'
                      f'url = "{replay.base}/feed.xml"\nkind = "feed"\nevery = "15m"\n'
                      f'[[sources]]\nname = "mirror"\nurl = "{replay.base}/mirror/feed.xml"\n'
                      f'[[sources]]\nname = "late"\nurl = "{replay.base}/late/feed.xml"\n'
                      f'[[subscriptions]]\nname = "everything"\nwebhook = "{replay.base}/hook"\n',
                      encoding="utf-8")
    durations, totals = [], {"new": 0, "revisions": 0, "unchanged": 0, "duplicates": 0,
                             "failed": 0}
    for now in steps(releases):
        replay.now = now
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "monitor", "run", "--once", "--json", "--config", str(config),
             "--now", now.isoformat()], capture_output=True, text=True, check=False)
        durations.append(time.perf_counter() - started)
        if result.returncode != 0:
            sys.exit(f"run failed at {now}: {result.stderr}")
        summary = json.loads(result.stdout)
        for key in totals:
            totals[key] += summary[key]
    server.shutdown()
    ok = report(releases, db, durations, totals, args)
    ok = report_digests(replay, releases, steps(releases)[0]) and ok
    ok = shapes(replay, releases, db) and ok
    print("RESULT", "PASS" if ok else "FAIL")


def report_digests(replay: Replay, releases: list[Release], first_run: datetime) -> bool:
    """Every release after the baseline in exactly one digest; edits as changed; no noise."""
    items = [item for d in replay.digests for item in d["items"]]  # type: ignore[attr-defined]
    new = [urlsplit(i["url"]).path for i in items if i["kind"] == "new"]
    changed = [urlsplit(i["url"]).path for i in items  # edits of copies: _replay_shapes
               if i["kind"] == "changed" and not i.get("edited_at")]
    baseline = {r.path for r in releases if r.seen <= first_run}
    seen_texts: set[tuple[str, ...]] = set()
    data_reposts = set()  # state.gov itself posted some statements twice, at two URLs
    for r in releases:
        key = tuple(words(r.versions[0]))
        if key in seen_texts:
            data_reposts.add(r.path)
        seen_texts.add(key)
    after = [r.path for r in releases if r.path not in baseline | data_reposts]
    once = sum(1 for p in after if new.count(p) == 1)
    pairs = [(r.path, a, b) for r in releases
             for a, b in zip(r.versions, r.versions[1:], strict=False)]
    worded = {path for path, a, b in pairs if words(a) != words(b)}
    # Letters and digits changed: a text edit. Only punctuation or spacing ("Washington,
    # D.C." -> "Washington, DC", a glued name split): cosmetic, trivial, never announced.
    text_edited = {path for path, a, b in pairs if "".join(words(a)) != "".join(words(b))}
    cosmetic = worded - text_edited
    markup_only = {r.path for r in releases if len(r.versions) > 1} - worded
    reposts_announced = [p for p in new + changed if p.startswith("/mirror/")
                         and replay.edits.get(p, ("",))[0] != "apart"]
    also_at = sum(1 for i in items for u in i["also_at"] if "/mirror/" in u)
    print(f"digests received          {len(replay.digests)} with {len(items)} items")
    print(f"releases after baseline   {len(after)}; in exactly one digest as new: {once}; "
          f"baseline releases announced: {sum(1 for p in new if p in baseline)}")
    print(f"text-edited releases      {len(text_edited)}; announced as changed: "
          f"{len(text_edited & set(changed))}; changed items in all: {len(changed)}")
    print(f"cosmetic-only releases    {len(cosmetic)} (punctuation or spacing); announced: "
          f"{len(cosmetic & set(changed))}")
    print(f"markup-only releases      {len(markup_only)}; announced: "
          f"{len(markup_only & set(changed))}")
    print(f"re-posts on the mirror    {len(replay.reposted)}; announced as items: "
          f"{len(reposts_announced)}; listed as also_at: {also_at}")
    print(f"re-posts in the data      {len(data_reposts)} (same text at a second state.gov URL); "
          f"announced as new: {len(data_reposts & set(new))}")
    return (once == len(after) and not reposts_announced
            and not ((markup_only | cosmetic) & set(changed))
            and not (data_reposts & set(new)))


def shapes(replay: Replay, releases: list[Release], db: Path) -> bool:
    """Briefing transcripts re-checked, re-posts a day late, copies edited (and apart)."""
    items = [item for d in replay.digests for item in d["items"]]  # type: ignore[attr-defined]
    conn = sqlite3.connect(db)
    rechecked = dict(conn.execute(
        "SELECT d.fetch_url, count(*) FROM fetches f JOIN documents d ON d.id = f.document_id"
        " WHERE f.outcome IN ('unchanged', 'revision', 'not_modified') GROUP BY d.fetch_url"))
    stored = conn.execute("SELECT d.fetch_url, o.fetch_url FROM documents d LEFT JOIN "
                          "documents o ON o.id = d.duplicate_of").fetchall()
    conn.close()
    untouched = {r.path for r in releases if len(r.versions) == 1}
    return report_shapes(
        items, releases, untouched, replay.late, replay.edits,
        {urlsplit(u).path: n for u, n in rechecked.items()},
        {urlsplit(u).path: urlsplit(o).path if o else None for u, o in stored})


def frame_leaks(conn: sqlite3.Connection) -> tuple[list[str], dict[str, int]]:
    """Current texts, and how many hold a line of our frames that sits inside the article."""
    lines = ("Press Statement", "The following statement was released by the Department")
    current = [t for (t,) in conn.execute(
        "SELECT r.text FROM revisions r JOIN documents d ON d.id = r.document_id "
        "AND r.number = d.revision_count")]
    return current, {line: sum(1 for t in current
                               if any(p.startswith(line) for p in t.split("\n\n")))
                     for line in lines}


def report(releases: list[Release], db: Path, durations: list[float], totals: dict[str, int],
           args: argparse.Namespace) -> bool:
    conn = sqlite3.connect(db)
    paths = [urlsplit(u).path for (u,) in conn.execute("SELECT fetch_url FROM documents")]
    stored_once = sum(1 for r in releases if paths.count(r.path) == 1)
    text_edits, markup_edits = expected(releases)
    # Revisions of the releases themselves (the copies' edits: _replay_shapes).
    revisions = conn.execute(
        "SELECT r.change, count(*) FROM revisions r JOIN documents d ON d.id = r.document_id"
        " WHERE r.number > 1 AND d.fetch_url NOT LIKE '%/mirror/%' AND d.fetch_url NOT LIKE"
        " '%/late/%' GROUP BY r.change").fetchall()
    revision_count = sum(n for _, n in revisions)
    duplicates = conn.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
                              ).fetchone()[0]
    # Lines of our frames that sit inside the article, where only the host's template
    # can tell them from the statement: none may be in a document's current text.
    current, leaks = frame_leaks(conn)
    command = "python bench/replay.py" + (f" --limit {args.limit}" if args.limit else "")
    print(f"releases replayed         {len(releases)} in {len(durations)} runs of run --once")
    print(f"stored exactly once       {stored_once}/{len(releases)}"
          f"  (documents in store: {len(paths)}, of which {duplicates} marked duplicate)")
    absorbed = template_only(conn, releases)
    print(f"text edits in the data    {text_edits}; revisions made {revision_count} "
          f"({dict(revisions)}); {absorbed} only in lines of the host's template")
    print(f"markup-only edits         {markup_edits} (must make no revision)")
    print(f"seconds per run           median {statistics.median(durations):.2f}, "
          f"p95 {sorted(durations)[int(len(durations) * 0.95) - 1]:.2f}, "
          f"total {sum(durations):.0f}")
    print(f"run totals                {totals}")
    print(f"frame lines in the text   {leaks} (of {len(current)} current texts)")
    recleaned = subprocess.run(
        [sys.executable, "-m", "monitor", "reclean", "--json", "--config",
         str(db.parent / "replay.toml")], capture_output=True, text=True, check=False)
    print(f"reclean                   {recleaned.stdout.strip() or recleaned.stderr.strip()}")
    print(f"frame lines after reclean {frame_leaks(sqlite3.connect(db))[1]}")
    print(f"database                  {db} ({db.stat().st_size / 1e6:.1f} MB)")
    print(f"reproduce with            {command}")
    return stored_once == len(releases) and text_edits - absorbed <= revision_count <= text_edits


if __name__ == "__main__":
    main()
