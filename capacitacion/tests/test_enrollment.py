import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from capacitacion.models import Enrollment, EnrollmentStatus, display_name
from capacitacion.services.enrollment import (
    APPROVABLE,
    APPROVE_ACTION,
    MOVE_ACTION,
    REJECT_ACTION,
    REJECTABLE,
    EnrollmentError,
    approve,
    enroll,
    fill_free_seats,
    move_to_cohort,
    needs_profile_first,
    reject,
    withdraw,
)
from capacitacion.tests.factories import CohortFactory, EnrollmentFactory, learner
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def statuses(cohort) -> dict[str, int]:
    counts = {}
    for status in cohort.enrollments.values_list("status", flat=True):
        counts[status] = counts.get(status, 0) + 1
    return counts


def test_open_course_enrols_at_once_and_only_once(course):
    user = learner()
    first = enroll(user=user, course=course)
    again = enroll(user=user, course=course)
    assert first.created and not again.created
    assert first.enrollment.status == EnrollmentStatus.ACTIVE
    assert Enrollment.objects.filter(user=user, course=course).count() == 1


def test_course_with_cohorts_requires_choosing_one(course):
    CohortFactory(course=course)
    with pytest.raises(EnrollmentError, match="Elige una cohorte"):
        enroll(user=learner(), course=course)


def test_cohort_of_another_course_is_refused(course, institution):
    from cursos.tests.factories import CoursePageFactory

    other = CohortFactory(course=CoursePageFactory(parent=institution))
    with pytest.raises(EnrollmentError, match="no pertenece"):
        enroll(user=learner(), course=course, cohort=other)


@pytest.mark.parametrize(
    ("given", "message"),
    [("", "requiere una clave"), ("   ", "requiere una clave"), ("otra", "no es correcta")],
)
def test_missing_or_wrong_key_gives_its_message(course, given, message):
    cohort = CohortFactory(course=course, enrolment_key="SENDAI2030")
    with pytest.raises(EnrollmentError, match=message):
        enroll(user=learner(), course=course, cohort=cohort, key=given)
    assert not Enrollment.objects.exists()
    outcome = enroll(user=learner(), course=course, cohort=cohort, key=" SENDAI2030 ")
    assert outcome.enrollment.status == EnrollmentStatus.ACTIVE


def test_course_level_key_policy(course):
    course.enrolment_policy, course.enrolment_key = "key", "clave-curso"
    course.save()
    with pytest.raises(EnrollmentError, match="no es correcta"):
        enroll(user=learner(), course=course, key="mala")
    assert enroll(user=learner(), course=course, key="clave-curso").enrollment.status == "active"


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [(1, 10, "abre el"), (-10, -1, "cerró el")],
)
def test_closed_window_gives_its_message(course, opens, closes, message):
    now = timezone.now()
    cohort = CohortFactory(
        course=course,
        enrolment_opens_at=now + datetime.timedelta(days=opens),
        enrolment_closes_at=now + datetime.timedelta(days=closes),
    )
    with pytest.raises(EnrollmentError, match=message):
        enroll(user=learner(), course=course, cohort=cohort)


def test_full_cohort_without_waiting_list_is_refused(course):
    cohort = CohortFactory(course=course, capacity=1, waitlist_enabled=False)
    enroll(user=learner(), course=course, cohort=cohort)
    with pytest.raises(EnrollmentError, match="está completa"):
        enroll(user=learner(), course=course, cohort=cohort)


def test_full_cohort_waitlists_and_withdrawal_promotes_the_oldest(course):
    cohort = CohortFactory(course=course, capacity=2)
    seated = [enroll(user=learner(), course=course, cohort=cohort).enrollment for _ in range(2)]
    first_waiting = enroll(user=learner(), course=course, cohort=cohort).enrollment
    second_waiting = enroll(user=learner(), course=course, cohort=cohort).enrollment
    assert statuses(cohort) == {"active": 2, "waitlisted": 2}

    withdraw(seated[0])
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == EnrollmentStatus.ACTIVE
    assert second_waiting.status == EnrollmentStatus.WAITLISTED


def test_raising_capacity_fills_free_seats_in_order(course):
    cohort = CohortFactory(course=course, capacity=1)
    enroll(user=learner(), course=course, cohort=cohort)
    waiting = [enroll(user=learner(), course=course, cohort=cohort).enrollment for _ in range(3)]
    cohort.capacity = 3
    cohort.save()
    promoted = fill_free_seats(cohort)
    assert [e.pk for e in promoted] == [waiting[0].pk, waiting[1].pk]
    assert statuses(cohort) == {"active": 3, "waitlisted": 1}


def test_approval_flow(course):
    cohort = CohortFactory(course=course, requires_approval=True, capacity=1)
    staff = learner()
    first = enroll(user=learner(), course=course, cohort=cohort).enrollment
    second = enroll(user=learner(), course=course, cohort=cohort).enrollment
    assert first.status == second.status == EnrollmentStatus.PENDING
    assert approve(first, by=staff).status == EnrollmentStatus.ACTIVE
    assert approve(second, by=staff).status == EnrollmentStatus.WAITLISTED
    assert reject(second, by=staff).status == EnrollmentStatus.REJECTED
    with pytest.raises(EnrollmentError):
        approve(second, by=staff)
    first.refresh_from_db()
    assert first.decided_by == staff


def test_withdrawn_learner_can_enrol_again(course):
    user = learner()
    enrollment = enroll(user=user, course=course).enrollment
    withdraw(enrollment)
    with pytest.raises(EnrollmentError):
        withdraw(enrollment)
    again = enroll(user=user, course=course)
    assert again.enrollment.pk == enrollment.pk
    assert again.enrollment.status == EnrollmentStatus.ACTIVE


def test_staff_enrolment_skips_key_window_and_approval_but_not_capacity(course):
    now = timezone.now()
    cohort = CohortFactory(
        course=course,
        enrolment_key="k",
        requires_approval=True,
        capacity=1,
        enrolment_closes_at=now - datetime.timedelta(days=1),
        enrolment_opens_at=now - datetime.timedelta(days=5),
    )
    staff = learner()
    assert (
        enroll(user=learner(), course=course, cohort=cohort, enrolled_by=staff).enrollment.status == "active"
    )
    assert (
        enroll(user=learner(), course=course, cohort=cohort, enrolled_by=staff).enrollment.status
        == "waitlisted"
    )


@pytest.mark.parametrize("status", EnrollmentStatus.values)
def test_staff_decide_exactly_the_statuses_the_admin_offers_to_decide(course, status):
    """APPROVABLE and REJECTABLE are what the admin's buttons show and what the
    services accept: a button never leads to "cannot"."""
    staff = learner()
    for service, allowed in ((approve, APPROVABLE), (reject, REJECTABLE)):
        enrollment = EnrollmentFactory(course=course, status=status)
        if status in allowed:
            assert service(enrollment, by=staff).status != status
        else:
            with pytest.raises(EnrollmentError, match="Solo se pueden"):
                service(enrollment, by=staff)
        enrollment.delete()


def test_a_learner_enrols_themselves_only_with_a_complete_profile():
    assert needs_profile_first(UserFactory())  # no profile
    assert needs_profile_first(learner(accepted_terms_at=None))  # invited, terms not accepted
    assert not needs_profile_first(learner())


def test_decisions_and_moves_are_logged_by_the_service_whoever_calls_it(course):
    """The audit log is written where the change is made, not by the admin view."""
    staff = learner()
    cohort = CohortFactory(course=course, requires_approval=True, name="Marzo")
    other = CohortFactory(course=course, name="Abril")
    accepted = enroll(user=learner(), course=course, cohort=cohort).enrollment
    refused = enroll(user=learner(), course=course, cohort=cohort).enrollment
    approve(accepted, by=staff)
    reject(refused, by=staff)
    move_to_cohort(accepted, other, by=staff)

    def entry(action):
        logged = ModelLogEntry.objects.get(action=action)
        return logged.object_id, logged.user, logged.data

    assert entry(APPROVE_ACTION) == (
        str(accepted.pk),
        staff,
        {"cohort": cohort.pk, "learner": display_name(accepted.user), "status": EnrollmentStatus.ACTIVE},
    )
    assert entry(REJECT_ACTION) == (
        str(refused.pk),
        staff,
        {"cohort": cohort.pk, "learner": display_name(refused.user), "status": EnrollmentStatus.REJECTED},
    )
    assert entry(MOVE_ACTION) == (
        str(accepted.pk),
        staff,
        {"from": cohort.pk, "from_name": "Marzo", "to": other.pk, "to_name": "Abril"},
    )
