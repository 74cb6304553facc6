"""Demo learning data: a cohort of the risk communication course and a learner who
has read every lesson and has only the quizzes left, so finishing the course (and
getting the certificate) takes a few minutes in the demo; each institution's
certificate template (demo_certificates.py). Idempotent."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from capacitacion.credentials import ensure_demo_key
from capacitacion.demo_certificates import seed_certificate_templates
from capacitacion.models import Cohort, Enrollment, LearnerProfile
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from cursos.models import CoursePage, LessonPage

DEMO_LEARNER = {"email": "estudiante@aula.example.org", "password": "aula-demo-2026"}


def _demo_learner():
    user, _created = get_user_model().objects.get_or_create(
        username="estudiante", defaults={"email": DEMO_LEARNER["email"]}
    )
    user.email = DEMO_LEARNER["email"]
    user.set_password(DEMO_LEARNER["password"])
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    LearnerProfile.objects.get_or_create(
        user=user,
        defaults={
            "full_name": "María José Ñúñez O'Connor",
            "role": "journalist",
            "organisation": "Radio Ciudad",
            "city": "Rosario",
            "country": "AR",
            "preferred_language": "es",
            "accepted_terms_at": timezone.now(),
        },
    )
    return user


@transaction.atomic
def seed_learning() -> list[dict]:
    # The issuer key must exist before any certificate can be signed.
    ensure_demo_key()
    seed_certificate_templates()
    course = CoursePage.objects.get(slug="comunicacion-de-riesgos")
    today = timezone.localdate()
    cohort, _created = Cohort.objects.get_or_create(
        course=course,
        name="Cohorte 2026 · Cono Sur",
        defaults={
            "starts_on": today - datetime.timedelta(days=14),
            "ends_on": today + datetime.timedelta(days=76),
            "capacity": 40,
        },
    )
    learner = _demo_learner()
    if not Enrollment.objects.filter(user=learner, course=course).exists():
        enroll(user=learner, course=course, cohort=cohort)
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
            record_lesson_done(user=learner, lesson=lesson)
    return [{"role": "Estudiante", "login": DEMO_LEARNER["email"], "password": DEMO_LEARNER["password"]}]
