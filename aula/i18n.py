"""URL prefixes by language: none for Spanish, /pt/ for Portuguese, /en/ for English.

Django's i18n_patterns would use the full language code (/pt-br/); the network's
public paths use the short one. LocaleMiddleware already maps /pt/ to pt-br."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from aula.input_guard import next_path
from aula.languages import short_code
from capacitacion.services.profiles import set_preferred_language


class ShortLocalePrefixPattern(LocalePrefixPattern):
    @property
    def language_prefix(self) -> str:
        language_code = get_language() or settings.LANGUAGE_CODE
        if language_code == settings.LANGUAGE_CODE and not self.prefix_default_language:
            return ""
        return f"{short_code(language_code)}/"


def language_patterns(*urls) -> list[URLResolver]:
    return [URLResolver(ShortLocalePrefixPattern(prefix_default_language=False), list(urls))]


def remember_language(response: HttpResponse, language: str) -> HttpResponse:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """The language switcher for a signed-in learner: the choice also becomes their
    profile's preferred language (emails, certificates, where login lands).

    `next` is already the page in the chosen language (the switcher works it out), so
    unlike Django's set_language this view does not translate it again: this path has
    no language prefix, and /pt/… read as a Spanish path would become /pt/pt/…"""
    language = request.POST.get("language", "")
    response = HttpResponseRedirect(next_path(request) or "/")
    if language not in dict(settings.LANGUAGES):
        return response
    if request.user.is_authenticated:
        set_preferred_language(user=request.user, language=language)
    return remember_language(response, language)
