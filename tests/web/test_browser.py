"""The view in a real browser: Debian's chromium driven by Selenium through chromedriver,
against `policywatch serve` running as a process. Each page loads and looks right, the
links lead from the list to a document and its edit, no script from a fixture runs, and a
screenshot of each page is saved (to $POLICYWATCH_SCREENSHOTS, else a temporary folder)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import Built

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="chromium and chromedriver are not installed (.ci/run installs them: "
           "apt-get install -y chromium chromium-driver)")

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000")


@pytest.fixture(scope="module")
def shots() -> Path:
    folder = Path(os.environ.get("POLICYWATCH_SCREENSHOTS") or
                  tempfile.mkdtemp(prefix="policywatch-screens-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def no_script_ran(driver: Any) -> None:
    """Nothing a fixture carries ran: no marker set, no title changed, no alert open."""
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.execute_script("return typeof window.pwned") == "undefined"
    assert "pwned" not in driver.title
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text


def arrive(driver: Any, url: str, *, part: bool = False) -> None:
    """Wait until a click's navigation has landed at `url` (or a URL holding it): a click
    on a link or a form's button does not always wait for the page it opens."""
    from selenium.webdriver.support.expected_conditions import url_contains, url_to_be
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(url_contains(url) if part else url_to_be(url))


def visit(driver: Any, url: str, shots: Path, name: str) -> None:
    driver.get(url)
    assert driver.find_element("css selector", "header .brand").text == "policywatch"
    no_script_ran(driver)
    driver.save_screenshot(str(shots / f"{name}.png"))


def test_each_page_loads_without_running_fixture_script(browser: Any, served: str,
                                                        built: Built, shots: Path) -> None:
    pages = {"findings": "/", "filtered": "/?action=reward", "search": "/search?q=precurs",
             "sources": "/sources", "deliveries": "/deliveries",
             "grants": f"/documents/{built.grants}", "factsheet": f"/documents/{built.factsheet}",
             "mirror": f"/documents/{built.mirror}"}
    for name, route in pages.items():
        visit(browser, served + route, shots, name)
    browser.get(served + f"/documents/{built.grants}")
    heading = browser.find_element("css selector", "h1").text
    assert heading == "Grants for <b onmouseover=alert(1)>Rural Clinics</b>"
    assert not browser.find_elements("css selector", "main b")  # shown, never parsed
    for link in browser.find_elements("css selector", "a"):
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
    browser.get(served + "/sources")
    assert "<script>window.pwned=4</script>" in browser.find_element("css selector",
                                                                       "table").text
    assert not browser.find_elements("css selector", "main img, main script")


def test_links_lead_from_the_list_to_a_document_and_its_edit(browser: Any, served: str,
                                                             built: Built,
                                                             shots: Path) -> None:
    browser.get(served + "/")
    first_title = browser.find_elements("css selector", ".finding .title")[-1]
    assert first_title.text == "Treasury Sanctions Harbor Network"
    first_title.click()
    arrive(browser, f"{served}/documents/{built.harbor}")
    assert browser.find_element("css selector", "h1").text == "Treasury Sanctions Harbor Network"
    no_script_ran(browser)
    browser.save_screenshot(str(shots / "document.png"))
    browser.get(served + "/")
    browser.find_element("css selector", ".finding.changed a.diff").click()
    arrive(browser, f"{served}/documents/{built.harbor}#r2")
    edit = browser.find_element("css selector", "#r2 .edit")
    inserted = [e.text for e in edit.find_elements("css selector", "ins")]
    deleted = [e.text for e in edit.find_elements("css selector", "del")]
    assert inserted == ["ports", "and Ohio", "31",
                        "The Department of Justice unsealed an indictment against two of the "
                        "network's brokers."]
    assert deleted == ["port", "nearly 30"]
    # <ins> and <del> look different from the text around them: the stylesheet loaded.
    colour = browser.execute_script(
        "return getComputedStyle(document.querySelector('#r2 ins')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    no_script_ran(browser)
    browser.save_screenshot(str(shots / "edit.png"))
    browser.find_element("link text", "https://mirror.example.org/harbor").click()
    arrive(browser, f"{served}/documents/{built.mirror}")


def test_filters_and_search_work_without_javascript(browser: Any, served: str,
                                                    shots: Path) -> None:
    from selenium.webdriver.support.expected_conditions import url_contains
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(served + "/")
    Select(browser.find_element("name", "action")).select_by_value("funding")
    browser.find_element("css selector", ".filters button").click()
    arrive(browser, "action=funding", part=True)
    titles = [e.text for e in browser.find_elements("css selector", ".finding .title")]
    assert titles == ["Grants for <b onmouseover=alert(1)>Rural Clinics</b>"]
    box = browser.find_element("css selector", "header input[name=q]")
    box.send_keys("naloxo\n")
    # A key press does not wait for the page it submits, unlike click(): wait for the search.
    WebDriverWait(browser, 10).until(url_contains("/search?q=naloxo"))
    assert len(browser.find_elements("css selector", ".hits li")) == 1
    browser.save_screenshot(str(shots / "search.png"))
    # The policy reached the browser: a script the page tried to load would be refused.
    refused = browser.execute_async_script("""
        const done = arguments[0];
        document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective));
        const s = document.createElement('script'); s.src = '/static/x.js';
        document.body.appendChild(s); setTimeout(() => done('none'), 2000);""")
    assert refused.startswith("script-src")
