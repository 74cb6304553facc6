from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Sitio")

    def ready(self):
        # Site-wide: the anonymous page cache and the cached sites follow content changes.
        from aula import signals
        from home import checks  # noqa: F401 - registers the SITE_URL check

        signals.connect()
