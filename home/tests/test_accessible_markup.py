"""Markup that assistive technology relies on, checked on the rendered HTML."""

import re

import pytest

from capacitacion.tests.factories import learner
from cursos.models import QuizPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db


def test_error_messages_are_alerts_and_other_messages_are_status(client, institution):
    course = build_course(institution, enrolment_policy="open")
    quiz = QuizPage.objects.descendant_of(course).get()
    client.force_login(learner())

    # Not enrolled: the quiz cannot be started, and the page says why at once.
    response = client.post(f"/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/", follow=True)

    messages = re.findall(
        r'<p class="message message--(\w+)" role="(\w+)">([^<]+)</p>', response.content.decode()
    )
    assert [(level, role) for level, role, _text in messages] == [("error", "alert"), ("info", "status")]


@pytest.mark.parametrize(("prefix", "marked"), [("", False), ("/pt", True)])
def test_spanish_course_is_marked_spanish_in_another_interface_language(client, institution, prefix, marked):
    course = build_course(institution, title="Alertas tempranas", language="es")

    catalog = client.get(f"{prefix}/cursos/").content.decode()
    page = client.get(f"{prefix}{course.url}").content.decode()

    assert ('<h3 class="card__title course-card__title" lang="es">' in catalog) is marked
    assert ('<h1 lang="es">Alertas tempranas</h1>' in page) is marked
    assert ("<h1>Alertas tempranas</h1>" in page) is not marked


def test_only_timed_attempts_load_the_timer_script(client, institution):
    from capacitacion.services.enrollment import enroll
    from capacitacion.services.quizzes import start_attempt

    course = build_course(institution, modules=2, enrolment_policy="open")
    untimed, timed = QuizPage.objects.descendant_of(course).order_by("path")
    timed.time_limit_minutes = 20
    timed.save_revision().publish()
    user = learner()
    enroll(user=user, course=course)
    client.force_login(user)

    pages = {
        quiz.pk: client.get(
            f"/mi-aprendizaje/intentos/{start_attempt(user=user, quiz=quiz).pk}/"
        ).content.decode()
        for quiz in (untimed, QuizPage.objects.get(pk=timed.pk))
    }

    assert "quiz-timer.js" not in pages[untimed.pk] and "data-quiz-timer" not in pages[untimed.pk]
    assert re.search(r'<script src="[^"]*/js/quiz-timer\.js" defer>', pages[timed.pk])
    assert 'role="status" aria-live="polite" data-quiz-timer-announce' in pages[timed.pk]
    assert 'data-many="Quedan {minutes} minutos."' in pages[timed.pk]
