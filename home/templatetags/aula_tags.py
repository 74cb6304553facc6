from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in each language; plain links, so no JavaScript."""
    request = context["request"]
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        languages.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
        )
    return {"languages": languages}


@register.filter
def may_open_admin(user) -> bool:
    """`{% if user|may_open_admin %}`: the admin link, without two permission queries
    on every page (capacitacion.access.may_open_admin caches the answer)."""
    from capacitacion.access import may_open_admin as cached_check

    return cached_check(user)
