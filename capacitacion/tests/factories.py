import datetime

import factory
from django.utils import timezone

from capacitacion.models import Certificate, Cohort, Enrollment, EnrollmentStatus, LearnerProfile
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


class EnrollmentFactory(factory.django.DjangoModelFactory):
    """A bare enrolment row (no enrolment rules applied): for reports' seed data."""

    class Meta:
        model = Enrollment

    user = factory.LazyFunction(learner)
    status = EnrollmentStatus.ACTIVE
    status_changed_at = factory.LazyFunction(timezone.now)
    completed_at = factory.LazyAttribute(
        lambda enrollment: timezone.now() if enrollment.status == EnrollmentStatus.COMPLETED else None
    )


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate row without PDF or credential: for reports' seed data."""

    class Meta:
        model = Certificate

    code = factory.Sequence(lambda n: f"TEST-{n:04d}-CERT")
    holder_name = factory.LazyAttribute(lambda cert: str(cert.enrollment.user))
    course_title = factory.LazyAttribute(lambda cert: cert.enrollment.course.title)
    institution_name = "Universidad"
    hours = 6
    completed_on = factory.LazyFunction(timezone.localdate)
    language = "es"
    status_list = 9
    status_index = factory.Sequence(lambda n: n)


def member_of(group):
    """A new user in `group` (an institution's editors, the Coordination group)."""
    user = UserFactory()
    user.groups.add(group)
    return user
