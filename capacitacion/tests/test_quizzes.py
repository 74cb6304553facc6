import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone

from capacitacion.models import AttemptStatus, EnrollmentStatus, QuizAttempt, QuizResult
from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import (
    QuizError,
    close_overdue_attempts,
    save_responses,
    start_attempt,
    submit_attempt,
)
from capacitacion.tests.factories import learner
from cursos.models import QuizPage

pytestmark = pytest.mark.django_db

SECRETS = ["RETRO-GENERAL-SECRETA", "RETRO-OPCION-CORRECTA", "RETRO-OPCION-MAL", "RESPUESTA-ACEPTADA-SECRETA"]


def answers(attempt, *, correct: bool) -> QueryDict:
    """A form filled in right (or wrong) for the factory quiz's three questions."""
    questions = {child.block_type: child for child in attempt.revision.as_object().questions}
    single = questions["single_choice"]
    right = next(c.id for c in single.value["choices"].bound_blocks if c.value["correct"])
    wrong = next(c.id for c in single.value["choices"].bound_blocks if not c.value["correct"])
    form = QueryDict(mutable=True)
    form[f"q-{single.id}"] = right if correct else wrong
    form[f"q-{questions['short_text'].id}"] = " respuesta-aceptada-secreta " if correct else "otra"
    form[f"q-{questions['true_false'].id}"] = "false" if correct else "true"
    return form


def test_quiz_page_and_attempt_page_never_show_correctness(client, student, quiz):
    client.force_login(student)
    page = client.get(quiz.url).content.decode()
    response = client.post(f"/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/")
    attempt = QuizAttempt.objects.get()
    assert response["Location"] == f"/mi-aprendizaje/intentos/{attempt.pk}/"
    form_html = client.get(response["Location"]).content.decode()
    assert "¿Qué organismo emite las alertas oficiales?" in form_html
    for html in (page, form_html):
        for secret in SECRETS:
            assert secret not in html
        assert "correct" not in html.lower()


def test_start_pins_the_revision_and_reuses_the_open_attempt(student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    assert start_attempt(user=student, quiz=quiz).pk == attempt.pk
    quiz.refresh_from_db()
    assert attempt.revision_id == quiz.live_revision_id
    assert len(attempt.questions) == 3
    assert attempt.number == 1


def test_saved_answers_survive_a_reload(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    form = answers(attempt, correct=True)
    form["save"] = "1"
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", form)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/").content.decode()
    assert 'value="false" checked' in html
    assert 'value="respuesta-aceptada-secreta"' in html


def test_submit_grades_on_the_server_once(client, student, quiz, course):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    form = answers(attempt, correct=True)
    form["submit"] = "1"
    response = client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", form)
    assert response["Location"] == f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/"
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score, attempt.passed) == ("graded", 3, 3, True)
    first_submitted_at = attempt.submitted_at

    replay = answers(attempt, correct=False)
    replay["submit"] = "1"
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", replay)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.submitted_at) == (3, first_submitted_at)
    assert QuizResult.objects.get(quiz=quiz).passed
    review = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert "RETRO-OPCION-CORRECTA" in review  # feedback after submitting, as the quiz allows


def test_failing_then_passing_keeps_the_best_result(student, quiz):
    first = start_attempt(user=student, quiz=quiz)
    first = submit_attempt(user=student, attempt_id=first.pk, form=answers(first, correct=False))
    assert first.passed is False
    assert not QuizResult.objects.get(quiz=quiz).passed
    second = start_attempt(user=student, quiz=quiz)
    assert second.number == 2
    submit_attempt(user=student, attempt_id=second.pk, form=answers(second, correct=True))
    third = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=third.pk, form=answers(third, correct=False))
    result = QuizResult.objects.get(quiz=quiz)
    assert (result.passed, result.score_percent) == (True, 100)


def test_attempt_limit_blocks_with_a_message(client, student, quiz):
    quiz.max_attempts = 1
    quiz.save_revision().publish()
    attempt = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=attempt.pk)
    with pytest.raises(QuizError, match="intentos"):
        start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    html = client.post(f"/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/", follow=True).content.decode()
    assert "Ya usaste" in html


def test_another_learner_cannot_read_or_submit_my_attempt(client, student, quiz, course):
    attempt = start_attempt(user=student, quiz=quiz)
    intruder = learner()
    enroll(user=intruder, course=course)
    client.force_login(intruder)
    assert client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/").status_code == 404
    assert client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", {"submit": "1"}).status_code == 404
    assert client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").status_code == 404
    with pytest.raises(QuizError):
        submit_attempt(user=intruder, attempt_id=attempt.pk)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


def test_deadline_grades_only_what_was_saved_in_time(student, quiz):
    quiz.time_limit_minutes = 10
    quiz.save_revision().publish()
    attempt = start_attempt(user=student, quiz=quiz)
    save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=5))
    with pytest.raises(QuizError, match="tiempo"):
        save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    late = submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    assert (late.status, late.score) == (AttemptStatus.GRADED, 0)


def test_overdue_attempts_are_closed_by_the_periodic_task(student, quiz):
    quiz.time_limit_minutes = 5
    quiz.save_revision().publish()
    attempt = start_attempt(user=student, quiz=quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=1))
    assert close_overdue_attempts() == 1
    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.submitted_at is not None


def test_grading_uses_the_revision_the_attempt_started_on(student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    form = answers(attempt, correct=True)
    quiz.questions = [quiz.questions.raw_data[0]]
    quiz.questions.raw_data[0]["value"]["points"] = "50"
    quiz.save_revision().publish()
    graded = submit_attempt(user=student, attempt_id=attempt.pk, form=form)
    assert (graded.score, graded.max_score) == (3, 3)


@pytest.mark.parametrize(
    "junk",
    [
        {"q-nope": "x"},
        {"submit": "1", "q-nope": ["a", "b"]},
        {"save": "1", "q-": "x" * 100_000},
    ],
)
def test_malformed_posts_never_fail(client, student, quiz, junk):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    form = QueryDict(mutable=True)
    for key, value in junk.items():
        form.setlist(key, value if isinstance(value, list) else [value])
    for question in attempt.questions:
        form.setlist(f"q-{question['id']}", ["x" * 50_000, "otra"])
    response = client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", form)
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score in (None, 0)


def test_passing_every_quiz_and_lesson_completes_the_enrolment(student, course):
    from capacitacion.services.progress import record_lesson_done
    from cursos.models import LessonPage

    for lesson in LessonPage.objects.descendant_of(course):
        record_lesson_done(user=student, lesson=lesson)
    for quiz in QuizPage.objects.descendant_of(course):
        attempt = start_attempt(user=student, quiz=quiz)
        submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    assert student.enrollments.get().status == EnrollmentStatus.COMPLETED
