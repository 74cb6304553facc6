import datetime

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from capacitacion.models import (
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    Notification,
    NotificationEvent,
)
from capacitacion.services import reminders
from capacitacion.services.enrollment import enroll
from capacitacion.tasks import send_cohort_ending_notices, send_inactivity_reminders
from capacitacion.tests.factories import CohortFactory, learner
from cursos.models import LessonPage

pytestmark = pytest.mark.django_db

# A Wednesday, at noon in Buenos Aires.
NOW = timezone.make_aware(datetime.datetime(2026, 6, 10, 12, 0))
TODAY = NOW.date()


@pytest.fixture
def cohort(course):
    return CohortFactory(
        course=course,
        name="Cohorte de otoño",
        starts_on=TODAY - datetime.timedelta(days=40),
        ends_on=TODAY + datetime.timedelta(days=30),
    )


def enrolled(course, cohort, *, days_ago: int, **profile):
    user = learner(**profile)
    enrollment = enroll(user=user, course=course, cohort=cohort).enrollment
    Enrollment.objects.filter(pk=enrollment.pk).update(
        status_changed_at=NOW - datetime.timedelta(days=days_ago)
    )
    mail.outbox.clear()
    return enrollment


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_inactive_learner_gets_one_reminder_per_week_however_often_the_task_runs(course, cohort):
    enrollment = enrolled(course, cohort, days_ago=20, full_name="Ana Inactiva")

    assert reminders.send_inactivity_reminders(NOW) == 1
    assert reminders.send_inactivity_reminders(NOW + datetime.timedelta(hours=3)) == 0
    assert reminders.send_inactivity_reminders(NOW + datetime.timedelta(days=2)) == 0  # same week
    assert recipients() == [enrollment.user.email]
    email = mail.outbox[0]
    assert email.subject == "[Aula] Te esperamos en «Comunicación de riesgos»"
    assert email.body.startswith("Hola, Ana Inactiva:\n")
    assert "Hace más de 14 días que no avanzas" in email.body

    # Next week, still inactive: a second reminder, once.
    next_week = NOW + datetime.timedelta(days=7)
    assert reminders.send_inactivity_reminders(next_week) == 1
    assert reminders.send_inactivity_reminders(next_week) == 0
    assert len(mail.outbox) == 2
    keys = Notification.objects.filter(enrollment=enrollment, event=NotificationEvent.INACTIVE_REMINDER)
    assert sorted(timezone.localtime(key.occurred_at).date() for key in keys) == [
        datetime.date(2026, 6, 8),
        datetime.date(2026, 6, 15),
    ]


def test_the_periodic_task_sends_once_when_run_twice(course):
    today = timezone.localdate()
    running = CohortFactory(course=course, starts_on=today - datetime.timedelta(days=40), ends_on=today)
    enrollment = enroll(user=learner(), course=course, cohort=running).enrollment
    Enrollment.objects.filter(pk=enrollment.pk).update(
        status_changed_at=timezone.now() - datetime.timedelta(days=30)
    )
    mail.outbox.clear()
    send_inactivity_reminders.delay()
    send_inactivity_reminders.delay()
    assert len(mail.outbox) == 1


def test_only_inactive_active_learners_of_running_cohorts_are_reminded(course, cohort):
    inactive = enrolled(course, cohort, days_ago=20)
    recent = enrolled(course, cohort, days_ago=5)
    studied = enrolled(course, cohort, days_ago=20)
    lesson = LessonPage.objects.descendant_of(course).first()
    done = LessonCompletion.objects.create(enrollment=studied, lesson=lesson)
    LessonCompletion.objects.filter(pk=done.pk).update(completed_at=NOW - datetime.timedelta(days=3))
    completed = enrolled(course, cohort, days_ago=20)
    Enrollment.objects.filter(pk=completed.pk).update(status=EnrollmentStatus.COMPLETED, completed_at=NOW)
    withdrawn = enrolled(course, cohort, days_ago=20)
    Enrollment.objects.filter(pk=withdrawn.pk).update(status=EnrollmentStatus.WITHDRAWN)
    future = CohortFactory(course=course, starts_on=TODAY + datetime.timedelta(days=3))
    not_started = enrolled(course, future, days_ago=20)

    assert list(reminders.inactive_enrollments(NOW)) == [inactive]
    reminders.send_inactivity_reminders(NOW)
    assert recipients() == [inactive.user.email]
    assert {recent, studied, completed, withdrawn, not_started}.isdisjoint(
        set(reminders.inactive_enrollments(NOW))
    )


def test_cohort_ending_notice_goes_once_in_the_last_week(course):
    ending = CohortFactory(course=course, starts_on=TODAY - datetime.timedelta(days=60), ends_on=TODAY)
    enrollment = enrolled(course, ending, days_ago=1)
    early = NOW - datetime.timedelta(days=10)
    assert reminders.send_cohort_ending_notices(early) == 0

    week_before = NOW - datetime.timedelta(days=7)
    assert reminders.send_cohort_ending_notices(week_before) == 1
    send_cohort_ending_notices.delay()  # today, by the real clock: outside the window or already sent
    assert reminders.send_cohort_ending_notices(NOW - datetime.timedelta(days=3)) == 0
    assert reminders.send_cohort_ending_notices(NOW) == 0
    assert recipients() == [enrollment.user.email]
    assert "termina el" in mail.outbox[0].subject


def test_cohort_ending_notice_is_per_cohort_end(course):
    """Moved to a cohort that ends later: that end is another period, another notice."""
    first = CohortFactory(course=course, starts_on=TODAY - datetime.timedelta(days=60), ends_on=TODAY)
    later = CohortFactory(
        course=course,
        starts_on=TODAY - datetime.timedelta(days=60),
        ends_on=TODAY + datetime.timedelta(days=20),
    )
    enrollment = enrolled(course, first, days_ago=1)
    assert reminders.send_cohort_ending_notices(NOW) == 1
    Enrollment.objects.filter(pk=enrollment.pk).update(cohort=later)
    assert reminders.send_cohort_ending_notices(NOW) == 0
    assert reminders.send_cohort_ending_notices(NOW + datetime.timedelta(days=15)) == 1
    assert len(mail.outbox) == 2


def test_reminder_is_in_the_learners_language(course, cohort):
    enrolled(course, cohort, days_ago=20, preferred_language="pt-br")
    reminders.send_inactivity_reminders(NOW)
    assert "/pt/mi-aprendizaje/" in mail.outbox[0].body


def test_database_refuses_a_second_reminder_for_the_same_period(course, cohort):
    enrollment = enrolled(course, cohort, days_ago=20)
    key = reminders.week_key(TODAY)
    Notification.objects.create(
        enrollment=enrollment, event=NotificationEvent.INACTIVE_REMINDER, occurred_at=key
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(
            enrollment=enrollment, event=NotificationEvent.INACTIVE_REMINDER, occurred_at=key
        )
