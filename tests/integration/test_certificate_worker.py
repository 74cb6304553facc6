"""Issuing certificates through a real Celery worker on PostgreSQL and Redis, when
things go wrong: the worker is killed in the middle of issue_certificate, or the
broker is down when the learner completes the course. Either way the learner ends
up with exactly one certificate, one PDF and one email."""

from decimal import Decimal

import pytest
from django.urls import reverse

from capacitacion.models import Certificate, EnrollmentStatus, QuizResult
from capacitacion.services.certificates import pdf_filename
from capacitacion.services.enrollment import enroll
from capacitacion.tasks import issue_certificate, issue_pending_certificates
from capacitacion.tests.factories import learner
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course
from tests.broker import broker_down

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ISSUED = "done:capacitacion.tasks.issue_certificate:SUCCESS"
SWEPT = "done:capacitacion.tasks.issue_pending_certificates:SUCCESS"


@pytest.fixture
def short_course(institution):
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")


def complete_in_a_request(client, course):
    """The learner passes the quiz and marks the last lesson done through the view,
    which completes the enrolment and (after the commit) queues the certificate."""
    user = learner(full_name="María José Ñúñez O'Connor")
    enrollment = enroll(user=user, course=course).enrollment
    for quiz in QuizPage.objects.descendant_of(course):
        QuizResult.objects.create(enrollment=enrollment, quiz=quiz, score_percent=Decimal("100"), passed=True)
    [lesson] = LessonPage.objects.descendant_of(course)
    client.force_login(user)
    response = client.post(reverse("capacitacion:lesson_done", args=[lesson.pk]))
    assert response.status_code == 302
    enrollment.refresh_from_db()
    return enrollment


def assert_one_of_each(worker, enrollment) -> Certificate:
    [certificate] = Certificate.objects.filter(enrollment=enrollment)
    assert certificate.pdf.name == f"certificados/{certificate.uuid}.pdf"
    _dirs, files = certificate.pdf.storage.listdir("certificados")
    assert [name for name in files if name.startswith(str(certificate.uuid))] == [f"{certificate.uuid}.pdf"]
    assert certificate.pdf.open("rb").read(5) == b"%PDF-"
    assert certificate.email_sent_at is not None
    [email] = worker.emails()
    assert f"To: {enrollment.user.email}" in email
    assert pdf_filename(certificate) in email
    return certificate


@pytest.mark.parametrize("point", ["row", "pdf", "email"])
def test_a_worker_killed_inside_issue_certificate_leaves_one_of_each(
    point, killable_worker, short_course, client
):
    worker = killable_worker
    with broker_down():
        enrollment = complete_in_a_request(client, short_course)
    assert enrollment.status == EnrollmentStatus.COMPLETED

    worker.start(pause_at=point)
    worker.send(issue_certificate, enrollment.pk)
    worker.expect(f"paused:{point}")
    worker.kill()

    # Where the kill left things: each step's transaction is all or nothing.
    certificate = Certificate.objects.filter(enrollment=enrollment).first()
    if point == "row":
        assert certificate is None
    elif point == "pdf":
        assert not certificate.pdf
        # The file was written, the row never recorded it: the rerun must replace it.
        storage = Certificate._meta.get_field("pdf").storage
        assert storage.exists(f"certificados/{certificate.uuid}.pdf")
    else:
        assert certificate.pdf and certificate.email_sent_at is None
    assert worker.emails() == []

    # A new worker gets the unacknowledged message back (acks_late) and finishes.
    worker.start()
    worker.expect(ISSUED)
    issued = assert_one_of_each(worker, enrollment)
    if certificate is not None:
        assert issued.pk == certificate.pk

    # The periodic sweep finds nothing left to do.
    worker.send(issue_pending_certificates)
    worker.expect(SWEPT)
    assert_one_of_each(worker, enrollment)


def test_broker_down_at_completion_then_the_sweep_issues_the_certificate_once(
    killable_worker, short_course, client
):
    worker = killable_worker
    with broker_down():
        enrollment = complete_in_a_request(client, short_course)
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert enrollment.completed_at is not None
    assert not Certificate.objects.filter(enrollment=enrollment).exists()

    worker.start()
    worker.send(issue_pending_certificates)
    worker.expect(SWEPT)
    certificate = assert_one_of_each(worker, enrollment)

    # A second sweep, and a late copy of the lost message, change nothing.
    worker.send(issue_pending_certificates)
    worker.send(issue_certificate, enrollment.pk)
    worker.expect(SWEPT)
    worker.expect(ISSUED)
    assert assert_one_of_each(worker, enrollment).pk == certificate.pk
