"""Reminders under real concurrency: several beat runs (or a run and its retry) at
the same moment, each thread with its own PostgreSQL connection, still send one
email per learner and period: the Notification row lock and unique key decide.

Where no row exists yet the unique key alone decides (the second insert waits for
the first and fails); where the row exists unsent, only the row lock does."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from capacitacion.models import Enrollment, EnrollmentStatus, Notification, NotificationEvent
from capacitacion.services.reminders import send_inactivity_reminders, week_key
from capacitacion.tests.factories import CohortFactory, learner
from cursos.tests.factories import build_course
from tests.integration.races import ROUNDS, THREADS, at_once, errors

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

LEARNERS = 5


@pytest.mark.parametrize("unsent_row", [False, True], ids=["no-row-yet", "unsent-row"])
def test_concurrent_runs_send_one_reminder_per_learner(services, institution, unsent_row):
    now = timezone.now()
    today = timezone.localdate(now)
    course = build_course(institution, modules=1, lessons_per_module=1)
    for _round in range(ROUNDS):
        # Fresh inactive learners; the earlier rounds' already had this week's reminder.
        cohort = CohortFactory(course=course, starts_on=today - datetime.timedelta(days=30), ends_on=today)
        enrollments = [
            Enrollment.objects.create(
                user=learner(),
                course=course,
                cohort=cohort,
                status=EnrollmentStatus.ACTIVE,
                status_changed_at=now - datetime.timedelta(days=20),
            )
            for _ in range(LEARNERS)
        ]
        if unsent_row:
            for enrollment in enrollments:
                Notification.objects.create(
                    enrollment=enrollment,
                    event=NotificationEvent.INACTIVE_REMINDER,
                    occurred_at=week_key(today),
                    sent_at=None,
                )
        mail.outbox = []

        sent = at_once([lambda: send_inactivity_reminders(now)] * THREADS)

        assert errors(sent) == []
        assert sum(sent) == LEARNERS
        assert sorted(message.to[0] for message in mail.outbox) == sorted(e.user.email for e in enrollments)
        assert (
            Notification.objects.filter(enrollment__cohort=cohort, sent_at__isnull=False).count() == LEARNERS
        )
