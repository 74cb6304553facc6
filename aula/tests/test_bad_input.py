"""Malformed input answers 400 (or a normal page), never 500: issue 14, item 2."""

from urllib.parse import urlencode

import pytest
from django.test import Client

from aula.input_guard import next_path
from capacitacion.models import LessonCompletion
from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import CohortFactory, learner
from cursos.models import LessonPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser():
    return Client(raise_request_exception=False)


@pytest.fixture
def course(institution):
    return build_course(institution)


@pytest.fixture
def student(course):
    user = learner()
    enroll(user=user, course=course)
    return user


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).order_by("path").first()


@pytest.mark.parametrize(
    "bad_next", ["abc", "-1", "0", "NaN", "🦜", "capacitacion:dashboard", "//evil.example/"]
)
def test_lesson_done_with_a_bad_next_redirects_to_the_lesson(browser, student, lesson, bad_next):
    browser.force_login(student)
    response = browser.post(f"/mi-aprendizaje/lecciones/{lesson.pk}/completada/", {"next": bad_next})
    assert response.status_code == 302
    assert response["Location"] == lesson.url
    assert LessonCompletion.objects.filter(enrollment__user=student, lesson=lesson).exists()


def test_lesson_done_with_a_repeated_next_redirects_to_the_lesson(browser, student, lesson):
    browser.force_login(student)
    response = browser.post(f"/mi-aprendizaje/lecciones/{lesson.pk}/completada/", {"next": ["abc", "0"]})
    assert response.status_code == 302
    assert response["Location"] == lesson.url


def test_lesson_done_follows_a_same_site_path(browser, student, lesson, course):
    browser.force_login(student)
    response = browser.post(f"/mi-aprendizaje/lecciones/{lesson.pk}/completada/", {"next": course.url})
    assert response["Location"] == course.url


def test_lesson_done_with_invalid_utf8_next_is_a_bad_request(browser, student, lesson):
    browser.force_login(student)
    response = browser.post(
        f"/mi-aprendizaje/lecciones/{lesson.pk}/completada/",
        "next=%FF%FE",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400


@pytest.mark.parametrize("cohort", ["²", "١", "-1", "abc", "99999999999999999999999"])
def test_enrol_with_a_malformed_cohort_is_refused_politely(browser, course, cohort):
    CohortFactory(course=course)
    user = learner()
    browser.force_login(user)
    response = browser.post(f"/mi-aprendizaje/inscribirme/{course.pk}/", {"cohort": cohort})
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert not user.enrollments.exists()


def test_enrol_in_a_cohort_by_its_id(browser, course):
    cohort = CohortFactory(course=course)
    user = learner()
    browser.force_login(user)
    browser.post(f"/mi-aprendizaje/inscribirme/{course.pk}/", {"cohort": str(cohort.pk)})
    assert user.enrollments.get().cohort == cohort


@pytest.mark.parametrize("query", ["q=%00", "etiqueta=%00", "publico=a%00", "q=%FF", "%00=x"])
def test_catalog_with_nul_or_invalid_utf8_is_a_bad_request(browser, catalog, query):
    response = browser.get(f"{catalog.url}?{query}")
    assert response.status_code == 400
    assert "no es válida".encode() in response.content
    assert b"<html" in response.content


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/find/?html_path=/%00/",
    ],
)
def test_api_with_nul_is_a_json_bad_request(browser, course, url):
    response = browser.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert "message" in response.json()


@pytest.mark.parametrize(
    "query", ["offset=9223372036854775808", "offset=-1", "limit=9223372036854775808", "offset=1e3"]
)
def test_api_with_an_out_of_range_integer_is_a_bad_request(browser, course, query):
    response = browser.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert "message" in response.json()


def test_api_with_a_large_in_range_offset_is_an_empty_listing(browser, course):
    response = browser.get("/api/v2/pages/?offset=2147483647")
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_a_nul_in_a_form_body_is_a_bad_request(browser, student):
    browser.force_login(student)
    response = browser.post("/mi-aprendizaje/perfil/", {"full_name": "Ana\x00"})
    assert response.status_code == 400


def test_too_many_fields_shows_the_bad_request_page(browser, settings, catalog):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    response = browser.get(catalog.url + "?" + "&".join(f"a{i}=1" for i in range(10)))
    assert response.status_code == 400
    assert "no es válida".encode() in response.content


def test_the_bad_request_page_is_translated(browser, catalog):
    response = browser.get(f"/pt{catalog.url}?q=%00")
    assert response.status_code == 400
    assert "não é válida".encode() in response.content
    assert b"Verifique o endere" in response.content


def test_the_bad_request_page_of_an_unprefixed_path_is_spanish(browser, catalog):
    """An unprefixed path is Spanish whatever the browser asks for, as LocaleMiddleware
    serves it (the 400 comes before that middleware runs)."""
    response = browser.get(f"{catalog.url}?q=%00", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 400
    assert b'lang="es"' in response.content
    assert "La solicitud no es válida".encode() in response.content


def test_set_language_ignores_an_unsafe_next(browser):
    for bad in ("abc", "//evil.example/", "https://evil.example/"):
        response = browser.post("/idioma/", {"language": "en", "next": bad})
        assert response["Location"] == "/"


@pytest.mark.parametrize("value", ["²", "١", " 7", "1_0", "", "9223372036854775808", "-1", "1e3", "NaN"])
def test_parse_int_refuses_what_the_database_cannot_take(value):
    from aula.input_guard import parse_int

    with pytest.raises(ValueError):
        parse_int(value)


def test_parse_int_takes_the_database_range():
    from aula.input_guard import BIGINT_MAX, parse_int

    assert parse_int("0") == 0
    assert parse_int(str(BIGINT_MAX)) == BIGINT_MAX
    assert parse_int("-5", minimum=-10) == -5


@pytest.mark.parametrize("query", ["id=", "id=abc", "id=²", f"id={2**63}"])
def test_api_find_with_a_malformed_id_is_a_bad_request(browser, course, query):
    """Found by the fuzz suite: Wagtail's find view passes `id` to the ORM as it is."""
    response = browser.get(f"/api/v2/pages/find/?{query}")
    assert response.status_code == 400
    assert "message" in response.json()


def test_a_nul_in_a_path_is_not_found(browser):
    assert browser.get("/certificados/verificar/A%00B/").status_code == 404


@pytest.mark.parametrize(
    ("post", "query", "expected"),
    [
        ({"next": "/cursos/x/"}, {}, "/cursos/x/"),
        ({}, {"next": "/pt/cursos/x/?a=1"}, "/pt/cursos/x/?a=1"),
        ({"next": "/del-formulario/"}, {"next": "/de-la-url/"}, "/del-formulario/"),
        ({"next": "https://evil.example/"}, {}, ""),
        ({"next": "//evil.example/"}, {}, ""),
        ({"next": "/\\evil.example/"}, {}, ""),
        ({"next": "capacitacion:dashboard"}, {}, ""),
        ({}, {}, ""),
    ],
)
def test_next_path_is_the_one_check_of_every_next(rf, post, query, expected):
    request = rf.post("/cualquiera/?" + urlencode(query), post)
    assert next_path(request) == expected
