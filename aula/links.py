"""Absolute URLs. Every absolute URL the platform writes (signed credentials, emails,
the API) starts with settings.SITE_URL, never with the Wagtail Site record's host:
signed URLs can never be corrected after issue."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """SITE_URL followed by a site-relative path ("/cursos/…")."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"not a site-relative path: {path!r}")
    return settings.SITE_URL.rstrip("/") + path


def page_url(page) -> str:
    """A Wagtail page's absolute URL on SITE_URL; empty when no Site holds the page."""
    parts = page.get_url_parts()
    if parts is None:
        return ""
    return absolute_url(parts[2])


def site_hostname_and_port() -> tuple[str, int]:
    """The hostname and port of SITE_URL, as the Wagtail Site record stores them."""
    parts = urlsplit(settings.SITE_URL)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
