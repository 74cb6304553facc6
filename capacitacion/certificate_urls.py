"""Public certificate paths, under /certificados/ in every language."""

from django.urls import path

import aula.converters  # noqa: F401  (the <id:…> converter)
from capacitacion.views import certificates

app_name = "certificates"

urlpatterns = [
    path("verificar/", certificates.verify_form, name="verify_form"),
    path("verificar/<str:code>/", certificates.verify, name="verify"),
    path("estado/<id:number>.json", certificates.status_list, name="status_list"),
    path("emisor.json", certificates.issuer, name="issuer"),
    path("<str:code>.json", certificates.credential, name="credential"),
]
