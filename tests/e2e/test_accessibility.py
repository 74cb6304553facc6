"""Every learner-facing page passes axe-core with no serious or critical violation, in
Spanish and in Portuguese: home, catalog, course, module, lesson, quiz (its start page, a
running attempt, the review before handing in and the result), the learner dashboard, the
verification page of a real certificate and sign-up, all on the demo content that seed_demo
loads. With AULA_AXE_REPORT=<file>, every violation of any impact is written there too.

axe-core comes from npm (package.json and package-lock.json at the repository root,
installed by `npm ci`); the tests inject its script into each page. Without
node_modules/axe-core they skip and say why; with REQUIRE_SERVICES=1 (CI) they fail."""

import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from playwright.sync_api import Page, expect

from tests.services import service_missing

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
COURSE_SLUG = "comunicacion-de-riesgos"


@pytest.fixture
def axe() -> Path:
    if not AXE.exists():
        service_missing(f"accessibility tests need axe-core at {AXE}: run `npm ci` in the repository root")
    return AXE


@dataclass
class Demo:
    course: object
    lesson: object
    media_lesson: object
    quiz: object
    certificate: object


@pytest.fixture
def demo(home_page, tmp_path) -> Demo:
    """seed_demo's content and learner, plus a second learner who finished the course
    and holds a real, issued certificate."""
    from capacitacion.models import Certificate, EnrollmentStatus, QuizResult
    from capacitacion.services.enrollment import enroll
    from capacitacion.services.progress import evaluate_completion, record_lesson_done
    from capacitacion.tests.factories import LearnerProfileFactory
    from cursos.models import CoursePage, LessonPage, QuizPage
    from tests.factories import UserFactory

    call_command("seed_demo", stdout=StringIO())
    # The original (Spanish) course; a translation would share its slug.
    course = CoursePage.objects.filter(slug=COURSE_SLUG).order_by("pk").first()
    lessons = LessonPage.objects.live().descendant_of(course).order_by("path")
    quizzes = QuizPage.objects.live().descendant_of(course).order_by("path")

    graduate = UserFactory(username="graduada", email="graduada@example.org")
    LearnerProfileFactory(user=graduate, full_name="Conceição Ñúñez D'Ávila")
    enrollment = enroll(user=graduate, course=course, cohort=course.cohorts.first()).enrollment
    for lesson in lessons:
        record_lesson_done(user=graduate, lesson=lesson)
    with transaction.atomic():
        for quiz in quizzes:
            QuizResult.objects.create(
                enrollment=enrollment, quiz=quiz, score_percent=Decimal("100"), passed=True
            )
        evaluate_completion(enrollment)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    return Demo(
        course=course,
        lesson=lessons.first(),
        media_lesson=media_lesson(lessons.first().get_parent(), tmp_path),
        quiz=quizzes.first(),
        certificate=Certificate.objects.get(enrollment=enrollment),
    )


def media_lesson(module, tmp_path):
    """A lesson with every kind of block the demo does not use: image, video, audio,
    document, the three callouts, a case study and a glossary term."""
    from django.core.files import File
    from PIL import Image as PILImage
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    from cursos.models import LessonPage

    picture = tmp_path / "mapa.png"
    PILImage.new("RGB", (1200, 675), "#2d6a8f").save(picture)
    with picture.open("rb") as handle:
        image = Image.objects.create(title="Mapa de amenazas", file=File(handle, name="mapa.png"))
    guide = tmp_path / "guia.txt"
    guide.write_text("Guía de fuentes oficiales.")
    with guide.open("rb") as handle:
        document = Document.objects.create(title="Guía de fuentes", file=File(handle, name="guia.txt"))
    transcript = "<p>Locutora: buenos días, estas son las alertas vigentes.</p>"
    body = [
        ("paragraph", "<p>Lo que muestran los mapas de amenaza.</p>"),
        (
            "image",
            {"image": image, "alt_text": "Mapa del río con la zona inundable en azul", "caption": "Zona"},
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Una alerta en radio",
                "duration": "4:30",
                "transcript": transcript,
            },
        ),
        (
            "audio",
            {
                "url": "https://radio.example.org/alerta.mp3",
                "title": "Boletín",
                "duration": "2:10",
                "transcript": transcript,
            },
        ),
        ("document", {"document": document, "title": "Guía de fuentes", "description": "Para la redacción."}),
        *[
            ("callout", {"kind": kind, "title": "Atención", "text": "<p>Citar la fuente oficial.</p>"})
            for kind in ("key_idea", "warning", "example")
        ],
        (
            "case_study",
            {
                "title": "La crecida de 2024",
                "context": "<p>El río creció.</p>",
                "analysis": "<p>La radio informó bien.</p>",
                "questions": "<p>¿Qué faltó?</p>",
            },
        ),
        ("glossary_term", {"term": "Amenaza", "definition": "<p>Un fenómeno que puede causar daño.</p>"}),
    ]
    lesson = module.add_child(
        instance=LessonPage(title="Mapas, radio y documentos", slug="mapas-radio", body=body)
    )
    lesson.save_revision().publish()
    return lesson


def axe_violations(page: Page, axe_path: Path) -> list[dict]:
    # Through the DevTools protocol, as Playwright evaluates: the page's own
    # Content-Security-Policy (no inline script) would refuse a <script> tag.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Runtime.evaluate", {"expression": axe_path.read_text()})
    cdp.detach()
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def blocking_violations(page: Page, axe_path: Path) -> list[dict]:
    return [violation for violation in axe_violations(page, axe_path) if violation["impact"] in BLOCKING]


def record_for_report(url: str, violations: list[dict]) -> None:
    """With AULA_AXE_REPORT set to a file, every violation found (any impact) is appended
    to it, one line per page: for closing notes, not an assertion."""
    report = os.environ.get("AULA_AXE_REPORT")
    if report:
        found = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])} for v in violations]
        with open(report, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"url": url, "violations": found}) + "\n")


def describe(url: str, violations: list[dict]) -> str:
    """The violations of one page, for a person reading the test log."""
    lines = [f"{url}:"]
    for violation in violations:
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})"
        )
        for node in violation["nodes"][:5]:
            lines.append(f"      at {' '.join(node['target'])}: {node['html'][:160]}")
            lines.append(f"         {node['failureSummary'].replace(chr(10), ' ')[:300]}")
    return "\n".join(lines)


def _same_site(url: str, origin: str) -> bool:
    return url.startswith(f"{origin}/") or url.startswith("data:")


def log_in(page: Page, prefix: str, email: str, password: str) -> None:
    page.goto(f"{prefix}/cuentas/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    with page.expect_navigation():
        page.locator("#id_password").press("Enter")
    assert "/mi-aprendizaje/" in page.url, f"the demo learner could not sign in: {page.url}"


# Spanish on a desktop screen, Portuguese on a 360 px phone.
@pytest.mark.parametrize("prefix, width", [("", 1280), ("/pt", 360)], ids=["es", "pt"])
def test_learner_pages_have_no_serious_accessibility_violations(axe, page, live_server, demo, prefix, width):
    from capacitacion.demo import DEMO_LEARNER
    from capacitacion.services.quizzes import start_attempt, submit_attempt

    page.set_viewport_size({"width": width, "height": 800})
    # A light page loads nothing from other sites (fonts, CDNs): every request stays here.
    elsewhere = []
    page.on(
        "request",
        lambda request: None if _same_site(request.url, live_server.url) else elsewhere.append(request.url),
    )
    failures, visited = [], []

    def check(path: str) -> None:
        response = page.goto(f"{prefix}{path}")
        assert response is not None and response.ok, f"{prefix}{path} answered {response and response.status}"
        check_current()

    def check_current() -> None:
        expected_language = "pt-br" if prefix == "/pt" else "es"
        assert page.locator("html").get_attribute("lang") == expected_language, (
            f"{page.url} is not in {prefix}"
        )
        found = axe_violations(page, axe)
        record_for_report(page.url, found)
        violations = [violation for violation in found if violation["impact"] in BLOCKING]
        visited.append(page.url)
        if violations:
            failures.append(describe(page.url, violations))

    # Anyone.
    check("/")
    check("/cursos/")
    check(demo.course.url)
    check(f"/certificados/verificar/{demo.certificate.code}/")
    check("/cuentas/signup/")
    # Sign-up refused: the errors are summarised in an alert that links to each field,
    # and each field names its error through aria-describedby.
    page.locator("#id_email").fill("nueva.persona@example.org")
    page.locator("#id_password1").fill("Clave-larga-2026-uno")
    page.locator("#id_password2").fill("Clave-larga-2026-dos")
    page.locator("#id_password2").press("Enter")
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("link")).to_have_count(1)
    target = summary.get_by_role("link").get_attribute("href")
    described = page.locator(target).get_attribute("aria-describedby") or ""
    assert page.locator(target).get_attribute("aria-invalid") == "true"
    assert any(page.locator(f"#{ref}").is_visible() for ref in described.split()), described
    check_current()

    # The demo learner: lessons read, the quizzes still to take.
    log_in(page, prefix, DEMO_LEARNER["email"], DEMO_LEARNER["password"])
    check("/mi-aprendizaje/")
    check(demo.lesson.get_parent().url)  # the module
    check(demo.lesson.url)
    check(demo.media_lesson.url)
    expect(page.locator("main img[srcset][alt]")).to_have_count(1)
    expect(page.locator("main details.media__transcript")).to_have_count(2)
    expect(page.locator("main [data-media-play]")).to_have_count(2)
    expect(page.locator("main [data-media-play]").first).to_be_visible()
    check(demo.quiz.url)
    learner = type(demo.certificate.enrollment.user).objects.get(email=DEMO_LEARNER["email"])
    attempt = start_attempt(user=learner, quiz=demo.quiz)
    check(f"/mi-aprendizaje/intentos/{attempt.pk}/")
    check(f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/")  # review before handing in
    submit_attempt(user=learner, attempt_id=attempt.pk)
    check(f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/")

    assert len(visited) == 14
    assert not elsewhere, f"requests to other sites: {elsewhere}"
    assert not failures, "axe-core found serious or critical violations:\n" + "\n".join(failures)


@pytest.fixture
def timed_attempt(catalog):
    """A learner signed up in an open course, in a 12-minute attempt of its quiz."""
    from capacitacion.services.enrollment import enroll
    from capacitacion.services.quizzes import start_attempt
    from capacitacion.tests.factories import LearnerProfileFactory
    from cursos.models import QuizPage
    from cursos.tests.factories import build_course
    from tests.factories import UserFactory

    course = build_course(catalog.urp, enrolment_policy="open")
    quiz = QuizPage.objects.descendant_of(course).get()
    quiz.time_limit_minutes = 12
    quiz.save_revision().publish()
    user = UserFactory(username="cronometro", email="cronometro@example.org", password="Clave-del-reloj-2026")
    LearnerProfileFactory(user=user, full_name="Inês Cardoso")
    enroll(user=user, course=course)
    return start_attempt(user=user, quiz=QuizPage.objects.get(pk=quiz.pk))


def test_quiz_timer_announces_a_few_moments_politely_without_moving_focus(
    axe, page, live_server, timed_attempt
):
    page.clock.install()
    log_in(page, "", "cronometro@example.org", "Clave-del-reloj-2026")
    page.goto(f"/mi-aprendizaje/intentos/{timed_attempt.pk}/")
    clock = page.locator("[data-quiz-timer-clock]")
    status = page.locator("[data-quiz-timer]").get_by_role("status")
    expect(clock).to_have_text("Quedan 12 minutos.")
    expect(status).to_have_text("")
    assert blocking_violations(page, axe) == []

    # The learner is typing an answer while the time runs.
    answer = page.get_by_label("Respuesta", exact=True)
    answer.focus()
    page.clock.fast_forward("02:00")
    expect(clock).to_have_text("Quedan 10 minutos.")
    expect(status).to_have_text("Quedan 10 minutos.")
    # Each minute shows on the clock, but only the chosen moments are spoken.
    page.clock.fast_forward("01:00")
    expect(clock).to_have_text("Quedan 9 minutos.")
    expect(status).to_have_text("Quedan 10 minutos.")
    page.clock.fast_forward("08:30")
    expect(clock).to_have_text("Queda menos de un minuto.")
    expect(status).to_have_text("Queda menos de un minuto.")
    page.clock.fast_forward("01:00")
    expect(status).to_have_text("Se acabó el tiempo: entrega tus respuestas ahora.")
    expect(answer).to_be_focused()


FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), type: el.type || "", name: el.name || "", text: el.textContent.trim(),
    inMain: !!el.closest("main"), outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
  };
}"""


def test_quiz_attempt_works_from_the_keyboard_with_visible_focus(page, live_server, timed_attempt):
    from capacitacion.models import AttemptStatus

    log_in(page, "", "cronometro@example.org", "Clave-del-reloj-2026")
    page.goto(f"/mi-aprendizaje/intentos/{timed_attempt.pk}/")

    # The skip link comes first and takes the keyboard straight to the questions.
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["text"] == "Saltar al contenido"
    page.keyboard.press("Enter")

    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["inMain"], f"the focus left the quiz before reaching its submit button: {stops}"
        # Every stop shows where the focus is.
        assert focused["outline"] != "none" and focused["outlineWidth"] >= 2, focused
        stops.append(focused)
        if focused["text"] == "Revisar y entregar":
            break
        if focused["tag"] == "input" and focused["type"] == "radio":
            page.keyboard.press("Space")  # picks the first option of the group
        elif focused["tag"] == "input":
            page.keyboard.type("Evacuar")

    # Questions in order (one stop per radio group), then saving and submitting.
    assert [(stop["tag"], stop["type"], stop["text"]) for stop in stops] == [
        ("input", "radio", ""),
        ("input", "text", ""),
        ("input", "radio", ""),
        ("button", "submit", "Guardar respuestas"),
        ("button", "submit", "Revisar y entregar"),
    ]
    page.keyboard.press("Enter")
    # The review step, then handing in from the keyboard too.
    expect(page).to_have_url(re.compile(r"/intentos/\d+/entregar/"))
    page.get_by_role("button", name="Entregar").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/intentos/\d+/resultado/"))
    timed_attempt.refresh_from_db()
    assert timed_attempt.status == AttemptStatus.GRADED
    assert len(timed_attempt.responses) == 3
