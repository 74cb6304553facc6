"""The language switcher keeps the learner on the same page, and a signed-in learner's
choice becomes their preferred language (where login lands, emails, certificates)."""

import re

import pytest
from django.core.cache import cache

from capacitacion.models import LearnerProfile
from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import learner
from cursos.models import LessonPage
from cursos.tests.factories import build_course, translate
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def switcher(html: str) -> str:
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.DOTALL)[0]


@pytest.fixture
def course(institution):
    return build_course(institution, title="Gestión del riesgo")


@pytest.fixture
def portuguese_tree(course):
    """The catalog and institution exist in Portuguese, so /pt/ is routed through them."""
    return translate(course.get_parent(), description="<p>Universidade parceira.</p>")


def test_switching_language_on_a_lesson_keeps_the_learner_on_it(client, course, portuguese_tree):
    user = learner(preferred_language="es")
    enroll(user=user, course=course)
    client.force_login(user)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()

    html = client.get(lesson.url).content.decode()
    assert f'<input type="hidden" name="next" value="/pt{lesson.url}">' in switcher(html)

    response = client.post("/idioma/", {"language": "pt-br", "next": f"/pt{lesson.url}"})
    assert response.status_code == 302
    assert response["Location"] == f"/pt{lesson.url}"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert '<html lang="pt-br">' in page.content.decode()
    assert lesson.title in page.content.decode()
    assert LearnerProfile.objects.get(user=user).preferred_language == "pt-br"
    assert response.cookies["django_language"].value == "pt-br"


def test_switcher_links_a_translated_page_to_its_translation(client, course):
    translated = translate(course, subtree=True, title="Gestão de riscos", slug="gestao-de-riscos")

    from_spanish = switcher(client.get(course.url).content.decode())
    from_portuguese = switcher(client.get(translated.url).content.decode())

    assert f'href="{translated.url}" hreflang="pt-br"' in from_spanish
    assert f'href="/en{course.url}" hreflang="en"' in from_spanish
    assert f'href="{course.url}" hreflang="es"' in from_portuguese
    # No English version: the same page under /en/, which Wagtail still serves.
    assert f'href="/en{translated.url.removeprefix("/pt")}" hreflang="en"' in from_portuguese
    assert client.get(f"/en{translated.url.removeprefix('/pt')}").status_code == 200


def test_switcher_links_a_translation_published_after_the_page_was_shown(client, course):
    """The switcher's translation links are cached; publishing a translation updates them."""
    client.force_login(learner())  # signed in: the page itself is never served from cache
    assert f'value="/pt{course.url}"' in switcher(client.get(course.url).content.decode())

    translated = translate(course, title="Gestão de riscos", slug="gestao-de-riscos")

    assert f'value="{translated.url}"' in switcher(client.get(course.url).content.decode())


def test_anonymous_visitors_get_plain_links(client, course):
    html = switcher(client.get(course.url).content.decode())
    assert "<form" not in html
    assert f'href="/pt{course.url}"' in html


def test_switching_without_a_profile_only_sets_the_cookie(client):
    client.force_login(UserFactory())
    response = client.post("/idioma/", {"language": "en", "next": "/en/cursos/"})
    assert response["Location"] == "/en/cursos/"
    assert response.cookies["django_language"].value == "en"


@pytest.mark.parametrize("next_url", ["https://example.com/", "//example.com/"])
def test_switch_never_redirects_off_site(client, next_url):
    user = learner()
    client.force_login(user)
    response = client.post("/idioma/", {"language": "pt-br", "next": next_url})
    assert response["Location"] == "/"


def test_switch_ignores_unknown_languages_and_get(client):
    user = learner(preferred_language="es")
    client.force_login(user)
    assert client.post("/idioma/", {"language": "fr", "next": "/"})["Location"] == "/"
    assert client.get("/idioma/?language=pt-br").status_code == 405
    assert LearnerProfile.objects.get(user=user).preferred_language == "es"


def test_login_lands_in_the_preferred_language(client):
    cache.clear()  # allauth's login rate limits count in the cache
    user = learner(preferred_language="pt-br")
    user.set_password("clave-de-prueba-123")
    user.save()
    response = client.post("/cuentas/login/", {"login": user.email, "password": "clave-de-prueba-123"})
    assert response["Location"] == "/pt/mi-aprendizaje/"
