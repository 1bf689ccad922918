"""End-to-end tests: the real web app in Debian's chromium, driven by Playwright."""
