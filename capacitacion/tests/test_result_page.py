"""The result page after handing in: pass or fail with the mark needed and attempts
left, a retry when the rules allow, and each chosen option marked correct or
incorrect in words with its own feedback beside it."""

import pytest
from django.utils import translation

from capacitacion.models import QuizOverride
from capacitacion.services.quizzes import start_attempt, submit_attempt
from capacitacion.tests.test_quizzes import answers
from cursos.models import ModulePage
from cursos.templatetags.cursos_tags import points, points_of
from cursos.tests.factories import QuizPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("es", "1.00", "1 punto"),
        ("es", "1.50", "1,5 puntos"),
        ("es", "2", "2 puntos"),
        ("es", "0", "0 puntos"),
        ("pt-br", "1.00", "1 ponto"),
        ("pt-br", "2.50", "2,5 pontos"),
        ("en", "1", "1 point"),
        ("en", "1.5", "1.5 points"),
    ],
)
def test_points_in_the_locales_format(language, value, expected):
    with translation.override(language):
        assert points(value) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "0,5 de 1 punto"), ("pt-br", "0,5 de 1 ponto"), ("en", "0.5 of 1 point")],
)
def test_partial_credit_in_the_locales_format(language, expected):
    with translation.override(language):
        assert points_of("0.50", "1.00") == expected


def test_attempt_page_numbers_each_question_in_its_legend(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/").content.decode()
    assert "pts." not in html
    assert (
        html.count('<span class="question__number">Pregunta 1 <span class="question__points">· 1 punto') == 1
    )
    assert "Pregunta 3" in html


def test_failed_attempt_says_no_aprobado_and_offers_another_try(client, student, quiz):
    quiz.max_attempts = 3
    quiz.save_revision().publish()
    attempt = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    client.force_login(student)
    response = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/")
    html = response.content.decode()
    assert "No aprobado" in html
    assert "Obtuviste 0 de 3 puntos (0&nbsp;%)." in html
    assert "Para aprobar se necesita el 70&nbsp;%." in html
    assert "Te quedan 2 intentos." in html
    assert "Intentar de nuevo" in html
    assert f'action="/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/"' in html


def test_no_retry_when_no_attempts_are_left(client, student, quiz):
    quiz.max_attempts = 1
    quiz.save_revision().publish()
    attempt = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    client.force_login(student)
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert "No aprobado" in html
    assert "Te quedan 0 intentos." in html
    assert "Intentar de nuevo" not in html
    # An extra attempt granted by the course team brings the button back.
    QuizOverride.objects.create(enrollment=attempt.enrollment, quiz=quiz, extra_attempts=1)
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert "Intentar de nuevo" in html


def test_passed_attempt_says_aprobado(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    client.force_login(student)
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert "Aprobado" in html and "No aprobado" not in html
    assert "Obtuviste 3 de 3 puntos (100&nbsp;%)." in html
    assert "1 de 1 punto" in html


def test_review_marks_the_chosen_option_incorrect_in_words_with_its_feedback(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    client.force_login(student)
    response = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/")
    single = next(q for q in response.context["questions"] if q["type"] == "single_choice")
    assert single["chosen"] == [
        {"text": "Un grupo de mensajería", "correct": False, "feedback": "RETRO-OPCION-MAL"}
    ]
    assert single["outcome"] == "incorrect"
    html = response.content.decode()
    assert "opción incorrecta" in html
    assert "0 de 1 punto" in html
    # The option's feedback is beside the option, and not again in the general feedback.
    assert html.count("RETRO-OPCION-MAL") == 1
    assert "RETRO-GENERAL-SECRETA" in html


def multiple_choice_quiz(course, scoring: str):
    module = ModulePage.objects.child_of(course).first()
    quiz = QuizPageFactory(
        parent=module,
        questions=[
            {
                "type": "multiple_choice",
                "value": {
                    "prompt": "<p>¿Qué componentes tiene el riesgo?</p>",
                    "points": "1",
                    "scoring": scoring,
                    "choices": [
                        {"text": "La amenaza", "correct": True, "feedback": "Correcto."},
                        {"text": "La exposición", "correct": True, "feedback": "Correcto."},
                        {"text": "La suerte", "correct": False, "feedback": "No: el riesgo se construye."},
                    ],
                },
            }
        ],
    )
    quiz.save_revision().publish()
    return quiz


def chosen_texts(attempt, *texts):
    child = attempt.revision.as_object().questions[0]
    ids = [c.id for c in child.value["choices"].bound_blocks if c.value["text"] in texts]
    return {f"q-{child.id}": ids}


def test_review_of_a_multiple_choice_marks_each_chosen_option_and_never_repeats_correcto(
    client, student, course
):
    from django.http import QueryDict

    quiz = multiple_choice_quiz(course, "partial_penalty")
    attempt = start_attempt(user=student, quiz=quiz)
    form = QueryDict(mutable=True)
    form.setlist(*next(iter(chosen_texts(attempt, "La amenaza", "La exposición").items())))
    submit_attempt(user=student, attempt_id=attempt.pk, form=form)
    client.force_login(student)
    html = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/").content.decode()
    assert html.count("opción correcta") == 2
    assert "Correcto." not in html


def test_no_praise_beside_an_answer_worth_nothing(client, student, course):
    from django.http import QueryDict

    quiz = multiple_choice_quiz(course, "all_or_nothing")
    quiz.questions[0].value["choices"][0]["feedback"] = "Bien: la amenaza es parte del riesgo."
    quiz.save_revision().publish()
    attempt = start_attempt(user=student, quiz=quiz)
    form = QueryDict(mutable=True)
    form.setlist(*next(iter(chosen_texts(attempt, "La amenaza", "La suerte").items())))
    submit_attempt(user=student, attempt_id=attempt.pk, form=form)
    client.force_login(student)
    response = client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/")
    question = response.context["questions"][0]
    assert question["outcome"] == "incorrect"
    assert question["chosen"] == [
        {"text": "La amenaza", "correct": True, "feedback": ""},
        {"text": "La suerte", "correct": False, "feedback": "No: el riesgo se construye."},
    ]
    assert "Bien: la amenaza" not in response.content.decode()
