"""Capacity under real concurrency: each thread has its own PostgreSQL connection,
so the cohort row lock is what keeps the count right."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from capacitacion.models import EnrollmentStatus
from capacitacion.services.enrollment import enroll, withdraw
from capacitacion.tests.factories import CohortFactory, learner
from cursos.tests.factories import build_course

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

LEARNERS = 30
SEATS = 10


def test_thirty_concurrent_enrolments_for_ten_seats(services, institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    cohort = CohortFactory(course=course, capacity=SEATS)
    users = [learner() for _ in range(LEARNERS)]
    start = threading.Barrier(LEARNERS)

    def enrol(user):
        try:
            start.wait(timeout=30)
            return enroll(user=user, course=course, cohort=cohort).enrollment.status
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=LEARNERS) as pool:
        results = list(pool.map(enrol, users))

    assert results.count(EnrollmentStatus.ACTIVE) == SEATS
    assert results.count(EnrollmentStatus.WAITLISTED) == LEARNERS - SEATS
    assert cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE).count() == SEATS
    assert cohort.enrollments.filter(status=EnrollmentStatus.WAITLISTED).count() == LEARNERS - SEATS

    oldest_waiting = cohort.enrollments.filter(status=EnrollmentStatus.WAITLISTED).order_by(
        "status_changed_at", "pk"
    )[0]
    withdraw(cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE).first())
    oldest_waiting.refresh_from_db()
    assert oldest_waiting.status == EnrollmentStatus.ACTIVE
    assert cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE).count() == SEATS
