"""Headless Chromium for the tests: Debian's browser driven by Playwright, with the network shut.

`make test` installs Debian's ``chromium`` and the ``playwright`` package
(the Python driver only; its own browser downloads are not used).  Every
request that is not to a local file or to 127.0.0.1 is aborted and recorded,
so a page that needs the internet fails its test instead of hanging.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "chromium is installed by `make test` (Debian package chromium)"
    return path


@contextmanager
def offline_page() -> Iterator[tuple[object, list[str]]]:
    """A fresh page and the list of outside requests it tried (aborted)."""
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:", "http://127.0.0.1", "http://localhost")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", guard)
            page.set_default_timeout(15000)
            yield page, blocked
        finally:
            browser.close()
