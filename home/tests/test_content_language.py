"""Each language's home, catalog and legal pages speak that language in the demo, and
where a page falls back to content in another language (a Spanish course listed on the
English catalog, a page with no translation) that content says its language."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_page):
    call_command("seed_demo", stdout=StringIO())


def h1(html: str) -> str:
    return re.search(r"<h1[^>]*>.*?</h1>", html, re.S).group(0)


@pytest.mark.parametrize(
    ("prefix", "lang", "heading"),
    [
        ("/", "es", "Aprender para cuidar a nuestras ciudades"),
        ("/pt/", "pt-br", "Aprender para cuidar das nossas cidades"),
        ("/en/", "en", "Learning to look after our cities"),
    ],
)
def test_each_home_speaks_its_language(client, demo, prefix, lang, heading):
    html = client.get(prefix).content.decode()

    assert f'<html lang="{lang}">' in html
    assert h1(html) == f'<h1 id="hero-title">{heading}</h1>'  # in the page's language: no lang of its own
    assert "Aprender para cuidar a nuestras ciudades" not in html or lang == "es"


def test_the_english_catalog_is_in_english_and_marks_the_courses_language(client, demo):
    html = client.get("/en/cursos/").content.decode()

    assert h1(html) == "<h1>Courses</h1>"
    assert "Free, self-paced courses" in html
    # The Spanish and the Portuguese courses, each in its own language.
    assert re.search(
        r'<h3 class="card__title course-card__title" lang="es"><a [^>]*>Comunicación de riesgos', html
    )
    assert re.search(
        r'<h3 class="card__title course-card__title" lang="pt-br"><a [^>]*>Formulação de projetos', html
    )


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/en/terminos/", "Terms of use"),
        ("/en/privacidad/", "Privacy notice"),
        ("/pt/terminos/", "Termos de uso"),
        ("/pt/privacidad/", "Aviso de privacidade"),
    ],
)
def test_legal_pages_are_translated(client, demo, path, title):
    response = client.get(path)

    assert response.status_code == 200
    assert h1(response.content.decode()) == f"<h1>{title}</h1>"


def test_a_page_without_a_translation_says_its_language(client, home_page):
    """Only the Spanish home exists: /en/ shows it under English menus, marked Spanish."""
    html = client.get("/en/").content.decode()

    assert '<html lang="en">' in html
    assert h1(html) == f'<h1 id="hero-title" lang="es">{home_page.hero_heading}</h1>'


def test_a_spanish_course_under_english_menus_says_its_language(client, demo):
    html = client.get("/en/cursos/universidad-regional-del-plata/comunicacion-de-riesgos/").content.decode()

    assert '<html lang="en">' in html
    assert '<h1 lang="es">Comunicación de riesgos' in html
