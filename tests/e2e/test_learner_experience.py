"""The learner-experience issue walked item by item, at 360x740 and at 1280x800, as a
person sees it (roles, labels, visible text; computed styles only where the item is
about looks). What tests/e2e already asserts is not repeated here: sideways panning of
every page (test_layout), the phone menu and the catalog's "Filtrar" disclosure
(test_layout), the course outline and the quiz hand-in step (test_course_navigation,
test_quiz_journey), sign-up to resume (test_learner_journey), the certificate PDF
(test_certificate_journey), axe-core (test_accessibility).

Three tests per size, each with one setup: the look of the demo (seed_demo, the one slow
setup), the dashboard's states built with factories, and the account pages."""

import re
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import Page, expect

from tests.e2e.test_accessibility import media_lesson
from tests.e2e.test_certificate_journey import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SIZES = [(360, 740), (1280, 800)]
SIZE_IDS = ["phone", "desktop"]
# Each language as the switcher names it (its own name): the one spelling used everywhere.
LANGUAGE_NAMES = {"es": "Español", "pt-br": "Português (Brasil)", "en": "English"}


def at_size(page: Page, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})


def serve_media(page: Page) -> list[str]:
    """The live server serves static files but not uploads (a web server does that in
    production): answer /media/ from MEDIA_ROOT, and note which files the browser asked
    for, so the test sees which rendition it downloads."""
    requested = []

    def answer(route):
        path = unquote(urlsplit(route.request.url).path)
        requested.append(path)
        file = Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)
        if file.is_file():
            route.fulfill(path=file)
        else:
            route.fulfill(status=404)

    page.context.route("**/media/**", answer)
    return requested


def assert_one_row_header(page: Page) -> None:
    """The header is one compact row: at most 15 % of the screen's height, the mark, the
    menu and the language switcher side by side."""
    height = page.viewport_size["height"]
    header = page.get_by_role("banner").bounding_box()
    assert header["height"] <= 0.15 * height, (
        f"the header takes {header['height']} of {height} px on {page.url}"
    )
    brand = page.get_by_role("banner").get_by_role("link", name="Aula").first.bounding_box()
    switcher = page.get_by_role("navigation", name=re.compile("^(Idioma|Language)$")).bounding_box()
    centres = [box["y"] + box["height"] / 2 for box in (brand, switcher)]
    assert abs(centres[0] - centres[1]) < 12, f"mark and language switcher are not on one row: {centres}"


def eager_images_below_the_fold(page: Page) -> list[str]:
    """Images below the first screen that the page loads at once (not loading=lazy),
    read before anything scrolls."""
    return page.evaluate(
        "[...document.querySelectorAll('img')]"
        ".filter(img => img.getBoundingClientRect().top >= window.innerHeight && img.loading !== 'lazy')"
        ".map(img => img.getAttribute('src'))"
    )


def language_switcher_names(page: Page) -> set[str]:
    """What a screen reader hears for each language in the switcher (the short codes on
    screen are hidden from it)."""
    switcher = page.get_by_role("navigation", name=re.compile("^(Idioma|Language)$"))
    names = set()
    for item in switcher.get_by_role("listitem").all():
        control = item.locator("a, button, [aria-current]").first
        names.add(control.locator(".visually-hidden").text_content().strip())
        expect(control.locator("[aria-hidden=true]")).to_have_text(re.compile(r"^[A-Z]{2}$"))
    return names


def option_labels(select) -> set[str]:
    return {label.strip() for label in select.locator("option").all_text_contents()} - {"", "Todos"}


# --- Look and identity: the demo's pages --------------------------------------------------


@dataclass
class DemoLook:
    course: object
    other_course: object
    media_lesson: object
    institution_colours: dict


@pytest.fixture
def demo_look(home_page, tmp_path) -> DemoLook:
    """seed_demo (its drawn course covers and institution logos), plus a lesson with an
    uploaded 1200 px image (test_accessibility's) in the first module of the demo course."""
    from cursos.demo import INSTITUTIONS
    from cursos.models import CoursePage, ModulePage

    call_command("seed_demo", stdout=StringIO())
    spanish = CoursePage.objects.filter(locale__language_code="es")
    course = spanish.get(slug="comunicacion-de-riesgos")
    other = spanish.exclude(path__startswith=course.get_parent().path).first()
    module = ModulePage.objects.child_of(course).order_by("path").first()
    return DemoLook(
        course=course,
        other_course=other,
        media_lesson=media_lesson(module, tmp_path),
        institution_colours={data["slug"]: data["logo_colour"] for data in INSTITUTIONS},
    )


def rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


@pytest.mark.parametrize(("width", "height"), SIZES, ids=SIZE_IDS)
def test_the_demo_looks_like_a_finished_product(page, live_server, demo_look, width, height):
    from capacitacion.demo import DEMO_LEARNER
    from cursos.models import CoursePage

    at_size(page, width, height)
    media = serve_media(page)

    # The home: the site's name as its title, its icons and manifest answer.
    page.goto("/")
    expect(page).to_have_title("Aula")
    assert eager_images_below_the_fold(page) == []
    assert_one_row_header(page)
    icons = page.locator("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]")
    expect(icons).to_have_count(4)
    for href in icons.evaluate_all("links => links.map(link => link.href)"):
        response = page.request.get(href)
        assert response.status == 200, f"{href} answered {response.status}"
    manifest = page.request.get(page.locator("link[rel=manifest]").get_attribute("href")).json()
    assert manifest["name"].startswith("Aula") and manifest["icons"], manifest

    # The language switcher: short codes on screen, each language's full name for screen readers.
    assert language_switcher_names(page) == set(LANGUAGE_NAMES.values())
    switcher = page.get_by_role("navigation", name="Idioma")
    expect(switcher.get_by_role("link", name="English", exact=True)).to_have_attribute("hreflang", "en")
    expect(switcher.get_by_role("link", name="Português (Brasil)", exact=True)).to_be_visible()

    # Featured courses: a card each with its image, institution, hours and language.
    featured = (
        page.get_by_role("region", name="Cursos destacados")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading"))
    )
    expect(featured).to_have_count(2)
    for card in featured.all():
        card.scroll_into_view_if_needed()
        image = card.get_by_role("img")
        expect(image).to_be_visible()
        expect(image).to_have_attribute("alt", re.compile(r"\w"))
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("img => img.naturalWidth") > 0, "the course image did not load"
        expect(card.locator(".course-card__institution")).to_have_text(re.compile("^Universidad "))
        facts = card.get_by_role("list", name="Datos del curso")
        expect(facts).to_contain_text(re.compile(r"\d+ horas?"))
        assert facts.get_by_role("listitem").nth(1).text_content() in LANGUAGE_NAMES.values()

    # The course page: "<course> · Aula", a hero with the institution's logo and colour.
    for course in (demo_look.course, demo_look.other_course):
        page.goto(course.url)
        expect(page).to_have_title(f"{course.title} · Aula")
        institution = course.get_parent().specific
        hero = page.get_by_role("article").locator("header").first
        expect(hero.get_by_role("heading", level=1)).to_have_text(course.title)
        logo = hero.locator("img.course-hero__logo")
        expect(logo).to_be_visible()
        assert logo.evaluate("img => img.complete && img.naturalWidth") > 0, "the logo did not load"
        name = hero.get_by_role("link", name=institution.title)
        colour = rgb(demo_look.institution_colours[institution.slug])
        expect(name).to_have_css("color", colour)
        expect(hero).to_have_css("border-top-color", colour)
        assert eager_images_below_the_fold(page) == [], f"{course.url} loads images below the fold at once"
    assert len(set(demo_look.institution_colours.values())) == 2, "each institution has a colour of its own"

    # The course's tags link to the catalog filtered by that tag, and the filter applies.
    page.goto(demo_look.course.url)
    tags = page.get_by_role("list", name="Etiquetas").get_by_role("link")
    expect(tags.first).to_be_visible()
    tag_name = tags.first.text_content()
    tag = demo_look.course.tags.get(name=tag_name)
    tags.first.click()
    expect(page).to_have_url(re.compile(rf"/cursos/\?etiqueta={re.escape(tag.slug)}$"))
    expect(page.get_by_label("Tema")).to_be_visible()  # the filters show, open, what applies
    expect(page.get_by_label("Tema").locator("option:checked")).to_have_text(tag_name)
    tagged = set(
        CoursePage.objects.live()
        .filter(locale__language_code="es", tags__slug=tag.slug)
        .values_list("title", flat=True)
    )
    untagged = CoursePage.objects.live().filter(locale__language_code="es").exclude(tags__slug=tag.slug)
    assert untagged.exists(), "the demo should have a course without this tag, or the filter shows nothing"
    results = page.get_by_role("region", name=re.compile(r"^\d+ cursos?$"))
    titles = set(results.get_by_role("heading", level=3).all_text_contents())
    assert titles == tagged, titles
    # One spelling of each language: the catalog filter says what the switcher says.
    assert option_labels(page.get_by_label("Idioma", exact=True)) == set(LANGUAGE_NAMES.values())

    # A lesson image: a responsive rendition, the narrow file on a phone, a wider one on a desktop.
    log_in(page, DEMO_LEARNER["email"], DEMO_LEARNER["password"])
    page.goto(demo_look.media_lesson.url)
    expect(page).to_have_title(f"{demo_look.media_lesson.title} · Aula")
    image = page.get_by_role("img", name="Mapa del río con la zona inundable en azul")
    lazy_before = eager_images_below_the_fold(page)
    image.scroll_into_view_if_needed()
    expect(image).to_have_js_property("complete", True)
    shown = image.evaluate(
        "img => ({src: img.currentSrc, width: img.getBoundingClientRect().width, natural: img.naturalWidth,"
        " loading: img.loading, srcset: img.srcset, ratio: window.devicePixelRatio})"
    )
    candidates = dict((int(w), url) for url, w in re.findall(r"(\S+) (\d+)w", shown["srcset"]))
    assert len(candidates) >= 3, shown
    assert lazy_before == [] and shown["loading"] == "lazy", shown
    downloaded = [path for path in media if "mapa" in path]
    assert downloaded == [urlsplit(shown["src"]).path], f"more than one size downloaded: {downloaded}"
    file_width = next(w for w, url in candidates.items() if shown["src"].endswith(url))
    # The browser picks the file from `sizes`; the image's natural width is the width
    # `sizes` promised, so it matches the width shown when `sizes` tells the truth.
    assert abs(shown["natural"] - shown["width"]) <= 2, (
        f"sizes says {shown['natural']} px, the image shows {shown['width']:.0f} px wide: {shown}"
    )
    needed = shown["width"] * shown["ratio"]
    fits = sorted(w for w in candidates if w >= needed)
    assert file_width == (fits[0] if fits else max(candidates)), (
        f"shown {shown['width']:.0f} px wide, the browser downloaded the {file_width} px file: {shown}"
    )
    if width == 360:
        assert file_width == min(candidates), shown
    else:
        assert file_width > min(candidates), shown

    # The English home is in English; the Spanish courses it features say they are Spanish.
    page.goto("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_title("Aula")
    expect(page.get_by_role("heading", level=1)).to_have_text("Learning to look after our cities")
    cards = (
        page.get_by_role("region", name="Featured courses")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading"))
    )
    expect(cards).to_have_count(2)
    spanish_cards = 0
    for card in cards.all():
        language = card.get_by_role("list", name="Course details").get_by_role("listitem").nth(1)
        if language.text_content() == "Español":
            spanish_cards += 1
            expect(card.get_by_role("heading")).to_have_attribute("lang", "es")
    assert spanish_cards, "the demo's English home features Spanish courses"
    assert_one_row_header(page)


# --- The dashboard: a course in each state, and leaving one ---------------------------------

LEARNER = {"email": "ines.cardoso@example.org", "password": "Tablero-de-cursos-2026"}
NEWCOMER = {"email": "teo.villalba@example.org", "password": "Recien-llegado-2026"}
ESSAY = {
    "type": "essay",
    "value": {
        "prompt": "<p>Redacta un aviso de evacuación para la radio.</p>",
        "points": "2",
        "feedback": "",
        "rubric": "<p>Fuente, qué hacer y dónde.</p>",
        "max_words": 200,
    },
}


@dataclass
class LearnerCourses:
    studying: object
    studying_next: object
    waiting: object
    waiting_quiz: object
    completed: object
    revoked: object


@pytest.fixture
def learner_courses(catalog) -> LearnerCourses:
    """A learner with a course in each state: studying (a quiz handed in and waiting for a
    grader, a lesson still to read), waiting for grading (nothing else to do), completed
    with a valid certificate, completed with a revoked one; and a newcomer with none."""
    from capacitacion.services.certificates import revoke
    from capacitacion.services.enrollment import enroll
    from capacitacion.services.progress import record_lesson_done
    from capacitacion.services.quizzes import start_attempt, submit_attempt
    from capacitacion.tests.factories import LearnerProfileFactory
    from cursos.tests.factories import (
        CoursePageFactory,
        LessonPageFactory,
        ModulePageFactory,
        QuizPageFactory,
    )
    from tests.factories import UserFactory

    user = UserFactory(username="ines", email=LEARNER["email"], password=LEARNER["password"])
    LearnerProfileFactory(user=user, full_name="Inês Cardoso")
    newcomer = UserFactory(username="teo", email=NEWCOMER["email"], password=NEWCOMER["password"])
    LearnerProfileFactory(user=newcomer, full_name="Teo Villalba")

    def course(title, *modules):
        """modules: a list of item kinds per module ("lesson", "essay")."""
        page = CoursePageFactory(parent=catalog.urp, title=title, enrolment_policy="open")
        items = []
        for kinds in modules:
            module = ModulePageFactory(parent=page)
            for kind in kinds:
                if kind == "lesson":
                    items.append(LessonPageFactory(parent=module))
                else:
                    items.append(QuizPageFactory(parent=module, questions=[ESSAY], max_attempts=3))
        enroll(user=user, course=page)
        return page, items

    def hand_in(quiz):
        attempt = submit_attempt(user=user, attempt_id=start_attempt(user=user, quiz=quiz).pk)
        assert attempt.status == "needs_grading", attempt.status

    studying, (lesson, quiz, next_lesson) = course("Cartografía de amenazas", ["lesson", "essay"], ["lesson"])
    record_lesson_done(user=user, lesson=lesson)
    hand_in(quiz)
    waiting, (waiting_lesson, waiting_quiz) = course("Radio comunitaria en emergencias", ["lesson", "essay"])
    record_lesson_done(user=user, lesson=waiting_lesson)
    hand_in(waiting_quiz)
    completed, (completed_lesson,) = course("Verificación de datos", ["lesson"])
    record_lesson_done(user=user, lesson=completed_lesson)
    revoked, (revoked_lesson,) = course("Rumores y desinformación", ["lesson"])
    record_lesson_done(user=user, lesson=revoked_lesson)
    certificate = revoked.enrollments.get(user=user).certificates.get()
    revoke(certificate, by=UserFactory(is_staff=True), reason="Se emitió por error.")
    return LearnerCourses(studying, next_lesson, waiting, waiting_quiz, completed, revoked)


def course_card(page: Page, section: str, title: str):
    region = page.get_by_role("region", name=section)
    return region.get_by_role("listitem").filter(has=page.get_by_role("heading", name=title, exact=True))


@pytest.mark.parametrize(("width", "height"), SIZES, ids=SIZE_IDS)
def test_dashboard_shows_each_course_state_and_leaving_asks_first(
    page, live_server, learner_courses, width, height
):
    courses = learner_courses
    at_size(page, width, height)
    log_in(page, LEARNER["email"], LEARNER["password"])
    assert_one_row_header(page)  # signed in: more links in the menu, still one row

    # The completion moment, on the first visit after completing.
    moment = page.get_by_role("region", name=f"¡Completaste «{courses.completed.title}»!")
    expect(moment).to_be_visible()
    expect(moment.get_by_role("link", name="Descargar mi certificado (PDF)")).to_be_visible()
    revoked_moment = page.get_by_role("region", name=f"¡Completaste «{courses.revoked.title}»!")
    expect(revoked_moment.get_by_role("link", name=re.compile("PDF"))).to_have_count(0)
    expect(revoked_moment).not_to_contain_text("Estamos preparando")

    # Studying, with a quiz waiting for a grader: "Continuar" goes on to the next lesson.
    studying = course_card(page, "Cursos en curso", courses.studying.title)
    expect(studying.get_by_text("En curso", exact=True)).to_be_visible()
    expect(studying.get_by_role("progressbar", name="Progreso")).to_be_visible()
    resume = studying.get_by_role("link", name=re.compile("^Continuar"))
    expect(resume).to_have_attribute("href", courses.studying_next.url)
    expect(studying).to_contain_text("Un cuestionario que entregaste espera corrección")

    # Waiting for grading: nothing to continue, and no invitation to try the quiz again.
    waiting = course_card(page, "Cursos en curso", courses.waiting.title)
    expect(waiting.get_by_text("Esperando corrección", exact=True)).to_be_visible()
    expect(waiting.get_by_role("link", name=re.compile("^Continuar"))).to_have_count(0)

    # Completed: its certificate; the revoked one says so and offers no PDF.
    completed = course_card(page, "Cursos completados", courses.completed.title)
    expect(completed.get_by_text("Completado", exact=True)).to_be_visible()
    expect(completed.get_by_role("link", name=re.compile("^Descargar PDF"))).to_be_visible()
    revoked = course_card(page, "Cursos completados", courses.revoked.title)
    expect(revoked.get_by_text("Certificado revocado")).to_be_visible()
    expect(revoked.get_by_role("link", name=re.compile("PDF"))).to_have_count(0)
    expect(revoked.get_by_role("link", name=settings.CONTACT_EMAIL)).to_be_visible()  # "escríbenos"

    # The waiting quiz itself: its attempt waits for a grader, no "Intentar de nuevo".
    page.goto(courses.waiting_quiz.url)
    expect(page.get_by_role("region", name="Tus intentos")).to_contain_text("esperando corrección")
    expect(page.get_by_role("button", name="Intentar de nuevo")).to_have_count(0)
    expect(page.get_by_role("main")).to_contain_text("Tu intento espera corrección")

    # The second visit: the moment has passed.
    page.goto("/mi-aprendizaje/")
    expect(page.get_by_role("heading", name=re.compile("^¡Completaste"))).to_have_count(0)
    expect(course_card(page, "Cursos completados", courses.completed.title)).to_be_visible()

    # Leaving asks first, says what is kept; cancelling keeps the enrolment.
    studying.get_by_role("link", name=re.compile("^Darme de baja")).click()
    expect(page).to_have_url(re.compile(r"/baja/confirmar/$"))
    expect(page).to_have_title("Darte de baja · Aula")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"¿Darte de baja de «{courses.studying.title}»?"
    )
    main = page.get_by_role("main")
    expect(main).to_contain_text("Guardamos tu avance")
    expect(main).to_contain_text("Guardamos tu intento en los cuestionarios")
    expect(main).to_contain_text("Si vuelves a inscribirte, sigues donde quedaste.")
    page.get_by_role("link", name="No, volver a Mi aprendizaje").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/$"))
    expect(studying).to_be_visible()

    # Confirming withdraws: the course moves to the ones left, with a way back.
    studying.get_by_role("link", name=re.compile("^Darme de baja")).click()
    page.get_by_role("button", name="Sí, darme de baja").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/$"))
    expect(course_card(page, "Cursos en curso", courses.studying.title)).to_have_count(0)
    left = course_card(page, "Cursos que dejaste", courses.studying.title)
    expect(left.get_by_text("Dado de baja", exact=True)).to_be_visible()
    expect(left).to_contain_text("Guardamos tu avance")

    # Portuguese dates write the month in lower case.
    page.goto("/pt/mi-aprendizaje/")
    completed_pt = course_card(page, "Cursos concluídos", courses.completed.title)
    date = re.compile(r"\b\d{1,2} de ([A-Za-zçÇ]+) de \d{4}\b")
    months = date.findall(completed_pt.text_content()) + date.findall(
        page.get_by_role("region", name="Cursos que você deixou").text_content()
    )
    assert months and all(month == month.lower() for month in months), months

    # Re-enrolling, from the course left.
    page.goto("/mi-aprendizaje/")
    left.get_by_role("link", name=re.compile("^Volver a inscribirme")).click()
    expect(page).to_have_url(re.compile(re.escape(courses.studying.url) + "$"))
    page.get_by_role("button", name="Inscribirme").click()
    expect(page.get_by_role("status")).to_contain_text("Ya estás inscripto/a")
    page.goto("/mi-aprendizaje/")
    again = course_card(page, "Cursos en curso", courses.studying.title)
    expect(again.get_by_role("link", name=re.compile("^Continuar"))).to_have_attribute(
        "href", courses.studying_next.url
    )

    # A learner with no course yet: a true empty state that leads to the catalog.
    page.context.clear_cookies()
    log_in(page, NEWCOMER["email"], NEWCOMER["password"])
    empty = page.get_by_role("region", name="Todavía no te inscribiste en ningún curso")
    expect(empty).to_be_visible()
    expect(empty.get_by_role("link", name="Ver el catálogo")).to_have_attribute("href", "/cursos/")
    expect(page.get_by_role("heading", name="Cursos en curso")).to_have_count(0)


# --- Account pages in our voice, the profile's terms, deleting the account ------------------

ACCOUNT_PAGES = {  # path: the page's heading in es, pt-br, en
    "/cuentas/signup/": ("Crea tu cuenta", "Crie sua conta", "Create your account"),
    "/cuentas/login/": ("Inicia sesión", "Entrar", "Sign in"),
    "/cuentas/password/reset/": ("Recupera tu contraseña", "Recupere sua senha", "Reset your password"),
}
# Formal Spanish ("usted") as allauth's stock texts had it; "tu/teu" in Portuguese, where we say "você".
USTED = re.compile(
    r"\b(usted|ingrese|introduzca|confirme|contáctenos|olvidó|su (contraseña|correo|cuenta))\b", re.I
)
TU_IN_PORTUGUESE = re.compile(r"\b(tu|teu|tua|teus|tuas|contigo)\b", re.I)
NOT_ENGLISH = re.compile(r"\b(tu|su|você|contraseña|senha|correo|cuenta|conta)\b", re.I)
NEW_PASSWORD = "Una-clave-nueva-2026"


@pytest.fixture
def site_with_terms(catalog):
    """The catalog (for its language filter) and the terms and privacy pages, as seed_demo makes them."""
    from home.demo import HOME_EN, HOME_PT_BR, ensure_legal_pages, ensure_translation

    ensure_translation(catalog.home, "pt-br", HOME_PT_BR)
    ensure_translation(catalog.home, "en", HOME_EN)
    ensure_legal_pages(catalog.home)


@pytest.mark.parametrize(("width", "height"), SIZES, ids=SIZE_IDS)
def test_account_pages_speak_our_voice_and_deleting_looks_destructive(
    page, live_server, site_with_terms, width, height
):
    at_size(page, width, height)
    for prefix, index, wrong in (("", 0, USTED), ("/pt", 1, TU_IN_PORTUGUESE), ("/en", 2, NOT_ENGLISH)):
        for path, headings in ACCOUNT_PAGES.items():
            page.goto(f"{prefix}{path}")
            expect(page.get_by_role("heading", level=1)).to_have_text(headings[index])
            expect(page).to_have_title(f"{headings[index]} · Aula")
            text = page.get_by_role("main").inner_text()
            assert not wrong.search(text), f"{prefix}{path}: {wrong.search(text).group(0)!r} in {text!r}"
        # The reset page promises help: the contact address is there.
        contact = page.get_by_role("main").get_by_role("link", name=settings.CONTACT_EMAIL)
        expect(contact).to_have_attribute("href", f"mailto:{settings.CONTACT_EMAIL}")

    # Sign up; the profile's terms checkbox links to the terms, which answer.
    page.goto("/cuentas/signup/")
    page.get_by_label("Tu correo electrónico", exact=True).fill("rocio.benitez@example.org")
    page.get_by_label("Elige una contraseña", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Repite la contraseña", exact=True).fill(NEW_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Crear mi cuenta").click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/perfil/"))
    terms_box = page.get_by_role("checkbox", name=re.compile("^Acepto los términos de uso"))
    described = terms_box.get_attribute("aria-describedby")
    assert described, "the terms checkbox is not described by its help text"
    terms_link = page.locator(f"#{described.split()[0]}").get_by_role("link", name="términos de uso")
    response = page.request.get(terms_link.get_attribute("href"))
    assert response.status == 200 and "Términos de uso" in response.text()
    # One spelling of each language: the profile says what the switcher and the catalog say.
    assert option_labels(page.get_by_label("Idioma preferido")) == set(LANGUAGE_NAMES.values())
    assert language_switcher_names(page) == set(LANGUAGE_NAMES.values())
    page.get_by_label("Nombre completo").fill("Rocío Benítez")
    page.get_by_label("Ocupación").select_option(index=1)
    page.get_by_label("Ciudad").fill("Montevideo")
    page.get_by_label("País").select_option(label="Uruguay")
    terms_box.check()
    primary = page.get_by_role("button", name="Guardar perfil")
    primary_colour = primary.evaluate("button => getComputedStyle(button).backgroundColor")
    primary.click()
    expect(page).to_have_url(re.compile(r"/mi-aprendizaje/$"))
    page.goto("/cursos/")
    assert option_labels(page.get_by_label("Idioma", exact=True)) == set(LANGUAGE_NAMES.values())

    # Deleting the account: a button that looks destructive, a password label that is true.
    page.goto("/mi-aprendizaje/mis-datos/eliminar-cuenta/")
    expect(page).to_have_title("Eliminar tu cuenta · Aula")
    delete = page.get_by_role("button", name="Eliminar mi cuenta definitivamente")
    delete_colour = delete.evaluate(
        "button => [getComputedStyle(button).backgroundColor, getComputedStyle(button).color]"
    )
    assert primary_colour not in delete_colour, (primary_colour, delete_colour)
    password = page.get_by_label(re.compile("contraseña", re.I))
    expect(password).to_have_attribute("required", "")
    label = page.locator(f"label[for={password.get_attribute('id')}]").inner_text()
    assert "opcional" not in label.lower(), label
