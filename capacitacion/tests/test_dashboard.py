"""The learner dashboard shows each course in the state it is in: in progress (with
the next step that makes sense), waiting for a grader, completed with its
certificate, withdrawn; and says once, on the first visit after, that a course was
completed."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from capacitacion.models import AttemptStatus, CertificateStatus, EnrollmentStatus, QuizResult
from capacitacion.services.enrollment import enroll, withdraw
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import CertificateFactory, learner, submit_with_essay, with_essay
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db

DASHBOARD = "/mi-aprendizaje/"


def finish(course, user):
    """Do everything the course requires; the enrolment ends completed."""
    enrollment = enroll(user=user, course=course).enrollment
    for quiz in QuizPage.objects.descendant_of(course):
        QuizResult.objects.create(enrollment=enrollment, quiz=quiz, score_percent=Decimal("100"), passed=True)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        record_lesson_done(user=user, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    return enrollment


def page(client, user) -> str:
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, title_id: str) -> str:
    """The HTML of the dashboard section labelled by `title_id`."""
    return html.split(f'aria-labelledby="{title_id}"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def short_course(institution):
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")


def test_a_learner_with_no_enrolment_sees_a_true_empty_state(client):
    html = page(client, learner())
    assert "Todavía no te inscribiste en ningún curso" in html
    assert "Cursos completados" not in html


def test_the_only_course_completed_shows_as_completed_with_its_certificate(client, short_course):
    user = learner()
    enrollment = finish(short_course, user)
    certificate = CertificateFactory(enrollment=enrollment, pdf="certificados/prueba.pdf")

    html = page(client, user)

    assert "Todavía no empezaste ningún curso" not in html
    assert "Todavía no te inscribiste" not in html
    finished = section(html, "finished-title")
    assert "Comunicación de riesgos" in finished and "Completado" in finished
    assert certificate.code in finished
    assert reverse("capacitacion:certificate_pdf", args=[certificate.uuid]) in finished
    # Nothing to continue, and no way to leave a course already completed.
    assert "Continuar" not in html
    assert reverse("capacitacion:withdraw_confirm", args=[enrollment.pk]) not in html


def test_the_completion_is_announced_once(client, short_course):
    user = learner()
    enrollment = finish(short_course, user)
    certificate = CertificateFactory(enrollment=enrollment, pdf="certificados/prueba.pdf")

    first = page(client, user)
    assert "¡Completaste «Comunicación de riesgos»!" in first
    moment = first.split('class="completion-moment"', 1)[1].split("</section>", 1)[0]
    assert reverse("capacitacion:certificate_pdf", args=[certificate.uuid]) in moment

    second = page(client, user)
    assert "¡Completaste" not in second
    assert certificate.code in second  # still listed among the completed courses


def test_completing_again_after_a_reopening_is_announced_again(client, short_course):
    user = learner()
    enrollment = finish(short_course, user)
    page(client, user)
    enrollment.status, enrollment.completed_at = EnrollmentStatus.ACTIVE, None
    enrollment.save()
    from capacitacion.services.progress import evaluate_completion

    assert evaluate_completion(enrollment)
    assert "¡Completaste «Comunicación de riesgos»!" in page(client, user)


def test_a_revoked_certificate_offers_no_pdf(client, short_course):
    user = learner()
    enrollment = finish(short_course, user)
    certificate = CertificateFactory(
        enrollment=enrollment,
        pdf="certificados/prueba.pdf",
        status=CertificateStatus.REVOKED,
        revoked_at=timezone.now(),
    )
    enrollment.completion_seen_at = timezone.now()
    enrollment.save()

    html = page(client, user)

    assert reverse("capacitacion:certificate_pdf", args=[certificate.uuid]) not in html
    assert "Descargar PDF" not in html
    assert "Certificado revocado" in html
    assert "Agregar a LinkedIn" not in html


def test_a_completion_moment_of_a_revoked_certificate_offers_no_pdf(client, short_course):
    user = learner()
    enrollment = finish(short_course, user)
    certificate = CertificateFactory(
        enrollment=enrollment,
        pdf="certificados/prueba.pdf",
        status=CertificateStatus.REVOKED,
        revoked_at=timezone.now(),
    )
    assert reverse("capacitacion:certificate_pdf", args=[certificate.uuid]) not in page(client, user)


def test_with_only_an_essay_waiting_the_course_waits_for_grading(client, short_course):
    user = learner()
    enroll(user=user, course=short_course)
    record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(short_course).get())
    quiz = with_essay(QuizPage.objects.descendant_of(short_course).get())
    attempt = submit_with_essay(user, quiz)
    assert attempt.status == AttemptStatus.NEEDS_GRADING

    html = page(client, user)

    studying = section(html, "studying-title")
    assert "Esperando corrección" in studying
    assert "Continuar" not in studying
    assert "Intentar de nuevo" not in html
    assert f'href="{quiz.url}"' not in studying


def test_with_an_essay_waiting_continuar_goes_past_it(client, institution):
    course = build_course(institution, modules=2, lessons_per_module=1, title="Dos módulos")
    user = learner()
    enroll(user=user, course=course)
    first_lesson, second_lesson = LessonPage.objects.descendant_of(course).order_by("path")
    record_lesson_done(user=user, lesson=first_lesson)
    first_quiz = with_essay(QuizPage.objects.descendant_of(course).order_by("path").first())
    submit_with_essay(user, first_quiz)

    studying = section(page(client, user), "studying-title")

    assert "En curso" in studying
    assert f'href="{second_lesson.url}"' in studying
    assert f'href="{first_quiz.url}"' not in studying
    assert "espera corrección" in studying


def test_a_withdrawn_course_offers_to_enrol_again(client, short_course):
    user = learner()
    enrollment = enroll(user=user, course=short_course).enrollment
    withdraw(enrollment)

    html = page(client, user)

    withdrawn = section(html, "withdrawn-title")
    assert "Comunicación de riesgos" in withdrawn and "Volver a inscribirme" in withdrawn
    assert f'href="{short_course.url}"' in withdrawn
    assert "Todavía no te inscribiste" not in html


# Leaving a course: a confirmation page first.


def test_the_dashboard_links_to_the_confirmation_not_a_one_click_form(client, short_course):
    user = learner()
    enrollment = enroll(user=user, course=short_course).enrollment
    html = page(client, user)
    assert reverse("capacitacion:withdraw_confirm", args=[enrollment.pk]) in html
    assert f'action="{reverse("capacitacion:withdraw", args=[enrollment.pk])}"' not in html


def test_the_confirmation_page_withdraws_nothing_and_says_what_is_kept(client, short_course):
    user = learner()
    enrollment = enroll(user=user, course=short_course).enrollment
    record_lesson_done(user=user, lesson=LessonPage.objects.descendant_of(short_course).get())
    client.force_login(user)

    response = client.get(reverse("capacitacion:withdraw_confirm", args=[enrollment.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Guardamos tu avance: 50&nbsp;% del curso (1 lección completada)." in html
    assert f'action="{reverse("capacitacion:withdraw", args=[enrollment.pk])}"' in html
    assert 'class="button button-danger"' in html
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE


def test_posting_the_confirmation_withdraws(client, short_course):
    user = learner()
    enrollment = enroll(user=user, course=short_course).enrollment
    client.force_login(user)

    response = client.post(reverse("capacitacion:withdraw", args=[enrollment.pk]))

    assert (response.status_code, response["Location"]) == (302, reverse("capacitacion:dashboard"))
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.WITHDRAWN


def test_nobody_else_sees_my_confirmation_page(client, short_course):
    enrollment = enroll(user=learner(), course=short_course).enrollment
    client.force_login(learner())
    assert client.get(reverse("capacitacion:withdraw_confirm", args=[enrollment.pk])).status_code == 404


def test_the_account_deletion_form_is_destructive_and_labels_no_field_optional(client):
    user = learner()
    user.set_password("una-clave-larga-2026")
    user.save()
    client.force_login(user)
    html = client.get(reverse("capacitacion:delete_account")).content.decode()
    assert "opcional" not in html
    assert 'class="button button-danger"' in html
    assert "required" in html.split('name="password"', 1)[1].split(">", 1)[0]
