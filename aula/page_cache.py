"""A full-page cache for anonymous visitors, one copy per host, path, query string
and language, invalidated by "generations".

Only the query parameters a page reads make part of its key (a page declares them;
the rest of the query string is ignored by the page, so a request carrying any other
parameter is served but never stored: junk query strings cannot grow the cache).
The key holds the parameters sorted, each with the last value given, which is the
one the page reads (QueryDict.get).

Each cached copy records the generation of its scope ("content" for Wagtail pages,
"certificates" for the public verification pages) when it was stored; it is served
only while that generation is still current. Signals (aula/signals.py) bump a
scope's generation whenever anything those pages show changes: publishing,
unpublishing, moving or deleting a page, cohorts, images, view restrictions, sites,
certificates issued, revoked or reissued. They bump once at once and once more after
the transaction commits; a copy is stored under the generation read before the page
was rendered. So a page rendered from the data as it was before a commit is never
served after it. Nothing is ever deleted one by one:
entries of an old generation are never read again and expire on their own.

A response is cached only if it cannot belong to one person: the visitor is
anonymous with an empty session, the response is a 200 that sets no cookie, holds
no CSRF token (the view never asked for one) and no message, and is not marked
private. Logged-in visitors never read from the cache and never write to it."""

import hashlib
import time
from collections.abc import Iterable

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.utils.cache import cc_delim_re
from django.utils.http import urlencode
from django.utils.translation import get_language

CONTENT = "content"
CERTIFICATES = "certificates"


def _generation_key(scope: str) -> str:
    return f"aula:page-cache:generation:{scope}"


def _normalised_query(request) -> str:
    """The query string sorted by parameter, each with its last value."""
    return urlencode(sorted((name, request.GET[name]) for name in request.GET))


def _entry_key(request, scope: str) -> str:
    address = f"{request.get_host()}|{request.path}|{_normalised_query(request)}|{get_language()}"
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
    """(the cached response for this request or None, the scope's generation now).
    Pass the generation to store(): it must be read before the page is rendered."""
    if not request_is_cacheable(request):
        return None, None
    generation_key, entry_key = _generation_key(scope), _entry_key(request, scope)
    found = cache.get_many([generation_key, entry_key])
    current = found.get(generation_key)
    if current is None:
        current = generation(scope)
    entry = found.get(entry_key)
    if entry is None or entry[0] != current:
        return None, current
    response = entry[1]
    response["X-Page-Cache"] = "hit"
    return response, current


def store(
    request,
    response,
    scope: str,
    generation_seen: int | None,
    params: Iterable[str] = (),
    seconds: int | None = None,
) -> None:
    """Keep the response if it is the same for every anonymous visitor, under the
    generation fetch() read before rendering. `params`: the query parameters the
    page reads; a request with any other parameter is not stored."""
    seconds = timeout() if seconds is None else min(seconds, timeout())
    if generation_seen is None or seconds <= 0 or not set(request.GET) <= set(params):
        return
    if not response_is_cacheable(request, response):
        return
    cache.set(_entry_key(request, scope), (generation_seen, response), timeout=seconds)
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
        cached, current = fetch(request, CONTENT)
        if cached is not None:
            return cached
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "wagtail_serve":
            store(request, response, CONTENT, current, params=getattr(request, PARAMS_ATTRIBUTE, ()))
        return response


# Set on the request by the before_serve_page hook (home/wagtail_hooks.py) from the
# page's `page_cache_params`: the query parameters the served page reads.
PARAMS_ATTRIBUTE = "page_cache_params"


def note_page_params(page, request) -> None:
    setattr(request, PARAMS_ATTRIBUTE, tuple(getattr(page, "page_cache_params", ())))
