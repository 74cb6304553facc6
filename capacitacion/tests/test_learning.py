import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from capacitacion.models import EnrollmentStatus, LessonCompletion, QuizResult
from capacitacion.selectors import enrollment_progress, module_states
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import CohortFactory, learner
from cursos.models import LessonPage, ModulePage, QuizPage
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def items(course):
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    quizzes = list(QuizPage.objects.descendant_of(course).order_by("path"))
    return lessons, quizzes


def enrolled(course):
    user = learner()
    return user, enroll(user=user, course=course).enrollment


def test_lesson_and_quiz_content_only_for_enrolled_learners(client, course):
    [lesson, *_], [quiz, *_] = items(course)
    for url in (lesson.url, quiz.url):
        anonymous = client.get(url)
        assert anonymous.status_code == 302
        assert anonymous["Location"] == course.url
        assert b"Contenido de la lecci" not in anonymous.content

    client.force_login(learner())
    for url in (lesson.url, quiz.url):
        response = client.get(url, follow=True)
        html = response.content.decode()
        assert response.redirect_chain == [(course.url, 302)]
        assert "Inscríbete en el curso para ver sus lecciones." in html
        assert "Contenido de la lección." not in html
        assert "¿Qué organismo emite las alertas oficiales?" not in html


def test_enrolled_learner_reads_lessons_privately(client, course):
    [lesson, *_], _quizzes = items(course)
    user, _enrollment = enrolled(course)
    client.force_login(user)
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Contenido de la lección." in response.content.decode()
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("cohort_fields", "reason"),
    [({"requires_approval": True}, "pendiente de aprobación"), ({"capacity": 1}, "lista de espera")],
)
def test_pending_and_waitlisted_learners_are_told_why(client, course, cohort_fields, reason):
    cohort = CohortFactory(course=course, **cohort_fields)
    if "capacity" in cohort_fields:
        enroll(user=learner(), course=course, cohort=cohort)
    user = learner()
    enroll(user=user, course=course, cohort=cohort)
    client.force_login(user)
    [lesson, *_], _quizzes = items(course)
    assert reason in client.get(lesson.url, follow=True).content.decode()


def test_institution_staff_preview_but_other_institutions_do_not(
    client, course, institution, other_institution
):
    [lesson, *_], _quizzes = items(course)
    institution.refresh_from_db()
    other_institution.refresh_from_db()
    own_editor, other_editor = UserFactory(), UserFactory()
    own_editor.groups.add(institution.editors_group)
    other_editor.groups.add(other_institution.editors_group)
    client.force_login(own_editor)
    assert client.get(lesson.url).status_code == 200
    client.force_login(other_editor)
    denied = client.get(lesson.url)
    assert (denied.status_code, denied["Location"]) == (302, course.url)


def test_marking_a_lesson_done_records_it_once_and_moves_on(client, course):
    lessons, _quizzes = items(course)
    user, enrollment = enrolled(course)
    client.force_login(user)
    url = f"/mi-aprendizaje/lecciones/{lessons[0].pk}/completada/"
    assert client.get(url).status_code == 405
    response = client.post(url, {"next": lessons[1].url})
    assert response["Location"] == lessons[1].url
    client.post(url, {"next": "https://evil.example.org/"})
    assert LessonCompletion.objects.filter(enrollment=enrollment).count() == 1
    assert "Completaste esta lección." in client.get(lessons[0].url).content.decode()


def test_marking_done_without_enrolment_records_nothing(client, course):
    lessons, _quizzes = items(course)
    client.force_login(learner())
    response = client.post(f"/mi-aprendizaje/lecciones/{lessons[0].pk}/completada/", follow=True)
    assert response.status_code == 200
    assert not LessonCompletion.objects.exists()


def test_progress_counts_required_items_and_completes_the_enrolment(course):
    lessons, quizzes = items(course)
    user, enrollment = enrolled(course)
    optional = lessons[-1]
    optional.required = False
    optional.save_revision().publish()
    required_total = len(lessons) - 1 + len(quizzes)

    for lesson in lessons[:-1]:
        record_lesson_done(user=user, lesson=lesson)
    assert enrollment_progress(enrollment) == round(100 * (len(lessons) - 1) / required_total)
    QuizResult.objects.create(
        enrollment=enrollment, quiz=quizzes[0], score_percent=Decimal("90"), passed=True
    )
    QuizResult.objects.create(
        enrollment=enrollment, quiz=quizzes[1], score_percent=Decimal("40"), passed=False
    )
    assert enrollment_progress(enrollment) < 100
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE

    QuizResult.objects.filter(quiz=quizzes[1]).update(score_percent=Decimal("80"), passed=True)
    record_lesson_done(user=user, lesson=lessons[0])  # any new event re-evaluates the rule
    enrollment.refresh_from_db()
    assert enrollment_progress(enrollment) == 100
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert enrollment.completed_at is not None


def test_module_opening_rules(course):
    first, second = ModulePage.objects.child_of(course).order_by("path")
    user, enrollment = enrolled(course)
    assert all(state.open for state in module_states(enrollment, course, [first, second]).values())

    course.sequential = True
    course.save()
    state = module_states(enrollment, course, [first, second])[second.pk]
    assert not state.open and first.title in state.reason

    course.sequential = False
    course.save()
    second.opens_on = timezone.localdate() + datetime.timedelta(days=3)
    assert "Se abre el" in module_states(enrollment, course, [first, second])[second.pk].reason

    second.opens_on = None
    second.prerequisite_quiz = QuizPage.objects.child_of(first).get()
    second.prerequisite_min_score = 80
    QuizResult.objects.create(
        enrollment=enrollment, quiz=second.prerequisite_quiz, score_percent=Decimal("75"), passed=True
    )
    assert "80" in module_states(enrollment, course, [first, second])[second.pk].reason
    QuizResult.objects.update(score_percent=Decimal("80"))
    assert module_states(enrollment, course, [first, second])[second.pk].open


def test_locked_module_lessons_are_refused(client, course):
    course.sequential = True
    course.save_revision().publish()
    lessons, _quizzes = items(course)
    user, _enrollment = enrolled(course)
    client.force_login(user)
    response = client.get(lessons[2].url, follow=True)
    assert "Completa primero" in response.content.decode()
    assert "Contenido de la lección." not in response.content.decode().split("<main")[1].split("Programa")[0]


def test_dashboard_shows_only_my_enrolments_with_progress_and_next_step(client, course, institution):
    lessons, _quizzes = items(course)
    user, _enrollment = enrolled(course)
    record_lesson_done(user=user, lesson=lessons[0])
    other_course = build_course(institution, title="Curso ajeno")
    stranger = learner()
    enroll(user=stranger, course=other_course)

    client.force_login(user)
    html = client.get("/mi-aprendizaje/").content.decode()
    assert "Comunicación de riesgos" in html
    assert "Curso ajeno" not in html
    assert f'href="{lessons[1].url}"' in html
    assert 'value="' in html and "%" in html


def test_dashboard_requires_login(client):
    response = client.get("/mi-aprendizaje/")
    assert (response.status_code, response["Location"]) == (302, "/cuentas/login/?next=/mi-aprendizaje/")


def test_dashboard_query_count_does_not_grow_with_enrolments(client, institution):
    user = learner()
    client.force_login(user)

    def enrol_in(count):
        for _ in range(count):
            course = build_course(institution, modules=1, lessons_per_module=1)
            enroll(user=user, course=course)

    def measure():
        client.get("/mi-aprendizaje/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/mi-aprendizaje/").status_code == 200
        return len(captured)

    enrol_in(5)
    small = measure()
    enrol_in(45)
    assert measure() == small


def test_enrol_view_asks_for_profile_first_then_enrols(client, course):
    user = UserFactory()
    client.force_login(user)
    response = client.post(f"/mi-aprendizaje/inscribirme/{course.pk}/")
    assert response["Location"].startswith("/mi-aprendizaje/perfil/?next=")
    assert not user.enrollments.exists()

    user = learner()
    client.force_login(user)
    response = client.post(f"/mi-aprendizaje/inscribirme/{course.pk}/", follow=True)
    assert "Ya estás inscripto/a" in response.content.decode() or "¡Listo!" in response.content.decode()
    assert user.enrollments.get().status == EnrollmentStatus.ACTIVE


def test_enrol_view_shows_wrong_key_message(client, course):
    cohort = CohortFactory(course=course, enrolment_key="clave")
    client.force_login(learner())
    response = client.post(
        f"/mi-aprendizaje/inscribirme/{course.pk}/", {"cohort": cohort.pk, "key": "otra"}, follow=True
    )
    assert "La clave de inscripción no es correcta." in response.content.decode()
    response = client.post(
        f"/mi-aprendizaje/inscribirme/{course.pk}/", {"cohort": "no-numero", "key": "otra"}, follow=True
    )
    assert response.status_code == 200


def test_learner_cannot_withdraw_someone_else(client, course):
    _owner, enrollment = enrolled(course)
    client.force_login(learner())
    assert client.post(f"/mi-aprendizaje/inscripciones/{enrollment.pk}/baja/").status_code == 404
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE
