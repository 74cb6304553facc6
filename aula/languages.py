"""The spellings of a language, in one place. Django's code is the one stored and
compared ("pt-br", settings.LANGUAGES); from it come the short code of URL prefixes
and of per-language model fields ("pt": /pt/…, intro_pt) and BCP 47 for what other
systems read ("pt-BR": signed credentials). The catalog's "pt_BR" is Django's own
to_locale. Imports no app, so pure modules (credentials, PDF) may use it."""

from django.conf import settings
from django.utils import translation


def short_code(language: str) -> str:
    """ "pt-br" -> "pt", "es" -> "es": the URL prefix and the per-language field suffix."""
    return language.split("-")[0]


def field_suffix(language: str) -> str:
    """The suffix of a per-language field (intro_es, intro_pt, intro_en) for `language`;
    the default language's for a language the platform does not offer."""
    return short_code(language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE)


def bcp47(language: str) -> str:
    """ "pt-br" -> "pt-BR": the tag Open Badges credentials carry."""
    return translation.to_locale(language).replace("_", "-")
