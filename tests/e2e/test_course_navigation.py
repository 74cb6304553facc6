"""A learner finds their way in a course and takes a quiz through the review step, on a
phone (360x740) and on a desktop (1280x800): the course outline is beside the lesson
or one tap away, and no page pans sideways (lesson with a wide table, attempt, review
before handing in, result, and the quiz page with its table of attempts).

Built from the demo's first module (cursos/demo/content/comunicacion-de-riesgos/
01-riesgo-y-marco-de-sendai.yaml): its second lesson has a three-column table, its quiz
eight questions of five kinds."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_quiz_journey import answer

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "lucia.mamani@example.org"
PASSWORD = "Navegar-el-curso-2026"
SIZES = [(360, 740), (1280, 800)]


@pytest.fixture
def demo_module(catalog):
    from capacitacion.services.enrollment import enroll
    from capacitacion.tests.factories import LearnerProfileFactory
    from cursos.demo.loader import load_course
    from cursos.models import LessonPage, QuizPage
    from cursos.tests.factories import CoursePageFactory, ModulePageFactory
    from tests.factories import UserFactory

    data = load_course("comunicacion-de-riesgos")["modules"][0]
    course = CoursePageFactory(parent=catalog.urp, title="Comunicación de riesgos", enrolment_policy="open")
    module = ModulePageFactory(parent=course, title=data["title"])
    pages = []
    for item in data["items"]:
        if item["kind"] == "lesson":
            page = LessonPage(
                title=item["title"],
                slug=item["slug"],
                estimated_minutes=item["estimated_minutes"],
                body=item["body"],
            )
        else:
            page = QuizPage(
                title=item["title"], slug=item["slug"], intro=item["intro"], pass_mark=item["pass_mark"],
                questions=item["questions"], max_attempts=0,
            )  # fmt: skip
        module.add_child(instance=page)
        page.save_revision().publish()
        pages.append((item, page))
    user = UserFactory(username="lucia", email=EMAIL, password=PASSWORD)
    LearnerProfileFactory(user=user, full_name="Lucía Mamani")
    enroll(user=user, course=course)
    return pages


def log_in(page: Page) -> None:
    page.goto("/cuentas/login/")
    page.get_by_label("Tu correo electrónico").fill(EMAIL)
    page.get_by_label("Tu contraseña", exact=True).fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Iniciar sesión").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/$"))


def assert_no_sideways_pan(page: Page, where: str) -> None:
    scroll_width, client_width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width, f"{where} pans {scroll_width - client_width} px sideways"


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["phone", "desktop"])
def test_learner_navigates_and_hands_in_through_the_review_step(page, demo_module, width, height):
    page.set_viewport_size({"width": width, "height": height})
    (_first, _first_page), (_second, lesson), _third, (quiz_data, quiz) = demo_module
    log_in(page)

    # The lesson: where it is in the course, the progress, and the outline.
    page.goto(lesson.url)
    expect(page.get_by_text("Lección 2 de 3 · Módulo 1")).to_be_visible()
    expect(page.get_by_label("Progreso del curso")).to_be_visible()
    outline = page.get_by_role("navigation", name="Contenido del curso")
    jump = page.get_by_role("link", name=re.compile("^Contenido del curso"))
    if width >= 1000:  # a column beside the lesson, next to its first line
        expect(jump).to_be_hidden()
        lesson_top = page.get_by_role("heading", level=1).bounding_box()["y"]
        assert outline.bounding_box()["y"] < lesson_top + 100
    else:  # after the lesson, one tap away
        outline_top = outline.bounding_box()["y"]
        assert outline_top > page.viewport_size["height"]
        jump.click()
        assert abs(outline.bounding_box()["y"]) < 40, "the link scrolls to the outline"
    expect(outline.get_by_text("estás aquí")).to_be_visible()
    expect(outline.get_by_role("link", name=quiz.title)).to_be_visible()
    expect(page.get_by_role("region", name=re.compile("^Tabla"))).to_be_visible()
    assert_no_sideways_pan(page, "the lesson")

    # The quiz, from the outline.
    outline.get_by_role("link", name=quiz.title).click()
    page.get_by_role("button", name="Comenzar").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/intentos/\d+/$"))
    questions = quiz_data["questions"]
    expect(page.get_by_role("group", name=re.compile(r"^Pregunta 1 · 1 punto"))).to_be_visible()
    for question in questions[:-1]:  # the last one left unanswered
        answer(page, question, right=True)
    assert_no_sideways_pan(page, "the attempt")

    # Review and hand in: the unanswered question is listed, with a link back to it.
    page.get_by_role("button", name="Revisar y entregar").click()
    expect(page).to_have_url(re.compile(r"/intentos/\d+/entregar/$"))
    last = len(questions)
    expect(page.get_by_text(f"Respondiste {last - 1} de {last} preguntas.")).to_be_visible()
    missing = page.locator(".handin-list__item--unanswered")
    expect(missing).to_have_count(1)
    expect(missing).to_contain_text(f"Pregunta {last}")
    expect(missing.get_by_role("link", name=f"Responder la pregunta {last}")).to_have_attribute(
        "href", re.compile(rf"#q-{last}$")
    )
    assert_no_sideways_pan(page, "the review before handing in")
    page.get_by_role("button", name="Entregar").click()

    # The result: passed (7 of 8 is over 70 %), each answer marked in words.
    expect(page).to_have_url(re.compile(r"/intentos/\d+/resultado/$"))
    expect(page.locator(".result__verdict")).to_have_text("✓ Aprobado")
    expect(page.get_by_text("Obtuviste 7 de 8 puntos (88")).to_be_visible()
    review = page.get_by_role("region", name="Revisión de tus respuestas")
    expect(review.get_by_text("opción correcta").first).to_be_visible()
    expect(review.get_by_text("sin responder").first).to_be_visible()
    assert_no_sideways_pan(page, "the result")

    # The quiz page, with its table of attempts (a visually hidden header inside).
    page.get_by_role("link", name="Volver al cuestionario").click()
    expect(page.get_by_role("region", name="Tus intentos")).to_be_visible()
    assert_no_sideways_pan(page, "the quiz page after an attempt")
