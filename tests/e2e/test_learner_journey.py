"""The learner's journey through the real UI, on a desktop and on a 360 px phone: sign up,
fill in the profile, enrol in an open course, mark a lesson done, see the progress on the
dashboard, log out and back in, and resume at the next lesson."""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "nandu.perez@example.org"
PASSWORD = "Aprender-2026-sin-prisa"
FULL_NAME = "Ñandú Pérez-Araújo"
COURSE_TITLE = "Comunicación de riesgo en emergencias"

DEVICES = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    # A phone: the page is laid out at 360 CSS px and would be zoomed out if it did not fit.
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
}


@pytest.fixture
def open_course(catalog):
    """An open course (no cohorts), two modules of two lessons and a quiz each.

    tests/e2e/conftest.py's `catalog` (Home > Cursos > two universities) shadows the root
    conftest's, so the root `institution` fixture cannot be used here: the course goes
    under the catalog's first university instead."""
    from cursos.tests.factories import build_course

    return build_course(
        catalog.urp, modules=2, lessons_per_module=2, title=COURSE_TITLE, enrolment_policy="open"
    )


@pytest.fixture(params=list(DEVICES))
def device(request) -> str:
    return request.param


@pytest.fixture
def learner_page(request, device, browser, live_server, transactional_db, tmp_path):
    """conftest's `page` on a desktop; on the phone, a context of its own with the same
    settings, since a mobile context (meta viewport, zoom) cannot be switched on later."""
    if device == "desktop":
        yield request.getfixturevalue("page")
        return
    from tests.e2e.conftest import TIMEOUT_MS

    expect.set_options(timeout=TIMEOUT_MS)
    context = browser.new_context(
        base_url=live_server.url,
        locale="es-AR",
        timezone_id="America/Argentina/Buenos_Aires",
        **DEVICES[device],
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        screenshot = tmp_path / "failure.png"
        page.screenshot(path=screenshot, full_page=True)
        (tmp_path / "failure.html").write_text(page.content())
        print(f"\nBrowser at failure ({page.url}): {screenshot} and failure.html")
    context.close()


class Journey:
    """The browser plus the checks every page of the journey gets on the phone."""

    def __init__(self, page: Page, device: str, live_server_url: str):
        self.page = page
        self.phone = device == "phone"
        self.base = live_server_url

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def in_menu(self, action: Locator) -> Locator:
        """A header link: on the phone it is in the header's menu, opened first."""
        if self.phone and not action.is_visible():
            self.page.get_by_role("banner").locator("summary", has_text="Menú").click()
        return action

    def fits(self, *actions: Locator) -> None:
        """On the phone: no horizontal scroll, no zoom, and each action fully on screen and
        at least WCAG 2.2's minimum target size (24 CSS px) tall."""
        if not self.phone:
            for action in actions:
                expect(action).to_be_visible()
            return
        width = self.page.evaluate(
            "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
            " scale: window.visualViewport.scale})"
        )
        where = self.page.url
        assert width["scroll"] <= width["inner"], f"horizontal scroll on {where}: {width}"
        assert width["inner"] == 360 and width["scale"] == 1, f"zoomed out on {where}: {width}"
        for action in actions:
            expect(action).to_be_visible()
            action.scroll_into_view_if_needed()
            box = action.bounding_box()
            on_screen = box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
            assert on_screen and box["height"] >= 24, f"{action} is not fully on screen on {where}: {box}"
            # Fully on screen, give or take a rounding: layout positions are fractional
            # (1.6 line heights), Chrome scrolls by whole pixels.
            expect(action).to_be_in_viewport(ratio=0.99)


def test_new_learner_enrols_studies_and_resumes(learner_page, device, live_server, open_course):
    from django.contrib.auth import get_user_model

    from capacitacion.models import Enrollment, LearnerProfile, LessonCompletion
    from cursos.models import LessonPage

    page = learner_page
    journey = Journey(page, device, live_server.url)
    first_lesson, second_lesson = LessonPage.objects.descendant_of(open_course).order_by("path")[:2]
    first_module = open_course.get_children().order_by("path").first()
    header = page.get_by_role("banner")

    # A new visitor signs up from the header.
    page.goto("/")
    sign_up = journey.in_menu(header.get_by_role("link", name="Crear cuenta", exact=True))
    journey.fits(sign_up)
    sign_up.click()
    expect(page).to_have_url(journey.url("/cuentas/signup/"))
    page.get_by_label("Tu correo electrónico", exact=True).fill(EMAIL)
    page.get_by_label("Elige una contraseña", exact=True).fill(PASSWORD)
    page.get_by_label("Repite la contraseña", exact=True).fill(PASSWORD)
    submit = page.get_by_role("main").get_by_role("button", name="Crear mi cuenta")
    journey.fits(submit)
    submit.click()

    # ...and is asked for the profile first, the name exactly as on a certificate.
    expect(page).to_have_url(journey.url("/mi-aprendizaje/perfil/"))
    page.get_by_label("Nombre completo").fill(FULL_NAME)
    page.get_by_label("Ocupación").select_option(label="Periodista")
    page.get_by_label("Ciudad").fill("Asunción")
    page.get_by_label("País").select_option(label="Paraguay")
    expect(page.get_by_label("Idioma preferido")).to_have_value("es")
    page.get_by_label("Acepto los términos de uso").check()
    save = page.get_by_role("button", name="Guardar perfil")
    journey.fits(save)
    save.click()
    expect(page).to_have_url(journey.url("/mi-aprendizaje/"))
    expect(page.get_by_role("status")).to_contain_text("Guardamos tu perfil.")

    # The catalog leads to the course.
    journey.in_menu(header.get_by_role("link", name="Cursos", exact=True)).click()
    expect(page).to_have_url(journey.url("/cursos/"))
    course_link = page.get_by_role("link", name=COURSE_TITLE)
    journey.fits(course_link)
    course_link.click()
    expect(page).to_have_url(journey.url(open_course.url))

    # Enrol without a mouse: Shift+Tab back from the first module's link to the button.
    enrol = page.get_by_role("button", name="Inscribirme")
    journey.fits(enrol)
    page.get_by_role("link", name=first_module.title, exact=True).focus()
    page.keyboard.press("Shift+Tab")
    expect(enrol).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("¡Listo! Ya estás inscripto/a.")
    start = page.get_by_role("link", name="Empezar el curso")
    journey.fits(start)
    start.click()

    # The first lesson, marked done, moves on to the second.
    expect(page).to_have_url(journey.url(first_lesson.url))
    expect(page.get_by_role("heading", level=1)).to_have_text(first_lesson.title)
    done = page.get_by_role("button", name="Marcar como completada y seguir")
    journey.fits(done)
    done.click()
    expect(page).to_have_url(journey.url(second_lesson.url))
    expect(page.get_by_role("heading", level=1)).to_have_text(second_lesson.title)
    journey.fits()

    # The dashboard shows the progress and where to continue.
    journey.in_menu(header.get_by_role("link", name="Mi aprendizaje")).click()
    expect(page).to_have_url(journey.url("/mi-aprendizaje/"))
    card = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=COURSE_TITLE))
    progress = card.get_by_role("progressbar", name="Progreso")
    expect(progress).to_be_visible()
    assert 0 < float(progress.get_attribute("value")) < 100
    resume = card.get_by_role("link", name=re.compile(r"^Continuar"))
    expect(resume).to_have_attribute("href", second_lesson.url)
    log_out = journey.in_menu(header.get_by_role("button", name="Salir"))
    journey.fits(resume, log_out)

    # Log out, and back in.
    log_out.click()
    expect(page).to_have_url(journey.url("/"))
    expect(journey.in_menu(header.get_by_role("link", name="Iniciar sesión"))).to_be_visible()
    page.goto("/cuentas/login/")
    page.get_by_label("Tu correo electrónico", exact=True).fill(EMAIL)
    page.get_by_label("Tu contraseña", exact=True).fill(PASSWORD)
    log_in = page.get_by_role("main").get_by_role("button", name="Iniciar sesión")
    journey.fits(log_in)
    log_in.click()
    expect(page).to_have_url(journey.url("/mi-aprendizaje/"))

    # Resume where the learner left off.
    resume = page.get_by_role("link", name=re.compile(r"^Continuar"))
    journey.fits(resume)
    resume.click()
    expect(page).to_have_url(journey.url(second_lesson.url))
    journey.fits(page.get_by_role("button", name="Marcar como completada y seguir"))

    # What the journey left in the database.
    user = get_user_model().objects.get(email=EMAIL)
    profile = LearnerProfile.objects.get(user=user)
    assert (profile.full_name, profile.preferred_language, profile.is_complete) == (FULL_NAME, "es", True)
    enrollment = Enrollment.objects.get(user=user, course=open_course)
    assert enrollment.status == "active" and enrollment.cohort is None
    assert list(LessonCompletion.objects.filter(enrollment=enrollment).values_list("lesson", flat=True)) == [
        first_lesson.pk
    ]
