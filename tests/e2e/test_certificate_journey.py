"""The demo learner finishes the course in the browser and gets a certificate: the
last quiz is answered and submitted in the browser, a tutor grades its essay, the
certificate appears on the dashboard, its PDF downloads with the holder's name in it,
the public verification page says it is valid, and nobody else can download it."""

import io
import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HOLDER = "María José Ñúñez O'Connor"  # as seed_demo names the demo learner
COURSE_SLUG = "comunicacion-de-riesgos"


@pytest.fixture
def demo(home_page):
    """seed_demo: the demo learner has read every lesson; only the quizzes are left.
    All but the last are passed here, through the services' result records."""
    from capacitacion.demo import DEMO_LEARNER
    from capacitacion.models import Enrollment, QuizResult
    from cursos.models import CoursePage, QuizPage

    call_command("seed_demo", stdout=StringIO())
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    enrollment = Enrollment.objects.get(user__email=DEMO_LEARNER["email"], course=course)
    *earlier, last = QuizPage.objects.live().descendant_of(course).order_by("path")
    for quiz in earlier:
        QuizResult.objects.create(enrollment=enrollment, quiz=quiz, score_percent=Decimal("100"), passed=True)
    return enrollment, last


def log_in(page: Page, email: str, password: str) -> None:
    page.goto("/cuentas/login/")
    page.get_by_label("Tu correo electrónico", exact=True).fill(email)
    page.get_by_label("Tu contraseña", exact=True).fill(password)
    page.get_by_role("main").get_by_role("button", name="Iniciar sesión").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/$"))


def answer_correctly(page: Page, quiz) -> None:
    """Fill in every question the way the learner would, with the right answers
    taken from the quiz as its author wrote it."""
    for number, child in enumerate(quiz.questions, start=1):
        question = page.locator(f"#q-{number}")
        value = child.value
        kind = child.block_type
        if kind in ("single_choice", "multiple_choice"):
            for choice in value["choices"]:
                if choice["correct"]:
                    question.get_by_label(choice["text"], exact=True).check()
        elif kind == "true_false":
            question.get_by_label("Verdadero" if value["correct"] == "true" else "Falso", exact=True).check()
        elif kind == "matching":
            for pair in value["pairs"]:
                question.get_by_label(pair["left"], exact=True).select_option(pair["right"])
        elif kind == "short_text":
            question.get_by_label("Respuesta", exact=True).fill(value["accepted_answers"][0])
        elif kind == "essay":
            question.get_by_label(re.compile("^Tu respuesta")).fill(
                "Antes de publicar confirmo con la fuente oficial, evito imágenes que expongan "
                "a las víctimas y cuido mi salud mental con pausas y apoyo del equipo."
            )
        else:
            raise AssertionError(f"the demo's last quiz has a {kind} question this test cannot answer")


def test_demo_learner_finishes_the_course_and_gets_a_verifiable_certificate(page, live_server, demo, browser):
    from allauth.account.models import EmailAddress
    from pypdf import PdfReader

    from capacitacion.demo import DEMO_LEARNER
    from capacitacion.models import AttemptStatus, Certificate, EnrollmentStatus, QuizAttempt
    from capacitacion.services.grading import grade_essays, pending_essays
    from home.demo import DEMO_ADMIN
    from tests.factories import UserFactory

    enrollment, last_quiz = demo
    log_in(page, DEMO_LEARNER["email"], DEMO_LEARNER["password"])

    # The last quiz, answered and submitted in the browser.
    page.goto(last_quiz.url)
    page.get_by_role("button", name="Comenzar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(last_quiz.title)
    answer_correctly(page, last_quiz.specific)
    page.get_by_role("button", name="Revisar y entregar").click()
    page.get_by_role("button", name="Entregar").click()
    expect(page).to_have_url(re.compile(r"/intentos/\d+/resultado/$"))

    # The essay waits for a tutor; once graded, the course is complete.
    attempt = QuizAttempt.objects.get(enrollment=enrollment, quiz=last_quiz)
    assert attempt.status == AttemptStatus.NEEDS_GRADING
    tutor = type(enrollment.user).objects.get(username=DEMO_ADMIN["username"])
    marks = {question_id: (points, "Muy bien.") for question_id, points in pending_essays(attempt).items()}
    grade_essays(attempt_id=attempt.pk, grader=tutor, marks=marks)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    certificate = Certificate.objects.get(enrollment=enrollment)

    # The dashboard lists it.
    page.goto("/mi-aprendizaje/")
    section = page.get_by_role("region", name="Cursos completados")
    card = section.get_by_role("listitem").filter(has_text=certificate.code)
    expect(card.get_by_role("heading", name=certificate.course_title)).to_be_visible()

    # The PDF downloads, and it is the holder's.
    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile("^Descargar PDF")).click()
    content = open(download_info.value.path(), "rb").read()
    assert content.startswith(b"%PDF")
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert HOLDER in text
    assert certificate.code in text

    # The public verification page says it is valid, to anyone.
    pdf_url = card.get_by_role("link", name=re.compile("^Descargar PDF")).get_attribute("href")
    # The link is absolute, on the public SITE_URL; here the site is the live server.
    verify_path = f"/certificados/verificar/{certificate.code}/"
    verify_link = card.get_by_role("link", name="Página de verificación")
    assert verify_link.get_attribute("href").endswith(verify_path)
    page.context.clear_cookies()
    page.goto(verify_path)
    expect(page.get_by_text("Certificado válido.")).to_be_visible()
    expect(page.get_by_text("Firma digital: verificada.", exact=False)).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(HOLDER)

    # Another learner, logged in, cannot get the PDF.
    other_password = "otra-clave-de-prueba-123"
    other = UserFactory(email="otra.persona@example.org", password=other_password)
    EmailAddress.objects.create(user=other, email=other.email, verified=True, primary=True)
    stranger = browser.new_context(base_url=live_server.url, locale="es-AR")
    try:
        stranger_page = stranger.new_page()
        log_in(stranger_page, other.email, other_password)
        response = stranger_page.request.get(pdf_url)
        assert response.status == 404
        assert not response.body().startswith(b"%PDF")
    finally:
        stranger.close()
