"""The Starlette application: routes, the shared view state, error pages and the guard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from alerts import SubscriptionConfig
from store import NotFound, Store

from . import api, pages
from .params import BadParameter
from .security import Guard
from .state import HERE, ViewState, state_of, templates

__all__ = ["LOOPBACK_HOSTS", "create_app"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _bad_parameter(request: Request, exc: Exception) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": str(exc)}, status_code=400)
    return state_of(request).render(request, "error.html", 400, title="Bad request",
                                    message=str(exc))


async def _not_found(request: Request, exc: Exception) -> Response:
    message = str(exc) if isinstance(exc, NotFound) else f"nothing at {request.url.path}."
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=404)
    return state_of(request).render(request, "error.html", 404, title="Not found",
                                    message=message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return await _not_found(request, exc)
    return PlainTextResponse(str(exc.detail), status_code=exc.status_code)


def create_app(store: Store, *, subscriptions: tuple[SubscriptionConfig, ...] = (),
               token: str | None = None, allowed_hosts: tuple[str, ...] | None = LOOPBACK_HOSTS,
               clock: Callable[[], datetime] | None = None) -> Guard:
    """The web view over `store` (open it read-only), wrapped in its guard."""
    routes = [
        Route("/", pages.index), Route("/documents/{id:int}", pages.document),
        Route("/search", pages.search), Route("/sources", pages.sources),
        Route("/deliveries", pages.deliveries), Route("/feed.atom", pages.feed),
        Route("/feeds/{name}.atom", pages.subscription_feed),
        Route("/api/findings", api.findings), Route("/api/documents/{id:int}", api.document),
        Route("/api/search", api.search), Route("/api/sources", api.sources),
        Route("/api/deliveries", api.deliveries), Route("/api/subscriptions", api.subscriptions),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={
        BadParameter: _bad_parameter, NotFound: _not_found, HTTPException: _http_error})
    app.state.view = ViewState(store, subscriptions, templates(),
                               clock or (lambda: datetime.now(UTC)))
    return Guard(app, token=token, allowed_hosts=allowed_hosts)
