"""Learners' data rights (Argentina's Ley 25.326, Brazil's LGPD): a copy of all
their data, and deleting their account. docs/privacy.md says what is kept and why.

Deleting an account removes the person and keeps the numbers: their enrolments,
lesson completions and quiz scores move to a placeholder account of their own
(inactive, no email, no name, no profile), so course statistics still count one
learner who enrolled, progressed and finished, but nothing leads back to who."""

import datetime
import logging
import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry, PageLogEntry

from aula.links import page_url
from capacitacion.models import (
    PLACEHOLDER_PREFIX,
    Certificate,
    Enrollment,
    LearnerProfile,
    QuizAttempt,
    QuizOverride,
)
from capacitacion.services.certificates import verification_url
from capacitacion.services.enrollment import OPEN_STATUSES, withdraw
from capacitacion.services.errors import ServiceError

logger = logging.getLogger(__name__)

DELETE_ACCOUNT_ACTION = "aula.account.delete"
# What stays of a graded answer: its points, for item statistics. Responses,
# feedback and the grader's comments about the person go.
KEPT_RESULT_KEYS = {"points", "max_points", "needs_grading"}
# Audit-log data that names the learner or may (staff's free-text reasons).
SCRUBBED_LOG_KEYS = {"learner", "reason"}


# Export.


def export_learner_data(user) -> dict:
    """Everything Aula holds about `user`, as JSON-ready data (dates as ISO
    strings once encoded with DjangoJSONEncoder)."""
    profile = LearnerProfile.objects.filter(user=user).first()
    enrollments = (
        Enrollment.objects.filter(user=user)
        .select_related("course", "cohort")
        .prefetch_related(
            "lesson_completions__lesson",
            "quiz_results__quiz",
            "quiz_attempts__quiz",
            "quiz_overrides__quiz",
            "notifications",
            "certificates",
        )
        .order_by("created_at", "pk")
    )
    return {
        "generated_at": timezone.now(),
        "account": _account(user),
        "profile": _profile(profile),
        "enrollments": [_enrollment(enrollment) for enrollment in enrollments],
    }


def _account(user) -> dict:
    from allauth.account.models import EmailAddress

    return {
        "username": user.get_username(),
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
    }


def _profile(profile: LearnerProfile | None) -> dict | None:
    if profile is None:
        return None
    return {
        "full_name": profile.full_name,
        "role": profile.role,
        "organisation": profile.organisation,
        "city": profile.city,
        "country": profile.country,
        "preferred_language": profile.preferred_language,
        "accepted_terms_at": profile.accepted_terms_at,
        "created_at": profile.created_at,
        "updated_at": profile.updated_at,
    }


def _enrollment(enrollment: Enrollment) -> dict:
    cohort = enrollment.cohort
    return {
        "course": enrollment.course.title,
        "course_url": page_url(enrollment.course),
        "cohort": (
            {"name": cohort.name, "starts_on": cohort.starts_on, "ends_on": cohort.ends_on}
            if cohort
            else None
        ),
        "status": enrollment.status,
        "created_at": enrollment.created_at,
        "status_changed_at": enrollment.status_changed_at,
        "completed_at": enrollment.completed_at,
        "lesson_completions": [
            {"lesson": done.lesson.title, "completed_at": done.completed_at}
            for done in sorted(enrollment.lesson_completions.all(), key=lambda done: done.completed_at)
        ],
        "quiz_results": [
            {
                "quiz": result.quiz.title,
                "score_percent": result.score_percent,
                "passed": result.passed,
                "updated_at": result.updated_at,
            }
            for result in enrollment.quiz_results.all()
        ],
        "quiz_attempts": [
            {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "status": attempt.status,
                "started_at": attempt.started_at,
                "deadline": attempt.deadline,
                "saved_at": attempt.saved_at,
                "submitted_at": attempt.submitted_at,
                "score": attempt.score,
                "max_score": attempt.max_score,
                "passed": attempt.passed,
                "questions": attempt.questions,
                "responses": attempt.responses,
                "results": attempt.results,
            }
            for attempt in enrollment.quiz_attempts.all()
        ],
        "quiz_exceptions": [
            {
                "quiz": override.quiz.title,
                "extra_minutes": override.extra_minutes,
                "extra_attempts": override.extra_attempts,
                "closes_at": override.closes_at,
                "reason": override.reason,
                "created_at": override.created_at,
            }
            for override in enrollment.quiz_overrides.all()
        ],
        "notifications": [
            {"event": note.event, "occurred_at": note.occurred_at, "sent_at": note.sent_at}
            for note in enrollment.notifications.all()
        ],
        "certificates": [_certificate(certificate) for certificate in enrollment.certificates.all()],
    }


def _certificate(certificate: Certificate) -> dict:
    return {
        "code": certificate.code,
        "holder_name": certificate.holder_name,
        "course_title": certificate.course_title,
        "institution_name": certificate.institution_name,
        "hours": certificate.hours,
        "completed_on": certificate.completed_on,
        "issued_at": certificate.issued_at,
        "valid_until": certificate.valid_until,
        "status": certificate.display_status,
        "revoked_at": certificate.revoked_at,
        "verification_url": verification_url(certificate),
        "credential": certificate.credential,
    }


# Deletion.


class AccountAlreadyDeleted(ServiceError):
    pass


@transaction.atomic
def delete_account(user) -> None:
    """Delete `user` and their personal data; keep their learning record,
    anonymised, for statistics (see the module docstring and docs/privacy.md).

    Raises AccountAlreadyDeleted if another request deleted the account first."""
    # One deletion at a time per account: a second request (a double click, two
    # tabs) waits here for the first to commit and then finds the row gone.
    user = get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    if user is None:
        raise AccountAlreadyDeleted(_("Tu cuenta ya estaba eliminada."))
    placeholder = _placeholder()
    enrollment_ids = list(Enrollment.objects.filter(user=user).values_list("pk", flat=True))

    # A seat or a place in a queue held by someone who left goes to the next person.
    for enrollment in Enrollment.objects.filter(pk__in=enrollment_ids, status__in=OPEN_STATUSES):
        withdraw(enrollment)
    Enrollment.objects.filter(pk__in=enrollment_ids).update(user=placeholder)

    for attempt in QuizAttempt.objects.filter(enrollment_id__in=enrollment_ids):
        attempt.responses = {}
        attempt.results = {
            key: {name: value for name, value in result.items() if name in KEPT_RESULT_KEYS}
            for key, result in (attempt.results or {}).items()
        }
        attempt.save(update_fields=["responses", "results"])
    QuizOverride.objects.filter(enrollment_id__in=enrollment_ids).update(reason="")

    certificates = list(Certificate.objects.filter(enrollment_id__in=enrollment_ids))
    _erase_certificate_holders(certificates)
    _scrub_audit_log(user, placeholder, enrollment_ids, certificates)
    _delete_sessions(user.pk)

    # Straight to the log table: wagtail.log_actions.log would fill in the acting
    # user from the request, and that is the very person being deleted.
    ModelLogEntry.objects.log_action(
        placeholder,
        DELETE_ACCOUNT_ACTION,
        user=None,
        data={"enrollments": len(enrollment_ids), "certificates": len(certificates)},
    )
    user.delete()  # cascades: profile, allauth email addresses, Wagtail profile, tutor links


def _placeholder():
    user = get_user_model()(
        username=f"{PLACEHOLDER_PREFIX}{uuid.uuid4().hex[:16]}", email="", is_active=False
    )
    user.set_unusable_password()
    user.save()
    return user


def _erase_certificate_holders(certificates: list[Certificate]) -> None:
    """The certificate stays on record, and its code keeps verifying (and stays in
    the revocation list), so an employer holding the PDF or the signed credential
    can still check it; we keep neither the name nor the files that carry it."""
    now = timezone.now()
    pdfs = []
    for certificate in certificates:
        if certificate.pdf:
            pdfs.append((certificate.pdf.storage, certificate.pdf.name))
        certificate.holder_name = ""
        certificate.holder_erased_at = now
        certificate.credential = {}
        certificate.pdf = ""
        # Staff's free text may name the person; the dates and statuses stay.
        certificate.revocation_reason = ""
        certificate.reissue_reason = ""
        certificate.save(
            update_fields=[
                "holder_name",
                "holder_erased_at",
                "credential",
                "pdf",
                "revocation_reason",
                "reissue_reason",
            ]
        )
    # Files go only once the rows no longer point to them.
    transaction.on_commit(lambda: _delete_files(pdfs))


def _delete_files(files) -> None:
    for storage, name in files:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Could not delete %s of a deleted account", name)


def _scrub_audit_log(user, placeholder, enrollment_ids: list[int], certificates: list[Certificate]) -> None:
    """Keep what staff did (approvals, grading, revocations) but not whom it was
    about: entries' labels and data name the learner."""
    about = {
        Enrollment: enrollment_ids,
        Certificate: [certificate.pk for certificate in certificates],
        QuizAttempt: list(
            QuizAttempt.objects.filter(enrollment_id__in=enrollment_ids).values_list("pk", flat=True)
        ),
        QuizOverride: list(
            QuizOverride.objects.filter(enrollment_id__in=enrollment_ids).values_list("pk", flat=True)
        ),
    }
    for model, ids in about.items():
        content_type = ContentType.objects.get_for_model(model)
        entries = ModelLogEntry.objects.filter(
            content_type=content_type, object_id__in=[str(pk) for pk in ids]
        )
        for entry in entries:
            entry.label = f"{model._meta.verbose_name} #{entry.object_id}"
            if isinstance(entry.data, dict):
                entry.data = {key: value for key, value in entry.data.items() if key not in SCRUBBED_LOG_KEYS}
            entry.save(update_fields=["label", "data"])
    # Entries about the account itself (created or edited in the admin).
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()), object_id=str(user.pk)
    ).update(object_id=str(placeholder.pk), label=placeholder.get_username(), data={})
    # The log's user column has no database constraint: clear it by hand.
    ModelLogEntry.objects.filter(user_id=user.pk).update(user=None)
    PageLogEntry.objects.filter(user_id=user.pk).update(user=None)


def _delete_sessions(user_id: int) -> None:
    """Every session logged in as the user, on any device."""
    for session in Session.objects.filter(expire_date__gt=timezone.now() - datetime.timedelta(seconds=1)):
        if str(session.get_decoded().get("_auth_user_id")) == str(user_id):
            session.delete()
