"""Periodic reminders to learners: a nudge after two weeks without activity, and a
notice a week before their cohort ends.

Each reminder is a Notification row keyed by (enrolment, kind, period): the week
for inactivity, the cohort's last day for the end notice. The row's unique
constraint and the lock in `send_once` make a task that runs twice, or twice at
the same time, send one email per learner and period."""

import datetime
import functools
import logging

from django.db.models import DateTimeField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from capacitacion.models import (
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    Notification,
    NotificationEvent,
    QuizAttempt,
)
from capacitacion.services.notifications import learner_context, learner_language, render_email, send_once

logger = logging.getLogger(__name__)

INACTIVITY = datetime.timedelta(days=14)
ENDING_NOTICE = datetime.timedelta(days=7)


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def week_key(today: datetime.date) -> datetime.datetime:
    """The period of the inactivity reminder: the Monday that starts this week."""
    return _local_midnight(today - datetime.timedelta(days=today.weekday()))


def _last_activity():
    """When the learner last did something in the course: the latest lesson done or
    quiz activity, or else the moment the enrolment became active."""
    lesson = (
        LessonCompletion.objects.filter(enrollment=OuterRef("pk"))
        .order_by("-completed_at")
        .values("completed_at")[:1]
    )
    attempt = (
        QuizAttempt.objects.filter(enrollment=OuterRef("pk"))
        .annotate(moment=Coalesce("submitted_at", "saved_at", "started_at"))
        .order_by("-moment")
        .values("moment")[:1]
    )
    since = "status_changed_at"
    # Coalesce each: GREATEST is NULL on SQLite as soon as one argument is.
    return Greatest(
        since,
        Coalesce(Subquery(lesson, output_field=DateTimeField()), since),
        Coalesce(Subquery(attempt, output_field=DateTimeField()), since),
    )


def _reachable(enrollments):
    return enrollments.filter(user__is_active=True).exclude(Q(user__email="") | Q(user__email__isnull=True))


def inactive_enrollments(now: datetime.datetime):
    """Active (not completed) enrolments in a cohort running today whose learner has
    done nothing for INACTIVITY."""
    today = timezone.localdate(now)
    return (
        _reachable(Enrollment.objects.filter(status=EnrollmentStatus.ACTIVE))
        .filter(cohort__starts_on__lte=today, cohort__ends_on__gte=today)
        .annotate(last_activity=_last_activity())
        .filter(last_activity__lt=now - INACTIVITY)
        .select_related("user__learner_profile", "course", "cohort")
        .order_by("pk")
    )


def ending_enrollments(now: datetime.datetime):
    """Active (not completed) enrolments whose cohort ends within ENDING_NOTICE.
    A window, not one exact day, so a day the beat missed is caught up."""
    today = timezone.localdate(now)
    return (
        _reachable(Enrollment.objects.filter(status=EnrollmentStatus.ACTIVE))
        .filter(cohort__ends_on__gte=today, cohort__ends_on__lte=today + ENDING_NOTICE)
        .select_related("user__learner_profile", "course", "cohort")
        .order_by("pk")
    )


def send_inactivity_reminders(now: datetime.datetime | None = None) -> int:
    """One reminder per inactive learner and week. Returns how many went out now."""
    now = now or timezone.now()
    period = week_key(timezone.localdate(now))
    event = NotificationEvent.INACTIVE_REMINDER
    # A re-run skips, in the same query, whoever already had this week's reminder
    # (send_once still guards against a run going on at the same time).
    already_sent = Notification.objects.filter(event=event, occurred_at=period, sent_at__isnull=False)
    enrollments = inactive_enrollments(now).exclude(pk__in=already_sent.values("enrollment_id"))
    return _send_all(enrollments, event, lambda e: period)


def send_cohort_ending_notices(now: datetime.datetime | None = None) -> int:
    """One notice per learner and cohort end date. Returns how many went out now."""
    now = now or timezone.now()
    event = NotificationEvent.COHORT_ENDING
    today = timezone.localdate(now)
    # As for inactivity: skip in the query whoever already had the notice for the
    # end date of their current cohort (one of the few days in the window).
    already_sent = Q(pk__in=[])
    for days in range(ENDING_NOTICE.days + 1):
        ends_on = today + datetime.timedelta(days=days)
        sent = Notification.objects.filter(
            event=event, occurred_at=_local_midnight(ends_on), sent_at__isnull=False
        )
        already_sent |= Q(cohort__ends_on=ends_on, pk__in=sent.values("enrollment_id"))
    enrollments = ending_enrollments(now).exclude(already_sent)
    return _send_all(enrollments, event, lambda e: _local_midnight(e.cohort.ends_on))


def _send_all(enrollments, event: str, period_of) -> int:
    sent = 0
    for enrollment in enrollments:
        try:
            build = functools.partial(build_reminder, enrollment, event)
            if send_once(enrollment, event, period_of(enrollment), build):
                sent += 1
        except Exception:
            # One bad address must not keep the others from their reminder; the
            # next run tries again (the row was rolled back with the failure).
            logger.exception("Enrolment %s: %s not sent; the next run retries", enrollment.pk, event)
    return sent


def build_reminder(enrollment: Enrollment, event: str):
    return render_email(
        event,
        language=learner_language(enrollment.user),
        to=enrollment.user.email,
        context=lambda: {
            **learner_context(enrollment),
            "cohort": enrollment.cohort,
            "inactive_days": INACTIVITY.days,
        },
    )
