"""System check: the default Wagtail Site names the same origin as SITE_URL."""

from django.core import checks
from django.db import DatabaseError

from aula.links import site_hostname_and_port


@checks.register(checks.Tags.urls, deploy=True)
def default_site_matches_site_url(app_configs=None, **kwargs):
    from django.conf import settings
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # no database yet, or not migrated: nothing to compare
        return []
    if site is None:
        return []
    hostname, port = site_hostname_and_port()
    if (site.hostname, site.port) == (hostname, port):
        return []
    return [
        checks.Error(
            f"The default Wagtail Site is {site.hostname}:{site.port} but SITE_URL is "
            f"{settings.SITE_URL} ({hostname}:{port}).",
            hint="Run `manage.py migrate` (home.0003 aligns it) or edit the site in the admin "
            "(Settings → Sites) so that its hostname and port match SITE_URL.",
            id="home.E001",
        )
    ]
