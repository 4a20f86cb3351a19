"""`policywatch serve`: the read-only web view, on loopback unless a token guards it."""

from __future__ import annotations

import os

import click

from .common import config_option, fail, load, note, open_existing

__all__ = ["serve"]


@click.command()
@config_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback needs "
                   "$POLICYWATCH_SERVE_TOKEN set.")
@click.option("--port", default=8750, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
def serve(config_path: str | None, host: str, port: int) -> None:
    """A read-only web view of the store: findings, documents, search, feeds, JSON API."""
    from ..web import LOOPBACK_HOSTS, TOKEN_ENV, create_app, is_loopback

    token = os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and token is None:
        fail(f"--host {host}: not a loopback address, so the view needs an access token. "
             f"Set {TOKEN_ENV} to a long random string (clients send it as "
             "Authorization: Bearer TOKEN, or as the password), or use --host 127.0.0.1.", 2)
    if token is not None and len(token) < 16:
        fail(f"{TOKEN_ENV}: shorter than 16 characters; use a long random string, "
             'e.g. from `python -c "import secrets; print(secrets.token_urlsafe())"`.', 2)
    config = load(config_path)
    store = open_existing(config)  # read-only: SQLite mode=ro, PostgreSQL READ ONLY
    # On loopback, only loopback names in the Host header (no DNS rebinding); elsewhere
    # the token guards the view.
    app = create_app(store, subscriptions=config.subscriptions, token=token,
                     allowed_hosts=(*LOOPBACK_HOSTS, host.strip("[]")) if is_loopback(host)
                     else None)
    import uvicorn
    from sqlalchemy.engine import make_url

    shown = f"[{host}]" if ":" in host else host
    database = make_url(store.url).render_as_string(hide_password=True)
    note(f"serving {database} read-only at http://{shown}:{port}/ (Ctrl-C stops)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False,
                    server_header=False)
    finally:
        store.close()
