"""Review options, grading method, close date and per-learner overrides."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from capacitacion.models import AttemptStatus, QuizAttempt, QuizOverride, QuizResult
from capacitacion.selectors import quiz_state
from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import (
    QuizError,
    apply_override,
    save_responses,
    start_attempt,
    submit_attempt,
)
from capacitacion.tests.factories import learner
from capacitacion.tests.test_quizzes import SECRETS, answers
from cursos.models import QuizPage
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now


def configure(quiz, **fields):
    for name, value in fields.items():
        setattr(quiz, name, value)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


def take(student, quiz, *, correct: bool) -> QuizAttempt:
    attempt = start_attempt(user=student, quiz=quiz)
    return submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=correct))


def review_html(client, student, attempt) -> str:
    client.force_login(student)
    response = client.get(reverse("capacitacion:attempt_review", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def quiz_html(client, student, quiz) -> str:
    client.force_login(student)
    return client.get(quiz.url).content.decode()


# Review options -------------------------------------------------------------


def test_everything_allowed_shows_answers_points_feedback_and_the_key(client, student, quiz):
    configure(quiz, review_correct=True)
    attempt = take(student, quiz, correct=False)
    html = review_html(client, student, attempt)
    assert "Un grupo de mensajería" in html  # their own (wrong) answer
    assert "0 de 1 punto" in html  # points per question
    assert "RETRO-OPCION-MAL" in html and "RETRO-GENERAL-SECRETA" in html  # feedback
    assert "Respuesta correcta" in html and "RESPUESTA-ACEPTADA-SECRETA" in html  # the key
    assert "Defensa Civil" in html


@pytest.mark.parametrize(
    ("option", "marker"),
    [
        ("review_answers", "Un grupo de mensajería"),
        ("review_points", "0 de 1 punto"),
        ("review_feedback", "RETRO-OPCION-MAL"),
        ("review_correct", "RESPUESTA-ACEPTADA-SECRETA"),
    ],
)
def test_each_review_option_hides_its_part(client, student, quiz, option, marker):
    configure(quiz, review_answers=True, review_points=True, review_feedback=True, review_correct=True)
    configure(quiz, **{option: False})
    attempt = take(student, quiz, correct=False)
    html = review_html(client, student, attempt)
    assert marker not in html
    assert "Revisión de tus respuestas" in html  # the other parts still show


def test_the_key_is_off_by_default(client, student, quiz):
    html = review_html(client, student, take(student, quiz, correct=False))
    assert "RETRO-OPCION-MAL" in html
    assert "RESPUESTA-ACEPTADA-SECRETA" not in html and "Respuesta correcta" not in html


def test_never_shows_no_review_and_no_link(client, student, quiz):
    configure(quiz, review_when="never", review_correct=True)
    attempt = take(student, quiz, correct=False)
    html = review_html(client, student, attempt)
    assert "Obtuviste 0 de 3 puntos" in html  # the result itself is always shown
    assert "no muestra la revisión" in html
    for secret in SECRETS + ["Un grupo de mensajería"]:
        assert secret not in html
    page = quiz_html(client, student, quiz)
    assert reverse("capacitacion:attempt_review", args=[attempt.pk]) not in page
    assert "Revisar el intento" not in page


def test_after_passing_opens_the_review_of_every_attempt_once_passed(client, student, quiz):
    configure(quiz, review_when="after_passing")
    failed = take(student, quiz, correct=False)
    html = review_html(client, student, failed)
    assert "RETRO-OPCION-MAL" not in html
    assert "cuando apruebes" in html
    take(student, quiz, correct=True)
    assert "RETRO-OPCION-MAL" in review_html(client, student, failed)
    page = quiz_html(client, student, quiz)
    assert reverse("capacitacion:attempt_review", args=[failed.pk]) in page


def test_after_close_waits_for_the_close_date(client, student, quiz):
    configure(quiz, review_when="after_close", closes_at=NOW() + datetime.timedelta(days=1))
    attempt = take(student, quiz, correct=False)
    assert "RETRO-OPCION-MAL" not in review_html(client, student, attempt)
    QuizPage.objects.filter(pk=quiz.pk).update(closes_at=NOW() - datetime.timedelta(minutes=1))
    assert "RETRO-OPCION-MAL" in review_html(client, student, attempt)


def test_after_close_without_a_close_date_never_opens(client, student, quiz):
    configure(quiz, review_when="after_close")
    html = review_html(client, student, take(student, quiz, correct=False))
    assert "RETRO-OPCION-MAL" not in html


def test_quiz_page_lists_attempts_with_number_score_and_status(client, student, quiz):
    first = take(student, quiz, correct=False)
    second = take(student, quiz, correct=True)
    page = quiz_html(client, student, quiz)
    assert "Tus intentos" in page
    assert "0 de 3 puntos" in page and "3 de 3 puntos" in page
    assert "no aprobado" in page and '<span aria-hidden="true">✓</span> aprobado' in page
    for attempt in (first, second):
        assert reverse("capacitacion:attempt_review", args=[attempt.pk]) in page


def test_no_correctness_data_before_submission_even_with_the_key_allowed(client, student, quiz):
    configure(quiz, review_correct=True, review_when="after_attempt")
    client.force_login(student)
    response = client.post(reverse("capacitacion:attempt_start", args=[quiz.pk]))
    for html in (quiz_html(client, student, quiz), client.get(response["Location"]).content.decode()):
        for secret in SECRETS:
            assert secret not in html
        assert not re.search(r"correct", html, re.IGNORECASE)


# Grading method -------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "percent", "passed"),
    [("highest", 100, True), ("last", 0, False), ("average", 50, False)],
)
def test_grading_method_decides_the_standing_result(student, quiz, method, percent, passed):
    configure(quiz, grading_method=method)
    take(student, quiz, correct=True)
    take(student, quiz, correct=False)
    result = QuizResult.objects.get(quiz=quiz)
    assert (result.score_percent, result.passed) == (percent, passed)


def test_average_counts_only_graded_attempts(student, quiz):
    configure(quiz, grading_method="average")
    take(student, quiz, correct=True)
    start_attempt(user=student, quiz=quiz)  # open, not graded
    assert QuizResult.objects.get(quiz=quiz).score_percent == 100


# Close date -----------------------------------------------------------------


def test_no_new_attempt_after_the_close_date(client, student, quiz):
    configure(quiz, closes_at=NOW() - datetime.timedelta(hours=1))
    with pytest.raises(QuizError, match="cerró"):
        start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    html = client.post(reverse("capacitacion:attempt_start", args=[quiz.pk]), follow=True).content.decode()
    assert "cerró" in html
    assert not QuizAttempt.objects.exists()
    assert "El cuestionario está cerrado" in quiz_html(client, student, quiz)


def test_no_save_after_the_close_date_and_submit_grades_what_was_saved(student, quiz):
    configure(quiz, closes_at=NOW() + datetime.timedelta(days=1))
    attempt = start_attempt(user=student, quiz=quiz)
    assert attempt.deadline == quiz.closes_at  # no time limit: the close date ends the attempt
    save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    QuizPage.objects.filter(pk=quiz.pk).update(closes_at=NOW() - datetime.timedelta(minutes=5))
    with pytest.raises(QuizError, match="cerró"):
        save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    graded = submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    assert (graded.status, graded.score) == (AttemptStatus.GRADED, 0)


def test_time_limit_never_runs_past_the_close_date(student, quiz):
    closes_at = NOW() + datetime.timedelta(minutes=10)
    configure(quiz, time_limit_minutes=60, closes_at=closes_at)
    assert start_attempt(user=student, quiz=quiz).deadline == closes_at


# Overrides ------------------------------------------------------------------


def override(student, quiz, **fields) -> QuizOverride:
    return QuizOverride.objects.create(
        enrollment=student.enrollments.get(), quiz=quiz, reason="Conexión caída durante el intento", **fields
    )


def test_an_extra_attempt_allows_exactly_one_more(client, student, quiz):
    configure(quiz, max_attempts=1)
    take(student, quiz, correct=False)
    with pytest.raises(QuizError, match="intentos"):
        start_attempt(user=student, quiz=quiz)
    override(student, quiz, extra_attempts=1)
    assert "1 intento más" in quiz_html(client, student, quiz)
    assert take(student, quiz, correct=True).number == 2
    with pytest.raises(QuizError, match="Ya usaste los 2 intentos"):
        start_attempt(user=student, quiz=quiz)


def test_extra_minutes_extend_the_deadline(student, quiz):
    configure(quiz, time_limit_minutes=10)
    override(student, quiz, extra_minutes=15)
    attempt = start_attempt(user=student, quiz=quiz)
    assert attempt.deadline - attempt.started_at == pytest.approx(
        datetime.timedelta(minutes=25), abs=datetime.timedelta(seconds=5)
    )


def test_extra_minutes_granted_during_an_attempt_apply_at_once(student, quiz):
    configure(quiz, time_limit_minutes=10)
    attempt = start_attempt(user=student, quiz=quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(started_at=NOW() - datetime.timedelta(minutes=12))
    attempt.refresh_from_db()
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=attempt.started_at + datetime.timedelta(minutes=10)
    )
    with pytest.raises(QuizError, match="tiempo"):
        save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    apply_override(override(student, quiz, extra_minutes=20))
    save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    assert submit_attempt(user=student, attempt_id=attempt.pk).score == 3


def test_a_later_close_date_reopens_the_quiz_for_that_learner(course, student, quiz):
    configure(quiz, closes_at=NOW() - datetime.timedelta(hours=1))
    later = NOW() + datetime.timedelta(days=2)
    override(student, quiz, closes_at=later)
    state = quiz_state(student.enrollments.get(), quiz)
    assert (state.closed, state.rules.closes_at) == (False, later)
    assert take(student, quiz, correct=True).passed
    classmate = learner()
    enroll(user=classmate, course=course)
    with pytest.raises(QuizError, match="cerró"):
        start_attempt(user=classmate, quiz=quiz)


def test_an_override_never_brings_the_close_date_forward(student, quiz):
    configure(quiz, closes_at=NOW() + datetime.timedelta(days=5))
    override(student, quiz, closes_at=NOW() - datetime.timedelta(days=1))
    assert start_attempt(user=student, quiz=quiz).status == AttemptStatus.IN_PROGRESS


# Admin ----------------------------------------------------------------------


@pytest.fixture
def editor(institution):
    institution.refresh_from_db()
    user = UserFactory()
    user.groups.add(institution.editors_group)
    return user


@pytest.fixture
def other_override(other_institution):
    other_course = build_course(other_institution, modules=1, lessons_per_module=1, title="Formulación")
    other_learner = learner()
    enroll(user=other_learner, course=other_course)
    return QuizOverride.objects.create(
        enrollment=other_learner.enrollments.get(),
        quiz=QuizPage.objects.descendant_of(other_course).first(),
        extra_attempts=1,
        reason="MOTIVO-DE-OTRA-INSTITUCION",
    )


def test_editor_lists_only_overrides_of_their_courses(client, editor, student, quiz, other_override):
    override(student, quiz, extra_attempts=2)
    client.force_login(editor)
    response = client.get(reverse("excepciones:index"))
    assert response.status_code == 200
    assert list(response.context["object_list"]) == list(QuizOverride.objects.filter(quiz=quiz))


@pytest.mark.parametrize("url_name", ["excepciones:edit", "excepciones:delete", "excepciones:history"])
def test_editor_cannot_open_another_institution_override(client, editor, other_override, url_name):
    client.force_login(editor)
    assert client.get(reverse(url_name, args=[other_override.pk])).status_code == 404


def test_editor_cannot_change_or_delete_another_institution_override(client, editor, other_override):
    client.force_login(editor)
    edit = client.post(
        reverse("excepciones:edit", args=[other_override.pk]),
        {
            "enrollment": other_override.enrollment_id,
            "quiz": other_override.quiz_id,
            "extra_attempts": 9,
            "extra_minutes": 0,
            "reason": "x",
        },
    )
    delete = client.post(reverse("excepciones:delete", args=[other_override.pk]))
    assert (edit.status_code, delete.status_code) == (404, 404)
    other_override.refresh_from_db()
    assert other_override.extra_attempts == 1


def test_editor_grants_an_override_for_their_own_learner(client, editor, student, quiz, other_override):
    client.force_login(editor)
    form = client.get(reverse("excepciones:add")).context["form"]
    assert {e.pk for e in form.fields["enrollment"].queryset} == {student.enrollments.get().pk}
    assert other_override.quiz_id not in {q.pk for q in form.fields["quiz"].queryset}
    response = client.post(
        reverse("excepciones:add"),
        {
            "enrollment": student.enrollments.get().pk,
            "quiz": quiz.pk,
            "extra_attempts": 1,
            "extra_minutes": 5,
            "reason": "Certificado médico",
        },
    )
    assert response.status_code == 302
    granted = QuizOverride.objects.get(quiz=quiz)
    assert (granted.granted_by, granted.extra_attempts) == (editor, 1)


def test_editor_cannot_grant_for_another_institution_learner(client, editor, quiz, other_override):
    client.force_login(editor)
    response = client.post(
        reverse("excepciones:add"),
        {
            "enrollment": other_override.enrollment_id,
            "quiz": quiz.pk,
            "extra_attempts": 1,
            "extra_minutes": 0,
            "reason": "x",
        },
    )
    assert response.status_code == 200  # the form again, with an error
    assert response.context["form"].errors["enrollment"]
    assert QuizOverride.objects.count() == 1


def test_a_quiz_from_another_course_is_rejected(student, quiz, other_override):
    from django.core.exceptions import ValidationError

    wrong = QuizOverride(enrollment=student.enrollments.get(), quiz=other_override.quiz, reason="x")
    with pytest.raises(ValidationError, match="no pertenece"):
        wrong.full_clean()
