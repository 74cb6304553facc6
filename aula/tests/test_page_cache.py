"""The anonymous full-page cache (aula/page_cache.py): what it serves, to whom, and
that every change an anonymous visitor could see reaches them at once."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from aula import page_cache
from capacitacion.models import Certificate
from capacitacion.services import certificates
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import CohortFactory, learner
from capacitacion.views.certificates import _seconds_until_expiry
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(institution):
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_an_anonymous_page_is_served_from_the_cache(client, course):
    first, first_queries = get(client, course.url)
    second, second_queries = get(client, course.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert first_queries > 5
    assert second_queries == 0


def test_every_catalog_query_string_is_its_own_page(client, catalog, course):
    build_course(course.get_parent(), title="Formulación de proyectos", audience="municipal")
    everything = client.get("/cursos/").content.decode()
    municipal = client.get("/cursos/?publico=municipal").content.decode()
    assert "Comunicación de riesgos" in everything
    assert "Comunicación de riesgos" not in municipal
    assert "Formulación de proyectos" in municipal
    assert client.get("/cursos/?publico=municipal")["X-Page-Cache"] == "hit"


def test_publishing_a_change_reaches_anonymous_visitors_at_once(client, course):
    client.get(course.url)
    course.title = "Comunicación de riesgos y desastres"
    course.save_revision().publish()
    response = client.get(course.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Comunicación de riesgos y desastres" in response.content.decode()


def test_an_unpublished_course_disappears_from_its_page_and_the_catalog(client, course):
    assert "Comunicación de riesgos" in client.get("/cursos/").content.decode()
    client.get(course.url)
    course.unpublish()
    assert client.get(course.url).status_code == 404
    assert "Comunicación de riesgos" not in client.get("/cursos/").content.decode()


def test_a_cohort_change_rebuilds_the_course_page(client, course):
    client.get(course.url)
    assert client.get(course.url)["X-Page-Cache"] == "hit"
    CohortFactory(course=course, name="Cohorte de otoño")
    assert client.get(course.url)["X-Page-Cache"] == "miss"


def test_languages_are_cached_apart(client, course):
    spanish = client.get("/cursos/")
    english = client.get("/en/cursos/")
    assert english.status_code == 200
    assert '<html lang="es">' in spanish.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert client.get("/en/cursos/").content == english.content
    assert client.get("/cursos/").content == spanish.content


def test_signed_in_visitors_never_get_the_anonymous_copy_nor_leave_theirs(client, course):
    anonymous = client.get(course.url)
    assert anonymous["X-Page-Cache"] == "miss"
    user = learner()
    client.force_login(user)
    signed_in = client.get(course.url)
    assert "X-Page-Cache" not in signed_in
    assert "csrfmiddlewaretoken" in signed_in.content.decode()  # the logout form
    client.logout()
    again = client.get(course.url)
    assert again["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in again.content.decode()


def test_a_page_showing_a_message_is_not_cached_and_the_message_is_not_lost(client, course):
    lesson = LessonPage.objects.descendant_of(course).first()
    redirected = client.get(lesson.url)
    assert redirected.status_code == 302
    with_message = client.get(course.url)
    assert "X-Page-Cache" not in with_message
    assert "Inicia sesión" in with_message.content.decode()
    plain = client.get(course.url)
    assert plain["X-Page-Cache"] == "miss"
    assert "Inicia sesión e inscríbete" not in plain.content.decode()


def test_lessons_and_quizzes_are_never_cached(client, course):
    user = learner()
    enroll(user=user, course=course)
    client.force_login(user)
    for page in [
        LessonPage.objects.descendant_of(course).first(),
        QuizPage.objects.descendant_of(course).first(),
    ]:
        assert client.get(page.url).status_code == 200
        assert "X-Page-Cache" not in client.get(page.url)


def test_a_response_holding_a_csrf_token_is_never_stored(rf):
    request = rf.get("/cursos/")
    request.session = SessionStore()
    request.user = AnonymousUser()
    assert page_cache.response_is_cacheable(request, HttpResponse("ok"))
    get_token(request)
    assert not page_cache.response_is_cacheable(request, HttpResponse("ok"))


def test_a_response_that_sets_a_cookie_or_is_private_is_never_stored(rf):
    request = RequestFactory().get("/cursos/")
    request.session = SessionStore()
    request.user = AnonymousUser()
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("seen", "1")
    private = HttpResponse("ok", headers={"Cache-Control": "private"})
    assert not page_cache.response_is_cacheable(request, with_cookie)
    assert not page_cache.response_is_cacheable(request, private)


@pytest.fixture
def certificate(institution):
    course = build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")
    QuizPage.objects.descendant_of(course).delete()
    user = learner(full_name="María José Ñúñez")
    enroll(user=user, course=course)
    record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(course).get())
    certificates.issue(course.enrollments.get(user=user).pk)
    return Certificate.objects.get(enrollment__user=user)


def test_revoking_a_certificate_changes_its_verification_page_at_once(client, certificate):
    url = f"/certificados/verificar/{certificate.code}/"
    assert "Certificado válido" in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"
    certificates.revoke(certificate, by=UserFactory(), reason="Datos falsos")
    response = client.get(url)
    assert "Certificado revocado" in response.content.decode()
    credential = client.get(f"/certificados/{certificate.code}.json")
    assert credential.status_code == 200
    assert client.get(f"/certificados/{certificate.code}.json")["X-Page-Cache"] == "hit"


def test_a_cached_verification_page_still_counts_against_the_rate_limit(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 3
    url = f"/certificados/verificar/{certificate.code}/"
    statuses = [client.get(url).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_a_certificate_page_is_not_cached_past_its_expiry(certificate):
    assert _seconds_until_expiry(certificate) is None  # valid for ever: the default timeout
    certificate.valid_until = timezone.localdate()
    assert 0 < _seconds_until_expiry(certificate) <= 24 * 60 * 60
    certificate.valid_until = timezone.localdate() - datetime.timedelta(days=1)
    assert _seconds_until_expiry(certificate) is None  # already says "expired"


def test_a_lesson_body_is_cached_per_published_revision(client, course):
    user = learner()
    enroll(user=user, course=course)
    client.force_login(user)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.body = [{"type": "paragraph", "value": "<p>Primera versión.</p>"}]
    lesson.save_revision().publish()
    assert "Primera versión." in client.get(lesson.url).content.decode()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    fragment = cache.get(make_template_fragment_key("lesson_body", [lesson.live_revision_id, "es"]))
    assert "Primera versión." in fragment
    lesson.body = [{"type": "paragraph", "value": "<p>Segunda versión.</p>"}]
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert "Segunda versión." in page
    assert "Primera versión." not in page


def test_a_new_view_restriction_applies_to_a_cached_page_at_once(client, course):
    assert client.get(course.url)["X-Page-Cache"] == "miss"
    assert "Comunicación de riesgos" in client.get("/cursos/").content.decode()
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(course.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert "Comunicación de riesgos" not in client.get("/cursos/").content.decode()


def test_a_home_page_change_shows_at_once_through_the_cached_site(client, home_page):
    client.force_login(learner())  # no page cache: only the cached site and root page
    client.get("/")
    home_page.hero_heading = "Aprender juntos ante el riesgo"
    home_page.save_revision().publish()
    assert "Aprender juntos ante el riesgo" in client.get("/").content.decode()


def test_a_preview_never_reads_or_fills_the_lesson_body_cache(rf, course):
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    request = rf.get(lesson.url)
    request.user = AnonymousUser()
    assert lesson.get_context(request)["body_cache_key"] == lesson.live_revision_id
    request.is_preview = True
    assert lesson.get_context(request)["body_cache_key"] is None


def test_junk_query_strings_are_served_but_never_stored(client, catalog, course):
    client.get(course.url)
    for number in range(100):
        for url in [f"{course.url}?junk{number}={number}", f"/cursos/?pagina=1&utm_source={number}"]:
            response = client.get(url)
            assert response.status_code == 200
            assert "X-Page-Cache" not in response  # neither read from the cache nor stored
    assert "Comunicación de riesgos" in client.get("/cursos/?pagina=1&utm_source=1").content.decode()
    assert "X-Page-Cache" not in client.get("/cursos/?pagina=1&utm_source=1")


def test_the_parameters_a_page_reads_make_one_key_in_any_order(client, catalog, course):
    assert client.get("/cursos/?publico=municipal&q=riesgo")["X-Page-Cache"] == "miss"
    assert client.get("/cursos/?q=riesgo&publico=municipal")["X-Page-Cache"] == "hit"
    # The page reads the last q given.
    assert client.get("/cursos/?q=otra&q=riesgo&publico=municipal")["X-Page-Cache"] == "hit"
    assert client.get("/cursos/?q=riesgo&publico=municipal&pagina=1")["X-Page-Cache"] == "miss"
    assert client.get(course.url + "?pagina=1").get("X-Page-Cache") is None  # a course reads no parameter
    assert client.get(course.url)["X-Page-Cache"] == "miss"


def test_a_verification_page_with_a_query_string_is_not_stored(client, certificate):
    url = f"/certificados/verificar/{certificate.code}/"
    assert "X-Page-Cache" not in client.get(url + "?x=1")
    assert client.get(url)["X-Page-Cache"] == "miss"
