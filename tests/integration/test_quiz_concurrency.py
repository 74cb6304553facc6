"""Double submits and double starts under real concurrency: each thread has its own
PostgreSQL connection, so only the attempt's row lock (submit) and the enrolment's
row lock (start) keep a quiz graded once and a single attempt open."""

from functools import partial

import pytest
from django.db.models.signals import post_save
from django.http import QueryDict
from django.test import Client

from capacitacion.models import AttemptStatus, QuizAttempt, QuizResult
from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import start_attempt, submit_attempt
from capacitacion.tests.factories import learner
from cursos.models import QuizPage
from cursos.tests.factories import build_course
from tests.integration.races import ROUNDS, THREADS, at_once, errors

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def course(services, institution):
    return build_course(institution, modules=1, lessons_per_module=1)


@pytest.fixture
def quiz(course):
    return QuizPage.objects.descendant_of(course).get()


def enrolled_student(course):
    """A fresh learner for each round."""
    student = learner()
    enroll(user=student, course=course)
    return student


def right_answers(attempt) -> QueryDict:
    """Every question of the factory quiz answered right."""
    questions = {child.block_type: child for child in attempt.revision.as_object().questions}
    single = questions["single_choice"]
    form = QueryDict(mutable=True)
    form[f"q-{single.id}"] = next(c.id for c in single.value["choices"].bound_blocks if c.value["correct"])
    form[f"q-{questions['short_text'].id}"] = "respuesta-aceptada-secreta"
    form[f"q-{questions['true_false'].id}"] = "false"
    return form


@pytest.fixture
def grading_times():
    """The submitted_at of every save of a closed attempt: one value per grading."""
    seen = []

    def record(sender, instance, **kwargs):
        if instance.status != AttemptStatus.IN_PROGRESS:
            seen.append(instance.submitted_at)

    post_save.connect(record, sender=QuizAttempt, weak=False)
    yield seen
    post_save.disconnect(record, sender=QuizAttempt)


def assert_graded_once(attempt, quiz, grading_times):
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score, attempt.passed) == ("graded", 3, 3, True)
    assert grading_times == [attempt.submitted_at]
    result = QuizResult.objects.get(enrollment_id=attempt.enrollment_id)
    assert (result.quiz_id, result.score_percent, result.passed) == (quiz.pk, 100, True)


def test_threads_submitting_the_same_attempt_grade_it_once(course, quiz, grading_times):
    for _round in range(ROUNDS):
        student = enrolled_student(course)
        attempt = start_attempt(user=student, quiz=quiz)
        form = right_answers(attempt)
        grading_times.clear()

        results = at_once([partial(submit_attempt, user=student, attempt_id=attempt.pk, form=form)] * THREADS)

        assert errors(results) == []
        assert_graded_once(attempt, quiz, grading_times)
        assert {(r.pk, r.score, r.submitted_at) for r in results} == {(attempt.pk, 3, attempt.submitted_at)}


def test_browser_tabs_submitting_at_once_get_the_same_result(course, quiz, grading_times):
    """The same race through the view: a double click, or the form sent from several tabs."""
    for _round in range(ROUNDS):
        student = enrolled_student(course)
        attempt = start_attempt(user=student, quiz=quiz)
        data = {**right_answers(attempt).dict(), "submit": "1"}
        tabs = [Client() for _ in range(THREADS)]
        for tab in tabs:
            tab.force_login(student)
        grading_times.clear()

        url = f"/mi-aprendizaje/intentos/{attempt.pk}/"
        responses = at_once([partial(tab.post, url, data) for tab in tabs])

        assert errors(responses) == []
        assert [r["Location"] for r in responses] == [f"{url}resultado/"] * THREADS
        assert_graded_once(attempt, quiz, grading_times)


def test_threads_starting_the_same_quiz_open_one_attempt(course, quiz):
    for _round in range(ROUNDS):
        student = enrolled_student(course)

        attempts = at_once([partial(start_attempt, user=student, quiz=quiz)] * THREADS)

        assert errors(attempts) == []
        opened = QuizAttempt.objects.get(enrollment__user=student)
        assert opened.number == 1
        assert {attempt.pk for attempt in attempts} == {opened.pk}
