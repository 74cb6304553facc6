import datetime
import logging
from smtplib import SMTPServerDisconnected
from unittest import mock

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Site

from capacitacion.models import Enrollment, Notification, NotificationEvent
from capacitacion.services.enrollment import approve, enroll, reject, withdraw
from capacitacion.services.notifications import RETRY_WINDOW, send_pending
from capacitacion.tasks import send_notification, send_pending_notifications
from capacitacion.tests.factories import CohortFactory, learner
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PREFIX = "[Aula] "


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run the callbacks notify() schedules, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def only_email_to(user):
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    email = mail.outbox[0]
    assert email.to == [user.email]
    return email


def test_enrolling_in_an_open_course_confirms(course, on_commit):
    user = learner(full_name="María D'Alessandro Ñúñez")
    with on_commit():
        enrollment = enroll(user=user, course=course).enrollment
    email = only_email_to(user)
    assert email.subject == f"{PREFIX}Inscripción confirmada: Comunicación de riesgos"
    assert email.from_email == "Aula <no-responder@aula.example.org>"
    # Plain text: the learner's name prints as written, not HTML-escaped.
    assert email.body.startswith("Hola, María D'Alessandro Ñúñez:\n")
    assert "«Comunicación de riesgos»" in email.body
    assert f"Curso: {course.get_full_url()}\n" in email.body
    assert "Mi aprendizaje: http://127.0.0.1:8000/mi-aprendizaje/\n" in email.body
    assert "\n\n\n" not in email.body
    assert Notification.objects.get(enrollment=enrollment).sent_at is not None


def test_cohort_requiring_approval_sends_pending_then_approved(course, on_commit):
    cohort = CohortFactory(
        course=course,
        name="Cohorte Andina",
        requires_approval=True,
        starts_on=datetime.date(2030, 11, 3),
        ends_on=datetime.date(2030, 12, 15),
    )
    user = learner()
    with on_commit():
        enrollment = enroll(user=user, course=course, cohort=cohort).enrollment
    email = only_email_to(user)
    assert email.subject == f"{PREFIX}Recibimos tu solicitud: Comunicación de riesgos"
    assert "Cohorte: Cohorte Andina, del 3 de noviembre de 2030 al 15 de diciembre de 2030." in email.body

    mail.outbox.clear()
    with on_commit():
        approve(enrollment, by=learner())
    email = only_email_to(user)
    assert email.subject == f"{PREFIX}Solicitud aprobada: Comunicación de riesgos"


def test_rejection(course, on_commit):
    cohort = CohortFactory(course=course, requires_approval=True)
    user = learner()
    enrollment = enroll(user=user, course=course, cohort=cohort).enrollment
    with on_commit():
        reject(enrollment, by=learner())
    email = only_email_to(user)
    assert email.subject == f"{PREFIX}Solicitud no aprobada: Comunicación de riesgos"
    assert "no fue aprobada" in email.body


def test_full_cohort_waitlists_with_position_and_withdrawal_promotes(course, on_commit):
    cohort = CohortFactory(course=course, capacity=1)
    seated = enroll(user=learner(), course=course, cohort=cohort).enrollment
    enroll(user=learner(), course=course, cohort=cohort)
    user = learner()
    with on_commit():
        enroll(user=user, course=course, cohort=cohort)
    email = only_email_to(user)
    assert email.subject == f"{PREFIX}En lista de espera: Comunicación de riesgos"
    assert "Tu posición en la lista de espera: 2." in email.body

    first_waiting = Enrollment.objects.filter(cohort=cohort, status="waitlisted").order_by("pk").first()
    mail.outbox.clear()
    with on_commit():
        withdraw(seated)
    email = only_email_to(first_waiting.user)
    assert email.subject == f"{PREFIX}Tienes una plaza: Comunicación de riesgos"


def recorded(enrollment, event=NotificationEvent.CONFIRMED) -> Notification:
    """The outbox row enrolling wrote; in these tests no commit has run its task."""
    notification = Notification.objects.get(enrollment=enrollment, event=event)
    assert notification.sent_at is None
    return notification


def test_running_the_task_twice_sends_one_email(course):
    enrollment = enroll(user=learner(), course=course).enrollment
    notification = recorded(enrollment)
    send_notification.delay(notification.pk)
    send_notification.delay(notification.pk)
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.sent_at is not None


def test_the_email_is_recorded_with_the_change_or_not_at_all(course):
    user = learner()
    with pytest.raises(RuntimeError), transaction.atomic():
        enroll(user=user, course=course)
        raise RuntimeError("the request fails after enrolling")
    assert not Enrollment.objects.filter(user=user).exists()
    assert not Notification.objects.exists()
    enrollment = enroll(user=user, course=course).enrollment
    assert recorded(enrollment).occurred_at == enrollment.status_changed_at


def test_the_sweep_sends_what_no_task_sent_and_only_once(course):
    first = enroll(user=learner(), course=course).enrollment
    second = enroll(user=learner(), course=course).enrollment
    assert send_pending() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.user.email, second.user.email])
    assert send_pending() == 0
    send_pending_notifications.delay()
    assert len(mail.outbox) == 2


def test_the_sweep_gives_up_on_an_email_older_than_its_window(course):
    enrollment = enroll(user=learner(), course=course).enrollment
    Notification.objects.filter(pk=recorded(enrollment).pk).update(
        created_at=timezone.now() - RETRY_WINDOW - datetime.timedelta(minutes=1)
    )
    assert send_pending() == 0
    assert mail.outbox == []


def test_the_same_event_happening_again_later_sends_again(course, on_commit):
    user = learner()
    with on_commit():
        enrollment = enroll(user=user, course=course).enrollment
    withdraw(enrollment)
    with on_commit():
        enroll(user=user, course=course)
    assert [m.subject for m in mail.outbox] == [
        f"{PREFIX}Inscripción confirmada: Comunicación de riesgos"
    ] * 2
    assert Notification.objects.filter(enrollment=enrollment, sent_at__isnull=False).count() == 2


def test_a_failed_send_stays_in_the_outbox_and_the_sweep_sends_it(course):
    enrollment = enroll(user=learner(), course=course).enrollment
    notification = recorded(enrollment)
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=SMTPServerDisconnected("gone")):
        with pytest.raises(SMTPServerDisconnected):
            send_notification.apply(args=(notification.pk,), throw=True, retries=5)
        assert send_pending() == 0  # still failing: logged, kept for the next run
    assert recorded(enrollment) == notification
    assert send_pending() == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("language", "start", "dashboard"),
    [
        ("es", "3 de noviembre de 2030", "/mi-aprendizaje/"),
        ("pt-br", "3 de novembro de 2030", "/pt/mi-aprendizaje/"),
        ("en", "Nov. 3, 2030", "/en/mi-aprendizaje/"),
    ],
)
def test_email_is_rendered_in_the_learners_language(course, on_commit, language, start, dashboard):
    cohort = CohortFactory(course=course, starts_on=datetime.date(2030, 11, 3))
    user = learner(preferred_language=language)
    with on_commit():
        enroll(user=user, course=course, cohort=cohort)
    body = only_email_to(user).body
    # Django's own catalogs localise the date and the URL prefix follows the active
    # language, so both show the language in effect whether or not the email's own
    # strings are translated yet.
    assert start in body
    assert f"http://127.0.0.1:8000{dashboard}\n" in body


def test_user_without_profile_gets_the_default_language_and_their_email_as_name(course):
    user = UserFactory()
    enrollment = enroll(user=user, course=course).enrollment
    send_notification.delay(recorded(enrollment).pk)
    assert only_email_to(user).body.startswith(f"Hola, {user.email}:\n")


def test_deleted_enrolment_is_skipped_quietly(course):
    enrollment = enroll(user=learner(), course=course).enrollment
    notification = recorded(enrollment)
    enrollment.delete()
    send_notification.delay(notification.pk)
    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_user_without_email_gets_nothing(course, on_commit, caplog):
    user = learner()
    user.email = ""
    user.save()
    with caplog.at_level(logging.WARNING, logger="capacitacion.services.notifications"), on_commit():
        enrollment = enroll(user=user, course=course).enrollment
    assert mail.outbox == []
    # Nobody to tell: the row is dropped, so the sweep does not try again and again.
    assert not Notification.objects.filter(enrollment=enrollment).exists()
    assert "no email address" in caplog.text


@override_settings(SITE_URL="https://aula.example.org")
def test_course_link_is_on_site_url_whatever_the_wagtail_site_says(course, on_commit):
    Site.objects.update(hostname="localhost", port=80)  # a Site record that drifted
    with on_commit():
        enroll(user=(user := learner()), course=course)
    body = only_email_to(user).body
    assert f"Curso: https://aula.example.org{course.get_url_parts()[2]}\n" in body
    assert "Mi aprendizaje: https://aula.example.org/mi-aprendizaje/\n" in body
    assert "localhost" not in body


def test_course_link_is_left_out_when_wagtail_has_no_url(course, on_commit):
    Site.objects.all().delete()
    with on_commit():
        enroll(user=(user := learner()), course=course)
    body = only_email_to(user).body
    assert "Curso:" not in body
    assert "Mi aprendizaje: " in body
