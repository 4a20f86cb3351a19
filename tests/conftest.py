"""Shared test fixtures: loopback servers for the fixture site, config files, the CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "fixtures" / "site"
SHARED = ROOT.parent / "shared" / "data"

_TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8",
          ".txt": "text/plain; charset=utf-8"}


class FixtureSite:
    """Serves one epoch of fixtures/site on a loopback HTTPServer, with {{BASE}} filled in."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.epoch = "epoch1"
        self.requests: list[str] = []
        server.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    @property
    def base(self) -> str:
        return f"http://{self.server.host}:{self.server.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def _file(self, path: str) -> Path | None:
        root = SITE / self.epoch if not path.startswith("/hostile/") else SITE
        candidate = (root / path.lstrip("/")).resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if not str(candidate).startswith(str(SITE)) or not candidate.is_file():
            return None
        return candidate

    def _handle(self, request: Request) -> Response:
        self.requests.append(request.path)
        found = self._file(request.path)
        if found is None:
            return Response("not found", status=404)
        body = found.read_text(encoding="utf-8")
        body = body.replace("{{BASE}}", self.base).replace("{{PORT}}", str(self.server.port))
        kind = _TYPES.get(found.suffix, "application/octet-stream")
        return Response(body, status=200, content_type=kind)


@pytest.fixture
def site(httpserver: HTTPServer) -> FixtureSite:
    """The fixture site, epoch1, on loopback."""
    if not SITE.is_dir():
        pytest.skip("fixtures/site is missing")
    return FixtureSite(httpserver)


@pytest.fixture
def manifest() -> dict[str, Any]:
    """fixtures/site/manifest.json."""
    return json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """Write a policywatch.toml in tmp_path from TOML text; returns its path."""

    def write(body: str, name: str = "policywatch.toml") -> Path:
        path = tmp_path / name
        db = tmp_path / "pw.db"
        head = f'[storage]\ndatabase = "sqlite:///{db}"\n\n[fetch]\ndelay = 0\n'
        path.write_text(head + body, encoding="utf-8")
        return path

    return write


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m monitor ARGS` as a real subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("POLICYWATCH_NOW", None) if env is None or "POLICYWATCH_NOW" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args], cwd=cwd, env=full_env, capture_output=True,
        timeout=timeout, input=input.decode() if input else None, text=True, check=False)
