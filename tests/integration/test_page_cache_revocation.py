"""A revocation and a verification page rendered at the same moment, each on its own
PostgreSQL connection: once the revocation has committed, no request is ever served
a copy that says "valid" (aula/page_cache.py, aula/signals.py)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.signals import template_rendered

from capacitacion.models import Certificate
from capacitacion.services import certificates
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import learner
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

VALID, REVOKED = "Certificado válido", "Certificado revocado"
WAIT = 30  # seconds; only a failure ever waits this long


@pytest.fixture
def certificate(services, institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    QuizPage.objects.descendant_of(course).delete()
    user = learner()
    enroll(user=user, course=course)
    record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(course).get())
    certificates.issue(course.enrollments.get(user=user).pk)
    return Certificate.objects.get(enrollment__user=user)


def anonymous_get(url: str) -> str:
    """One anonymous request on a connection of its own."""
    try:
        return Client().get(url).content.decode()
    finally:
        connection.close()


def revoke(certificate):
    certificates.revoke(certificate, by=UserFactory(), reason="Datos falsos")


def assert_never_valid_again(url: str) -> None:
    for _ in range(5):
        page = Client().get(url).content.decode()
        assert REVOKED in page
        assert VALID not in page


def test_a_page_rendered_while_the_revocation_is_uncommitted_is_not_served_after_it(certificate):
    url = f"/certificados/verificar/{certificate.code}/"
    with ThreadPoolExecutor(max_workers=1) as other_connection:
        with transaction.atomic():
            revoke(certificate)
            # Another connection does not see the revocation yet, and caches what it sees.
            assert VALID in other_connection.submit(anonymous_get, url).result(timeout=WAIT)
        assert_never_valid_again(url)


def test_a_page_rendered_before_the_revocation_and_stored_after_it_is_not_served(certificate):
    url = f"/certificados/verificar/{certificate.code}/"
    rendering, revoked = threading.Event(), threading.Event()

    def hold_the_render(sender, template, context, **kwargs):
        # Django's own test signal, sent once the view has read the certificate and
        # before its page is stored: hold that request until the revocation commits.
        if threading.current_thread().name.startswith("render") and template.name.endswith("verify.html"):
            rendering.set()
            assert revoked.wait(timeout=WAIT)

    template_rendered.connect(hold_the_render)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="render") as other_connection:
            page = other_connection.submit(anonymous_get, url)
            assert rendering.wait(timeout=WAIT)
            with transaction.atomic():
                revoke(certificate)
            revoked.set()
            assert VALID in page.result(timeout=WAIT)  # it read the certificate before the revocation
    finally:
        template_rendered.disconnect(hold_the_render)
    assert_never_valid_again(url)
