"""Learners' data rights: the export holds everything about them and nothing about
anyone else; deleting the account leaves no personal data in any table."""

import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from capacitacion.admin.enrollments import decide as decide_and_log
from capacitacion.models import (
    AttemptStatus,
    Certificate,
    CertificateStatus,
    Enrollment,
    EnrollmentStatus,
    LearnerProfile,
    LessonCompletion,
    Notification,
    QuizAttempt,
    QuizOverride,
)
from capacitacion.services.certificates import (
    REISSUE_ACTION,
    issue,
    issue_pending,
    pending_enrollment_ids,
    reissue,
)
from capacitacion.services.enrollment import enroll
from capacitacion.services.grading import grade_essays
from capacitacion.services.privacy import DELETE_ACCOUNT_ACTION, PLACEHOLDER_PREFIX
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import CohortFactory, essay_id, learner, submit_with_essay, with_essay
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db

PASSWORD = "clave-de-prueba-123"


@dataclass
class Person:
    user: object
    name: str  # ASCII-only, so it is found inside JSON stored with \u escapes too
    essay: str
    enrollment: Enrollment = None
    certificate: Certificate = None

    @property
    def needles(self) -> list[str]:
        return [self.name, self.user.email, self.user.username, self.essay]


@pytest.fixture
def short_course(institution):
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicacion de riesgos")


def seed(course, cohort, quiz, editor, *, full_name, username, essay) -> Person:
    """A learner with everything: profile, two email addresses, an approved
    enrolment, a lesson done, an essay graded with a comment, a quiz exception,
    notifications, and a certificate re-issued (with audit-log entries naming them)."""
    user = learner(
        full_name=f"Zoë {full_name}", user__username=username, user__email=f"{username}@example.org"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    EmailAddress.objects.create(user=user, email=f"{username}.alt@example.org", verified=False, primary=False)
    person = Person(user=user, name=full_name, essay=essay)
    enrollment = enroll(user=user, course=course, cohort=cohort).enrollment
    assert enrollment.status == EnrollmentStatus.PENDING
    decide_and_log(enrollment, "aprobar", by=editor)
    QuizOverride.objects.create(
        enrollment=enrollment, quiz=quiz, extra_minutes=10, reason=f"Pedido de {full_name}", granted_by=editor
    )
    record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(course).get())
    attempt = submit_with_essay(user, quiz, essay_text=essay)
    grade_essays(
        attempt_id=attempt.pk,
        grader=editor,
        marks={essay_id(attempt): (Decimal("2"), f"Muy bien, {full_name}.")},
    )
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    person.enrollment = enrollment
    return person


def reissue_certificate(person: Person, editor) -> None:
    first = Certificate.objects.get(enrollment=person.enrollment)
    reason = f"Nombre corregido a pedido de {person.name}"
    person.certificate = reissue(first, by=editor, reason=reason)
    log(first, REISSUE_ACTION, user=editor, data={"reason": reason})


@pytest.fixture
def people(short_course, editor, django_capture_on_commit_callbacks):
    quiz = with_essay(QuizPage.objects.descendant_of(short_course).get())
    cohort = CohortFactory(course=short_course, requires_approval=True, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        zoe = seed(
            short_course,
            cohort,
            quiz,
            editor,
            full_name="Quispe-Tarqui",
            username="zoe-quispe",
            essay="ESSAY-ZOE-fuente-oficial",
        )
    with django_capture_on_commit_callbacks(execute=True):
        bart = seed(
            short_course,
            cohort,
            quiz,
            editor,
            full_name="Saraiva-Bartolomeu",
            username="bart-saraiva",
            essay="ESSAY-BART-verificar",
        )
    for person in (zoe, bart):
        with django_capture_on_commit_callbacks(execute=True):
            reissue_certificate(person, editor)
        person.certificate.refresh_from_db()
        assert person.certificate.pdf and person.certificate.credential
    return zoe, bart


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# Export.


def test_export_holds_everything_about_the_learner_and_nothing_about_others(people):
    zoe, bart = people
    response = logged_in(zoe.user).get(reverse("capacitacion:download_my_data"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="aula-mis-datos-')
    assert response["Cache-Control"].startswith("max-age=0")
    text = response.content.decode()
    data = json.loads(text)

    assert data["account"]["email"] == zoe.user.email
    assert {a["email"] for a in data["account"]["email_addresses"]} == {
        zoe.user.email,
        "zoe-quispe.alt@example.org",
    }
    assert data["profile"]["full_name"] == "Zoë Quispe-Tarqui"
    assert data["profile"]["city"] == "Rosario"
    [enrollment] = data["enrollments"]
    assert enrollment["status"] == "completed" and enrollment["cohort"]["name"]
    assert len(enrollment["lesson_completions"]) == 1
    assert enrollment["quiz_results"][0]["passed"] is True
    [attempt] = enrollment["quiz_attempts"]
    assert zoe.essay in attempt["responses"].values()
    assert any(r.get("comment") == "Muy bien, Quispe-Tarqui." for r in attempt["results"].values())
    assert enrollment["quiz_exceptions"][0]["reason"] == "Pedido de Quispe-Tarqui"
    assert {n["event"] for n in enrollment["notifications"]} >= {"pending", "approved", "quiz_graded"}
    codes = {c["code"]: c for c in enrollment["certificates"]}
    assert set(codes) == set(
        Certificate.objects.filter(enrollment=zoe.enrollment).values_list("code", flat=True)
    )
    current = codes[zoe.certificate.code]
    assert current["verification_url"].endswith(f"/certificados/verificar/{zoe.certificate.code}/")
    assert current["credential"]["proof"]
    assert current["holder_name"] == "Zoë Quispe-Tarqui"

    for needle in bart.needles + [bart.certificate.code]:
        assert needle not in text


def test_export_needs_login(client):
    response = client.get(reverse("capacitacion:download_my_data"))
    assert (response.status_code, response["Location"]) == (
        302,
        f"/cuentas/login/?next={reverse('capacitacion:download_my_data')}",
    )


def test_dashboard_links_to_the_data_rights(people):
    zoe, _bart = people
    content = logged_in(zoe.user).get(reverse("capacitacion:dashboard")).content.decode()
    assert reverse("capacitacion:download_my_data") in content
    assert reverse("capacitacion:delete_account") in content


# Deletion.


def text_fields(model):
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField, models.JSONField))
    ]


def user_foreign_keys(model):
    return [
        field.attname
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is get_user_model()
    ]


def personal_data_left(person: Person, user_id: int) -> list[str]:
    """Every column in every table that still holds the person's name, email,
    username or essay, or points to their user id."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in text_fields(model):
            for needle in person.needles:
                if model._default_manager.filter(**{f"{field}__icontains": needle}).exists():
                    found.append(f"{model._meta.label}.{field} contains {needle!r}")
        for attname in user_foreign_keys(model):
            if model._default_manager.filter(**{attname: user_id}).exists():
                found.append(f"{model._meta.label}.{attname} points to the deleted user")
    user_type = ContentType.objects.get_for_model(get_user_model())
    if ModelLogEntry.objects.filter(content_type=user_type, object_id=str(user_id)).exists():
        found.append("an audit-log entry about the deleted user")
    for session in Session.objects.all():
        if str(session.get_decoded().get("_auth_user_id")) == str(user_id):
            found.append("a session of the deleted user")
    return found


def test_deletion_leaves_no_personal_data_in_any_table(people, django_capture_on_commit_callbacks):
    zoe, bart = people
    user_id = zoe.user.pk
    other_device = logged_in(zoe.user)
    assert personal_data_left(zoe, user_id)  # the check finds what is there

    pdf_storage, old_pdfs = (
        zoe.certificate.pdf.storage,
        list(Certificate.objects.filter(enrollment=zoe.enrollment).values_list("pdf", flat=True)),
    )
    assert old_pdfs and all(pdf_storage.exists(name) for name in old_pdfs)
    client = logged_in(zoe.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("capacitacion:delete_account"), {"password": PASSWORD})
    assert response.status_code == 302

    assert personal_data_left(zoe, user_id) == []
    assert not get_user_model().objects.filter(pk=user_id).exists()
    assert not any(pdf_storage.exists(name) for name in old_pdfs)
    # Logged out here and on the other device.
    assert "_auth_user_id" not in client.session
    dashboard = reverse("capacitacion:dashboard")
    denied = other_device.get(dashboard)
    assert (denied.status_code, denied["Location"]) == (302, f"/cuentas/login/?next={dashboard}")

    # Bart is untouched.
    assert personal_data_left(bart, -1) == personal_data_left(bart, -1) != []
    assert LearnerProfile.objects.filter(user=bart.user).exists()
    bart.certificate.refresh_from_db()
    assert bart.certificate.holder_name == "Zoë Saraiva-Bartolomeu" and bart.certificate.pdf
    assert QuizAttempt.objects.get(enrollment=bart.enrollment).responses


def test_deletion_keeps_anonymous_statistics(people):
    zoe, _bart = people
    enrollment_id = zoe.enrollment.pk
    score = QuizAttempt.objects.get(enrollment_id=enrollment_id).score
    logged_in(zoe.user).post(reverse("capacitacion:delete_account"), {"password": PASSWORD})

    enrollment = Enrollment.objects.select_related("user").get(pk=enrollment_id)
    assert enrollment.status == EnrollmentStatus.COMPLETED
    placeholder = enrollment.user
    assert placeholder.username.startswith(PLACEHOLDER_PREFIX)
    assert (placeholder.email, placeholder.is_active, placeholder.has_usable_password()) == ("", False, False)
    assert not LearnerProfile.objects.filter(user=placeholder).exists()
    assert LessonCompletion.objects.filter(enrollment_id=enrollment_id).count() == 1
    attempt = QuizAttempt.objects.get(enrollment_id=enrollment_id)
    assert (attempt.score, attempt.status, attempt.responses) == (score, AttemptStatus.GRADED, {})
    assert all(
        set(result) <= {"points", "max_points", "needs_grading"} for result in attempt.results.values()
    )
    assert Notification.objects.filter(enrollment_id=enrollment_id).exists()
    entry = ModelLogEntry.objects.get(action=DELETE_ACCOUNT_ACTION)
    assert entry.user is None and entry.object_id == str(placeholder.pk)
    assert entry.data == {"enrollments": 1, "certificates": 2}


def test_verification_page_after_deletion_says_the_holder_removed_their_data(people, client):
    zoe, _bart = people
    code = zoe.certificate.code
    logged_in(zoe.user).post(reverse("capacitacion:delete_account"), {"password": PASSWORD})

    certificate = Certificate.objects.get(code=code)
    assert certificate.status == CertificateStatus.VALID and certificate.holder_erased_at
    page = client.get(reverse("certificates:verify", args=[code]))
    assert page.status_code == 200
    content = page.content.decode()
    assert "Certificado válido." in content
    assert "La persona titular eliminó sus datos personales de Aula." in content
    assert "Quispe" not in content
    assert client.get(reverse("certificates:credential", args=[code])).status_code == 410


def test_an_open_enrolment_frees_its_seat_for_the_waiting_list(short_course):
    cohort = CohortFactory(course=short_course, capacity=1)
    leaving, waiting = learner(), learner()
    enroll(user=leaving, course=short_course, cohort=cohort)
    waited = enroll(user=waiting, course=short_course, cohort=cohort).enrollment
    assert waited.status == EnrollmentStatus.WAITLISTED
    logged_in(leaving).post(reverse("capacitacion:delete_account"), {"password": PASSWORD})
    waited.refresh_from_db()
    assert waited.status == EnrollmentStatus.ACTIVE


def test_wrong_password_deletes_nothing(people):
    zoe, _bart = people
    response = logged_in(zoe.user).post(reverse("capacitacion:delete_account"), {"password": "otra"})
    assert response.status_code == 200
    assert "La contraseña no es correcta." in response.content.decode()
    assert get_user_model().objects.filter(pk=zoe.user.pk).exists()


def test_someone_without_a_password_types_the_confirmation_word(short_course):
    user = learner()
    user.set_unusable_password()
    user.save()
    client = Client()
    client.force_login(user)
    page = client.get(reverse("capacitacion:delete_account"))
    assert page.status_code == 200 and 'name="confirmation"' in page.content.decode()
    assert client.post(reverse("capacitacion:delete_account"), {"confirmation": "no"}).status_code == 200
    assert (
        client.post(reverse("capacitacion:delete_account"), {"confirmation": "eliminar"}).status_code == 302
    )
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_deletion_needs_csrf(short_course):
    user = learner()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(reverse("capacitacion:delete_account"), {"password": PASSWORD}).status_code == 403
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_staff_cannot_reissue_an_erased_certificate(people, editor):
    zoe, _bart = people
    code = zoe.certificate.code
    logged_in(zoe.user).post(reverse("capacitacion:delete_account"), {"password": PASSWORD})
    certificate = Certificate.objects.get(code=code)
    client = Client()
    client.force_login(editor)
    response = client.post(reverse("certificados:reissue", args=[certificate.pk]), {"reason": "Corrección"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert Certificate.objects.filter(enrollment_id=certificate.enrollment_id).count() == 2


def test_the_certificate_sweep_leaves_erased_holders_alone(people, django_capture_on_commit_callbacks):
    """Neither a PDF without the name rebuilt for an erased certificate, nor a new
    certificate for a completed enrolment whose holder deleted their account."""
    zoe, _bart = people
    enrollment_id = zoe.enrollment.pk
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(zoe.user).post(reverse("capacitacion:delete_account"), {"password": PASSWORD})
    assert pending_enrollment_ids() == []
    issue_pending()
    assert not Certificate.objects.filter(enrollment_id=enrollment_id).exclude(pdf="").exists()

    # Completed, then deleted before its certificate was issued (the task was lost).
    certificates = Certificate.objects.filter(enrollment_id=enrollment_id)
    certificates.update(superseded_by=None)
    certificates.delete()
    assert pending_enrollment_ids() == []
    assert issue(enrollment_id) is None
    assert not Certificate.objects.filter(enrollment_id=enrollment_id).exists()
