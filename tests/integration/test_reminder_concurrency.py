"""Reminders under real concurrency: several beat runs (or a run and its retry) at
the same moment, each thread with its own PostgreSQL connection, still send one
email per learner and period: the Notification row lock and unique key decide."""

import datetime
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from capacitacion.models import Enrollment, EnrollmentStatus, Notification
from capacitacion.services.reminders import send_inactivity_reminders
from capacitacion.tests.factories import CohortFactory, learner
from cursos.tests.factories import build_course

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

LEARNERS = 5
RUNS = 8


def test_concurrent_runs_send_one_reminder_per_learner(services, institution):
    now = timezone.now()
    course = build_course(institution, modules=1, lessons_per_module=1)
    today = timezone.localdate(now)
    cohort = CohortFactory(course=course, starts_on=today - datetime.timedelta(days=30), ends_on=today)
    for _ in range(LEARNERS):
        Enrollment.objects.create(
            user=learner(),
            course=course,
            cohort=cohort,
            status=EnrollmentStatus.ACTIVE,
            status_changed_at=now - datetime.timedelta(days=20),
        )
    mail.outbox = []
    start = threading.Barrier(RUNS)

    def run(_):
        try:
            start.wait(timeout=30)
            return send_inactivity_reminders(now)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=RUNS) as pool:
        sent = list(pool.map(run, range(RUNS)))

    assert sum(sent) == LEARNERS
    assert len(mail.outbox) == LEARNERS
    assert len({message.to[0] for message in mail.outbox}) == LEARNERS
    assert Notification.objects.filter(sent_at__isnull=False).count() == LEARNERS
