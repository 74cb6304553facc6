"""Emails that tell a learner what happened, in their language.

Every email a change causes is first a Notification row, written in the change's
own transaction (capacitacion.notifications.notify): the outbox. `deliver` sends
one row, from the task queued after the commit; `send_pending`, run by beat, sends
what a lost or failed task left unsent. The row lock and its sent_at make each
email go out once, whichever path gets there first."""

import logging
import re
from datetime import datetime, timedelta

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from aula.links import absolute_url, page_url
from capacitacion.models import (
    AttemptStatus,
    Enrollment,
    EnrollmentStatus,
    Notification,
    NotificationEvent,
    QuizAttempt,
    display_name,
)
from capacitacion.selectors import waitlist_position

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "capacitacion/emails"
# The sweep gives up on an email that has failed for this long (a dead address).
RETRY_WINDOW = timedelta(days=7)
# Periodic reminders are written and sent in one step by their own task, which
# retries them on its next run (services.reminders); the sweep leaves them alone.
REMINDER_EVENTS = (NotificationEvent.INACTIVE_REMINDER, NotificationEvent.COHORT_ENDING)


def deliver(notification_id: int) -> bool:
    """Send the recorded email unless it went out already. Returns True if it went
    out now."""
    with transaction.atomic():
        # The row lock makes a concurrent task or sweep wait here, then see sent_at.
        notification = Notification.objects.select_for_update().filter(pk=notification_id).first()
        if notification is None:
            return False  # deleted with its enrolment: nobody to tell
        return _send(notification, lambda: outbox_message(notification))


def send_once(enrollment: Enrollment, event: str, moment: datetime, build) -> bool:
    """Record and send `build()` in one step, unless the (enrolment, event, moment)
    email went out already. Returns True if it went out now."""
    with transaction.atomic():
        notification, _created = Notification.objects.select_for_update().get_or_create(
            enrollment=enrollment, event=event, occurred_at=moment
        )
        return _send(notification, build)


def _send(notification: Notification, build) -> bool:
    """Inside the transaction that holds the row's lock."""
    if notification.sent_at is not None:
        return False
    message = build()
    if message is None:
        # Nobody to tell any more (no address, the grading undone): forget it.
        notification.delete()
        return False
    # If the process dies after the SMTP server accepted the message but before
    # this transaction commits, the retry sends it again: delivery is at least
    # once, never zero times, which is the better failure for these emails.
    message.send()
    notification.sent_at = timezone.now()
    notification.save(update_fields=["sent_at"])
    return True


def send_pending(now: datetime | None = None) -> int:
    """Send every recorded email still unsent, oldest first, that was recorded
    within RETRY_WINDOW. Returns how many went out; one failure (a refused address)
    does not stop the others, and the next run tries it again."""
    now = now or timezone.now()
    unsent = (
        Notification.objects.filter(sent_at__isnull=True, created_at__gte=now - RETRY_WINDOW)
        .exclude(event__in=REMINDER_EVENTS)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)
    )
    sent = 0
    for notification_id in unsent:
        try:
            sent += deliver(notification_id)
        except Exception:
            logger.exception("Notification %s not sent; the next sweep retries", notification_id)
    return sent


def outbox_message(notification: Notification) -> EmailMessage | None:
    """The email a recorded notification stands for, rendered now in the learner's
    language; None when there is nobody to send it to."""
    if notification.event == NotificationEvent.QUIZ_GRADED:
        attempt = (
            QuizAttempt.objects.select_related(
                "enrollment__user__learner_profile", "enrollment__course", "enrollment__cohort", "quiz"
            )
            .filter(pk=notification.attempt_id, status=AttemptStatus.GRADED)
            .first()
        )
        # None: regraded back to waiting for a person, nothing to announce now.
        return build_grading_message(attempt) if attempt and _has_address(attempt.enrollment) else None
    enrollment = (
        Enrollment.objects.select_related("user__learner_profile", "course", "cohort")
        .annotate(queue_position=waitlist_position())
        .get(pk=notification.enrollment_id)
    )
    if not _has_address(enrollment):
        return None
    if notification.event == NotificationEvent.INVITED:
        return invitation_message(enrollment)
    if notification.event in REMINDER_EVENTS:
        raise ValueError(f"{notification.event} is sent by its periodic task, not from the outbox")
    return build_message(enrollment, notification.event, notification.occurred_at)


def _has_address(enrollment: Enrollment) -> bool:
    if not enrollment.user.email:
        logger.warning("Enrolment %s: user %s has no email address", enrollment.pk, enrollment.user_id)
    return bool(enrollment.user.email)


def learner_language(user) -> str:
    profile = getattr(user, "learner_profile", None)
    language = profile.preferred_language if profile is not None else ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render_email(
    template: str, *, language: str, to: str, context, html: bool = False
) -> EmailMultiAlternatives:
    """`<template>_subject.txt` and `_body.txt` (and `_body.html` when `html`) from
    capacitacion/emails, rendered in `language`. `context()` is called in that
    language too, so the links it reverses carry the language's prefix."""
    with translation.override(language):
        context = {
            "language_code": translation.get_language(),
            "site_name": settings.WAGTAIL_SITE_NAME,
            **context(),
        }
        subject = render_to_string(f"{TEMPLATE_DIR}/{template}_subject.txt", context)
        body = render_to_string(f"{TEMPLATE_DIR}/{template}_body.txt", context)
        html_body = render_to_string(f"{TEMPLATE_DIR}/{template}_body.html", context) if html else None
    message = EmailMultiAlternatives(
        subject=getattr(settings, "ACCOUNT_EMAIL_SUBJECT_PREFIX", "") + " ".join(subject.split()),
        body=_tidy(body),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={"Auto-Submitted": "auto-generated"},
    )
    if html_body is not None:
        message.attach_alternative(html_body, "text/html")
    return message


def build_message(enrollment: Enrollment, event: str, moment: datetime) -> EmailMessage:
    """The email for `event`, rendered in the learner's preferred language."""
    return render_email(
        event,
        language=learner_language(enrollment.user),
        to=enrollment.user.email,
        context=lambda: _context(enrollment, event, moment),
    )


def learner_context(enrollment: Enrollment) -> dict:
    """What every email to a learner about their course says."""
    user, course = enrollment.user, enrollment.course
    return {
        "name": display_name(user),
        "course_title": course.title,
        "course_url": page_url(course),
        "dashboard_url": absolute_url(reverse("capacitacion:dashboard")),
    }


def _context(enrollment: Enrollment, event: str, moment: datetime) -> dict:
    # The position only means something while the learner is still waiting after
    # this very event; a late task must not print a stale number.
    still_waiting = (
        enrollment.status == EnrollmentStatus.WAITLISTED and enrollment.status_changed_at == moment
    )
    return {
        **learner_context(enrollment),
        "event": event,
        "cohort": enrollment.cohort,
        "waitlist_position": enrollment.queue_position if still_waiting else None,
    }


def _tidy(body: str) -> str:
    """Template tags leave blank lines behind; keep at most one between paragraphs."""
    lines = [line.rstrip() for line in body.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def build_grading_message(attempt: QuizAttempt) -> EmailMessage:
    from capacitacion.services.quizzes import percent

    return render_email(
        NotificationEvent.QUIZ_GRADED,
        language=learner_language(attempt.enrollment.user),
        to=attempt.enrollment.user.email,
        context=lambda: {
            **learner_context(attempt.enrollment),
            "quiz_title": attempt.quiz.title,
            "attempt": attempt,
            "percent": percent(attempt.score, attempt.max_score),
            "review_url": absolute_url(reverse("capacitacion:attempt_review", args=[attempt.pk])),
        },
    )


def invitation_message(enrollment: Enrollment) -> EmailMessage:
    """For an account a bulk enrolment created: the link to set its password."""
    user, cohort = enrollment.user, enrollment.cohort
    with translation.override(learner_language(user)):
        values = {
            "name": learner_context(enrollment)["name"],
            "course": enrollment.course.title,
            "cohort": cohort.name,
            "date": date_format(cohort.starts_on, "DATE_FORMAT"),
            "link": password_setup_url(user),
            "email": user.email,
            "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
            "reset": absolute_url(reverse("account_reset_password")),
            "site": settings.WAGTAIL_SITE_NAME,
        }
        paragraphs = [
            _("Hola, %(name)s:") % values,
            _("Te inscribimos en el curso «%(course)s» (%(cohort)s), que comienza el %(date)s.") % values,
        ]
        if enrollment.status == EnrollmentStatus.WAITLISTED:
            paragraphs.append(_("Por ahora estás en la lista de espera: te avisaremos cuando tengas lugar."))
        paragraphs += [
            _("Para entrar, define tu contraseña: %(link)s") % values,
            _(
                "Tu usuario es este correo (%(email)s). El enlace vence en %(days)s días; "
                "si venció, pide uno nuevo en %(reset)s"
            )
            % values,
            values["site"],
        ]
        subject = _("Te inscribimos en «%(course)s»") % values
    return EmailMessage(
        subject=getattr(settings, "ACCOUNT_EMAIL_SUBJECT_PREFIX", "") + subject,
        body="\n\n".join(paragraphs) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"Auto-Submitted": "auto-generated"},
    )


def password_setup_url(user) -> str:
    """allauth's password-reset link for `user`, which sets a first password too."""
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return absolute_url(path)
