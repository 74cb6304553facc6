"""Page and tag slugs are ASCII: "Prevención" -> "prevencion", "Cooperação" -> "cooperacao".

An accented slug becomes a percent-encoded URL (/prevenci%C3%B3n/) that reads badly
when shared, pasted or spoken. Wagtail's WAGTAIL_ALLOW_UNICODE_SLUGS = False makes the
slugs it writes itself ASCII (from the title, in the admin's slug field and in
Page.full_clean); taggit's TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING does the same for tags
(aula/settings/base.py). Page.slug still accepts any letter, so a slug typed by hand
is checked here, on every page model of ours."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ASCII_SLUG_MESSAGE = _(
    "El slug solo puede tener letras sin tildes ni eñes, números, guiones y guiones bajos "
    "(por ejemplo, «prevencion» en lugar de «prevención»)."
)


def is_ascii_slug(slug: str) -> bool:
    return slug.isascii()


def check_ascii_slug(slug: str, field: str = "slug") -> None:
    if slug and not is_ascii_slug(slug):
        raise ValidationError({field: ASCII_SLUG_MESSAGE})


class AsciiSlugMixin:
    """For page models: refuses a slug with letters outside ASCII (the admin shows the
    message under the slug field)."""

    def clean(self):
        super().clean()
        check_ascii_slug(self.slug)
