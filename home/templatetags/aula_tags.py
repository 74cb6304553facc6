from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from aula import page_cache
from aula.languages import short_code
from aula.sites import locale_ids

register = template.Library()
# Only bounds a cache that is not shared between processes (locmem).
TRANSLATION_URLS_TIMEOUT = 300


def translation_urls(page, request) -> dict[str, str]:
    """The URLs of a Wagtail page's live versions, by language code: one query when
    the content has changed, none after (cached under the content generation, which
    every page publish, move or deletion bumps)."""
    if not isinstance(page, Page) or not page.pk:
        return {}
    generation = page_cache.generation(page_cache.CONTENT)
    key = f"aula:translation-urls:{generation}:{request.get_host()}:{page.translation_key}"
    urls = cache.get(key)
    if urls is None:
        versions = page.get_translations(inclusive=True).live().select_related("locale")
        urls = {version.locale.language_code: version.get_url(request) for version in versions}
        cache.set(key, urls, timeout=TRANSLATION_URLS_TIMEOUT)
    return urls


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The current page in each language: its translation where one exists, otherwise
    the same path under the other language prefix (Wagtail then serves the page with
    the interface in that language). Plain links, so no JavaScript; a signed-in user
    gets small forms instead, so the choice also updates their preferred language."""
    request = context["request"]
    current = get_language()
    translations = translation_urls(context.get("page"), request)
    languages = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code)
        languages.append(
            {
                "code": code,
                # settings.LANGUAGES holds each language's name in that language.
                "name": name,
                "short": short_code(code).upper(),
                "url": url or translate_url(request.get_full_path(), code),
                "current": code == current,
            }
        )
    user = context.get("user")
    return {
        "languages": languages,
        "post_to": bool(user and user.is_authenticated),
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def may_open_admin(user) -> bool:
    """`{% if user|may_open_admin %}`: the admin link, without two permission queries
    on every page (capacitacion.access.may_open_admin caches the answer)."""
    from capacitacion.access import may_open_admin as cached_check

    return cached_check(user)


@register.simple_tag(takes_context=True)
def content_lang(context, page=None):
    """` lang="es"` for a page's own text where its language is not the interface's (a
    Spanish page under /en/, as when it has no English translation), so screen readers
    pronounce it right; nothing otherwise. No query: the locale ids are cached."""
    page = page if page is not None else context.get("page")
    if not isinstance(page, Page):
        return ""
    code = next((code for code, pk in locale_ids().items() if pk == page.locale_id), None)
    if code is None or code == get_supported_content_language_variant(get_language()):
        return ""
    return format_html(' lang="{}"', code)
