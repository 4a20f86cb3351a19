"""The HTML pages over a store built by `ingest`: what each shows, its filters and links,
and that fetched text (titles, text, errors) comes out as text, never as markup."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from tests.web.conftest import Built

ROUTES = ("/", "/search?q=harb", "/sources", "/deliveries", "/documents/{harbor}",
          "/documents/{grants}", "/documents/{factsheet}", "/documents/{mirror}",
          "/?q=naloxone", "/?action=reward", "/feed.atom", "/feeds/drug%20desk.atom",
          "/api/findings", "/api/documents/{harbor}", "/api/search?q=precur", "/api/sources",
          "/api/deliveries", "/api/subscriptions", "/documents/9999", "/?kind=nonsense",
          "/static/style.css")


def routes(built: Built) -> list[str]:
    ids = {"harbor": built.harbor, "grants": built.grants, "factsheet": built.factsheet,
           "mirror": built.mirror}
    return [r.format(**ids) for r in ROUTES]


def titles(html: str) -> list[str]:
    return re.findall(r'<a class="title" href="/documents/\d+">([^<]*)</a>', html)


def test_index_lists_findings_newest_first_with_actions(client: TestClient,
                                                        built: Built) -> None:
    page = client.get("/").text
    found = re.findall(r'<li class="finding (\w+)">\s*<div class="line">\s*<span[^>]*>\w+</span>'
                       r'\s*<a class="title" href="/documents/(\d+)"', page)
    assert found == [("new", str(built.factsheet)), ("changed", str(built.harbor)),
                     ("new", str(built.grants)), ("new", str(built.harbor))]
    assert f'href="/documents/{built.harbor}#r2">see the edit' in page
    assert "Rewards" in page and "Funding and assistance" in page
    assert "previously announced" in page  # the fact sheet repeats the reward offer


@pytest.mark.parametrize(("query", "expected"), [
    ("action=funding", ["grants"]),
    ("kind=changed", ["harbor"]),
    ("q=nalox", ["grants"]),  # a prefix of a word of the text
    ("q=precursor+harbor", ["harbor", "harbor"]),
    ("since=2026-02-05&until=2026-02-05", ["harbor"]),
    ("until=2026-02-04", ["grants", "harbor"]),
    ("source=Harbor+%3Cb%3Epress%3C%2Fb%3E+office", []),  # ingested pages have no source
])
def test_index_filters(client: TestClient, built: Built, query: str,
                       expected: list[str]) -> None:
    page = client.get(f"/?{query}").text
    ids = re.findall(r'<a class="title" href="/documents/(\d+)"', page)
    assert ids == [str(getattr(built, name)) for name in expected]


def test_index_pages_through_older_findings(client: TestClient) -> None:
    seen: list[int] = []
    url = "/api/findings?limit=1"
    while url:
        body = client.get(url).json()
        seen.extend(f["event_id"] for f in body["findings"])
        url = body["next"]
    assert len(seen) == 4 and seen == sorted(seen, reverse=True)
    first = client.get("/api/findings?limit=2").json()
    html = client.get(first["next"].replace("/api/findings", "/")).text
    assert 'rel="next"' not in html and len(re.findall('class="finding ', html)) == 2


def test_document_shows_each_edit_word_by_word(client: TestClient, built: Built) -> None:
    page = client.get(f"/documents/{built.harbor}").text
    assert "<span>The companies shipped </span><del>nearly 30</del><ins>31</ins><span> percent" \
        in page
    assert "<del>port</del><ins>ports</ins><span> of Harbor City</span><ins> and Ohio</ins>" \
        in page
    assert re.search(r'<li class="added"><ins>The Department of Justice unsealed', page)
    assert 'id="r2"' in page and 'id="r1"' in page
    assert f'<a href="/documents/{built.mirror}">https://mirror.example.org/harbor</a>' in page
    assert 'href="https://www.example.gov/news/harbor"' in page


def test_repost_and_previously_announced_link_back(client: TestClient, built: Built) -> None:
    mirror = client.get(f"/documents/{built.mirror}").text
    assert f'A re-post of <a href="/documents/{built.harbor}">' in mirror
    factsheet = client.get(f"/documents/{built.factsheet}").text
    assert re.search(rf'previously announced\s*<a href="/documents/{built.harbor}">here</a>',
                     factsheet)


def test_search_matches_word_prefixes_and_every_word(client: TestClient, built: Built) -> None:
    assert titles(client.get("/search?q=precurs").text) == ["Treasury Sanctions Harbor Network"]
    assert len(titles(client.get("/search?q=naloxo").text)) == 1
    assert titles(client.get("/search?q=naloxone+precursor").text) == []
    page = client.get("/search?q=Harbor").text
    ids = re.findall(r'href="/documents/(\d+)"', page)
    assert str(built.mirror) not in ids  # a re-post is found through its original
    assert "No match for “zzzz”" in client.get("/search?q=zzzz").text


def test_sources_and_deliveries_show_health_and_the_outbox(client: TestClient) -> None:
    sources = client.get("/sources").text
    assert "Harbor &lt;b&gt;press&lt;/b&gt; office" in sources
    assert "HTTP 500: &lt;script&gt;window.pwned=4&lt;/script&gt;" in sources
    assert re.search(r"<td>1</td>", sources)  # one failure
    deliveries = client.get("/deliveries").text
    assert "drug desk" in deliveries and ">dead<" in deliveries
    assert "secret-path" not in deliveries  # a webhook's path may be its secret
    assert "https://hooks.example.org/…" in deliveries
    assert client.get("/deliveries?status=sent").text.count("<tr class=") == 0


def test_fetched_markup_is_shown_as_text_everywhere(client: TestClient, built: Built) -> None:
    for route in routes(built):
        response = client.get(route)
        body = response.text
        if route.startswith("/api/"):  # data, as it was found; never sniffed as HTML
            assert response.headers["content-type"] == "application/json", route
            continue
        assert "<script" not in body, route
        assert not re.search(r"<[a-z][^>]*\son\w+\s*=", body, re.IGNORECASE), route
        assert 'href="javascript:' not in body.lower(), route
    grants = client.get(f"/documents/{built.grants}").text
    assert "<h1>Grants for &lt;b onmouseover=alert(1)&gt;Rural Clinics&lt;/b&gt;</h1>" in grants


def test_every_response_carries_a_strict_policy(client: TestClient, built: Built) -> None:
    for route in routes(built):
        headers = client.get(route).headers
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy, route
        assert "'unsafe-inline'" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_a_javascript_link_never_becomes_an_href(client: TestClient) -> None:
    from monitor.web.data import safe_href

    assert safe_href("javascript:alert(1)") is None
    assert safe_href(" JavaScript:alert(1)") is None
    assert safe_href("data:text/html,<script>") is None
    assert safe_href("https://www.example.gov/x") == "https://www.example.gov/x"


@pytest.mark.parametrize(("route", "says"), [
    ("/?action=bogus", 'action: "bogus" is not a kind of measure'),
    ("/?kind=nonsense", 'kind: "nonsense" is not one of new, changed, removed'),
    ("/?since=yesterday", 'since: "yesterday" is not a date'),
    ("/?since=2026-03-01&until=2026-02-01", "since: it must come before until"),
    ("/?before=abc", 'before: "abc" is not a whole number'),
    ("/search?page=0&q=x", 'page: "0" is not a whole number from 1 to 1000'),
    ("/deliveries?status=lost", 'status: "lost" is not one of pending, sent, dead'),
])
def test_bad_parameters_get_one_clear_line(client: TestClient, route: str, says: str) -> None:
    response = client.get(route)
    assert response.status_code == 400
    assert says in response.text.replace("&#34;", '"')
    api = client.get("/api/findings?" + route.split("?")[1]) if route.startswith("/?") else None
    if api is not None:
        assert api.status_code == 400 and says in api.json()["error"]


def test_unknown_document_is_a_404_page(client: TestClient) -> None:
    response = client.get("/documents/9999")
    assert response.status_code == 404 and "no stored document 9999" in response.text
    assert client.get("/api/documents/9999").json() == {"error": "no stored document 9999."}
