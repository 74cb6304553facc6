"""URL prefixes by language: none for Spanish, /pt/ for Portuguese, /en/ for English.

Django's i18n_patterns would use the full language code (/pt-br/); the network's
public paths use the short one. LocaleMiddleware already maps /pt/ to pt-br."""

from django.conf import settings
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils.translation import get_language


def url_prefix(language_code: str) -> str:
    return language_code.split("-")[0]


class ShortLocalePrefixPattern(LocalePrefixPattern):
    @property
    def language_prefix(self) -> str:
        language_code = get_language() or settings.LANGUAGE_CODE
        if language_code == settings.LANGUAGE_CODE and not self.prefix_default_language:
            return ""
        return f"{url_prefix(language_code)}/"


def language_patterns(*urls) -> list[URLResolver]:
    return [URLResolver(ShortLocalePrefixPattern(prefix_default_language=False), list(urls))]
