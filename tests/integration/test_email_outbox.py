"""The email outbox against a broker outage, on PostgreSQL with a real worker.

With the broker unreachable, a learner enrols, another is waitlisted and then
promoted when the first withdraws, an editor grades an essay and bulk-enrols a new
person. Every request answers as usual, each email is recorded, and once the broker
is back the sweep sends each of them exactly once, however often it runs."""

from email import message_from_string, policy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from capacitacion.models import Enrollment, EnrollmentStatus, Notification
from capacitacion.tasks import send_pending_notifications
from capacitacion.tests.factories import (
    CohortFactory,
    essay_id,
    learner,
    member_of,
    submit_with_essay,
    with_essay,
)
from cursos.models import QuizPage
from cursos.tests.factories import build_course
from tests.broker import broker_down

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

SWEPT = "done:capacitacion.tasks.send_pending_notifications:SUCCESS"


def sent(worker) -> list[tuple[str, str]]:
    """(recipient, subject) of every email the worker sent, sorted."""
    messages = [message_from_string(text.strip(), policy=policy.default) for text in worker.emails()]
    return sorted((str(m["To"]), " ".join(str(m["Subject"]).split())) for m in messages)


def test_a_broker_outage_loses_no_email_and_the_sweep_sends_each_once(killable_worker, client, institution):
    course = build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")
    small = CohortFactory(course=course, name="Cohorte de marzo", capacity=1, waitlist_enabled=True)
    open_cohort = CohortFactory(course=course, name="Cohorte abierta")
    quiz = with_essay(QuizPage.objects.descendant_of(course).get())
    ana = learner(full_name="Ana Paredes", user__email="ana@example.org")
    beto = learner(full_name="Beto Quispe", user__email="beto@example.org")
    institution.refresh_from_db()
    editor = member_of(institution.editors_group)
    enroll_url = reverse("capacitacion:enroll", args=[course.pk])

    with broker_down():
        client.force_login(ana)
        assert client.post(enroll_url, {"cohort": small.pk}).status_code == 302
        client.force_login(beto)
        assert client.post(enroll_url, {"cohort": small.pk}).status_code == 302
        attempt = submit_with_essay(ana, quiz)

        client.force_login(editor)
        graded = client.post(
            reverse("correccion:grade", args=[attempt.pk]),
            {f"points-{essay_id(attempt)}": "2", f"comment-{essay_id(attempt)}": "Muy bien."},
        )
        assert graded.status_code == 302
        csv = b"email,full name,city,country\ncarla@example.org,Carla Rojas,Cusco,PE\n"
        upload = SimpleUploadedFile("personas.csv", csv, content_type="text/csv")
        bulk = client.post(reverse("cohortes:bulk_enrol", args=[open_cohort.pk]), {"file": upload})
        assert bulk.status_code == 200
        assert "Se aplicó 1 fila de 1." in bulk.content.decode()

        client.force_login(ana)
        ana_enrollment = Enrollment.objects.get(user=ana)
        assert client.post(reverse("capacitacion:withdraw", args=[ana_enrollment.pk])).status_code == 302

    assert Enrollment.objects.get(user=beto).status == EnrollmentStatus.ACTIVE  # promoted
    assert Notification.objects.filter(sent_at__isnull=True).count() == 6

    killable_worker.start()
    killable_worker.send(send_pending_notifications)
    killable_worker.expect(SWEPT)
    expected = sorted(
        [
            ("ana@example.org", "[Aula] Inscripción confirmada: Comunicación de riesgos"),
            ("ana@example.org", f"[Aula] Cuestionario calificado: {quiz.title}"),
            ("beto@example.org", "[Aula] En lista de espera: Comunicación de riesgos"),
            ("beto@example.org", "[Aula] Tienes una plaza: Comunicación de riesgos"),
            ("carla@example.org", "[Aula] Inscripción confirmada: Comunicación de riesgos"),
            ("carla@example.org", "[Aula] Te inscribimos en «Comunicación de riesgos»"),
        ]
    )
    assert sent(killable_worker) == expected
    assert not Notification.objects.filter(sent_at__isnull=True).exists()

    # The next sweep (or a late task for the same rows) sends nothing again.
    killable_worker.send(send_pending_notifications)
    killable_worker.expect(SWEPT)
    assert sent(killable_worker) == expected
