"""Celery tasks: thin wrappers around services. Every task is idempotent, because a
message is acknowledged only after the task finishes (acks_late) and may run twice."""

from smtplib import SMTPException

from celery import shared_task
from django.db import OperationalError as DatabaseOperationalError

from capacitacion.services import notifications


@shared_task(
    acks_late=True,
    autoretry_for=(SMTPException, ConnectionError, OSError),
    retry_backoff=True,
    max_retries=5,
)
def send_enrollment_email(enrollment_id: int, event: str, occurred_at: str) -> None:
    """Tell the learner what happened to their enrolment; sends once per event."""
    notifications.send_enrollment_email(enrollment_id, event, occurred_at)


@shared_task(acks_late=True)
def close_overdue_quiz_attempts() -> int:
    """Periodic: grade attempts whose time limit ran out (safe to run twice)."""
    from capacitacion.services.quizzes import close_overdue_attempts

    return close_overdue_attempts()


@shared_task(
    acks_late=True,
    autoretry_for=(SMTPException, ConnectionError, OSError),
    retry_backoff=True,
    max_retries=5,
)
def send_grading_email(attempt_id: int, graded_at: str) -> None:
    """Tell the learner their essays were graded; sends once per grading."""
    notifications.send_grading_email(attempt_id, graded_at)


@shared_task(
    acks_late=True,
    autoretry_for=(DatabaseOperationalError, SMTPException, ConnectionError, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=8,
)
def issue_certificate(enrollment_id: int) -> None:
    """Issue the enrolment's certificate, its PDF and its email; each exactly once."""
    from capacitacion.services.certificates import issue

    issue(enrollment_id)


@shared_task(acks_late=True)
def issue_pending_certificates() -> int:
    """Periodic: issue what a lost or failed issue_certificate left behind."""
    from capacitacion.services.certificates import issue_pending

    return issue_pending()


@shared_task(acks_late=True)
def send_inactivity_reminders() -> int:
    """Periodic (weekly): nudge learners inactive for two weeks; once per week each."""
    from capacitacion.services.reminders import send_inactivity_reminders

    return send_inactivity_reminders()


@shared_task(acks_late=True)
def send_cohort_ending_notices() -> int:
    """Periodic (daily): tell learners their cohort ends within a week; once per cohort end."""
    from capacitacion.services.reminders import send_cohort_ending_notices

    return send_cohort_ending_notices()


@shared_task(acks_late=True)
def send_cohort_invitations(cohort_id: int, user_ids: list[int]) -> int:
    """Email the accounts a bulk enrolment created their link to set a password: a
    few hundred messages are the worker's job, not the admin request's. Not retried:
    a failure for one person is logged, and they can still use "forgot password"."""
    from capacitacion.services.bulk_enrol import send_invitations

    return send_invitations(cohort_id, user_ids)
