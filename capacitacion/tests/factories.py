import datetime

import factory
from django.http import QueryDict
from django.utils import timezone

from capacitacion.models import Certificate, Cohort, Enrollment, EnrollmentStatus, LearnerProfile, QuizAttempt
from capacitacion.services.quizzes import start_attempt, submit_attempt
from cursos.models import QuizPage
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


# A quiz with an essay, which waits for a person to grade it.

ESSAY = {
    "type": "essay",
    "value": {
        "prompt": "<p>Explica cómo se verifica una alerta antes de publicarla.</p>",
        "points": "2",
        "rubric": "<p>RUBRICA-PARA-QUIEN-CORRIGE</p>",
        "max_words": None,
        "allow_formatting": False,
    },
}


def with_essay(quiz: QuizPage) -> QuizPage:
    """The factory quiz (three auto-graded points) plus a two-point essay: passing
    (70 %) needs at least 0.5 points on the essay when the rest is right."""
    quiz.questions = [*quiz.questions.raw_data, ESSAY]
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def submit_with_essay(user, quiz: QuizPage, essay_text: str = "Consulto la fuente oficial.") -> QuizAttempt:
    attempt = start_attempt(user=user, quiz=quiz)
    questions = {child.block_type: child for child in attempt.revision.as_object().questions}
    single = questions["single_choice"]
    form = QueryDict(mutable=True)
    form[f"q-{single.id}"] = next(c.id for c in single.value["choices"].bound_blocks if c.value["correct"])
    form[f"q-{questions['short_text'].id}"] = "respuesta-aceptada-secreta"
    form[f"q-{questions['true_false'].id}"] = "false"
    form[f"q-{questions['essay'].id}"] = essay_text
    return submit_attempt(user=user, attempt_id=attempt.pk, form=form)


def essay_id(attempt: QuizAttempt) -> str:
    return next(qid for qid, result in attempt.results.items() if result["needs_grading"])
