"""Courses in several languages: each language version is its own course page, linked
to the others as a translation; the catalog lists them all, the interface language first,
and /pt/ serves the Portuguese tree, falling back to Spanish pages."""

import re

import pytest
from wagtail.models import Locale

from cursos.models import CoursePage
from cursos.tests.factories import CoursePageFactory, build_course, translate

pytestmark = pytest.mark.django_db


def card_titles(html: str) -> list[str]:
    return re.findall(r'class="card__title[^"]*"[^>]*><a href="[^"]*">([^<]+)</a>', html)


@pytest.fixture
def courses(institution):
    """Two Spanish courses, one of them translated into Portuguese (a different title
    and slug), and one course that exists only in Portuguese."""
    cooperation = CoursePageFactory(parent=institution, title="Cooperación entre ciudades")
    risk = CoursePageFactory(parent=institution, title="Alertas tempranas")
    cooperation_pt = translate(
        cooperation, subtree=True, title="Cooperação entre cidades", slug="cooperacao-entre-cidades"
    )
    only_pt = CoursePageFactory(
        parent=cooperation_pt.get_parent(), title="Boletins de risco", language="pt-br"
    )
    return {"cooperation": cooperation, "risk": risk, "cooperation_pt": cooperation_pt, "only_pt": only_pt}


def test_a_translation_is_its_own_course_in_the_other_locale(courses):
    original, translation = courses["cooperation"], courses["cooperation_pt"]
    assert translation.translation_key == original.translation_key
    assert translation.locale.language_code == "pt-br"
    # Copied for translation, the course now says it is taught in Portuguese.
    assert translation.language == "pt-br"
    assert translation.get_latest_revision_as_object().language == "pt-br"
    assert original.language == "es"


def test_catalog_lists_the_interface_language_first(client, catalog, courses):
    spanish = card_titles(client.get("/cursos/").content.decode())
    portuguese = card_titles(client.get("/pt/cursos/").content.decode())

    assert spanish == [
        "Alertas tempranas",
        "Cooperación entre ciudades",
        "Boletins de risco",
        "Cooperação entre cidades",
    ]
    assert portuguese == [
        "Boletins de risco",
        "Cooperação entre cidades",
        "Alertas tempranas",
        "Cooperación entre ciudades",
    ]


def test_each_card_says_its_language(client, catalog, courses):
    html = client.get("/pt/cursos/").content.decode()
    cards = html.split('class="card course-card ')[1:]
    languages = [re.search(r'<li lang="[^"]+">([^<]+)</li>', card)[1] for card in cards]
    # Each language by its own name, as in the language switcher and the profile form.
    assert languages == ["Português (Brasil)", "Português (Brasil)", "Español", "Español"]


def test_language_and_institution_filters_cover_every_tree(client, catalog, courses, other_institution):
    CoursePageFactory(parent=other_institution, title="Presupuestos municipales")

    only_portuguese = card_titles(client.get("/cursos/?idioma=pt-br").content.decode())
    # The institution's Portuguese version has the same slug: one filter, both trees.
    one_institution = card_titles(client.get("/pt/cursos/?institucion=urp").content.decode())
    html = client.get("/pt/cursos/").content.decode()

    assert only_portuguese == ["Boletins de risco", "Cooperação entre cidades"]
    assert "Presupuestos municipales" not in one_institution
    assert len(one_institution) == 4
    assert html.count('<option value="urp"') == 1


def test_catalog_search_keeps_the_language_order(client, catalog, courses):
    portuguese = card_titles(client.get("/pt/cursos/?q=entre").content.decode())
    spanish = card_titles(client.get("/cursos/?q=entre").content.decode())
    assert portuguese == ["Cooperação entre cidades", "Cooperación entre ciudades"]
    assert spanish == ["Cooperación entre ciudades", "Cooperação entre cidades"]


def test_portuguese_tree_serves_its_pages_and_falls_back_to_spanish_ones(client, courses):
    spanish_only, portuguese = courses["risk"], courses["cooperation_pt"]

    own = client.get(portuguese.url)
    fallback = client.get("/pt" + spanish_only.url)
    missing = client.get("/pt/cursos/urp/no-existe/")

    assert portuguese.url.startswith("/pt/cursos/")
    assert own.status_code == 200 and '<html lang="pt-br">' in own.content.decode()
    assert fallback.status_code == 200
    assert '<html lang="pt-br">' in fallback.content.decode()
    assert "Alertas tempranas" in fallback.content.decode()
    assert missing.status_code == 404


def test_a_portuguese_only_course_opens_under_the_spanish_prefix(client, courses):
    only_pt = courses["only_pt"]
    response = client.get(only_pt.url.removeprefix("/pt"))
    assert response.status_code == 200
    assert '<html lang="es">' in response.content.decode()
    assert "Boletins de risco" in response.content.decode()


def test_existing_spanish_pages_keep_their_urls(client, institution):
    course = build_course(institution, title="Curso previo")
    Locale.objects.get_or_create(language_code="pt-br")
    assert course.url == "/cursos/urp/curso-previo/"
    assert client.get(course.url).status_code == 200
    assert CoursePage.objects.get(pk=course.pk).locale.language_code == "es"


def test_migrations_create_the_content_locales_with_spanish_as_default(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"es", "pt-br", "en"}
    assert Locale.get_default().language_code == "es"
