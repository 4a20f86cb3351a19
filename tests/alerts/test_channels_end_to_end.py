"""`policywatch run --once` (a real subprocess when it sends): one digest reaches a Standard
Webhooks-verified webhook and two Apprise receivers (json://, form://) on loopback."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from pytest_httpserver import HTTPServer
from standardwebhooks import Webhook
from werkzeug import Request, Response

from tests.conftest import invoke, run_cli

FEED = '<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
PAGE = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>{n}</p>"
        "<p>The measures take effect immediately.</p></main></body></html>")
MEASURES = (
    "The Ministry of Examples today froze the assets of two trading houses that moved "
    "fuel through the eastern ports.",
    "The Ministry of Examples today announced a reward of up to $3 million for information "
    "on the smuggling network in the west.",
)
SECRET = "whsec_" + base64.b64encode(b"end-to-end-secret-for-policywatch").decode()


def test_a_digest_reaches_a_signed_webhook_and_apprise_receivers(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    base = httpserver.url_for("").rstrip("/")
    shown = {"n": 1}
    requests: dict[str, list[Request]] = {"/hook": [], "/apprise-json": [], "/apprise-form": []}

    def feed(_: Request) -> Response:
        items = "".join(f"<item><title>p{i}</title><link>{base}/p/{i}/</link></item>"
                        for i in range(shown["n"]))
        return Response(FEED.format(items=items), content_type="application/rss+xml")

    def receive(request: Request) -> Response:
        request.get_data()  # keep the body readable after the response
        requests[request.path].append(request)
        return Response("", status=204)

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    for path in requests:
        httpserver.expect_request(path, method="POST").respond_with_handler(receive)
    for i, text in enumerate(MEASURES):
        httpserver.expect_request(f"/p/{i}/").respond_with_data(
            PAGE.format(t=f"Asset freeze {i}", n=text), content_type="text/html")
    port = httpserver.port
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n[fetch]\ndelay = 0\n'
        f'[[sources]]\nname = "loop"\nurl = "{base}/feed.xml"\n'
        f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n'
        f'secret_env = "PW_TEST_E2E_SECRET"\n'
        f'apprise = ["json://127.0.0.1:{port}/apprise-json", '
        f'"form://127.0.0.1:{port}/apprise-form"]\n', encoding="utf-8")
    env = {"PW_TEST_E2E_SECRET": SECRET}
    # the baseline in-process; the run that sends as a real subprocess, to see its stderr
    first = invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:00:00Z",
                   env=env)
    assert first.returncode == 0, first.stderr
    shown["n"] = 2
    second = run_cli("run", "--once", "--json", "--config", str(config), "--now",
                     "2026-11-20T09:20:00Z", env=env)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["delivery_failures"] == 0
    assert "apprise" not in second.stderr.lower()  # Apprise printed nothing of its own

    (hook,) = requests["/hook"]
    payload = Webhook(SECRET).verify(hook.get_data(), dict(hook.headers))
    assert [i["title"] for i in payload["items"]] == ["Asset freeze 1"]
    (as_json,) = requests["/apprise-json"]
    message = as_json.get_json()
    # (the reward, and "The measures take effect immediately": two actions)
    assert message["title"] == "[policywatch] desk: 1 new, 2 actions"
    assert "**New: Asset freeze 1**" in message["message"]
    assert "reward of up to $3 million" in message["message"]
    assert payload["digest_id"] in message["message"]
    (as_form,) = requests["/apprise-form"]
    assert as_form.form["title"] == message["title"]
    assert as_form.form["message"] == message["message"]
