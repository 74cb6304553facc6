"""The learner pages fit a 360 px phone (no sideways scroll), keep the header to one
row there, and work without JavaScript: the menu and the catalog's filters are
<details> that open from the keyboard; on a wide screen the menu's links stand in the
header. Demo content from seed_demo (with its drawn course images)."""

from io import StringIO

import pytest
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
