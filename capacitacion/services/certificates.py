"""Issuing, re-issuing and revoking certificates.

A certificate is never changed after it is issued, except for its status: a name
correction or a retake issues a new certificate that supersedes the old one, and
both stay on record."""

import hashlib
import json
import logging
import re
import secrets
import uuid
from datetime import date, timedelta

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.db.models import Case, Q, Subquery, When
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from aula.broker import send_later
from aula.links import absolute_url, page_url
from capacitacion import credentials
from capacitacion.certificates import codes
from capacitacion.certificates.pdf import (
    CertificateContent,
    CertificateDesign,
    Signatory,
    render_certificate_pdf,
)
from capacitacion.models import (
    PLACEHOLDER_PREFIX,
    Certificate,
    CertificateStatus,
    CertificateTemplate,
    Enrollment,
    EnrollmentStatus,
    certificate_pdf_path,
    display_name,
)
from capacitacion.services.errors import ServiceError
from capacitacion.services.notifications import learner_language, render_email
from cursos.selectors import course_institution, institution_path

logger = logging.getLogger(__name__)

# Any number, as long as nothing else in the database uses it for an advisory lock.
STATUS_BIT_LOCK = 0x4175_6C61
# A certificate whose email keeps failing (a dead address) stops being retried.
EMAIL_RETRY_WINDOW = timedelta(days=7)
STATUS_LIST_CACHE_SECONDS = 24 * 3600
# Audit-log actions of what staff do to a certificate (labels in wagtail_hooks).
REVOKE_ACTION = "aula.certificate.revoke"
REISSUE_ACTION = "aula.certificate.reissue"


class CertificateError(ServiceError):
    """A reason, in the staff member's language, why the change cannot be made."""


def queue_certificate(enrollment_id: int) -> None:
    """Ask a worker to issue the certificate. The enrolment is already completed; if
    the broker is down, the periodic sweep (issue_pending) issues it later."""
    from capacitacion.tasks import issue_certificate

    send_later(issue_certificate, enrollment_id)


def issue(enrollment_id: int) -> Certificate | None:
    """The enrolment's current certificate, issued if missing, with its PDF and its
    email; None unless the enrolment is completed. Safe to run any number of times,
    concurrently too, and to kill at any point:

    1. Row and signed credential, in one transaction under a lock on the enrolment:
       a crash before the commit leaves nothing; a second run waits for the lock and
       then finds the certificate. The partial unique constraint backs this up.
    2. PDF, under a lock on the certificate, written to a name derived from its uuid:
       a crash before the row records the file leaves at most an orphan file with
       that same name, which the re-run deletes and writes again.
    3. Email, under a lock on the certificate, marked with email_sent_at in the same
       transaction: a crash before sending sends on the re-run. The only window for a
       second email is a crash after the mail server accepted it and before the
       commit; delivery is at least once, never zero times.
    """
    certificate = _current_or_new(enrollment_id)
    if certificate is None:
        return None
    certificate = _ensure_pdf(certificate)
    _ensure_email(certificate)
    return certificate


def issue_pending() -> int:
    """Finish every certificate a lost or failed task left behind: completed
    enrolments without a current certificate, and certificates without their PDF
    or (recently issued) without their email. Returns how many enrolments it
    finished; one failure does not stop the others."""
    finished = 0
    for enrollment_id in pending_enrollment_ids():
        try:
            issue(enrollment_id)
        except Exception:
            logger.exception("Enrolment %s: certificate not issued; the next sweep retries", enrollment_id)
        else:
            finished += 1
    return finished


def pending_enrollment_ids() -> list[int]:
    current = Certificate.objects.exclude(status=CertificateStatus.SUPERSEDED)
    missing = (
        Enrollment.objects.filter(status=EnrollmentStatus.COMPLETED)
        .exclude(pk__in=current.values("enrollment_id"))
        .exclude(user__username__startswith=PLACEHOLDER_PREFIX)
    )
    unfinished = current.filter(status=CertificateStatus.VALID, holder_erased_at__isnull=True).filter(
        Q(pdf="")
        | Q(
            email_sent_at__isnull=True,
            issued_at__gte=timezone.now() - EMAIL_RETRY_WINDOW,
            enrollment__user__email__gt="",
        )
    )
    ids = set(missing.values_list("pk", flat=True)) | set(unfinished.values_list("enrollment_id", flat=True))
    return sorted(ids)


@transaction.atomic
def reissue(certificate: Certificate, *, by, reason: str) -> Certificate:
    """A new certificate with a fresh snapshot (corrected name, retaken course);
    the old one is marked superseded and points to it. PDF and email follow through
    the task, after the commit. Not after the holder deleted their account: there is
    no name to print."""
    if certificate.holder_erased_at:
        raise CertificateError(
            _("La persona titular eliminó su cuenta: este certificado no se puede reemitir.")
        )
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Indica el motivo de la reemisión."))
    enrollment = (
        Enrollment.objects.select_for_update(of=("self",))
        .select_related("user__learner_profile", "course", "cohort")
        .get(pk=certificate.enrollment_id)
    )
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status == CertificateStatus.SUPERSEDED:
        raise CertificateError(_("Este certificado ya fue reemplazado por otro."))
    if enrollment.status != EnrollmentStatus.COMPLETED:
        raise CertificateError(_("La inscripción ya no está completada: no se puede reemitir."))
    # Revoked stays revoked in the status list (revoked_at), whatever replaces it.
    old.status = CertificateStatus.SUPERSEDED
    old.superseded_at = timezone.now()
    old.reissued_by = by
    old.reissue_reason = reason
    old.save(update_fields=["status", "superseded_at", "reissued_by", "reissue_reason"])
    new = _create(enrollment)
    old.superseded_by = new
    old.save(update_fields=["superseded_by"])
    log(old, REISSUE_ACTION, user=by, data={"reason": reason})
    enrollment_id = enrollment.pk
    transaction.on_commit(lambda: queue_certificate(enrollment_id))
    return new


@transaction.atomic
def revoke(certificate: Certificate, *, by, reason: str) -> Certificate:
    """Withdraw a current certificate: its status-list bit is set from now on."""
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Indica el motivo de la revocación."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status != CertificateStatus.VALID:
        raise CertificateError(_("Solo se puede revocar un certificado vigente."))
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
    log(certificate, REVOKE_ACTION, user=by, data={"reason": reason})
    return certificate


def revoked_indexes(status_list: int) -> list[int]:
    """The bits set in a status list: every certificate ever revoked, even if it was
    superseded later."""
    return list(
        Certificate.objects.filter(status_list=status_list, revoked_at__isnull=False)
        .order_by("status_index")
        .values_list("status_index", flat=True)
    )


def verification_url(certificate: Certificate) -> str:
    """The public verification page, absolute, in the certificate's language."""
    with translation.override(certificate.language):
        path = reverse("certificates:verify", args=[certificate.code])
    return absolute_url(path)


# Issuing, step by step.


@transaction.atomic
def _current_or_new(enrollment_id: int) -> Certificate | None:
    enrollment = _one_or_none(
        Enrollment.objects.select_for_update(of=("self",))
        .select_related("user__learner_profile", "course", "cohort")
        .filter(pk=enrollment_id)
    )
    if enrollment is None or enrollment.status != EnrollmentStatus.COMPLETED:
        return None
    # At most one (a partial unique constraint).
    current = _one_or_none(enrollment.certificates.exclude(status=CertificateStatus.SUPERSEDED))
    if current is None and enrollment.user.username.startswith(PLACEHOLDER_PREFIX):
        return None  # the holder deleted their account before it was issued
    return current or _create(enrollment)


def _create(enrollment: Enrollment) -> Certificate:
    """Snapshot, status bit and signed credential, saved as one row. Call inside a
    transaction that holds the enrolment's lock."""
    course, user = enrollment.course, enrollment.user
    institution = course_institution(course)
    completed_on = timezone.localdate(enrollment.completed_at)
    certificate = Certificate(
        enrollment=enrollment,
        code=codes.generate_code(),
        holder_name=display_name(user),
        course_title=course.title,
        institution_name=institution.title if institution else "",
        edition=enrollment.cohort.name if enrollment.cohort else "",
        hours=course.estimated_hours,
        completed_on=completed_on,
        language=learner_language(user),
        valid_until=_years_later(completed_on, course.certificate_valid_years),
    )
    certificate.status_list, certificate.status_index = _allocate_status_bit()
    certificate.credential = credentials.issue_credential(
        credentials.CredentialData(
            code=certificate.code,
            certificate_uuid=str(certificate.uuid),
            holder_name=certificate.holder_name,
            email=user.email,
            salt=secrets.token_hex(16),
            # A fresh pseudonym per certificate: two credentials never reveal
            # that they belong to the same person.
            subject_uuid=str(uuid.uuid4()),
            course_title=certificate.course_title,
            course_description=course.summary,
            course_url=page_url(course),
            institution_name=certificate.institution_name,
            institution_url=(institution.website or page_url(institution)) if institution else "",
            hours=certificate.hours,
            language=certificate.language,
            issued_on=certificate.issued_at,
            valid_until=certificate.valid_through,
            status_list=certificate.status_list,
            status_index=certificate.status_index,
        )
    )
    certificate.save()
    return certificate


def _allocate_status_bit() -> tuple[int, int]:
    """The next unused (status list, index). Indexes are never reused: a revoked bit
    must stay set. The lock serialises allocation until the transaction commits
    (SQLite serialises writers by itself); the unique constraint backs it up."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [STATUS_BIT_LOCK])
    last = (
        Certificate.objects.order_by("-status_list", "-status_index")
        .values_list("status_list", "status_index")
        .first()
    )
    if last is None:
        return 1, 0
    status_list, index = last
    if index + 1 >= credentials.STATUS_LIST_SIZE:
        return status_list + 1, 0
    return status_list, index + 1


def _years_later(start: date, years: int | None) -> date | None:
    if not years:
        return None
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February into a common year
        return start.replace(year=start.year + years, day=28)


def _one_or_none(queryset):
    """The row a unique lookup finds, or None. Unlike first(), without an ORDER BY:
    Django matches the ordering against every selected column, a millisecond for
    the wide rows here (a course page, its enrolment, user and profile)."""
    return next(iter(queryset.order_by()[:1]), None)


def _ensure_pdf(certificate: Certificate) -> Certificate:
    enrollment = certificate.enrollment  # with its course and user, read by step 1
    with transaction.atomic():
        # The row afresh under its lock; the enrolment, its course and its user as
        # step 1 read them (joining the course's page again costs a millisecond).
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        certificate.enrollment = enrollment
        if certificate.pdf or certificate.holder_erased_at:
            return certificate  # an erased holder's PDF is not made again
        content = render_pdf(certificate)
        name = certificate_pdf_path(certificate, "certificate.pdf")
        storage = certificate.pdf.storage
        # Left by a run that died before recording it: replace it, keep the name.
        storage.delete(name)
        certificate.pdf.save(name, ContentFile(content), save=False)
        certificate.save(update_fields=["pdf"])
    return certificate


def render_pdf(certificate: Certificate) -> bytes:
    design = certificate_design(certificate.enrollment.course, certificate.language)
    content = CertificateContent(
        language=certificate.language,
        holder_name=certificate.holder_name,
        course_title=certificate.course_title,
        institution_name=certificate.institution_name,
        hours=certificate.hours,
        completed_on=certificate.completed_on,
        code=certificate.code,
        verify_url=verification_url(certificate),
        valid_until=certificate.valid_until,
        edition=certificate.edition,
    )
    return render_certificate_pdf(content, design, credential_json(certificate))


def certificate_design(course, language: str) -> CertificateDesign:
    """How the course's certificates look (template_id_for), with the wording in
    `language`; the renderer's defaults if no template applies."""
    template_id = template_id_for(course)
    if template_id is None:
        return CertificateDesign()
    template = (
        CertificateTemplate.objects.select_related("background", "logo")
        .prefetch_related("signatories__signature")
        .get(pk=template_id)
    )
    intro, body = template.wording(language)
    return CertificateDesign(
        accent_color=template.accent_color,
        background=_image_bytes(template.background),
        logo=_image_bytes(template.logo),
        signatories=tuple(
            Signatory(name=s.name, role=s.role, signature=_image_bytes(s.signature))
            for s in template.signatories.all()
        ),
        intro=intro,
        body=body,
    )


def template_id_for(course) -> int | None:
    """Which template a course's certificates use: the course's own, else its
    institution's. A page's translations are the same course or institution, and one
    template holds the wording in every language: the Portuguese course of a Spanish
    institution uses the institution's template. A template made for the page itself
    wins over its translation's. A narrow query: ordering the wide one costs a millisecond."""
    parent_path = institution_path(course)
    institution_key = Page.objects.filter(path=parent_path).values("translation_key")[:1]
    return (
        CertificateTemplate.objects.filter(
            Q(course__translation_key=course.translation_key)
            | Q(institution__translation_key=Subquery(institution_key))
        )
        .annotate(
            rank=Case(
                When(course_id=course.pk, then=0),
                When(course__isnull=False, then=1),
                When(institution__path=parent_path, then=2),
                default=3,
            )
        )
        .order_by("rank")
        .values_list("pk", flat=True)
        .first()
    )


def credential_json(certificate: Certificate) -> bytes:
    """The stored credential as served and as attached inside the PDF."""
    return json.dumps(certificate.credential, ensure_ascii=False, indent=2).encode()


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    with image.open_file() as file:
        return file.read()


def _ensure_email(certificate: Certificate) -> bool:
    """Send the learner their certificate once. Returns True if it went out now."""
    if certificate.status != CertificateStatus.VALID or not certificate.pdf:
        return False
    user = certificate.enrollment.user
    if not user.email:
        logger.warning("Certificate %s: user %s has no email address", certificate.code, user.pk)
        return False
    with transaction.atomic():
        # Marking it sent takes the row's lock, in one statement: a concurrent run
        # waits here until this one commits and then matches nothing (or, if this
        # one failed and rolled back, marks and sends it itself). A certificate
        # revoked or erased since step 2 is not matched either.
        sent_at = timezone.now()
        marked = (
            Certificate.objects.filter(
                pk=certificate.pk,
                email_sent_at__isnull=True,
                status=CertificateStatus.VALID,
                holder_erased_at__isnull=True,
            )
            .exclude(pdf="")
            .update(email_sent_at=sent_at)
        )
        if not marked:
            return False
        build_email(certificate, user.email).send()
    certificate.email_sent_at = sent_at
    return True


def pdf_filename(certificate: Certificate) -> str:
    """The name a certificate's PDF is downloaded or attached under: ASCII letters,
    digits and hyphens only. The check symbol may be * ~ $ = (illegal or awkward in
    file names, * on Windows); it adds nothing to the fifteen random symbols, so it
    is left out when it is not a letter or digit."""
    return f"certificado-{re.sub(r'[^A-Za-z0-9-]', '', certificate.code).strip('-')}.pdf"


def build_email(certificate: Certificate, address: str) -> EmailMultiAlternatives:
    """The certificate email in the learner's language, with the PDF attached."""
    message = render_email(
        "certificate",
        language=certificate.language,
        to=address,
        html=True,
        context=lambda: {
            "certificate": certificate,
            "verify_url": verification_url(certificate),
            "dashboard_url": absolute_url(reverse("capacitacion:dashboard")),
        },
    )
    with certificate.pdf.open("rb") as pdf:
        message.attach(pdf_filename(certificate), pdf.read(), "application/pdf")
    return message


def status_list_document(status_list: int) -> dict:
    """The signed status list credential. Signing costs more than a page view should,
    so it is cached for as long as the set of revoked bits stays the same."""
    indexes = revoked_indexes(status_list)
    digest = hashlib.sha256(",".join(map(str, indexes)).encode()).hexdigest()
    key = f"certificates:status-list:{status_list}:{digest}"
    document = cache.get(key)
    if document is None:
        document = credentials.status_list_credential(status_list, indexes)
        cache.set(key, document, timeout=STATUS_LIST_CACHE_SECONDS)
    return document
