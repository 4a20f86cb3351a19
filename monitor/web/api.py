"""`/api/...`: the pages' data as JSON, same filters, same order."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse

from . import data
from .params import BadParameter, filter_query, findings_filter, page_size, search_params
from .state import state_of

__all__ = ["deliveries", "document", "findings", "search", "sources", "subscriptions"]

STATUSES = ("pending", "sent", "dead")


def findings(request: Request) -> JSONResponse:
    """`/api/findings`: `{"findings": [...], "next": URL or null}`."""
    view = state_of(request)
    page = view.store.findings(findings_filter(request.query_params),
                               page_size(request.query_params))
    following = None
    if page.next_before is not None:
        rest = filter_query(request.query_params, before=page.next_before)
        following = f"{request.url.path}?{rest}"
    return JSONResponse({"findings": [data.finding_json(f) for f in page.findings],
                         "next": following})


def document(request: Request) -> JSONResponse:
    """`/api/documents/{id}`."""
    view = state_of(request)
    return JSONResponse(data.document_view_json(
        view.store.document_view(int(request.path_params["id"]))))


def search(request: Request) -> JSONResponse:
    """`/api/search?q=&page=`."""
    view = state_of(request)
    query, page = search_params(request.query_params)
    size = page_size(request.query_params)
    if not query:
        raise BadParameter('q: missing; send the words to look for, e.g. "?q=sanction".')
    hits = view.store.search_documents(query, size, (page - 1) * size)
    return JSONResponse({"query": query, "page": page,
                         "results": [data.search_hit_json(h) for h in hits]})


def sources(request: Request) -> JSONResponse:
    """`/api/sources`: each source's health."""
    return JSONResponse([data.source_json(s) for s in state_of(request).store.sources()])


def deliveries(request: Request) -> JSONResponse:
    """`/api/deliveries?status=`: the outbox, newest first."""
    status = request.query_params.get("status") or None
    if status is not None and status not in STATUSES:
        raise BadParameter(f'status: "{status}" is not one of {", ".join(STATUSES)}.')
    found = state_of(request).store.recent_deliveries(status, page_size(request.query_params,
                                                                        100))
    return JSONResponse([data.delivery_json(d) for d in found])


def subscriptions(request: Request) -> JSONResponse:
    """`/api/subscriptions`: names, filters and feed of each configured subscription."""
    base = str(request.base_url).rstrip("/")
    return JSONResponse([{"name": s.name, "sources": list(s.sources),
                          "keywords": list(s.keywords), "changes": s.changes,
                          "removed": s.removed, "actions_only": s.actions_only,
                          "feed": f"{base}/feeds/{quote(s.name, safe='')}.atom"}
                         for s in state_of(request).subscriptions])
