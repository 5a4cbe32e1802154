"""Shared fixtures. The browser ones live in browser.py."""

from browser import chromium, watched  # noqa: F401
