"""The coordination panel on the admin home: right counts, scoped, fixed queries."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from capacitacion.models import AttemptStatus, Enrollment, EnrollmentStatus, QuizAttempt
from capacitacion.tests.factories import CertificateFactory, EnrollmentFactory, member_of
from cursos.models import QuizPage
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# What seed() leaves in one course.
EXPECTED = {
    "enrolments": 5,
    "completions": 4,
    "certificates": 2,
    "pending_approval": 1,
    "essays_to_grade": 1,
    "completed_without_certificate": 1,
    "certificates_without_email": 1,
}


def aged(enrollment, *, created=None, completed=None):
    now = timezone.now()
    changes = {}
    if created is not None:
        changes["created_at"] = now - created
    if completed is not None:
        changes["completed_at"] = now - completed
    Enrollment.objects.filter(pk=enrollment.pk).update(**changes)


def seed(course):
    now = timezone.now()
    completed = EnrollmentStatus.COMPLETED
    # Older than 30 days: counted in nothing recent.
    old = EnrollmentFactory(course=course, status=completed)
    aged(old, created=timedelta(days=40), completed=timedelta(days=35))
    CertificateFactory(enrollment=old, issued_at=now - timedelta(days=35), email_sent_at=now)
    # Recent, with certificates: one emailed, one whose email never went (2 h ago).
    emailed = EnrollmentFactory(course=course, status=completed)
    aged(emailed, completed=timedelta(hours=3))
    CertificateFactory(enrollment=emailed, issued_at=now - timedelta(hours=3), email_sent_at=now)
    unsent = EnrollmentFactory(course=course, status=completed)
    aged(unsent, completed=timedelta(hours=2))
    CertificateFactory(enrollment=unsent, issued_at=now - timedelta(hours=2))
    # Completed an hour ago without a certificate: its task failed.
    aged(EnrollmentFactory(course=course, status=completed), completed=timedelta(hours=1))
    # Completed two minutes ago: its certificate may still be on its way.
    aged(EnrollmentFactory(course=course, status=completed), completed=timedelta(minutes=2))
    # Waiting for approval (also recent: counts as an enrolment).
    pending = EnrollmentFactory(course=course, status=EnrollmentStatus.PENDING)
    aged(pending, created=timedelta(days=40))
    active = EnrollmentFactory(course=course)
    quiz = QuizPage.objects.descendant_of(course).first()
    QuizAttempt.objects.create(
        enrollment=active,
        quiz=quiz,
        revision=quiz.save_revision(),
        number=1,
        status=AttemptStatus.NEEDS_GRADING,
        submitted_at=now,
    )


def panel_counts(client) -> dict[str, int]:
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    return {key: int(value) for key, value in re.findall(r'data-count="(\w+)">(\d+)<', html)}


@pytest.fixture
def courses(course, other_institution):
    other = build_course(other_institution, modules=1, lessons_per_module=1)
    seed(course)
    seed(other)
    return course, other


def test_editors_see_their_courses_counts(client, institution, courses):
    institution.refresh_from_db()
    client.force_login(member_of(institution.editors_group))
    assert panel_counts(client) == EXPECTED


def test_the_panels_reports_link_opens_the_reports_overview(client, catalog, courses):
    client.force_login(member_of(Group.objects.get(name=COORDINATION_GROUP)))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'<a href="{reverse("informes:index")}">Ver los informes</a>' in html
    assert reverse("informes:index") == "/admin/informes/"


def test_coordinators_see_every_course(client, catalog, courses):
    client.force_login(member_of(Group.objects.get(name=COORDINATION_GROUP)))
    assert panel_counts(client) == {key: 2 * value for key, value in EXPECTED.items()}


def test_people_without_courses_get_no_panel(client, catalog, courses):
    outsider = UserFactory()
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "data-count" not in response.content.decode()


def test_the_panel_costs_the_same_queries_whatever_the_data(client, institution, course):
    institution.refresh_from_db()
    client.force_login(member_of(institution.editors_group))
    seed(course)
    client.get(reverse("wagtailadmin_home"))
    # Each request empties the connection's query log as it starts: begin from an
    # empty log, or the capture would subtract the previous request's queries.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("wagtailadmin_home"))
    for _ in range(3):
        seed(course)
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as large:
        assert panel_counts(client)["enrolments"] == 4 * EXPECTED["enrolments"]
    assert len(large) == len(small) > 0
