"""seed_bench writes pages around Wagtail's add_child() and rows around the services
(bench/ only): the tree it computes must be one treebeard accepts, and the site must
serve what it loads."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from capacitacion.models import Certificate, Enrollment, EnrollmentStatus, QuizAttempt
from cursos.models import CoursePage, LessonPage, QuizPage

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_small_dataset_is_a_valid_page_tree(services):
    call_command("seed_bench", "--small", verbosity=0)

    # (bad characters, bad step length, orphans, wrong depth, wrong numchild)
    assert Page.find_problems() == ([], [], [], [], [])
    assert CoursePage.objects.live().count() == 4
    assert LessonPage.objects.live().count() == 24
    course = CoursePage.objects.order_by("path").first()
    assert LessonPage.objects.descendant_of(course).count() == 6
    assert QuizAttempt.objects.exists()
    assert Certificate.objects.count() == 10


def test_every_quiz_has_a_live_revision_with_twenty_questions(services):
    call_command("seed_bench", "--small", verbosity=0)

    for quiz in QuizPage.objects.all():
        assert len(quiz.live_revision.as_object().questions) == 20


def test_the_site_serves_the_dataset(services, client):
    call_command("seed_bench", "--small", verbosity=0)
    course = CoursePage.objects.order_by("path").first()
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    learner = Enrollment.objects.filter(course=course, status=EnrollmentStatus.ACTIVE).first().user
    certificate = Certificate.objects.order_by("pk").first()

    search = client.get("/cursos/?q=alertas")
    course_page = client.get(course.get_url())
    verification = client.get(f"/certificados/verificar/{certificate.code}/")
    client.force_login(learner)
    lesson_page = client.get(lesson.get_url())

    assert search.status_code == 200
    assert "Alertas tempranas 001" in search.content.decode()
    assert course_page.status_code == 200
    assert verification.status_code == 200
    assert certificate.holder_name in verification.content.decode()
    assert lesson_page.status_code == 200
    assert lesson.title in lesson_page.content.decode()
