"""The Wagtail site (and its root page) for a request, from the shared cache.

Wagtail looks the site up in the database on every request (Site.find_for_request),
and then loads the root page's specific object to start routing. Both change only
when an editor edits a site or a site's root page, so they are kept in the cache,
one entry per host and port, and dropped by the signals in aula/signals.py."""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Locale, Site
from wagtail.models.sites import get_site_for_hostname

SITES_KEY = "aula:sites:v1"
# Invalidation is by signal; the timeout only bounds how long a process using a
# cache that is not shared (locmem with several processes) can be out of date.
SITES_TIMEOUT = 300
# Hosts are checked against ALLOWED_HOSTS before this runs; still, never let a
# stream of odd Host headers grow the entry without bound.
MAX_HOSTS = 50


def _host_key(request) -> str:
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"{hostname}:{request.get_port()}"


def _lookup(request) -> Site | None:
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        site = get_site_for_hostname(hostname, request.get_port())
    except Site.DoesNotExist:
        return None
    # Routing starts from the root page's specific object: keep that, not the base Page.
    site.root_page = site.root_page.specific
    return site


def site_for_request(request) -> Site | None:
    sites = cache.get(SITES_KEY) or {}
    key = _host_key(request)
    if key in sites:
        return sites[key]
    site = _lookup(request)
    if len(sites) < MAX_HOSTS:
        cache.set(SITES_KEY, {**sites, key: site}, timeout=SITES_TIMEOUT)
    return site


LOCALES_KEY = "aula:locale-ids:v1"


def locale_ids() -> dict[str, int]:
    """{language code: Locale id}, from the cache."""
    ids = cache.get(LOCALES_KEY)
    if ids is None:
        ids = dict(Locale.objects.values_list("language_code", "pk"))
        cache.set(LOCALES_KEY, ids, timeout=SITES_TIMEOUT)
    return ids


def forget_sites() -> None:
    cache.delete_many([SITES_KEY, LOCALES_KEY])


class CachedSiteMiddleware:
    """Sets the request's Wagtail site from the cache; Wagtail reads it from there
    (Site.find_for_request caches its answer on the request as _wagtail_site)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # /health/ must answer even when the database does not.
        if not request.path_info.startswith(("/health/", "/admin/", "/static/", "/media/")):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)
