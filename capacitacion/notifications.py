"""Emails about an enrolment, sent by a Celery task after the transaction commits.
The task records each (enrolment, event, moment) once, so running it twice sends
one email."""

from django.db import transaction

from capacitacion.models import Enrollment


def notify(enrollment: Enrollment, event: str) -> None:
    from capacitacion.tasks import send_enrollment_email

    occurred_at = enrollment.status_changed_at.isoformat()
    enrollment_id = enrollment.pk
    transaction.on_commit(lambda: send_enrollment_email.delay(enrollment_id, event, occurred_at))
