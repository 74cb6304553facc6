from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from aula import admin_login
from aula.favicon import favicon
from aula.health import health
from aula.i18n import language_patterns, set_language
from capacitacion.views import certificates
from cursos.api import api_router

# Django's own 400s (SuspiciousOperation, too many fields) answer as malformed input does.
handler400 = "aula.input_guard.bad_request"

urlpatterns = [
    path("health/", health, name="health"),
    path("favicon.ico", favicon, name="favicon"),
    path(".well-known/jwks.json", certificates.jwks, name="jwks"),
    # Before Wagtail's own: one login for the whole site (aula/admin_login.py).
    path("admin/login/", admin_login.login, name="admin_login"),
    path("admin/password_reset/", admin_login.password_reset, name="admin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", api_router.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("idioma/", set_language, name="set_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other path, per language; this must stay last.
urlpatterns += language_patterns(
    path("cuentas/", include("allauth.urls")),
    path("mi-aprendizaje/", include("capacitacion.urls")),
    path("certificados/", include("capacitacion.certificate_urls")),
    path("", include(wagtail_urls)),
)
