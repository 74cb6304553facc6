from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from home.demo import DEMO_ADMIN
from home.models import HomePage

pytestmark = pytest.mark.django_db


def run_seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_is_idempotent_and_replaces_welcome_page():
    run_seed()
    run_seed()
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert HomePage.objects.count() == 1
    assert Site.objects.count() == 1
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page_id).exists()
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"es", "pt-br", "en"}


def test_seed_demo_prints_logins_that_work(client):
    output = run_seed()
    assert f"{DEMO_ADMIN['username']} / {DEMO_ADMIN['password']}" in output
    response = client.post(
        "/admin/login/",
        {"username": DEMO_ADMIN["username"], "password": DEMO_ADMIN["password"]},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_seed_demo_refuses_when_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="producción"):
        run_seed()


def test_seed_demo_builds_both_programmes_with_every_question_type(client):
    from cursos.models import CoursePage, LessonPage, ModulePage, QuizPage

    run_seed()
    courses = {course.slug: course for course in CoursePage.objects.live()}
    assert set(courses) == {"comunicacion-de-riesgos", "formulacion-de-proyectos"}
    for course in courses.values():
        modules = ModulePage.objects.live().child_of(course)
        assert modules.count() >= 3
        for module in modules:
            assert LessonPage.objects.live().child_of(module).count() >= 2
            [quiz] = QuizPage.objects.live().child_of(module)
            assert len(quiz.questions) >= 5
    question_types = {block.block_type for quiz in QuizPage.objects.all() for block in quiz.questions}
    assert question_types == {
        "single_choice",
        "multiple_choice",
        "true_false",
        "numeric",
        "short_text",
        "matching",
        "ordering",
        "essay",
    }
    catalog = client.get("/cursos/?q=Sendai").content.decode()
    assert "Comunicación de riesgos para periodistas y comunicadores" in catalog
    assert "Formulación de proyectos" not in catalog
