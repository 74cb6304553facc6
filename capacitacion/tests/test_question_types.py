"""A question type is one class (and one template): a type defined here, inside the test
suite only, goes through an attempt, grading and review without any change elsewhere.

The toy type "pick a number from 1 to 5" reaches the quiz's StreamField through
cursos.blocks.questions.register_question_type (the quiz's question stream is fixed by
its migration; the registry adds a child block to every question stream while the
test runs and removes it afterwards). Its form template is a Template object, which
Django's {% include %} takes as it takes a template name."""

import pytest
from django.http import QueryDict
from django.template import Template
from wagtail import blocks

from capacitacion.models import AttemptStatus
from capacitacion.services.quizzes import start_attempt
from cursos.blocks.questions import BaseQuestionBlock, question_block, register_question_type
from cursos.models import BankQuestion, QuizPage

pytestmark = pytest.mark.django_db

NUMBERS = ["1", "2", "3", "4", "5"]


class PickNumberQuestionBlock(BaseQuestionBlock):
    question_type = "pick_number"
    answer = blocks.IntegerBlock(min_value=1, max_value=5)
    max_text_length = 1
    form_template = Template(
        '<div class="toy-numbers">{% for n in question.numbers %}'
        '<label class="choice"><input type="radio" name="q-{{ question.id }}" value="{{ n }}"'
        "{% if question.response == n %} checked{% endif %}> {{ n }}</label>{% endfor %}</div>"
    )

    def grade(self, value, response):
        return self.score(value, 1 if response == str(value.get("answer")) else 0)

    def public_data(self, value):
        return {**super().public_data(value), "numbers": NUMBERS}

    def answer_lines(self, value, response):
        return [f"número {response}"]

    def correct_lines(self, value):
        return [f"número {value['answer']}"]


@pytest.fixture
def toy_quiz(quiz):
    unregister = register_question_type(PickNumberQuestionBlock())
    quiz.questions = [
        {
            "type": "pick_number",
            "value": {
                "prompt": "<p>¿Cuántos continentes hay en la bandera olímpica?</p>",
                "points": "2",
                "answer": 5,
            },
        }
    ]
    quiz.review_correct = True
    quiz.save_revision().publish()
    yield QuizPage.objects.get(pk=quiz.pk)
    unregister()


def test_a_question_type_defined_in_the_tests_goes_through_attempt_grading_and_review(
    client, student, toy_quiz
):
    attempt = start_attempt(user=student, quiz=toy_quiz)
    [drawn] = attempt.questions
    assert drawn["order"] == []  # the type orders no items
    client.force_login(student)

    page = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/").content.decode()
    assert page.count(f'name="q-{drawn["id"]}"') == 5
    assert "Pregunta 1" in page and "continentes" in page  # inside the shared question frame

    saved = QueryDict(mutable=True)
    saved.update({f"q-{drawn['id']}": "3", "save": "1"})
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", saved)
    attempt.refresh_from_db()
    assert attempt.responses == {drawn["id"]: "3"}
    assert 'value="3" checked' in client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/").content.decode()

    # 50 is cut to the type's max_text_length: "5", the right answer.
    submitted = QueryDict(mutable=True)
    submitted.update({f"q-{drawn['id']}": "50", "submit": "1"})
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", submitted)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED
    assert (attempt.score, attempt.max_score, attempt.passed) == (2, 2, True)
    assert attempt.results[drawn["id"]]["points"] == "2.00"

    review = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert review.count("número 5") == 2  # the learner's answer and the correct one


def test_a_wrong_toy_answer_scores_zero_and_the_review_says_so(client, student, toy_quiz):
    attempt = start_attempt(user=student, quiz=toy_quiz)
    client.force_login(student)
    form = QueryDict(mutable=True)
    form.update({f"q-{attempt.questions[0]['id']}": "2", "submit": "1"})
    client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", form)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (0, False)
    review = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert "número 2" in review and "número 5" in review


def test_an_unregistered_type_leaves_every_question_stream():
    unregister = register_question_type(PickNumberQuestionBlock())
    streams = [
        QuizPage._meta.get_field("questions").stream_block,
        BankQuestion._meta.get_field("question").stream_block,
    ]
    assert all("pick_number" in stream.child_blocks for stream in streams)
    assert question_block("pick_number").question_type == "pick_number"
    unregister()
    assert not any("pick_number" in stream.child_blocks for stream in streams)
    assert question_block("pick_number") is None
    assert question_block("ordering").order_is_answer  # the built-in types stay
