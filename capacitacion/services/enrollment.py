"""Enrolment: the only code that creates or changes Enrollment rows.

Capacity is decided while holding a row lock on the cohort (SELECT ... FOR UPDATE on
PostgreSQL), so concurrent requests for the last seat queue up instead of
overbooking; SQLite serialises writers on its own."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from capacitacion.models import (
    SEAT_STATUSES,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    NotificationEvent,
    display_name,
)
from capacitacion.notifications import notify
from capacitacion.services.errors import ServiceError
from cursos.models import CoursePage, EnrolmentPolicy

# Audit-log actions of staff's decisions (labels in wagtail_hooks).
APPROVE_ACTION = "aula.enrollment.approve"
REJECT_ACTION = "aula.enrollment.reject"
MOVE_ACTION = "aula.enrollment.move"

REENROLLABLE = {EnrollmentStatus.WITHDRAWN}
OPEN_STATUSES = {EnrollmentStatus.PENDING, EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED}
# What staff may decide: approve a pending request; reject one that is pending or
# waiting for a seat. Together, the requests that wait on staff.
APPROVABLE = frozenset({EnrollmentStatus.PENDING})
REJECTABLE = frozenset({EnrollmentStatus.PENDING, EnrollmentStatus.WAITLISTED})
AWAITING_DECISION = APPROVABLE | REJECTABLE


class EnrollmentError(ServiceError):
    """A reason, in the learner's language, why the enrolment cannot be done."""


@dataclass(frozen=True)
class Outcome:
    enrollment: Enrollment
    created: bool


def needs_profile_first(user) -> bool:
    """A learner enrols themselves only once their profile is complete (terms accepted):
    their certificate prints the name they give there. Staff enrolling someone do not
    ask this (a bulk invitation completes the profile later)."""
    profile = getattr(user, "learner_profile", None)
    return profile is None or not profile.is_complete


def cohort_window_error(cohort: Cohort, now) -> str | None:
    if cohort.enrolment_opens_at and now < cohort.enrolment_opens_at:
        return _("La inscripción a %(cohort)s abre el %(date)s.") % {
            "cohort": cohort.name,
            "date": date_format(timezone.localtime(cohort.enrolment_opens_at), "DATETIME_FORMAT"),
        }
    if cohort.enrolment_closes_at and now > cohort.enrolment_closes_at:
        return _("La inscripción a %(cohort)s cerró el %(date)s.") % {
            "cohort": cohort.name,
            "date": date_format(timezone.localtime(cohort.enrolment_closes_at), "DATETIME_FORMAT"),
        }
    return None


def _required_key(course: CoursePage, cohort: Cohort | None) -> str:
    if cohort is not None and cohort.enrolment_key:
        return cohort.enrolment_key
    if course.enrolment_policy == EnrolmentPolicy.KEY:
        return course.enrolment_key
    return ""


def _check_key(required: str, given: str) -> None:
    if not required:
        return
    if not given.strip():
        raise EnrollmentError(
            _("Este curso requiere una clave de inscripción. Pídela a quien organiza el curso.")
        )
    if not constant_time_compare(required.strip(), given.strip()):
        raise EnrollmentError(_("La clave de inscripción no es correcta. Revísala e inténtalo de nuevo."))


def _needs_approval(course: CoursePage, cohort: Cohort | None) -> bool:
    return course.enrolment_policy == EnrolmentPolicy.APPROVAL or bool(cohort and cohort.requires_approval)


def _seats_taken(cohort: Cohort) -> int:
    return cohort.enrollments.filter(status__in=SEAT_STATUSES).count()


def _has_free_seat(cohort: Cohort | None) -> bool:
    return cohort is None or cohort.capacity is None or _seats_taken(cohort) < cohort.capacity


def _lock_cohort(cohort: Cohort | None) -> Cohort | None:
    return None if cohort is None else Cohort.objects.select_for_update().get(pk=cohort.pk)


def _set_status(enrollment: Enrollment, status: str, *, by=None) -> None:
    enrollment.status = status
    enrollment.status_changed_at = timezone.now()
    if by is not None:
        enrollment.decided_by = by
    enrollment.save(update_fields=["status", "status_changed_at", "decided_by", "cohort"])


def _seat_or_waitlist(
    enrollment: Enrollment, cohort: Cohort | None, *, by=None, event_if_seated: str
) -> None:
    """Give the learner a seat, or a place on the waiting list, or refuse."""
    if _has_free_seat(cohort):
        _set_status(enrollment, EnrollmentStatus.ACTIVE, by=by)
        notify(enrollment, event_if_seated)
    elif cohort.waitlist_enabled:
        _set_status(enrollment, EnrollmentStatus.WAITLISTED, by=by)
        notify(enrollment, NotificationEvent.WAITLISTED)
    else:
        raise EnrollmentError(_("La cohorte %(cohort)s está completa.") % {"cohort": cohort.name})


def enroll(
    *, user, course: CoursePage, cohort: Cohort | None = None, key: str = "", enrolled_by=None
) -> Outcome:
    """Enrol `user` in `course` (and `cohort`, if the course runs cohorts).

    Staff enrolling someone (`enrolled_by`, e.g. a bulk CSV import) skip the key,
    the window and approval; capacity still applies. Raises EnrollmentError with a
    message for the learner."""
    try:
        with transaction.atomic():
            return _enroll(user=user, course=course, cohort=cohort, key=key, enrolled_by=enrolled_by)
    except IntegrityError:
        # Two requests for the same learner and course raced; the other one won.
        return Outcome(Enrollment.objects.get(user=user, course=course), created=False)


def _enroll(*, user, course, cohort, key, enrolled_by) -> Outcome:
    now = timezone.now()
    if cohort is not None and cohort.course_id != course.pk:
        raise EnrollmentError(_("Esa cohorte no pertenece a este curso."))
    if cohort is None and course.cohorts.exists():
        raise EnrollmentError(_("Elige una cohorte para inscribirte."))
    cohort = _lock_cohort(cohort)

    enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
    if enrollment is not None and enrollment.status not in REENROLLABLE:
        return Outcome(enrollment, created=False)

    if enrolled_by is None:
        if cohort is not None and (error := cohort_window_error(cohort, now)):
            raise EnrollmentError(error)
        _check_key(_required_key(course, cohort), key)

    created = enrollment is None
    if created:
        enrollment = Enrollment(user=user, course=course, status_changed_at=now)
    enrollment.cohort = cohort
    enrollment.decided_by = None
    if created:
        enrollment.status = EnrollmentStatus.PENDING
        enrollment.save()

    if enrolled_by is None and _needs_approval(course, cohort):
        _set_status(enrollment, EnrollmentStatus.PENDING)
        notify(enrollment, NotificationEvent.PENDING)
    else:
        _seat_or_waitlist(enrollment, cohort, by=enrolled_by, event_if_seated=NotificationEvent.CONFIRMED)
    return Outcome(enrollment, created=created)


def _locked(enrollment: Enrollment) -> tuple[Enrollment, Cohort | None]:
    """Lock the cohort first (same order as enroll, so no deadlock), then the row."""
    cohort = _lock_cohort(enrollment.cohort)
    return Enrollment.objects.select_for_update().get(pk=enrollment.pk), cohort


@transaction.atomic
def approve(enrollment: Enrollment, *, by) -> Enrollment:
    enrollment, cohort = _locked(enrollment)
    if enrollment.status not in APPROVABLE:
        raise EnrollmentError(_("Solo se pueden aprobar solicitudes pendientes."))
    _seat_or_waitlist(enrollment, cohort, by=by, event_if_seated=NotificationEvent.APPROVED)
    _log_decision(enrollment, APPROVE_ACTION, by=by)
    return enrollment


@transaction.atomic
def reject(enrollment: Enrollment, *, by) -> Enrollment:
    enrollment, _cohort = _locked(enrollment)
    if enrollment.status not in REJECTABLE:
        raise EnrollmentError(_("Solo se pueden rechazar solicitudes pendientes o en lista de espera."))
    _set_status(enrollment, EnrollmentStatus.REJECTED, by=by)
    notify(enrollment, NotificationEvent.REJECTED)
    _log_decision(enrollment, REJECT_ACTION, by=by)
    return enrollment


def _log_decision(enrollment: Enrollment, action: str, *, by) -> None:
    data = {
        "cohort": enrollment.cohort_id,
        "learner": display_name(enrollment.user),
        "status": enrollment.status,
    }
    log(enrollment, action, user=by, data=data)


@transaction.atomic
def withdraw(enrollment: Enrollment) -> Enrollment:
    enrollment, cohort = _locked(enrollment)
    if enrollment.status not in OPEN_STATUSES:
        raise EnrollmentError(_("Esta inscripción ya no está activa."))
    held_seat = enrollment.status in SEAT_STATUSES
    _set_status(enrollment, EnrollmentStatus.WITHDRAWN)
    if held_seat and cohort is not None:
        _promote_waitlisted(cohort)
    return enrollment


@transaction.atomic
def fill_free_seats(cohort: Cohort) -> list[Enrollment]:
    """Promote waitlisted learners, oldest first, into free seats (e.g. after the
    capacity was raised)."""
    return _promote_waitlisted(_lock_cohort(cohort))


def _promote_waitlisted(cohort: Cohort) -> list[Enrollment]:
    promoted = []
    while _has_free_seat(cohort):
        waiting = (
            cohort.enrollments.select_for_update()
            .filter(status=EnrollmentStatus.WAITLISTED)
            .order_by("status_changed_at", "pk")
            .first()
        )
        if waiting is None:
            break
        _set_status(waiting, EnrollmentStatus.ACTIVE)
        notify(waiting, NotificationEvent.PROMOTED)
        promoted.append(waiting)
    return promoted


@transaction.atomic
def move_to_cohort(enrollment: Enrollment, cohort: Cohort, *, by) -> Enrollment:
    """Move a learner to another cohort of the same course. Progress, attempts and
    certificates hang on the enrolment, so they come along. A learner holding a
    seat needs a free seat in the new cohort; the seat they leave goes to the old
    cohort's waiting list."""
    if cohort.course_id != enrollment.course_id:
        raise EnrollmentError(_("Solo se puede cambiar a una cohorte del mismo curso."))
    if cohort.pk == enrollment.cohort_id:
        raise EnrollmentError(_("La persona ya está en esa cohorte."))
    # Both cohorts locked in id order, so two opposite moves cannot deadlock.
    locked = {
        c.pk: c
        for c in Cohort.objects.select_for_update()
        .filter(pk__in=[cohort.pk, enrollment.cohort_id])
        .order_by("pk")
    }
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    target, source = locked[cohort.pk], locked.get(enrollment.cohort_id)
    holds_seat = enrollment.status in SEAT_STATUSES
    if holds_seat and not _has_free_seat(target):
        raise EnrollmentError(_("La cohorte %(cohort)s está completa.") % {"cohort": target.name})
    enrollment.cohort = target
    enrollment.save(update_fields=["cohort"])
    if holds_seat and source is not None:
        _promote_waitlisted(source)
    log(
        enrollment,
        MOVE_ACTION,
        user=by,
        data={
            "from": source.pk if source else None,
            "from_name": source.name if source else "",
            "to": target.pk,
            "to_name": target.name,
        },
    )
    return enrollment
