"""Wagtail's page view restrictions (private sections), read once and cached.

Wagtail asks the database for them on every page served (before_serve_page) and
every time a queryset is filtered with .public(); most sites have none, and they
change only when an editor sets one. The list is dropped by aula/signals.py on any
restriction or page change (a move changes the paths)."""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

KEY = "aula:view-restricted-paths:v1"
TIMEOUT = 300  # only bounds a cache that is not shared between processes


def restricted_paths() -> list[str]:
    paths = cache.get(KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(KEY, paths, timeout=TIMEOUT)
    return paths


def forget() -> None:
    cache.delete(KEY)


def private_q() -> Q:
    """Pages in a private section: `.exclude(private_q())` is Wagtail's `.public()`."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


class CachedViewRestrictionsMixin:
    """For page models: no query for view restrictions when none applies."""

    def get_view_restrictions(self):
        # Aliases take their source page's restrictions: leave them to Wagtail.
        if self.alias_of_id is None and not any(self.path.startswith(p) for p in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
