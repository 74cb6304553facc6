"""Capacity under real concurrency: each thread has its own PostgreSQL connection,
so the cohort row lock is what keeps the count right."""

from functools import partial

import pytest

from capacitacion.models import EnrollmentStatus
from capacitacion.services.enrollment import enroll, withdraw
from capacitacion.tests.factories import CohortFactory, learner
from cursos.tests.factories import build_course
from tests.integration.races import ROUNDS, THREADS, at_once, errors

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

LEARNERS = 2 * THREADS
SEATS = THREADS // 2


def test_concurrent_enrolments_never_fill_more_seats_than_the_cohort_has(services, institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    for _round in range(ROUNDS):
        cohort = CohortFactory(course=course, capacity=SEATS)
        users = [learner() for _ in range(LEARNERS)]

        results = at_once([partial(enroll, user=user, course=course, cohort=cohort) for user in users])

        assert errors(results) == []
        statuses = [outcome.enrollment.status for outcome in results]
        assert statuses.count(EnrollmentStatus.ACTIVE) == SEATS
        assert statuses.count(EnrollmentStatus.WAITLISTED) == LEARNERS - SEATS
        assert cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE).count() == SEATS
        assert cohort.enrollments.filter(status=EnrollmentStatus.WAITLISTED).count() == LEARNERS - SEATS

        oldest_waiting = cohort.enrollments.filter(status=EnrollmentStatus.WAITLISTED).order_by(
            "status_changed_at", "pk"
        )[0]
        withdraw(cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE).first())
        oldest_waiting.refresh_from_db()
        assert oldest_waiting.status == EnrollmentStatus.ACTIVE
        assert cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE).count() == SEATS
