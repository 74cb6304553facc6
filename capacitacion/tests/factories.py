import datetime

import factory
from django.utils import timezone

from capacitacion.models import Cohort, LearnerProfile
from tests.factories import UserFactory


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Persona Estudiante {n}")
    role = "journalist"
    city = "Rosario"
    country = "AR"
    preferred_language = "es"
    accepted_terms_at = factory.LazyFunction(timezone.now)


def learner(**profile_fields):
    """A user with a completed learner profile."""
    return LearnerProfileFactory(**profile_fields).user


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cohort

    name = factory.Sequence(lambda n: f"Cohorte {n}")
    starts_on = factory.LazyFunction(timezone.localdate)
    ends_on = factory.LazyAttribute(lambda cohort: cohort.starts_on + datetime.timedelta(days=60))
