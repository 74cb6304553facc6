from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import ngettext

from cursos.blocks.questions import question_block as block_of

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`mapping|get_item:key` — a dict lookup with a variable key."""
    return mapping.get(key) if isinstance(mapping, dict) else None


def _number(value) -> tuple[str, int]:
    """A number of points in the active locale's format ("1", "1,5") and the count
    that picks the singular or plural: a fraction reads as a plural ("1,5 puntos")."""
    amount = Decimal(str(value or 0))
    if amount == amount.to_integral_value():
        return number_format(int(amount)), int(amount)
    return number_format(amount.normalize()), 2


@register.filter
def points(value) -> str:
    """`1` -> "1 punto", `1.50` -> "1,5 puntos" (in the active language)."""
    text, count = _number(value)
    return ngettext("%(points)s punto", "%(points)s puntos", count) % {"points": text}


@register.simple_tag
def points_of(earned, out_of) -> str:
    """Partial credit: "0,5 de 1 punto", "2 de 3 puntos"."""
    earned_text, _count = _number(earned)
    out_of_text, count = _number(out_of)
    return ngettext("%(points)s de %(max)s punto", "%(points)s de %(max)s puntos", count) % {
        "points": earned_text,
        "max": out_of_text,
    }


@register.filter
def question_block(question_type):
    """`question.type|question_block`: the block of a question type, which names its
    template and its limits (cursos.blocks.questions.question_block)."""
    return block_of(question_type)
