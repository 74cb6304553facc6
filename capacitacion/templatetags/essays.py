"""How a learner's essay answer is shown, wherever it is shown (the grading view, the
learner's review page): escaped plain text, or, when the essay block allows
formatting, HTML cleaned by bleach down to a few harmless tags without attributes.

In a template: {% load essays %}{{ answer|essay_html:question.value.allow_formatting }}"""

import bleach
from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

ESSAY_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li"})


@register.filter
def essay_html(text, allow_formatting=False) -> SafeString:
    """The answer as safe HTML. Anything that is not a string shows as empty."""
    if not isinstance(text, str):
        text = ""
    if allow_formatting:
        # strip=True drops forbidden tags but keeps their text, escaped.
        return mark_safe(bleach.clean(text, tags=ESSAY_TAGS, attributes={}, protocols=[], strip=True))
    return linebreaks_filter(text, autoescape=True)
