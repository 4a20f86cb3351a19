"""The HTML pages and the Atom feeds. Handlers are plain functions: Starlette runs them in
its thread pool, so a slow query never blocks the event loop."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from alerts import SubscriptionConfig
from store import ACTION_KINDS, NotFound

from . import data
from .atom import ATOM_TYPE, FeedEntry, feed_entries, feed_xml
from .params import BadParameter, findings_filter, search_params
from .state import state_of

__all__ = ["deliveries", "document", "feed", "index", "search", "sources",
           "subscription_feed"]

SEARCH_PAGE = 25
DELIVERY_STATUSES = ("pending", "sent", "dead")


def index(request: Request) -> HTMLResponse:
    """`/`: the latest findings, filtered and paginated."""
    view = state_of(request)
    filters = findings_filter(request.query_params)
    page = view.store.findings(filters)
    return view.render(request, "index.html", page=page, filters=filters,
                       sources=view.store.source_names(), action_kinds=ACTION_KINDS,
                       title="Latest findings")


def document(request: Request) -> HTMLResponse:
    """`/documents/{id}`: one statement, its text, revisions word by word, actions."""
    view = state_of(request)
    found = view.store.document_view(int(request.path_params["id"]))
    edits = {r.number: data.edit(r) for r in found.revisions if r.number > 1}
    return view.render(request, "document.html", view=found, edits=edits,
                       action_kinds=ACTION_KINDS, title=found.document.title or "Untitled")


def search(request: Request) -> HTMLResponse:
    """`/search?q=`: every word of the query, as a prefix."""
    view = state_of(request)
    query, page = search_params(request.query_params)
    hits = view.store.search_documents(query, SEARCH_PAGE + 1, (page - 1) * SEARCH_PAGE) \
        if query else []
    return view.render(request, "search.html", q=query, hits=hits[:SEARCH_PAGE], page=page,
                       more=len(hits) > SEARCH_PAGE, title="Search")


def sources(request: Request) -> HTMLResponse:
    """`/sources`: each source's health."""
    view = state_of(request)
    return view.render(request, "sources.html", sources=view.store.sources(), title="Sources")


def deliveries(request: Request) -> HTMLResponse:
    """`/deliveries`: the outbox, newest first."""
    view = state_of(request)
    status = request.query_params.get("status") or None
    if status is not None and status not in DELIVERY_STATUSES:
        raise BadParameter(f'status: "{status}" is not one of {", ".join(DELIVERY_STATUSES)}.')
    found = view.store.recent_deliveries(status, limit=200)
    return view.render(request, "deliveries.html", deliveries=found, current=status,
                       shown_target=data.shown_target, statuses=DELIVERY_STATUSES,
                       title="Deliveries")


def _feed(request: Request, sub: SubscriptionConfig, title: str) -> Response:
    view = state_of(request)
    now = view.clock()
    entries = feed_entries(view.store, sub, now)
    base = str(request.base_url).rstrip("/")
    # The entry template made a module once, its macro called per entry: rendering the
    # template per entry imported its macros again for each one.
    entry_html = view.templates.get_template("entry.html").make_module(
        {"base": base, "safe_href": data.safe_href, "action_kinds": ACTION_KINDS})
    macro = entry_html.content  # type: ignore[attr-defined]  # a template's name, untyped

    def content(entry: FeedEntry) -> str:
        return str(macro(entry))

    self_url = base + quote(request.url.path)
    body = feed_xml(title=title, feed_id=self_url, self_url=self_url,
                    site_url=base + "/", entries=entries, now=now, content=content,
                    document_url=lambda doc_id: f"{base}/documents/{doc_id}",
                    safe_href=data.safe_href)
    return Response(body, media_type=ATOM_TYPE)


def feed(request: Request) -> Response:
    """`/feed.atom`: everything announced."""
    return _feed(request, SubscriptionConfig(name="everything"), "policywatch: everything")


def subscription_feed(request: Request) -> Response:
    """`/feeds/{subscription}.atom`: what that subscription's digests carry."""
    name = request.path_params["name"]
    sub = next((s for s in state_of(request).subscriptions if s.name == name), None)
    if sub is None:
        names = ", ".join(s.name for s in state_of(request).subscriptions) or "none configured"
        raise NotFound(f'no subscription "{name}" in the config (subscriptions: {names}).')
    return _feed(request, sub, f"policywatch: {sub.name}")
