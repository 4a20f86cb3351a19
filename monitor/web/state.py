"""What every route shares: the read-only store, the subscriptions, the templates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from alerts import SubscriptionConfig
from store import Store

from .data import safe_href
from .params import filter_query

__all__ = ["HERE", "ViewState", "state_of", "templates"]

HERE = Path(__file__).parent


@dataclass(frozen=True)
class ViewState:
    """What every route reads: the store (opened read-only), subscriptions, templates."""

    store: Store
    subscriptions: tuple[SubscriptionConfig, ...]
    templates: Environment
    clock: Callable[[], datetime]

    def render(self, request: Request, name: str, status: int = 200, **context: Any
               ) -> HTMLResponse:
        """A page from its template, with the request and the helpers every page uses."""
        template = self.templates.get_template(name)
        return HTMLResponse(template.render(request=request, safe_href=safe_href,
                                            query=lambda **c: filter_query(request.query_params,
                                                                           **c),
                                            **context), status_code=status)


def state_of(request: Request) -> ViewState:
    """The app's ViewState."""
    state: ViewState = request.app.state.view
    return state


def templates() -> Environment:
    """Jinja2 with autoescaping on for every template (HTML and XML alike)."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = lambda v: v.strftime("%Y-%m-%d %H:%M UTC") if v else "–"
    env.filters["day"] = lambda v: v.strftime("%Y-%m-%d") if v else "–"
    return env
