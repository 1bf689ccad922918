"""Browser fixtures: Debian's chromium (apt packages chromium, chromium-driver) driven by
Playwright, one browser per session and a fresh browser context (a new user session) per test;
the bundled guides ingested once per session with the real `mentor ingest`.

Without /usr/bin/chromium the tests skip, except under `make test` (MENTOR_REQUIRE_BROWSER=1),
where they fail: CI must not pass by skipping them.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.e2e.webapp import ingest_guides

CHROMIUM = Path("/usr/bin/chromium")
# From the machine notes: without the networking flags chromium keeps calling out (refused here)
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ACTION_TIMEOUT_MS = 30_000  # clicks, typing and expect(...) checks (a busy 2-core machine)
REQUIRED = os.environ.get("MENTOR_REQUIRE_BROWSER") == "1"  # read before any test edits the env
_REPORTS = pytest.StashKey[dict[str, pytest.TestReport]]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep each phase's report on the test, so fixtures can tell whether it failed."""
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt packages chromium, chromium-driver)"
        if REQUIRED:
            pytest.fail(f"{reason}; `make test` installs it", pytrace=False)
        pytest.skip(f"{reason}: `make browser` installs it")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Browser]:
    """One browser per test module. Not per session: Playwright's sync API keeps an asyncio
    loop marked as running while it is started, which breaks later tests' asyncio.run()."""
    expect.set_options(timeout=ACTION_TIMEOUT_MS)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Page]:
    """A new browser session; a screenshot of the page is saved when the test fails."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(ACTION_TIMEOUT_MS)
    try:
        yield tab
    finally:
        call = request.node.stash.get(_REPORTS, {}).get("call")
        if call is None or call.failed:
            shot = tmp_path / "screenshot.png"
            tab.screenshot(path=shot, full_page=True)
            print(f"screenshot of the page when the test failed: {shot}")
        context.close()


@pytest.fixture(scope="session")
def ingested_data(chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the test guides ingested (once per session; copy it before writing).
    Asks for chromium first, so a missing browser is reported before the ingest runs."""
    data = tmp_path_factory.mktemp("ingested") / "data"
    ingest_guides(data)
    return data
