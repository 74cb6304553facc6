"""How django-allauth fits Aula: new accounts fill in their learner profile first,
every redirect stays in the language the person is browsing in, and emails greet
people in the site's name, not the host the request came in on."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_login_redirect_url
from django.conf import settings
from django.utils.translation import get_language

from aula.links import absolute_url
from capacitacion.models import LearnerProfile
from capacitacion.views.profile import in_language, profile_url


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        # Without ?next=, a learner lands in the language of their profile.
        profile = LearnerProfile.objects.filter(user=request.user).only("preferred_language").first()
        language = profile.preferred_language if profile is not None else get_language()
        return in_language(super().get_login_redirect_url(request), language)

    def get_logout_redirect_url(self, request):
        return in_language(super().get_logout_redirect_url(request), get_language())

    def get_signup_redirect_url(self, request):
        return profile_url()

    def post_login(self, request, user, *, signup, redirect_url, **kwargs):
        # Even a sign-up that carries ?next= (say, from a course page) passes through
        # the profile first, which then continues to that page.
        if signup and not LearnerProfile.objects.filter(user=user).exists():
            redirect_url = profile_url(get_login_redirect_url(request, redirect_url, signup=True))
        return super().post_login(request, user, signup=signup, redirect_url=redirect_url, **kwargs)

    # allauth builds the links of its emails on the host the request came in on; ours
    # are on SITE_URL, like every absolute URL the platform writes.
    def get_email_confirmation_url(self, request, emailconfirmation):
        return on_site_url(super().get_email_confirmation_url(request, emailconfirmation))

    def get_reset_password_from_key_url(self, key):
        return on_site_url(super().get_reset_password_from_key_url(key))

    def send_mail(self, template_prefix, email, context):
        # allauth's current_site is the Sites framework's row, whose name and domain
        # are the request's host ("127.0.0.1:8781"): our emails speak as the site.
        site = {
            "site_name": settings.WAGTAIL_SITE_NAME,
            "site_url": settings.SITE_URL,
            "contact_email": settings.CONTACT_EMAIL,
            "current_site": SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=settings.SITE_URL),
        }
        super().send_mail(template_prefix, email, {**site, **context})


def on_site_url(url: str) -> str:
    """The same path and query on SITE_URL."""
    parts = urlsplit(url)
    return absolute_url(parts.path + (f"?{parts.query}" if parts.query else ""))
