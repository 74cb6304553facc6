import datetime
import json
from decimal import Decimal
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db.models.signals import post_save
from django.test import override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from capacitacion import credentials
from capacitacion.models import Certificate, CertificateStatus, EnrollmentStatus, QuizResult
from capacitacion.services import certificates
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tasks import issue_certificate
from capacitacion.tests.factories import learner
from cursos.models import LessonPage, QuizPage
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import build_course
from tests.broker import broker_down
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOLDER = "María José Ñúñez O'Connor"


@pytest.fixture
def short_course(institution):
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")


def finish(course, user=None):
    """Enrol a learner and do everything the course requires; the enrolment ends
    completed (certificate tasks run only if the caller executes on-commit hooks)."""
    user = user or learner(full_name=HOLDER)
    enrollment = enroll(user=user, course=course).enrollment
    for quiz in QuizPage.objects.descendant_of(course):
        QuizResult.objects.create(enrollment=enrollment, quiz=quiz, score_percent=Decimal("100"), passed=True)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        record_lesson_done(user=user, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    return enrollment


def pdf_files(certificate) -> list[str]:
    storage = certificate.pdf.storage
    _dirs, files = storage.listdir("certificados")
    return [name for name in files if name.startswith(str(certificate.uuid))]


def test_completion_issues_one_certificate_with_pdf_and_email(
    short_course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = finish(short_course)

    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.status == CertificateStatus.VALID
    assert certificate.holder_name == HOLDER
    assert certificate.course_title == "Comunicación de riesgos"
    assert certificate.institution_name == "Universidad Regional del Plata"
    assert certificate.hours == short_course.estimated_hours
    assert certificate.completed_on == timezone.localdate(enrollment.completed_at)
    assert certificate.valid_until is None
    assert credentials.verify_credential(certificate.credential).ok
    assert pdf_files(certificate) == [f"{certificate.uuid}.pdf"]
    assert certificate.email_sent_at is not None
    [message] = [m for m in mail.outbox if m.attachments]  # the others: enrolment emails
    assert message.to == [enrollment.user.email]
    assert certificate.code in message.body
    assert f"/certificados/verificar/{certificate.code}/" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert (filename, mimetype) == (certificates.pdf_filename(certificate), "application/pdf")
    assert content == certificate.pdf.open("rb").read()


def test_email_goes_out_in_the_learners_language(short_course):
    enrollment = finish(short_course, learner(full_name=HOLDER, preferred_language="pt-br"))
    certificate = certificates.issue(enrollment.pk)
    assert certificate.language == "pt-br"
    assert "/pt/certificados/verificar/" in mail.outbox[0].body


def test_issuing_twice_gives_one_certificate_one_pdf_one_email(short_course):
    enrollment = finish(short_course)
    first = certificates.issue(enrollment.pk)
    second = certificates.issue(enrollment.pk)
    issue_certificate.delay(enrollment.pk)

    assert first.pk == second.pk
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    assert pdf_files(first) == [f"{first.uuid}.pdf"]
    assert len(mail.outbox) == 1


def test_no_certificate_for_an_enrolment_that_is_not_completed(short_course):
    enrollment = enroll(user=learner(), course=short_course).enrollment
    assert certificates.issue(enrollment.pk) is None
    assert not Certificate.objects.exists()


def test_a_crash_after_the_row_is_saved_is_completed_by_the_rerun(short_course, monkeypatch):
    enrollment = finish(short_course)

    # Fault injection: the process dies while rendering, after the row committed.
    def crash(*args, **kwargs):
        raise MemoryError("worker killed while rendering")

    real_render = certificates.render_certificate_pdf
    monkeypatch.setattr(certificates, "render_certificate_pdf", crash)
    with pytest.raises(MemoryError):
        certificates.issue(enrollment.pk)
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert not certificate.pdf
    assert certificate.email_sent_at is None
    assert mail.outbox == []
    # A previous run also got as far as writing the file without recording it.
    storage = certificate.pdf.storage
    storage.save(f"certificados/{certificate.uuid}.pdf", certificates.ContentFile(b"half a PDF"))

    monkeypatch.setattr(certificates, "render_certificate_pdf", real_render)
    assert certificates.issue_pending() == 1

    certificate.refresh_from_db()
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    assert certificate.pdf.name == f"certificados/{certificate.uuid}.pdf"
    assert pdf_files(certificate) == [f"{certificate.uuid}.pdf"]
    assert certificate.pdf.open("rb").read().startswith(b"%PDF")
    assert len(mail.outbox) == 1


@override_settings(EMAIL_BACKEND="capacitacion.tests.test_certificates.RefusingEmailBackend")
def test_a_failed_email_is_sent_by_the_rerun_and_only_once(short_course):
    enrollment = finish(short_course)
    with pytest.raises(ConnectionRefusedError):
        certificates.issue(enrollment.pk)
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.pdf and certificate.email_sent_at is None

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        certificates.issue(enrollment.pk)
        certificates.issue(enrollment.pk)
    assert len(mail.outbox) == 1
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_a_certificate_revoked_between_its_pdf_and_its_email_is_not_sent(short_course):
    enrollment = finish(short_course)
    staff = UserFactory(is_staff=True)

    def revoke_once_the_pdf_is_recorded(sender, instance, update_fields=None, **kwargs):
        # As if a coordinator revoked it the moment the PDF step committed.
        if update_fields and "pdf" in update_fields:
            certificates.revoke(instance, by=staff, reason="Emitido por error")

    post_save.connect(revoke_once_the_pdf_is_recorded, sender=Certificate, dispatch_uid="revoke-after-pdf")
    try:
        certificates.issue(enrollment.pk)
    finally:
        post_save.disconnect(sender=Certificate, dispatch_uid="revoke-after-pdf")

    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.status == CertificateStatus.REVOKED and certificate.pdf
    assert certificate.email_sent_at is None
    assert mail.outbox == []


class RefusingEmailBackend:
    """An SMTP server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


def test_the_sweep_issues_what_is_missing_and_nothing_twice(institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    done = finish(course)
    certificates.issue(done.pk)
    missing = [finish(course, learner()) for _ in range(2)]
    enroll(user=learner(), course=course)  # active, not completed: nothing to issue
    mail.outbox.clear()

    assert certificates.issue_pending() == 2
    assert certificates.issue_pending() == 0
    call_command("issue_pending_certificates", stdout=open("/dev/null", "w"))

    assert Certificate.objects.count() == 3
    assert {c.enrollment_id for c in Certificate.objects.all()} == {done.pk, *(e.pk for e in missing)}
    assert len(mail.outbox) == 2


def test_a_broker_outage_at_completion_does_not_fail_the_learner(
    short_course, django_capture_on_commit_callbacks
):
    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        enrollment = finish(short_course)
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert not Certificate.objects.exists()

    assert certificates.issue_pending() == 1
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_valid_until_follows_the_course_setting(institution):
    course = build_course(institution, modules=1, lessons_per_module=1, certificate_valid_years=2)
    enrollment = finish(course)
    certificate = certificates.issue(enrollment.pk)
    completed_on = timezone.localdate(enrollment.completed_at)
    assert certificate.valid_until == completed_on.replace(year=completed_on.year + 2)
    assert certificate.display_status == "valid"


def test_status_bits_are_allocated_once_each(institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    issued = [certificates.issue(finish(course, learner()).pk) for _ in range(3)]
    assert [(c.status_list, c.status_index) for c in issued] == [(1, 0), (1, 1), (1, 2)]


# Verification pages and documents.


def test_verification_page_shows_a_valid_certificate_without_personal_data(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    response = client.get(f"/certificados/verificar/{certificate.code}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Certificado válido" in page
    assert "Firma digital: verificada" in page
    assert "no figura como revocada" in page
    for shown in (HOLDER.replace("'", "&#x27;"), "Comunicación de riesgos", "Universidad Regional del Plata"):
        assert shown in page
    assert certificate.enrollment.user.email not in page
    # No address at all, but the platform's own contact in the site footer.
    assert "@" not in page.split('<footer class="site-footer">')[0]


def test_verification_accepts_the_code_as_people_type_it(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    typed = certificate.code.lower().replace("-", " ")
    response = client.get("/certificados/verificar/", {"codigo": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/certificados/verificar/{certificate.code}/"
    response = client.get(f"/certificados/verificar/{certificate.code.lower()}/")
    assert response.status_code == 302
    assert response["Location"] == f"/certificados/verificar/{certificate.code}/"


def test_unknown_or_malformed_codes_are_not_found(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    other = Certificate(code="")
    from capacitacion.certificates.codes import generate_code

    other.code = generate_code()
    assert other.code != certificate.code
    assert client.get(f"/certificados/verificar/{other.code}/").status_code == 404
    assert client.get("/certificados/verificar/NOT-A-CODE/").status_code == 404
    assert client.get(f"/certificados/{other.code}.json").status_code == 404
    response = client.get("/certificados/verificar/", {"codigo": other.code})
    assert response.status_code == 404
    assert "No encontramos ningún certificado" in response.content.decode()


@override_settings(CERTIFICATE_VERIFY_RATE_LIMIT=3)
def test_code_lookups_are_rate_limited_per_address(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    url = f"/certificados/verificar/{certificate.code}/"
    for _ in range(3):
        assert client.get(url).status_code == 200
    response = client.get("/certificados/verificar/", {"codigo": certificate.code})
    assert response.status_code == 429
    assert "Demasiadas consultas" in response.content.decode()
    assert client.get(url, REMOTE_ADDR="192.0.2.7").status_code == 200
    # The empty form is not a lookup.
    assert client.get("/certificados/verificar/").status_code == 200


def test_the_json_endpoint_serves_the_stored_credential(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    response = client.get(f"/certificados/{certificate.code}.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+ld+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json() == certificate.credential
    assert client.get("/certificados/emisor.json").json() == credentials.issuer_profile()
    assert client.get("/.well-known/jwks.json").json() == credentials.jwks()


def test_revocation_sets_the_status_bit_and_shows_on_the_page(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    status_url = f"/certificados/estado/{certificate.status_list}.json"
    before = client.get(status_url).json()
    assert not credentials.is_revoked(before, certificate.status_index)

    staff = UserFactory()
    certificates.revoke(certificate, by=staff, reason="Plagio comprobado en el trabajo final")

    after = client.get(status_url).json()
    assert credentials.is_revoked(after, certificate.status_index)
    page = client.get(f"/certificados/verificar/{certificate.code}/").content.decode()
    assert "Certificado revocado" in page
    assert timezone.localdate().strftime("%Y") in page
    assert "figura como revocada" in page and "no figura como revocada" not in page
    assert "Plagio" not in page
    with pytest.raises(certificates.CertificateError):
        certificates.revoke(certificate, by=staff, reason="otra vez")


def test_an_unused_status_list_is_not_found(client):
    assert client.get("/certificados/estado/7.json").status_code == 404


def test_reissue_supersedes_and_both_pages_show_the_history(
    client, short_course, django_capture_on_commit_callbacks
):
    enrollment = finish(short_course)
    old = certificates.issue(enrollment.pk)
    profile = enrollment.user.learner_profile
    profile.full_name = "María José Núñez O'Connor"
    profile.save()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        new = certificates.reissue(old, by=UserFactory(), reason="Corrección del apellido")

    old.refresh_from_db()
    assert old.status == CertificateStatus.SUPERSEDED
    assert old.superseded_by == new
    assert old.holder_name == HOLDER  # the old snapshot never changes
    assert new.holder_name == "María José Núñez O'Connor"
    assert new.code != old.code
    new.refresh_from_db()
    assert new.pdf and new.email_sent_at is not None
    assert len(mail.outbox) == 1

    old_page = client.get(f"/certificados/verificar/{old.code}/").content.decode()
    assert "Certificado reemplazado" in old_page
    assert f"/certificados/verificar/{new.code}/" in old_page
    new_page = client.get(f"/certificados/verificar/{new.code}/").content.decode()
    assert "Certificado válido" in new_page
    assert f"/certificados/verificar/{old.code}/" in new_page
    with pytest.raises(certificates.CertificateError):
        certificates.reissue(old, by=None, reason="de nuevo")


def test_a_revoked_certificate_stays_revoked_in_the_list_after_reissue(short_course):
    enrollment = finish(short_course)
    revoked = certificates.revoke(certificates.issue(enrollment.pk), by=None, reason="Error de carga")
    certificates.reissue(revoked, by=None, reason="Se reemite tras revisar")
    assert revoked.status_index in certificates.revoked_indexes(revoked.status_list)


def test_an_expired_certificate_says_so(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=datetime.date(2020, 1, 31))
    page = client.get(f"/certificados/verificar/{certificate.code}/").content.decode()
    assert "Certificado vencido" in page


# Downloads and the dashboard.


def test_download_for_the_holder_and_the_course_staff_only(
    client, short_course, institution, other_institution
):
    enrollment = finish(short_course)
    certificate = certificates.issue(enrollment.pk)
    url = f"/mi-aprendizaje/certificados/{certificate.uuid}/pdf/"

    response = client.get(url)
    assert (response.status_code, response["Location"]) == (302, f"/cuentas/login/?next={url}")

    client.force_login(enrollment.user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == certificate.pdf.open("rb").read()

    client.force_login(learner())
    assert client.get(url).status_code == 404

    institution.refresh_from_db()
    other_institution.refresh_from_db()
    staff, outsider, coordinator = UserFactory(), UserFactory(), UserFactory()
    staff.groups.add(institution.editors_group)
    outsider.groups.add(other_institution.editors_group)
    coordinator.groups.add(Group.objects.get(name=COORDINATION_GROUP))
    client.force_login(staff)
    assert client.get(url).status_code == 200
    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    client.force_login(outsider)
    assert client.get(url).status_code == 404


def test_the_dashboard_lists_the_certificate_with_its_links(client, short_course):
    enrollment = finish(short_course)
    certificate = certificates.issue(enrollment.pk)
    client.force_login(enrollment.user)
    page = client.get("/mi-aprendizaje/").content.decode()
    assert f"/mi-aprendizaje/certificados/{certificate.uuid}/pdf/" in page
    assert f"/certificados/verificar/{certificate.code}/" in page
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in page
    # The check character may be one of * ~ $ = U, which the link encodes.
    assert urlencode({"certId": certificate.code}) in page
    assert "Todavía no tienes certificados" not in page


def test_the_pdf_carries_the_stored_credential_and_verifies(client, short_course):
    pypdf = pytest.importorskip("pypdf")
    certificate = certificates.issue(finish(short_course).pk)
    reader = pypdf.PdfReader(certificate.pdf.open("rb"))
    [attached] = reader.attachments["credential.json"]
    assert json.loads(attached) == certificate.credential
    assert credentials.verify_credential(json.loads(attached)).ok
    assert certificate.code in reader.pages[0].extract_text()


def test_a_tampered_credential_fails_the_check_on_the_page(client, short_course):
    certificate = certificates.issue(finish(short_course).pk)
    tampered = json.loads(
        json.dumps(certificate.credential, ensure_ascii=False).replace(
            "Comunicación de riesgos", "Otro curso"
        )
    )
    assert tampered != certificate.credential
    Certificate.objects.filter(pk=certificate.pk).update(credential=tampered)
    page = client.get(f"/certificados/verificar/{certificate.code}/").content.decode()
    assert "Firma digital: no se pudo verificar" in page


def test_issuing_writes_nothing_to_wagtails_reference_index(short_course):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    certificate = certificates.issue(finish(short_course).pk)

    certificate.refresh_from_db()
    assert certificate.pdf and certificate.email_sent_at
    certificate_type = ContentType.objects.get_for_model(Certificate)
    assert not ReferenceIndex.objects.filter(content_type=certificate_type).exists()


def test_issuing_costs_a_fixed_number_of_queries(short_course, django_assert_max_num_queries):
    """Row, PDF and email: each step reads what it needs with its lock. 11 statements on
    PostgreSQL (SQLite needs no advisory lock), plus a savepoint pair per step inside the
    test's transaction; it was 33 (bench/certificates.py measures the time)."""
    first, second = finish(short_course), finish(short_course, learner(full_name="Otra Persona"))
    certificates.issue(first.pk)

    with django_assert_max_num_queries(17):
        certificate = certificates.issue(second.pk)

    certificate.refresh_from_db()
    assert certificate.pdf and certificate.email_sent_at


def test_a_certificate_valid_until_a_date_is_valid_through_that_whole_local_day():
    """Certificate.valid_through: the signed credential's validUntil and the moment the
    verification page stops saying "valid" both read it."""
    assert Certificate(valid_until=None).valid_through is None
    ends = Certificate(valid_until=datetime.date(2029, 3, 1)).valid_through
    local = timezone.localtime(ends)
    assert (local.date(), local.time()) == (datetime.date(2029, 3, 1), datetime.time(23, 59, 59))
    assert timezone.localdate(ends + datetime.timedelta(seconds=1)) == datetime.date(2029, 3, 2)


def test_revoking_and_reissuing_are_logged_by_the_service_whoever_calls_it(short_course):
    """The audit log is written where the change is made, not by the admin view."""
    staff = UserFactory()
    first = certificates.issue(finish(short_course).pk)
    certificates.reissue(first, by=staff, reason="  Corrección del apellido ")
    entry = ModelLogEntry.objects.get(action=certificates.REISSUE_ACTION)
    assert (entry.object_id, entry.user, entry.data) == (
        str(first.pk),
        staff,
        {"reason": "Corrección del apellido"},
    )
    current = Certificate.objects.get(enrollment=first.enrollment, superseded_by=None)
    certificates.revoke(current, by=staff, reason="Emitido por error")
    entry = ModelLogEntry.objects.get(action=certificates.REVOKE_ACTION)
    assert (entry.object_id, entry.user, entry.data) == (
        str(current.pk),
        staff,
        {"reason": "Emitido por error"},
    )


def test_a_certificate_whose_holder_deleted_their_account_is_not_reissued(short_course):
    certificate = certificates.issue(finish(short_course).pk)
    Certificate.objects.filter(pk=certificate.pk).update(holder_erased_at=timezone.now())
    certificate.refresh_from_db()
    with pytest.raises(certificates.CertificateError, match="eliminó su cuenta"):
        certificates.reissue(certificate, by=UserFactory(), reason="Corrección")
    assert Certificate.objects.filter(enrollment=certificate.enrollment).count() == 1
