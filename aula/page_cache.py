"""A full-page cache for anonymous visitors, one copy per host, path, query string
and language, invalidated by "generations".

Each cached copy records the generation of its scope ("content" for Wagtail pages,
"certificates" for the public verification pages) when it was stored; it is served
only while that generation is still current. Signals (aula/signals.py) bump a
scope's generation whenever anything those pages show changes: publishing,
unpublishing, moving or deleting a page, cohorts, images, view restrictions, sites,
certificates issued, revoked or reissued. Nothing is ever deleted one by one:
entries of an old generation are never read again and expire on their own.

A response is cached only if it cannot belong to one person: the visitor is
anonymous with an empty session, the response is a 200 that sets no cookie, holds
no CSRF token (the view never asked for one) and no message, and is not marked
private. Logged-in visitors never read from the cache and never write to it."""

import hashlib
import time

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language

CONTENT = "content"
CERTIFICATES = "certificates"


def _generation_key(scope: str) -> str:
    return f"aula:page-cache:generation:{scope}"


def _entry_key(request, scope: str) -> str:
    address = f"{request.get_host()}|{request.get_full_path()}|{get_language()}"
    return f"aula:page-cache:{scope}:{hashlib.sha256(address.encode()).hexdigest()}"


def timeout() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def bump(scope: str) -> None:
    """Make every cached page of the scope out of date, in every process."""
    try:
        cache.incr(_generation_key(scope))
    except ValueError:  # never set, or evicted: any fresh value will do
        cache.add(_generation_key(scope), time.time_ns(), timeout=None)


def generation(scope: str) -> int:
    """The scope's current generation: part of the key of anything cached that a
    change in the scope makes out of date."""
    key = _generation_key(scope)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, time.time_ns(), timeout=None)
        generation = cache.get(key)
    return generation


def _no_messages(request) -> bool:
    return not hasattr(request, "_messages") or len(messages.get_messages(request)) == 0


def request_is_cacheable(request) -> bool:
    """Anonymous, nothing in the session, no message waiting to be shown."""
    if timeout() <= 0 or request.method != "GET" or getattr(request, "is_preview", False):
        return False
    session = getattr(request, "session", None)
    if session is not None and not session.is_empty() and session.keys():
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return _no_messages(request)


def response_is_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # The view asked for a CSRF token, so the page holds one: never share it.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    directives = {
        d.strip().split("=")[0].lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & {"private", "no-store", "no-cache"}:
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or (not session.is_empty() and session.keys())):
        return False
    return request_is_cacheable(request)


def fetch(request, scope: str):
    """The cached response for this request, or None."""
    if not request_is_cacheable(request):
        return None
    generation_key, entry_key = _generation_key(scope), _entry_key(request, scope)
    found = cache.get_many([generation_key, entry_key])
    entry = found.get(entry_key)
    if entry is None or found.get(generation_key) is None or entry[0] != found[generation_key]:
        return None
    response = entry[1]
    response["X-Page-Cache"] = "hit"
    return response


def store(request, response, scope: str, seconds: int | None = None) -> None:
    """Keep the response if it is the same for every anonymous visitor."""
    seconds = timeout() if seconds is None else min(seconds, timeout())
    if seconds <= 0 or not response_is_cacheable(request, response):
        return
    cache.set(_entry_key(request, scope), (generation(scope), response), timeout=seconds)
    response["X-Page-Cache"] = "miss"


class AnonymousPageCacheMiddleware:
    """Caches the Wagtail pages (the "wagtail_serve" view) for anonymous visitors.
    Must come after the session, locale, authentication and message middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # /health/ reports on the database and broker: keep it away from the cache.
        if request.path_info.startswith(("/health/", "/admin/", "/static/")):
            return self.get_response(request)
        cached = fetch(request, CONTENT)
        if cached is not None:
            return cached
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "wagtail_serve":
            store(request, response, CONTENT)
        return response
