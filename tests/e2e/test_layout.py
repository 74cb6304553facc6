"""The learner pages fit a 360 px phone (no sideways scroll; every one of them checked at
360 and 1280 px, signed in where needed), keep the header to one
row there, and work without JavaScript: the menu and the catalog's filters are
<details> that open from the keyboard; on a wide screen the menu's links stand in the
header. Demo content from seed_demo (with its drawn course images)."""

import os
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def demo_urls(home_page) -> dict[str, str]:
    from cursos.models import CoursePage

    call_command("seed_demo", stdout=StringIO())
    course = CoursePage.objects.filter(slug="comunicacion-de-riesgos").order_by("pk").first()
    return {"home": "/", "catalog": "/cursos/", "course": course.url}


@pytest.fixture
def phone(browser, live_server):
    """A phone-sized browser with JavaScript off: every learner page must work so."""
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, locale="es-AR", java_script_enabled=False
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name", ["home", "catalog", "course"])
def test_page_fits_a_360px_screen_with_a_one_row_header(phone, demo_urls, name):
    phone.goto(demo_urls[name])

    widths = phone.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] <= 72, header
    # Nothing on the page comes from another host.
    hosts = phone.evaluate(
        "[...document.querySelectorAll('[src],[href],[srcset]')]"
        ".flatMap(e => [e.src, e.href, e.currentSrc]).filter(Boolean)"
        ".map(u => new URL(u, location.href)).filter(u => u.protocol.startsWith('http'))"
        ".map(u => u.host)"  # a mailto: link (the footer's contact) is no request
    )
    assert set(hosts) <= {phone.evaluate("location.host")}, set(hosts)


def test_phone_menu_opens_from_the_keyboard_without_javascript(phone, demo_urls):
    phone.goto(demo_urls["home"])
    courses_link = phone.get_by_role("navigation", name="Navegación principal").get_by_role(
        "link", name="Cursos"
    )
    expect(courses_link).to_be_hidden()

    phone.locator(".site-menu__toggle").focus()
    phone.keyboard.press("Enter")

    expect(courses_link).to_be_visible()
    phone.keyboard.press("Tab")
    phone.keyboard.press("Tab")
    expect(courses_link).to_be_focused()


def test_catalog_filters_wait_behind_filtrar_on_a_phone(phone, demo_urls):
    phone.goto(demo_urls["catalog"])
    search = phone.get_by_label("Buscar", exact=True)
    expect(search).to_be_hidden()
    # The results come before the folded filters' content.
    expect(phone.locator(".course-card").first).to_be_in_viewport()

    phone.get_by_text("Filtrar", exact=True).click()

    expect(search).to_be_visible()


def test_wide_screen_shows_the_menu_links_and_filters_in_the_page(page, demo_urls):
    page.goto(demo_urls["catalog"])

    nav = page.get_by_role("navigation", name="Navegación principal")
    expect(nav.get_by_role("link", name="Cursos")).to_be_visible()
    expect(page.locator(".site-menu__toggle")).to_be_hidden()
    expect(page.get_by_label("Buscar", exact=True)).to_be_visible()
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths


# Every learner-facing page, at a phone's and a desktop's width, signed in where the page
# needs it: none may pan sideways (document.documentElement.scrollWidth <= clientWidth).
SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
SCREENSHOTS = os.environ.get("AULA_LAYOUT_SCREENSHOTS")  # a folder: also save the module page and /en/


@pytest.fixture
def learner_world(demo_urls):
    """The demo (seed_demo) plus, for its learner, a course in each dashboard state and
    a quiz attempt at each step: in progress (attempt page and its hand-in review),
    handed in and graded (result and review), handed in and waiting for a grader."""
    from capacitacion.demo import DEMO_LEARNER
    from capacitacion.models import AttemptStatus, Certificate, Enrollment, QuizAttempt
    from capacitacion.services.enrollment import enroll, withdraw
    from capacitacion.services.progress import record_lesson_done
    from capacitacion.services.quizzes import start_attempt, submit_attempt
    from cursos.models import CoursePage, InstitutionPage, LessonPage, ModulePage, QuizPage
    from cursos.tests.factories import build_course

    user = get_user_model().objects.get(email=DEMO_LEARNER["email"])
    course = CoursePage.objects.get(slug="comunicacion-de-riesgos")
    module = ModulePage.objects.child_of(course).order_by("path").first()
    first_quiz, second_quiz, *_rest, last_quiz = (
        QuizPage.objects.live().descendant_of(course).order_by("path")
    )
    graded = submit_attempt(user=user, attempt_id=start_attempt(user=user, quiz=first_quiz).pk)
    waiting = submit_attempt(user=user, attempt_id=start_attempt(user=user, quiz=last_quiz).pk)
    QuizAttempt.objects.filter(pk=waiting.pk).update(status=AttemptStatus.NEEDS_GRADING)
    open_attempt = start_attempt(user=user, quiz=second_quiz)
    # A finished course with its certificate, and one the learner left.
    institution = InstitutionPage.objects.get(slug="universidad-regional-del-plata")
    finished = build_course(institution, modules=1, lessons_per_module=1, title="Verificación de datos")
    QuizPage.objects.descendant_of(finished).delete()
    enroll(user=user, course=finished)
    record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(finished).get())
    certificate = Certificate.objects.get(enrollment__course=finished)
    left = CoursePage.objects.get(slug="formulacion-de-proyectos")
    withdraw(enroll(user=user, course=left).enrollment)
    enrollment = Enrollment.objects.get(user=user, course=course)
    tag = course.tags.order_by("slug").first().slug
    public = {
        "home (es)": "/",
        "home (pt-br)": "/pt/",
        "home (en)": "/en/",
        "catalog": "/cursos/",
        "catalog filtered": f"/cursos/?etiqueta={tag}&publico=journalists&idioma=es",
        "catalog (en)": "/en/cursos/",
        "institution": institution.url,
        "course": course.url,
        "course (en)": f"/en{course.url}",
        "module (visitor)": module.url,
        "certificate verification form": "/certificados/verificar/",
        "certificate verification": f"/certificados/verificar/{certificate.code}/",
        "terms": "/terminos/",
        "privacy": "/privacidad/",
        "terms (en)": "/en/terminos/",
        "login": "/cuentas/login/",
        "signup": "/cuentas/signup/",
        "password reset": "/cuentas/password/reset/",
        "password reset sent": "/cuentas/password/reset/done/",
        "404": "/no-existe-esta-pagina/",
    }
    signed_in = {
        "module": module.url,
        "module (pt-br)": f"/pt{module.url}",
        "lesson": LessonPage.objects.child_of(module).order_by("path").last().url,
        "quiz": first_quiz.url,
        "attempt": f"/mi-aprendizaje/intentos/{open_attempt.pk}/",
        "hand-in review": f"/mi-aprendizaje/intentos/{open_attempt.pk}/entregar/",
        "result and review": f"/mi-aprendizaje/intentos/{graded.pk}/resultado/",
        "result waiting for grading": f"/mi-aprendizaje/intentos/{waiting.pk}/resultado/",
        "dashboard": "/mi-aprendizaje/",
        "dashboard (en)": "/en/mi-aprendizaje/",
        "profile": "/mi-aprendizaje/perfil/",
        "withdraw confirm": f"/mi-aprendizaje/inscripciones/{enrollment.pk}/baja/confirmar/",
        "my data": "/mi-aprendizaje/mis-datos/",
        "account deletion": "/mi-aprendizaje/mis-datos/eliminar-cuenta/",
        "password change": "/cuentas/password/change/",
        "email": "/cuentas/email/",
    }
    return public, signed_in, DEMO_LEARNER


def sideways_pan(page) -> int:
    scroll_width, client_width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    return scroll_width - client_width


def test_no_learner_page_pans_sideways_on_a_phone_or_a_desktop(browser, live_server, learner_world, tmp_path):
    public, signed_in, credentials = learner_world
    panning, not_found = [], []
    for size_name, viewport in SIZES.items():
        for signed in (False, True):
            # The phone without JavaScript (every page must work so), the desktop with it.
            context = browser.new_context(
                base_url=live_server.url,
                viewport=viewport,
                locale="es-AR",
                java_script_enabled=size_name == "desktop",
            )
            page = context.new_page()
            if signed:
                page.goto("/cuentas/login/")
                page.get_by_label("Tu correo electrónico", exact=True).fill(credentials["email"])
                page.get_by_label("Tu contraseña", exact=True).fill(credentials["password"])
                page.get_by_role("main").get_by_role("button", name="Iniciar sesión").click()
                expect(page).to_have_url(re.compile(r"/mi-aprendizaje/$"))
            for name, url in (signed_in if signed else public).items():
                response = page.goto(url)
                landed = urlsplit(page.url).path
                if (response.status == 404) != (name == "404") or landed != urlsplit(url).path:
                    not_found.append(f"{name} ({url}): {response.status} at {page.url}")
                pan = sideways_pan(page)
                if pan > 0:
                    panning.append(f"{name} at {size_name} ({url}) pans {pan} px")
                if SCREENSHOTS and name in {"module", "home (en)"}:
                    page.screenshot(
                        path=f"{SCREENSHOTS}/{name.replace(' ', '-')}-{viewport['width']}.png", full_page=True
                    )
            context.close()
    assert not_found == [], not_found  # each page is the page meant, not a redirect
    assert panning == [], panning
