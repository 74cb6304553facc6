import copy
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.urls import reverse
from wagtail.models import PageLogEntry

from capacitacion.models import AttemptStatus, QuizAttempt, QuizResult
from capacitacion.services.enrollment import enroll
from capacitacion.services.grading import REGRADE_ACTION, RegradeReport, grade_essays, regrade_quiz
from capacitacion.services.quizzes import start_attempt, submit_attempt
from capacitacion.tests.factories import essay_id, learner, submit_with_essay, with_essay
from cursos.models import QuizPage

pytestmark = pytest.mark.django_db


def take(course, quiz, choice: int | None) -> QuizAttempt:
    """A new learner's graded attempt: the short-text and true/false questions right,
    the single-choice question answered with choice number `choice` (None: blank)."""
    user = learner()
    enroll(user=user, course=course)
    attempt = start_attempt(user=user, quiz=quiz)
    questions = {child.block_type: child for child in attempt.revision.as_object().questions}
    form = QueryDict(mutable=True)
    if choice is not None:
        single = questions["single_choice"]
        form[f"q-{single.id}"] = single.value["choices"].bound_blocks[choice].id
    form[f"q-{questions['short_text'].id}"] = "respuesta-aceptada-secreta"
    form[f"q-{questions['true_false'].id}"] = "false"
    return submit_attempt(user=user, attempt_id=attempt.pk, form=form)


def fix_the_key(quiz: QuizPage) -> QuizPage:
    """The author corrects the single-choice question: the second choice is the right one."""
    quiz = QuizPage.objects.get(pk=quiz.pk)
    questions = copy.deepcopy(list(quiz.questions.raw_data))
    single = next(question for question in questions if question["type"] == "single_choice")
    for index, choice in enumerate(single["value"]["choices"]):
        choice["value"]["correct"] = index == 1
    quiz.questions = questions
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def scores(*attempts) -> list[Decimal]:
    return [QuizAttempt.objects.get(pk=attempt.pk).score for attempt in attempts]


def test_regrade_changes_exactly_the_affected_scores(course, quiz, editor):
    right, wrong, blank = take(course, quiz, 0), take(course, quiz, 1), take(course, quiz, None)
    assert scores(right, wrong, blank) == [3, 2, 2]
    untouched_results = QuizAttempt.objects.get(pk=blank.pk).results

    report = regrade_quiz(quiz=fix_the_key(quiz), by_user=editor)

    assert report == RegradeReport(attempts=3, changed=2)
    assert scores(right, wrong, blank) == [2, 3, 2]
    assert QuizAttempt.objects.get(pk=blank.pk).results == untouched_results
    formerly_right = QuizAttempt.objects.get(pk=right.pk)
    assert (formerly_right.passed, formerly_right.revision_id) == (False, right.revision_id)
    assert QuizResult.objects.get(enrollment=wrong.enrollment, quiz=quiz).passed
    assert QuizResult.objects.get(enrollment=right.enrollment, quiz=quiz).score_percent == Decimal("66.67")
    assert PageLogEntry.objects.filter(page=quiz, action=REGRADE_ACTION, data__changed=2).exists()


def test_regrading_twice_changes_nothing_the_second_time(course, quiz, editor):
    take(course, quiz, 0)
    quiz = fix_the_key(quiz)
    assert regrade_quiz(quiz=quiz, by_user=editor) == RegradeReport(attempts=1, changed=1)
    assert regrade_quiz(quiz=quiz, by_user=editor) == RegradeReport(attempts=1, changed=0)


def test_attempts_still_in_progress_are_left_alone(course, quiz, editor):
    user = learner()
    enroll(user=user, course=course)
    open_attempt = start_attempt(user=user, quiz=quiz)
    assert regrade_quiz(quiz=fix_the_key(quiz), by_user=editor) == RegradeReport(attempts=0, changed=0)
    open_attempt.refresh_from_db()
    assert (open_attempt.status, open_attempt.score) == (AttemptStatus.IN_PROGRESS, None)


def test_regrade_keeps_manual_essay_points(course, quiz, editor):
    quiz = with_essay(quiz)
    student = learner()
    enroll(user=student, course=course)
    attempt = submit_with_essay(student, quiz)
    qid = essay_id(attempt)
    grade_essays(attempt_id=attempt.pk, grader=editor, marks={qid: (Decimal("1.5"), "Buen trabajo.")})

    report = regrade_quiz(quiz=fix_the_key(quiz), by_user=editor)

    assert report == RegradeReport(attempts=1, changed=1)
    attempt.refresh_from_db()
    assert attempt.results[qid]["points"] == "1.50"
    assert attempt.results[qid]["comment"] == "Buen trabajo."
    assert (attempt.status, attempt.score, attempt.passed) == (AttemptStatus.GRADED, Decimal("3.50"), True)


def test_an_attempt_waiting_for_a_person_keeps_waiting(course, quiz, editor):
    quiz = with_essay(quiz)
    student = learner()
    enroll(user=student, course=course)
    attempt = submit_with_essay(student, quiz)

    regrade_quiz(quiz=fix_the_key(quiz), by_user=editor)

    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.passed) == (AttemptStatus.NEEDS_GRADING, 2, None)
    assert attempt.results[essay_id(attempt)]["needs_grading"] is True


def regrade_url(quiz) -> str:
    return reverse("correccion:regrade", args=[quiz.pk])


def test_editor_sees_the_button_confirms_and_regrades(client, course, quiz, editor):
    take(course, quiz, 0)
    take(course, quiz, 1)
    take(course, quiz, None)
    quiz = fix_the_key(quiz)
    client.force_login(editor)
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    assert regrade_url(quiz) in edit_page
    assert (
        regrade_url(course)
        not in client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    )

    confirm = client.get(regrade_url(quiz))
    assert confirm.status_code == 200
    assert "Se volverán a calificar 3 intentos" in confirm.content.decode()
    assert scores(*QuizAttempt.objects.order_by("pk")) == [3, 2, 2]  # a GET changes nothing

    done = client.post(regrade_url(quiz), follow=True)
    assert done.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    assert "3 intentos recalificados; cambió el puntaje de 2" in done.content.decode()
    assert scores(*QuizAttempt.objects.order_by("pk")) == [2, 3, 2]


def test_regrade_needs_the_right_to_edit_the_quiz(client, course, quiz, other_editor):
    take(course, quiz, 0)
    quiz = fix_the_key(quiz)
    client.force_login(other_editor)
    assert (
        regrade_url(quiz)
        not in client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    )
    for response in (client.get(regrade_url(quiz)), client.post(regrade_url(quiz))):
        # Wagtail answers a PermissionDenied in the admin with a redirect to its home.
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert scores(*QuizAttempt.objects.all()) == [3]


def test_a_learner_cannot_regrade(client, course, quiz):
    attempt = take(course, quiz, 0)
    quiz = fix_the_key(quiz)
    client.force_login(attempt.enrollment.user)
    response = client.post(regrade_url(quiz))
    assert (response.status_code, response["Location"]) == (
        302,
        f"{reverse('wagtailadmin_login')}?next={regrade_url(quiz)}",
    )
    assert scores(attempt) == [3]
