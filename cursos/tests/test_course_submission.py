"""The whole course sent to review from any page below it: "Guardar y enviar el curso a
revisión" in the page's action menu (cursos/wagtail_hooks.py, course_review.submit_course)."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cursos.course_review import pages_in_review
from cursos.models import LessonPage, ModulePage, QuizPage
from cursos.tests.test_course_review import add_draft, draft_course, editor  # noqa: F401 (fixtures)
from cursos.tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db

SUBMIT_COURSE = "Guardar y enviar el curso a revisión"


def quiz_form(title, **extra):
    question = {
        "prompt": rich_text("¿Quién emite las alertas?"),
        "points": "1",
        "feedback": rich_text(""),
        "choices": {
            "count": 2,
            **{
                str(index): {
                    "value": {"text": text, "feedback": "", **({"correct": "on"} if correct else {})},
                    "deleted": "",
                    "order": str(index),
                    "id": "",
                }
                for index, (text, correct) in enumerate([("El servicio meteorológico", True), ("Un rumor", False)])
            },
        },
    }
    data = nested_form_data(
        {
            "title": title,
            "slug": "cuestionario-dos",
            "intro": rich_text(""),
            "pass_mark": 70,
            "max_attempts": 0,
            "grading_method": "highest",
            "review_when": "after_attempt",
            "questions": streamfield([("single_choice", question)]),
            "draws-TOTAL_FORMS": 0,
            "draws-INITIAL_FORMS": 0,
            "draws-MIN_NUM_FORMS": 0,
            "draws-MAX_NUM_FORMS": 1000,
        }
    )
    data.update(extra)
    return data


def module_of(course):
    return ModulePage.objects.child_of(course).get()


def add_quiz_url(module):
    return reverse("wagtailadmin_pages:add", args=["cursos", "quizpage", module.pk])


def test_the_action_is_offered_below_the_course_not_on_the_course_itself(client, draft_course, editor):
    client.force_login(editor)
    module = module_of(draft_course)

    assert SUBMIT_COURSE in client.get(add_quiz_url(module)).text
    assert SUBMIT_COURSE in client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).text
    # The course's own "Enviar a …" already sends all of it.
    assert SUBMIT_COURSE not in client.get(reverse("wagtailadmin_pages:edit", args=[draft_course.pk])).text


def test_saving_the_last_page_sends_the_whole_course_in_one_review(client, draft_course, editor):
    client.force_login(editor)
    module = module_of(draft_course)

    response = client.post(
        add_quiz_url(module), quiz_form("Cuestionario dos", **{"action-submit-course": SUBMIT_COURSE})
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[draft_course.get_parent().pk])
    quiz = QuizPage.objects.get(title="Cuestionario dos")
    assert not quiz.live and quiz.latest_revision is not None
    state = draft_course.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.count() == 1  # the course's review only, none for the quiz
    titles = [item.title for item in pages_in_review(state.current_task_state)]
    assert titles == ["Comunicación de crisis", "Módulo uno", "Lección uno", "Cuestionario uno", "Cuestionario dos"]
    messages = [str(message).strip() for message in response.wsgi_request._messages]
    assert "Enviaste el curso «Comunicación de crisis» a revisión con sus 5 páginas." in messages


def test_an_unfinished_page_keeps_the_course_out_of_review_and_is_named(client, draft_course, editor):
    client.force_login(editor)
    module = module_of(draft_course)
    unfinished = add_draft(module, LessonPageFactory, editor, title="Lección sin contenido", body=[])

    response = client.post(
        add_quiz_url(module), quiz_form("Cuestionario dos", **{"action-submit-course": SUBMIT_COURSE})
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[unfinished.pk])
    assert not WorkflowState.objects.exists()
    assert QuizPage.objects.filter(title="Cuestionario dos").exists()  # the draft itself is saved
    messages = [str(message).strip() for message in response.wsgi_request._messages]
    assert any("«Lección sin contenido»" in message and "No enviamos" in message for message in messages)


def test_a_course_already_in_review_is_not_sent_twice(client, draft_course, editor):
    draft_course.get_workflow().start(draft_course, editor)
    client.force_login(editor)
    module = module_of(draft_course)

    assert SUBMIT_COURSE not in client.get(add_quiz_url(module)).text
    response = client.post(
        add_quiz_url(module), quiz_form("Cuestionario dos", **{"action-submit-course": SUBMIT_COURSE})
    )

    assert response.status_code == 302
    assert WorkflowState.objects.count() == 1
    assert LessonPage.objects.descendant_of(draft_course).count() == 1
