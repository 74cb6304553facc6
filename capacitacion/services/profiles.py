"""Changes to a learner's profile made outside the profile form."""

from django.conf import settings

from capacitacion.models import LearnerProfile


def set_preferred_language(*, user, language: str) -> bool:
    """Remember the language a learner picked in the language switcher, so emails and
    certificates follow it. Returns whether a profile changed (staff may have none)."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    changed = LearnerProfile.objects.filter(user=user).exclude(preferred_language=language)
    return changed.update(preferred_language=language) > 0
