import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from home.demo import DEMO_ADMIN
from home.models import HomePage, StandardPage

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
    # The Spanish home page and its Portuguese and English translations, nothing else at the top.
    homes = HomePage.objects.order_by("locale__language_code")
    assert [home.locale.language_code for home in homes] == ["en", "es", "pt-br"]
    assert {home.translation_key for home in homes} == {site.root_page.translation_key}
    assert Site.objects.count() == 1
    assert not Page.objects.filter(depth=2).exclude(translation_key=site.root_page.translation_key).exists()
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"es", "pt-br", "en"}


def test_seed_demo_prints_logins_that_work(client, settings):
    output = run_seed()
    assert f"{DEMO_ADMIN['email']} / {DEMO_ADMIN['password']}" in output
    # Every staff login printed gets into the admin through allauth, even when
    # verification is mandatory (as in production).
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    logins = re.findall(r"^  .+? (\S+@\S+) / (\S+)$", output, re.MULTILINE)
    assert len(logins) == 5
    for email, password in logins:
        if email.startswith("estudiante@"):
            continue
        client.logout()
        response = client.post("/cuentas/login/?next=/admin/", {"login": email, "password": password})
        assert response.status_code == 302, email
        assert response["Location"] == "/admin/"
        assert client.get("/admin/").status_code == 200, email


def test_seed_demo_refuses_when_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="producción"):
        run_seed()


def test_seed_demo_builds_both_programmes_with_every_question_type(client):
    from cursos.models import CoursePage, LessonPage, ModulePage, QuizPage

    run_seed()
    courses = {course.slug: course for course in CoursePage.objects.live()}
    assert set(courses) == {"comunicacion-de-riesgos", "formulacion-de-proyectos", "formulacao-de-projetos"}
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


def test_seed_demo_translates_the_cooperation_course_into_portuguese(client):
    from cursos.demo.loader import load_course
    from cursos.models import CoursePage

    cooperacion, cooperacao = load_course("formulacion-de-proyectos"), load_course("formulacao-de-projetos")
    run_seed()
    spanish = CoursePage.objects.get(slug="formulacion-de-proyectos")
    portuguese = CoursePage.objects.get(slug="formulacao-de-projetos")

    assert portuguese.translation_key == spanish.translation_key
    assert (portuguese.locale.language_code, portuguese.language) == ("pt-br", "pt-br")
    originals = list(spanish.get_descendants().order_by("path"))
    translations = list(portuguese.get_descendants().order_by("path"))
    assert len(originals) == len(translations) > 10
    pairs = zip(originals, translations, strict=True)
    for original, translation in pairs:
        assert translation.translation_key == original.translation_key
        assert translation.title != original.title
        assert translation.live
    assert len(cooperacao["modules"]) == len(cooperacion["modules"])

    response = client.get(portuguese.url)
    assert portuguese.url.startswith("/pt/cursos/")
    assert response.status_code == 200
    assert '<html lang="pt-br">' in response.content.decode()
    assert cooperacao["title"] in response.content.decode()
    catalog = client.get("/pt/cursos/").content.decode()
    assert catalog.index(cooperacao["title"]) < catalog.index(cooperacion["title"])


def test_seed_demo_publishes_the_terms_and_the_privacy_notice_at_stable_urls(client, settings):
    run_seed()
    run_seed()  # idempotent: one page each, in each language
    for url, spanish, portuguese, english in (
        ("/terminos/", "Términos de uso", "Termos de uso", "Terms of use"),
        ("/privacidad/", "Aviso de privacidad", "Aviso de privacidade", "Privacy notice"),
    ):
        assert spanish in client.get(url).content.decode()
        assert portuguese in client.get(f"/pt{url}").content.decode()
        assert english in client.get(f"/en{url}").content.decode()
    assert settings.CONTACT_EMAIL in client.get("/privacidad/").content.decode()
    assert StandardPage.objects.filter(slug="terminos").count() == 3
