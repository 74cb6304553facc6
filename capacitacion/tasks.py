"""Celery tasks: thin wrappers around services. Every task is idempotent, because a
message is acknowledged only after the task finishes (acks_late) and may run twice."""

from smtplib import SMTPException

from celery import shared_task
from django.db import OperationalError as DatabaseOperationalError

from capacitacion.services import notifications

# Retries wait 1, 2, 4… seconds, never longer than this: a message held back longer
# than the broker's visibility timeout would be handed to a second worker
# (aula/settings/base.py, CELERY_BROKER_TRANSPORT_OPTIONS).
RETRY_BACKOFF_MAX = 240


@shared_task(
    acks_late=True,
    autoretry_for=(DatabaseOperationalError, SMTPException, ConnectionError, OSError),
    retry_backoff=True,
    retry_backoff_max=RETRY_BACKOFF_MAX,
    max_retries=5,
)
def send_notification(notification_id: int) -> None:
    """Send one recorded email (the outbox); sends once however often it runs."""
    notifications.deliver(notification_id)


@shared_task(acks_late=True)
def send_pending_notifications() -> int:
    """Periodic: send the recorded emails a lost or failed task left unsent."""
    return notifications.send_pending()


@shared_task(acks_late=True)
def close_overdue_quiz_attempts() -> int:
    """Periodic: grade attempts whose time limit ran out (safe to run twice)."""
    from capacitacion.services.quizzes import close_overdue_attempts

    return close_overdue_attempts()


@shared_task(
    acks_late=True,
    autoretry_for=(DatabaseOperationalError, SMTPException, ConnectionError, OSError),
    retry_backoff=True,
    retry_backoff_max=RETRY_BACKOFF_MAX,
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
