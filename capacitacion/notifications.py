"""Recording the emails a change causes: the outbox.

`notify` writes a Notification row in the caller's transaction, so the email exists
exactly when the change does. After the commit a task sends it; when the broker
cannot take the task, or the task is lost, the periodic sweep
(services.notifications.send_pending) sends it. The row's key and lock make every
path send it once."""

from datetime import datetime

from django.db import transaction

from aula.broker import send_later
from capacitacion.models import Enrollment, Notification, QuizAttempt


def notify(
    enrollment: Enrollment, event: str, *, moment: datetime | None = None, attempt: QuizAttempt | None = None
) -> None:
    """Record the email for `event`, which happened to the enrolment at `moment`
    (by default the enrolment's last status change)."""
    from capacitacion.tasks import send_notification

    notification, created = Notification.objects.get_or_create(
        enrollment=enrollment,
        event=event,
        occurred_at=moment or enrollment.status_changed_at,
        defaults={"attempt": attempt},
    )
    if created:
        notification_id = notification.pk
        # robust: when tasks run eagerly (the demo), a failing send must not fail the
        # request either; the sweep retries it.
        transaction.on_commit(lambda: send_later(send_notification, notification_id), robust=True)
