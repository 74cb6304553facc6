"""Every absolute URL the platform writes (signed credential, emails, API) is on
SITE_URL (aula/links.py), even when the Wagtail Site record names another host."""

import json
import re

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import Site

from capacitacion.models import Certificate
from capacitacion.services.enrollment import enroll
from capacitacion.services.grading import grade_essays
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import essay_id, learner, submit_with_essay, with_essay
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db

ORIGIN = "https://aula.example.org"
URL = re.compile(r"https?://[^\s\"'<>)]+")
# Vocabularies a verifier resolves by name: they identify the standards, not a place of ours.
STANDARD_KEYS = {"@context", "credentialSchema"}


def foreign_urls(value, key=None) -> list[str]:
    """Every http(s) URL anywhere in a JSON value (keys and nested strings included)
    that is not on ORIGIN."""
    if key in STANDARD_KEYS:
        return []
    if isinstance(value, dict):
        return [url for k, v in value.items() for url in foreign_urls(k) + foreign_urls(v, k)]
    if isinstance(value, list):
        return [url for item in value for url in foreign_urls(item, key)]
    if isinstance(value, str):
        return [url for url in URL.findall(value) if not url.startswith(ORIGIN + "/") and url != ORIGIN]
    return []


def email_urls(message) -> list[str]:
    parts = [message.subject, message.body] + [content for content, _ in getattr(message, "alternatives", [])]
    return foreign_urls(parts)


@pytest.fixture(autouse=True)
def drifted_site(home_page):
    """The Site record as seed_demo used to leave it: localhost:80, not SITE_URL."""
    Site.objects.update(hostname="localhost", port=80)
    with override_settings(SITE_URL=ORIGIN, WAGTAILADMIN_BASE_URL=ORIGIN, WAGTAILAPI_BASE_URL=ORIGIN):
        yield


@pytest.fixture
def short_course(institution):
    course = build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")
    QuizPage.objects.descendant_of(course).delete()
    return course


def test_a_signed_credential_and_its_email_name_no_other_origin(
    short_course, django_capture_on_commit_callbacks
):
    user = learner()
    with django_capture_on_commit_callbacks(execute=True):
        enroll(user=user, course=short_course)
        record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(short_course).get())
    certificate = Certificate.objects.get(enrollment__user=user)
    credential = certificate.credential
    assert credential["credentialSubject"]["achievement"]["id"].startswith(ORIGIN + "/")
    assert credential["credentialSubject"]["achievement"]["creator"]["id"].startswith(ORIGIN + "/")
    assert foreign_urls(credential) == []
    assert "localhost" not in json.dumps(credential)
    sent = [message for message in mail.outbox if message.to == [user.email]]
    assert len(sent) == 2  # enrolment and certificate
    for message in sent:
        assert email_urls(message) == []
        assert ORIGIN + "/" in message.body


def test_the_grading_email_names_no_other_origin(course, editor, django_capture_on_commit_callbacks):
    user = learner()
    enroll(user=user, course=course)
    quiz = with_essay(QuizPage.objects.descendant_of(course).order_by("path").first())
    attempt = submit_with_essay(user, quiz)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        grade_essays(attempt_id=attempt.pk, grader=editor, marks={essay_id(attempt): (1, "Bien citado.")})
    assert len(mail.outbox) == 1
    assert email_urls(mail.outbox[0]) == []
    assert ORIGIN + "/" in mail.outbox[0].body


def test_the_api_names_no_other_origin(client, course):
    listing = client.get("/api/v2/pages/").json()
    assert listing["items"], "the course is listed"
    assert listing["items"][0]["meta"]["html_url"].startswith(ORIGIN + "/")
    detail = client.get(f"/api/v2/pages/{course.pk}/").json()
    assert detail["meta"]["html_url"] == ORIGIN + course.get_url_parts()[2]
    assert foreign_urls(listing) == []
    assert foreign_urls(detail) == []
