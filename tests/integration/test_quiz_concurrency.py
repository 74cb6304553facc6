"""Double submits and double starts under real concurrency: each thread has its own
PostgreSQL connection, so only the attempt's row lock (submit) and the enrolment's
row lock (start) keep a quiz graded once and a single attempt open."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.http import QueryDict
from django.test import Client

from capacitacion.models import AttemptStatus, QuizAttempt, QuizResult
from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import start_attempt, submit_attempt
from capacitacion.tests.factories import learner
from cursos.models import QuizPage
from cursos.tests.factories import build_course

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

THREADS = 2


@pytest.fixture
def quiz_and_student(services, institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    student = learner()
    enroll(user=student, course=course)
    return QuizPage.objects.descendant_of(course).get(), student


def right_answers(attempt) -> QueryDict:
    """Every question of the factory quiz answered right."""
    questions = {child.block_type: child for child in attempt.revision.as_object().questions}
    single = questions["single_choice"]
    form = QueryDict(mutable=True)
    form[f"q-{single.id}"] = next(c.id for c in single.value["choices"].bound_blocks if c.value["correct"])
    form[f"q-{questions['short_text'].id}"] = "respuesta-aceptada-secreta"
    form[f"q-{questions['true_false'].id}"] = "false"
    return form


def at_once(action, count: int = THREADS) -> list:
    """Run `action` in `count` threads released together; each closes its own connection."""
    barrier = threading.Barrier(count)

    def run(_index):
        try:
            barrier.wait(timeout=30)
            return action()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


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


def test_two_threads_submitting_the_same_attempt_grade_it_once(quiz_and_student, grading_times):
    quiz, student = quiz_and_student
    attempt = start_attempt(user=student, quiz=quiz)
    form = right_answers(attempt)

    results = at_once(lambda: submit_attempt(user=student, attempt_id=attempt.pk, form=form))

    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score, attempt.passed) == ("graded", 3, 3, True)
    assert [(r.pk, r.score, r.submitted_at) for r in results] == [(attempt.pk, 3, attempt.submitted_at)] * 2
    assert set(grading_times) == {attempt.submitted_at}
    result = QuizResult.objects.get()
    assert (result.enrollment_id, result.quiz_id, result.score_percent, result.passed) == (
        attempt.enrollment_id,
        quiz.pk,
        100,
        True,
    )


def test_two_browser_tabs_submitting_at_once_get_the_same_result(quiz_and_student, grading_times):
    """The same race through the view: a double click, or the form sent from two tabs."""
    quiz, student = quiz_and_student
    attempt = start_attempt(user=student, quiz=quiz)
    data = {**right_answers(attempt).dict(), "submit": "1"}
    tabs = [Client() for _ in range(THREADS)]
    for tab in tabs:
        tab.force_login(student)
    turns = iter(tabs)
    lock = threading.Lock()

    def submit():
        with lock:
            tab = next(turns)
        return tab.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", data)

    responses = at_once(submit)

    assert [r["Location"] for r in responses] == [f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/"] * 2
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score) == ("graded", 3)
    assert set(grading_times) == {attempt.submitted_at}
    assert QuizResult.objects.get().score_percent == 100


def test_two_threads_starting_the_same_quiz_open_one_attempt(quiz_and_student):
    quiz, student = quiz_and_student

    attempts = at_once(lambda: start_attempt(user=student, quiz=quiz))

    assert attempts[0].pk == attempts[1].pk
    assert QuizAttempt.objects.get().pk == attempts[0].pk
    assert QuizAttempt.objects.get().number == 1
