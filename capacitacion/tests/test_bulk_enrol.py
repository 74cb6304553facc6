import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from capacitacion.models import Enrollment, EnrollmentStatus, LearnerProfile, Notification, NotificationEvent
from capacitacion.services.bulk_enrol import (
    BULK_ENROL_ACTION,
    MAX_ROWS,
    BulkFileError,
    BulkRow,
    bulk_enrol,
    read_rows,
)
from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import CohortFactory, learner
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

HEADER = "email,full name,city,country\n"


@pytest.fixture
def staff(institution):
    institution.refresh_from_db()
    user = UserFactory()
    user.groups.add(institution.editors_group)
    return user


@pytest.fixture
def cohort(course):
    return CohortFactory(course=course, name="Cohorte de otoño")


def rows_from(text: str) -> list[BulkRow]:
    return read_rows(text.encode("utf-8"))


def invitations_to(address: str):
    return [
        message
        for message in mail.outbox
        if message.to == [address] and "/cuentas/password/reset/key/" in message.body
    ]


def outcomes(reports) -> dict[str, str]:
    return {report.email: report.outcome for report in reports}


def test_new_person_gets_an_account_a_profile_an_enrolment_and_one_invitation(
    client, cohort, staff, django_capture_on_commit_callbacks
):
    rows = rows_from(HEADER + "Lucia.Mendez@Example.org,  Lucía   Méndez ,Rosario,AR\n")
    with django_capture_on_commit_callbacks(execute=True):
        [report] = bulk_enrol(cohort, rows, by=staff)

    assert (report.number, report.ok, report.outcome) == (2, True, "creada y inscripta")
    user = User.objects.get(email="lucia.mendez@example.org")
    assert user.username == "lucia.mendez@example.org"
    assert not user.has_usable_password()
    assert EmailAddress.objects.filter(user=user, email="lucia.mendez@example.org", primary=True).exists()
    profile = user.learner_profile
    assert (profile.full_name, profile.city, profile.country) == ("Lucía Méndez", "Rosario", "AR")
    assert profile.accepted_terms_at is None
    enrollment = Enrollment.objects.get(user=user)
    assert (enrollment.cohort, enrollment.status, enrollment.decided_by) == (
        cohort,
        EnrollmentStatus.ACTIVE,
        staff,
    )

    [invitation] = invitations_to("lucia.mendez@example.org")
    assert "Comunicación de riesgos" in invitation.subject
    link = re.search(r"Para entrar, define tu contraseña: (\S+)", invitation.body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert 'name="password1"' in response.content.decode()


def test_the_invitation_link_sets_the_password(client, cohort, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        bulk_enrol(cohort, rows_from(HEADER + "ana@example.org,Ana Souza,Porto Alegre,Brasil\n"), by=staff)
    [invitation] = invitations_to("ana@example.org")
    # A learner in Brazil gets the invitation in Portuguese.
    assert "defina sua senha" in invitation.body
    link = re.search(r"https?://\S+/cuentas/password/reset/key/\S+", invitation.body).group(0)
    form_page = client.get(link, follow=True)
    password = "una-clave-bien-larga-2026"
    client.post(form_page.redirect_chain[-1][0], {"password1": password, "password2": password})
    user = User.objects.get(email="ana@example.org")
    assert user.check_password(password)
    assert user.learner_profile.preferred_language == "pt-br"


def test_existing_user_is_found_by_email_whatever_the_case_and_not_duplicated(
    cohort, staff, django_capture_on_commit_callbacks
):
    existing = learner(full_name="Marta Gómez", user__email="marta@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        [report] = bulk_enrol(
            cohort, rows_from(HEADER + "MARTA@Example.ORG,Otra Persona,Lima,PE\n"), by=staff
        )
    assert report.outcome == "inscripta"
    assert User.objects.filter(email__iexact="marta@example.org").count() == 1
    assert Enrollment.objects.get(cohort=cohort).user == existing
    existing.learner_profile.refresh_from_db()
    assert existing.learner_profile.full_name == "Marta Gómez"  # what the learner wrote stays
    assert not invitations_to("marta@example.org")
    # They hear about it through the usual enrolment notification.
    assert [m.subject for m in mail.outbox if m.to == ["marta@example.org"]] == [
        "[Aula] Inscripción confirmada: Comunicación de riesgos"
    ]
    assert list(Notification.objects.values_list("event", flat=True)) == [NotificationEvent.CONFIRMED]


def test_existing_user_without_profile_gets_one(cohort, staff):
    user = UserFactory(email="pedro@example.org")
    bulk_enrol(cohort, rows_from(HEADER + "pedro@example.org,Pedro Alves,Salto,Uruguay\n"), by=staff)
    assert LearnerProfile.objects.get(user=user).country == "UY"


def test_bad_rows_are_reported_and_not_applied_while_good_rows_are(
    cohort, staff, django_capture_on_commit_callbacks
):
    text = HEADER + (
        "buena@example.org,Buena Persona,Quito,EC\n"
        "no-es-un-correo,Persona Sin Correo,Quito,EC\n"
        "sin-nombre@example.org,   ,Quito,EC\n"
        "sin-pais@example.org,Persona Sin País,Quito,Atlántida\n"
        "sin-ciudad@example.org,Persona Sin Ciudad,,EC\n"
        f"largo@example.org,{'N' * 121},Quito,EC\n"
        "otra@example.org,Otra Buena,Cusco,perú\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        reports = bulk_enrol(cohort, rows_from(text), by=staff)

    assert [report.number for report in reports] == [2, 3, 4, 5, 6, 7, 8]
    assert [report.ok for report in reports] == [True, False, False, False, False, False, True]
    result = outcomes(reports)
    assert result["no-es-un-correo"] == "El correo no es válido."
    assert result["sin-nombre@example.org"] == "Falta el nombre completo."
    assert result["sin-pais@example.org"].startswith("País desconocido: «Atlántida»")
    assert result["sin-ciudad@example.org"] == "Falta la ciudad."
    assert "120" in result["largo@example.org"]
    assert set(User.objects.values_list("email", flat=True)) >= {"buena@example.org", "otra@example.org"}
    assert not User.objects.filter(email__in=["sin-nombre@example.org", "sin-pais@example.org"]).exists()
    assert Enrollment.objects.filter(cohort=cohort).count() == 2
    assert User.objects.get(email="otra@example.org").learner_profile.country == "PE"
    assert len([m for m in mail.outbox if "define tu contraseña" in m.body]) == 2


def test_a_row_that_cannot_be_enrolled_leaves_nothing_behind(
    cohort, staff, django_capture_on_commit_callbacks
):
    cohort.capacity, cohort.waitlist_enabled = 1, False
    cohort.save()
    text = HEADER + "primera@example.org,Primera,Lima,PE\nsegunda@example.org,Segunda,Lima,PE\n"
    with django_capture_on_commit_callbacks(execute=True):
        first, second = bulk_enrol(cohort, rows_from(text), by=staff)
    assert first.ok and not second.ok
    assert second.outcome == "La cohorte Cohorte de otoño está completa."
    assert not User.objects.filter(email="segunda@example.org").exists()
    assert not invitations_to("segunda@example.org")


def test_full_cohort_with_waiting_list_reports_it(cohort, staff):
    cohort.capacity = 1
    cohort.save()
    enroll(user=learner(), course=cohort.course, cohort=cohort)
    existing = learner(user__email="espera@example.org")
    text = HEADER + "nueva@example.org,Nueva,Lima,PE\nespera@example.org,Espera,Lima,PE\n"
    result = outcomes(bulk_enrol(cohort, rows_from(text), by=staff))
    assert result == {
        "nueva@example.org": "creada y en lista de espera",
        "espera@example.org": "en lista de espera",
    }
    assert Enrollment.objects.get(user=existing).status == EnrollmentStatus.WAITLISTED


def test_duplicate_email_in_the_file_is_applied_once(cohort, staff, django_capture_on_commit_callbacks):
    text = HEADER + "dos@example.org,Dos Veces,Lima,PE\nDOS@example.org,Dos Veces,Lima,PE\n"
    with django_capture_on_commit_callbacks(execute=True):
        first, second = bulk_enrol(cohort, rows_from(text), by=staff)
    assert first.ok and not second.ok
    assert second.outcome == "Correo repetido: ya aparece en la fila 2."
    assert User.objects.filter(email="dos@example.org").count() == 1
    assert len(invitations_to("dos@example.org")) == 1


def test_someone_already_enrolled_is_reported_as_such(cohort, staff):
    user = learner(user__email="ya@example.org")
    enroll(user=user, course=cohort.course, cohort=cohort)
    other_cohort = CohortFactory(course=cohort.course, name="Cohorte de primavera")
    enroll(user=learner(user__email="otra-cohorte@example.org"), course=cohort.course, cohort=other_cohort)
    text = HEADER + "ya@example.org,Ya Está,Lima,PE\notra-cohorte@example.org,En Otra,Lima,PE\n"
    result = outcomes(bulk_enrol(cohort, rows_from(text), by=staff))
    assert result["ya@example.org"] == "ya estaba inscripta"
    assert "Cohorte de primavera" in result["otra-cohorte@example.org"]
    assert Enrollment.objects.filter(user__email="otra-cohorte@example.org").get().cohort == other_cohort


def test_spanish_headers_bom_and_semicolons_are_accepted():
    data = "\ufeffCorreo;Nombre completo;Ciudad;País\nana@example.org;Ana Pérez;Córdoba;argentina\n".encode()
    [row] = read_rows(data)
    assert (row.number, row.email, row.full_name, row.city, row.country) == (
        2,
        "ana@example.org",
        "Ana Pérez",
        "Córdoba",
        "argentina",
    )


def test_blank_lines_are_skipped_and_rows_keep_their_spreadsheet_number():
    rows = rows_from(HEADER + "a@example.org,A,B,AR\n,,,\n\nc@example.org,C,D,AR\n")
    assert [row.number for row in rows] == [2, 5]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "UTF-8"),
        (b"email,nombre\na@example.org,A\n", "títulos de las columnas"),
        (HEADER.encode(), "no tiene filas"),
        (b"", "títulos de las columnas"),
        (b"email,full name,city,country\n" + b"x" * (2 * 1024 * 1024), "2 MB"),
    ],
)
def test_unreadable_files_are_refused_whole(data, message):
    with pytest.raises(BulkFileError, match=message):
        read_rows(data)


def test_more_than_the_row_limit_is_refused():
    text = HEADER + "".join(f"p{n}@example.org,P {n},Lima,PE\n" for n in range(MAX_ROWS + 1))
    with pytest.raises(BulkFileError, match=str(MAX_ROWS)):
        rows_from(text)
    assert len(rows_from(HEADER + "".join(f"p{n}@example.org,P,L,PE\n" for n in range(MAX_ROWS)))) == MAX_ROWS


def upload(content: bytes, name: str = "personas.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_the_view_shows_a_report_table_and_logs_the_import(
    client, cohort, staff, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    url = reverse("cohortes:bulk_enrol", args=[cohort.pk])
    assert client.get(url).status_code == 200
    content = HEADER + "nuevo@example.org,Nuevo Nombre,Lima,PE\nmalo,Malo,Lima,PE\n"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"file": upload(content.encode("utf-8-sig"))})
    assert response.status_code == 200
    html = response.content.decode()
    assert "creada y inscripta" in html and "El correo no es válido." in html
    assert "Se aplicó 1 fila de 2." in html
    assert User.objects.filter(email="nuevo@example.org").exists()
    entry = ModelLogEntry.objects.get(action="aula.cohort.bulk_enrol")
    assert (entry.object_id, entry.data["applied"], entry.data["failed"]) == (str(cohort.pk), 1, 1)
    assert len(invitations_to("nuevo@example.org")) == 1


def test_a_non_csv_upload_is_a_form_error_and_saves_nothing(client, cohort, staff):
    client.force_login(staff)
    url = reverse("cohortes:bulk_enrol", args=[cohort.pk])
    users_before = User.objects.count()
    for content, name in [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "foto.png"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "foto.csv"),
    ]:
        response = client.post(url, {"file": upload(content, name)})
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
    assert User.objects.count() == users_before
    assert not Enrollment.objects.exists()
    assert not ModelLogEntry.objects.filter(action="aula.cohort.bulk_enrol").exists()


def test_editor_of_another_institution_cannot_bulk_enrol(client, other_institution, cohort):
    other_institution.refresh_from_db()
    outsider = UserFactory()
    outsider.groups.add(other_institution.editors_group)
    client.force_login(outsider)
    url = reverse("cohortes:bulk_enrol", args=[cohort.pk])
    assert client.get(url).status_code == 404
    response = client.post(url, {"file": upload((HEADER + "x@example.org,X,Y,AR\n").encode())})
    assert response.status_code == 404
    assert not User.objects.filter(email="x@example.org").exists()


def test_coordination_can_bulk_enrol_into_any_cohort(client, catalog, other_institution, staff):
    coordinator = UserFactory()
    coordinator.groups.add(Group.objects.get(name="Coordination"))
    other_cohort = CohortFactory(course=build_course(other_institution, modules=1, lessons_per_module=1))
    client.force_login(coordinator)
    url = reverse("cohortes:bulk_enrol", args=[other_cohort.pk])
    response = client.post(url, {"file": upload((HEADER + "y@example.org,Y Z,Lima,PE\n").encode())})
    assert response.status_code == 200
    assert Enrollment.objects.filter(cohort=other_cohort, user__email="y@example.org").exists()


def test_invitations_are_sent_by_a_task_not_in_the_request(cohort, staff, django_capture_on_commit_callbacks):
    from celery.signals import task_prerun

    ran = []

    def record(sender=None, **kwargs):
        ran.append(sender.name)

    task_prerun.connect(record)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            bulk_enrol(cohort, rows_from(HEADER + "eva@example.org,Eva Rojas,Salta,AR\n"), by=staff)
    finally:
        task_prerun.disconnect(record)
    assert ran == ["capacitacion.tasks.send_notification"] * 2  # enrolment, invitation
    assert len(invitations_to("eva@example.org")) == 1


def test_an_upload_is_logged_by_the_service_whoever_calls_it(cohort, staff):
    """The audit log is written where the change is made, not by the admin view."""
    text = HEADER + "eva@example.org,Eva Rojas,Salta,AR\nno-es-un-correo,Nadie,Salta,AR\n"
    bulk_enrol(cohort, rows_from(text), by=staff)
    entry = ModelLogEntry.objects.get(action=BULK_ENROL_ACTION)
    assert (entry.object_id, entry.user, entry.data) == (
        str(cohort.pk),
        staff,
        {"rows": 2, "applied": 1, "failed": 1},
    )
