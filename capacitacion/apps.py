from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CapacitacionConfig(AppConfig):
    name = "capacitacion"
    verbose_name = _("Capacitación")
