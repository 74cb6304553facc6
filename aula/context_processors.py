"""What every template may show about the site itself."""

from django.conf import settings


def site(request):
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "CONTACT_EMAIL": settings.CONTACT_EMAIL}
