"""Emails that tell a learner what happened to their enrolment, in their language.

Each (enrolment, event, moment) is recorded in a Notification row, so a message
that is delivered twice, or a task that runs twice, sends one email."""

import logging
import re
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from aula.links import absolute_url, page_url
from capacitacion.models import Enrollment, EnrollmentStatus, Notification, NotificationEvent
from capacitacion.selectors import waitlist_position

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "capacitacion/emails"


def send_enrollment_email(enrollment_id: int, event: str, occurred_at: str) -> bool:
    """Send the email for `event`, which happened to the enrolment at `occurred_at`
    (its status_changed_at, ISO 8601). Returns True if an email went out now."""
    if event not in NotificationEvent.values:
        raise ValueError(f"Unknown enrolment event: {event!r}")
    moment = datetime.fromisoformat(occurred_at)
    enrollment = (
        Enrollment.objects.select_related("user__learner_profile", "course", "cohort")
        .annotate(queue_position=waitlist_position())
        .filter(pk=enrollment_id)
        .first()
    )
    if enrollment is None:
        # Deleted (with its user or course) before the task ran: nobody to tell.
        return False
    if not enrollment.user.email:
        logger.warning("Enrolment %s: user %s has no email address", enrollment_id, enrollment.user_id)
        return False

    return _send_once(enrollment, event, moment, lambda: build_message(enrollment, event, moment))


def _send_once(enrollment: Enrollment, event: str, moment: datetime, build) -> bool:
    """Send `build()` unless the (enrolment, event, moment) notification went out
    already. Returns True if it went out now."""
    with transaction.atomic():
        # The row lock makes a concurrent duplicate wait here and then see sent_at.
        notification, _created = Notification.objects.select_for_update().get_or_create(
            enrollment=enrollment, event=event, occurred_at=moment
        )
        if notification.sent_at is not None:
            return False
        # If the process dies after the SMTP server accepted the message but before
        # this transaction commits, the retry sends it again: delivery is at least
        # once, never zero times, which is the better failure for these emails.
        build().send()
        notification.sent_at = timezone.now()
        notification.save(update_fields=["sent_at"])
    return True


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


def _learner_context(enrollment: Enrollment) -> dict:
    """What every email to a learner about their course says."""
    user, course = enrollment.user, enrollment.course
    profile = getattr(user, "learner_profile", None)
    return {
        "name": (profile.full_name if profile is not None else "") or user.email,
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
        **_learner_context(enrollment),
        "event": event,
        "cohort": enrollment.cohort,
        "waitlist_position": enrollment.queue_position if still_waiting else None,
    }


def _tidy(body: str) -> str:
    """Template tags leave blank lines behind; keep at most one between paragraphs."""
    lines = [line.rstrip() for line in body.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


# Grading emails share the Notification table and its once-only key.
QUIZ_GRADED_EVENT = NotificationEvent.QUIZ_GRADED


def send_grading_email(attempt_id: int, graded_at: str) -> bool:
    """Tell the learner their attempt was graded by a person at `graded_at`
    (ISO 8601). Returns True if an email went out now."""
    from capacitacion.models import AttemptStatus, QuizAttempt

    moment = datetime.fromisoformat(graded_at)
    attempt = (
        QuizAttempt.objects.select_related("enrollment__user__learner_profile", "enrollment__course", "quiz")
        .filter(pk=attempt_id, status=AttemptStatus.GRADED)
        .first()
    )
    if attempt is None:
        # Deleted, or regraded back to waiting for a person: nothing to announce now.
        return False
    enrollment = attempt.enrollment
    if not enrollment.user.email:
        logger.warning("Attempt %s: user %s has no email address", attempt_id, enrollment.user_id)
        return False

    return _send_once(enrollment, QUIZ_GRADED_EVENT, moment, lambda: build_grading_message(attempt))


def build_grading_message(attempt) -> EmailMessage:
    from capacitacion.services.quizzes import percent

    return render_email(
        QUIZ_GRADED_EVENT,
        language=learner_language(attempt.enrollment.user),
        to=attempt.enrollment.user.email,
        context=lambda: {
            **_learner_context(attempt.enrollment),
            "quiz_title": attempt.quiz.title,
            "attempt": attempt,
            "percent": percent(attempt.score, attempt.max_score),
            "review_url": absolute_url(reverse("capacitacion:attempt_review", args=[attempt.pk])),
        },
    )
