from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

register = template.Library()


def page_translations(page) -> dict[str, Page]:
    """The live versions of a Wagtail page, by language code (one query)."""
    if not isinstance(page, Page) or not page.pk:
        return {}
    versions = page.get_translations(inclusive=True).live().select_related("locale")
    return {version.locale.language_code: version for version in versions}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The current page in each language: its translation where one exists, otherwise
    the same path under the other language prefix (Wagtail then serves the page with
    the interface in that language). Plain links, so no JavaScript; a signed-in user
    gets small forms instead, so the choice also updates their preferred language."""
    request = context["request"]
    current = get_language()
    translations = page_translations(context.get("page"))
    languages = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        translation = translations.get(code)
        url = translation.get_url(request) if translation is not None else None
        languages.append(
            {
                "code": code,
                "name": info["name_local"],
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
