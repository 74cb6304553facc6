"""The step before handing in: the learner saves, sees which questions are answered
(with links back to each), and confirms; all without JavaScript."""

import datetime

import pytest
from django.utils import timezone

from capacitacion.models import AttemptStatus
from capacitacion.services.quizzes import start_attempt
from capacitacion.tests.test_quizzes import answers

pytestmark = pytest.mark.django_db


def test_review_and_hand_in_saves_and_goes_to_the_review_step(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    form = answers(attempt, correct=True)
    form["review"] = "1"
    response = client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", form)
    assert response["Location"] == f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/"
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert len(attempt.responses) == 3


def test_review_step_lists_unanswered_questions_with_links_back(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    form = answers(attempt, correct=True)
    # Only the first drawn question answered.
    first = f"q-{attempt.questions[0]['id']}"
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", {first: form[first], "review": "1"})
    response = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/")
    html = response.content.decode()
    assert response.context["answered_count"] == 1
    assert [q["answered"] for q in response.context["questions"]] == [True, False, False]
    assert "Respondiste 1 de 3 preguntas." in html
    assert "2 preguntas sin responder" in html
    assert html.count("sin responder</span>") == 2
    for number in (1, 2, 3):
        assert f'href="/mi-aprendizaje/intentos/{attempt.pk}/#q-{number}"' in html
    # The attempt page has the anchors the links point at.
    attempt_html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/").content.decode()
    for number in (1, 2, 3):
        assert f'id="q-{number}"' in attempt_html


def test_confirm_hands_in_what_was_saved(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    form = answers(attempt, correct=True)
    form["review"] = "1"
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", form)
    response = client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/", {"submit": "1"})
    assert response["Location"] == f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/"
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED
    assert attempt.score == attempt.max_score
    # Once handed in, the review step sends to the result.
    again = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/")
    assert again["Location"] == f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/"


def test_review_step_is_only_for_the_attempts_owner(client, student, quiz):
    from capacitacion.tests.factories import learner

    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(learner())
    assert client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/").status_code == 404
    assert client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/").status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


def test_timed_attempt_shows_the_time_left_on_the_review_step(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    attempt.deadline = timezone.now() + datetime.timedelta(minutes=12, seconds=30)
    attempt.save(update_fields=["deadline"])
    client.force_login(student)
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/").content.decode()
    assert "te quedan 13 minutos" in html
    assert "data-quiz-timer" in html


def test_time_up_still_reaches_the_review_step_to_hand_in(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    attempt.deadline = timezone.now() - datetime.timedelta(minutes=5)
    attempt.save(update_fields=["deadline"])
    client.force_login(student)
    response = client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", {"review": "1"})
    assert response["Location"] == f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/"
    client.post(response["Location"], {"submit": "1"})
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED
