"""A learner takes a demo quiz through the real UI: fails it, reads the feedback on the
review page, retakes it and passes; then the attempt limit (two) refuses a third try,
both on the quiz page and from a tab that still shows the "try again" button.

The quiz is the demo's first risk-communication quiz (cursos/demo/content/
comunicacion-de-riesgos/01-riesgo-y-marco-de-sendai.yaml), built the way seed_demo builds
it, with every answer given through labelled form controls, as a keyboard or screen-reader
user would find them; no JavaScript is needed."""

import re

import pytest
from django.utils.html import strip_tags
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "joana.quispe@example.org"
PASSWORD = "Cuestionario-2026-sin-apuro"
MAX_ATTEMPTS = 2
# Answered right on the first try: the true/false and the two numeric questions, 3 of 8.
RIGHT_FIRST_TIME = {2, 3, 4}


def demo_quiz_data() -> dict:
    from cursos.demo.loader import load_course

    modules = load_course("comunicacion-de-riesgos")["modules"]
    return next(item for module in modules for item in module["items"] if item["kind"] == "quiz")


@pytest.fixture
def demo_quiz(catalog):
    """The demo quiz, alone in a module of an open course, published as seed_demo does."""
    from capacitacion.services.enrollment import enroll
    from capacitacion.tests.factories import LearnerProfileFactory
    from cursos.models import QuizPage
    from cursos.tests.factories import CoursePageFactory, ModulePageFactory
    from tests.factories import UserFactory

    data = demo_quiz_data()
    course = CoursePageFactory(parent=catalog.urp, title="Comunicación de riesgos", enrolment_policy="open")
    module = ModulePageFactory(parent=course, title="Riesgo, desastre y Marco de Sendai")
    quiz = QuizPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        pass_mark=data["pass_mark"],
        questions=data["questions"],
        max_attempts=MAX_ATTEMPTS,
    )
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    user = UserFactory(username="joana", email=EMAIL, password=PASSWORD)
    LearnerProfileFactory(user=user, full_name="Joana Quispe")
    enroll(user=user, course=course)
    return quiz, data


def question_group(page: Page, question: dict):
    """A question's fieldset, found by its legend (the prompt)."""
    prompt = strip_tags(question["value"]["prompt"])
    return page.get_by_role("group", name=re.compile(re.escape(prompt[:60])))


def answer(page: Page, question: dict, *, right: bool) -> None:
    group, kind, value = question_group(page, question), question["type"], question["value"]
    if kind in ("single_choice", "multiple_choice"):
        picked = [choice for choice in value["choices"] if choice["correct"] is right]
        for choice in picked[:1] if kind == "single_choice" else picked:
            group.get_by_label(choice["text"], exact=True).check()
    elif kind == "true_false":
        truth = value["correct"] == "true"
        group.get_by_label("Verdadero" if truth is right else "Falso", exact=True).check()
    elif kind == "numeric":
        number = int(value["answer"])
        group.get_by_label(re.compile("^Respuesta")).fill(str(number if right else number + 1))
    elif kind == "short_text":
        group.get_by_label("Respuesta", exact=True).fill(value["accepted_answers"][0] if right else "amenaza")
    elif kind == "matching":
        rights = [pair["right"] for pair in value["pairs"]]
        chosen = rights if right else rights[1:] + rights[:1]
        for pair, option in zip(value["pairs"], chosen, strict=True):
            group.get_by_label(pair["left"], exact=True).select_option(label=option)
    else:
        raise AssertionError(f"the demo quiz has no {kind} question any more: extend answer()")


def test_learner_fails_reads_feedback_retakes_passes_and_runs_out_of_attempts(page, live_server, demo_quiz):
    from capacitacion.models import QuizAttempt, QuizResult

    quiz, data = demo_quiz
    questions = data["questions"]

    page.goto("/cuentas/login/")
    page.get_by_label("Tu correo electrónico", exact=True).fill(EMAIL)
    page.get_by_label("Tu contraseña", exact=True).fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Iniciar sesión").click()
    expect(page).to_have_url(f"{live_server.url}/mi-aprendizaje/")

    # The quiz page says what it takes, and starts the first attempt.
    page.goto(quiz.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(data["title"])
    expect(page.get_by_text("Te quedan 2 intentos.")).to_be_visible()
    page.get_by_role("button", name="Comenzar").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/intentos/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(data["title"])
    expect(page.get_by_text("Intento 1")).to_be_visible()

    # Mostly wrong: 3 of 8 right, under the 70 % pass mark.
    for number, question in enumerate(questions):
        answer(page, question, right=number in RIGHT_FIRST_TIME)
    review_step = page.get_by_role("button", name="Revisar y entregar")
    review_step.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/intentos/\d+/entregar/$"))
    expect(page.get_by_text("Respondiste 8 de 8 preguntas.")).to_be_visible()
    page.get_by_role("button", name="Entregar").click()

    # The review page: the score, the pass mark, and the feedback of the wrong answers.
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/intentos/\d+/resultado/$"))
    expect(page.get_by_text("Obtuviste 3 de 8 puntos (38")).to_be_visible()
    expect(page.get_by_text("Para aprobar se necesita el 70")).to_be_visible()
    expect(page.locator(".result__verdict")).to_have_text("✗ No aprobado")
    review = page.get_by_role("region", name="Revisión de tus respuestas")
    answers = review.locator("ol.questions > li")
    expect(answers).to_have_count(len(questions))
    wrong_pick = next(c for c in questions[0]["value"]["choices"] if not c["correct"])
    first = answers.first
    expect(first).to_contain_text(wrong_pick["feedback"])
    expect(first).to_contain_text("opción incorrecta")
    expect(first).to_contain_text("0 de 1 punto")
    expect(answers.nth(2)).to_contain_text("1 de 1 punto")

    # Back on the quiz page: the result so far, one attempt left.
    page.get_by_role("link", name="Volver al cuestionario").click()
    expect(page).to_have_url(f"{live_server.url}{quiz.url}")
    expect(page.get_by_text("Tu calificación hasta ahora: 38")).to_be_visible()
    expect(page.get_by_text("Te queda 1 intento.")).to_be_visible()
    attempts = page.get_by_role("region", name="Tus intentos")
    expect(attempts.get_by_role("link", name="Intento 1")).to_be_visible()

    # A second tab, left open on the quiz page with its "try again" button.
    stale_tab = page.context.new_page()
    stale_tab.goto(quiz.url)
    stale_try_again = stale_tab.get_by_role("button", name="Intentar de nuevo")
    expect(stale_try_again).to_be_visible()

    # The retake, all right.
    page.get_by_role("button", name="Intentar de nuevo").click()
    expect(page.get_by_text("Intento 2")).to_be_visible()
    for question in questions:
        answer(page, question, right=True)
    page.get_by_role("button", name="Revisar y entregar").click()
    page.get_by_role("button", name="Entregar").click()
    expect(page.get_by_text("Obtuviste 8 de 8 puntos (100")).to_be_visible()
    expect(page.locator(".result__verdict")).to_have_text("✓ Aprobado")

    # Passed, and no attempts left: the quiz page offers no further attempt.
    page.get_by_role("link", name="Volver al cuestionario").click()
    expect(page.get_by_text("Aprobado, con 100")).to_be_visible()
    expect(page.get_by_text("Ya usaste los 2 intentos de este cuestionario.")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^(Intentar de nuevo|Comenzar)$"))).to_have_count(0)
    expect(attempts.get_by_role("link")).to_have_count(2)

    # The stale tab's button is refused by the server, with the reason.
    stale_try_again.click()
    expect(stale_tab).to_have_url(f"{live_server.url}{quiz.url}")
    expect(stale_tab.get_by_role("alert")).to_contain_text("Ya usaste los 2 intentos de este cuestionario.")

    assert list(QuizAttempt.objects.order_by("number").values_list("number", "status", "passed")) == [
        (1, "graded", False),
        (2, "graded", True),
    ]
    result = QuizResult.objects.get(quiz=quiz)
    assert (result.score_percent, result.passed) == (100, True)
