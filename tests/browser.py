"""A real Chromium for the page tests, driven by Playwright; skipped with a reason where absent.

Every request the page makes is logged and anything but the page's own file is refused, so a
test can prove that nothing leaves the machine. Dialogs, page errors and console errors are
recorded too: a payload that ran (alert, onerror) or was blocked by the page's CSP shows up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[test]'"
    return None


@dataclass
class Watched:
    """A browser page with everything it did written down."""

    page: object
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        self.page.goto(Path(path).resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)

    def outside_requests(self, path: Path) -> list[str]:
        own = Path(path).resolve().as_uri()
        return [url for url in self.requests if url != own and not url.startswith("data:")]

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def screenshot(self, tmp_path: Path, name: str) -> Path:
        """Saved under $GRAPHKIT_TEST_ARTIFACTS when set (for CI), else in tmp_path."""
        folder = Path(os.environ.get("GRAPHKIT_TEST_ARTIFACTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        self.page.screenshot(path=str(target))
        return target


@pytest.fixture(scope="session")
def chromium():
    reason = missing()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def watched(chromium):
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    watch = Watched(page=context.new_page())

    def route(route):
        watch.requests.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    watch.page.on("dialog", lambda dialog: (watch.dialogs.append(dialog.message), dialog.dismiss()))
    watch.page.on("pageerror", lambda err: watch.errors.append(str(err)))
    watch.page.on("console", lambda msg: msg.type == "error" and watch.errors.append(msg.text))
    yield watch
    context.close()
