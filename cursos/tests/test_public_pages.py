import json

import pytest

from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SECRETS = ["RETRO-GENERAL-SECRETA", "RETRO-OPCION-CORRECTA", "RETRO-OPCION-MAL", "RESPUESTA-ACEPTADA-SECRETA"]


@pytest.fixture
def courses(institution, other_institution):
    riesgos = CoursePageFactory(
        parent=institution,
        title="Comunicación de riesgos",
        summary="Cómo informar antes, durante y después de una emergencia.",
        audience="journalists",
        language="es",
    )
    riesgos.tags.add("alertas", "ética")
    riesgos.save()
    cooperacion = CoursePageFactory(
        parent=other_institution,
        title="Formulación de proyectos",
        summary="Marco lógico, presupuesto y fuentes de financiamiento.",
        audience="municipal",
        language="es",
    )
    cooperacion.tags.add("marco lógico")
    cooperacion.save()
    portugues = CoursePageFactory(
        parent=other_institution,
        title="Cooperação Sul-Sul",
        summary="Intercâmbio entre cidades.",
        audience="municipal",
        language="pt-br",
    )
    return {"riesgos": riesgos, "cooperacion": cooperacion, "portugues": portugues}


def titles(response) -> list[str]:
    return [course.title for course in response.context["courses_page"].object_list]


def test_catalog_lists_live_courses_with_their_cards(client, catalog, courses):
    response = client.get("/cursos/")
    assert response.status_code == 200
    # Courses in the interface language first, then the others.
    assert titles(response) == ["Comunicación de riesgos", "Formulación de proyectos", "Cooperação Sul-Sul"]
    html = response.content.decode()
    assert "Universidad Regional del Plata" in html
    assert "Periodistas y comunicadores" in html
    assert "6 horas" in html
    assert "alertas" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("publico=municipal", ["Formulación de proyectos", "Cooperação Sul-Sul"]),
        ("publico=municipal&idioma=pt-br", ["Cooperação Sul-Sul"]),
        ("institucion=urp", ["Comunicación de riesgos"]),
        ("institucion=andina&idioma=es", ["Formulación de proyectos"]),
        ("etiqueta=alertas", ["Comunicación de riesgos"]),
        ("etiqueta=alertas&publico=municipal", []),
        ("q=emergencia", ["Comunicación de riesgos"]),
        ("q=presupuesto&publico=municipal", ["Formulación de proyectos"]),
        ("q=presupuesto&institucion=urp", []),
        ("institucion=no-existe", []),
        ("publico=<script>", ["Comunicación de riesgos", "Formulación de proyectos", "Cooperação Sul-Sul"]),
    ],
)
def test_catalog_filters_combine(client, catalog, courses, query, expected):
    response = client.get(f"/cursos/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_catalog_paginates_and_keeps_filters(client, catalog, institution):
    for number in range(14):
        CoursePageFactory(parent=institution, title=f"Curso {number:02d}", audience="public")
    first = client.get("/cursos/?publico=public")
    assert len(titles(first)) == 12
    assert 'href="?publico=public&amp;pagina=2"' in first.content.decode()
    second = client.get("/cursos/?publico=public&pagina=2")
    assert titles(second) == ["Curso 12", "Curso 13"]
    assert client.get("/cursos/?pagina=no-es-numero").status_code == 200


def test_catalog_hides_drafts(client, catalog, institution):
    draft = CoursePageFactory(parent=institution, title="Borrador", live=False)
    assert "Borrador" not in client.get("/cursos/").content.decode()
    assert client.get(draft.url or "/cursos/urp/borrador/").status_code == 404


def test_institution_page_lists_its_courses(client, courses, institution):
    response = client.get(institution.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Comunicación de riesgos" in html
    assert "Formulación de proyectos" not in html


def test_course_page_shows_outline_in_tree_order(client, institution):
    course = CoursePageFactory(parent=institution, title="Curso con programa")
    first = ModulePageFactory(parent=course, title="Módulo uno")
    LessonPageFactory(parent=first, title="Conceptos", estimated_minutes=15)
    ModulePageFactory(parent=course, title="Módulo dos")
    html = client.get(course.url).content.decode()
    assert html.index("Módulo uno") < html.index("Conceptos") < html.index("Módulo dos")
    assert "15 minutos" in html


def enrol_client(client, course):
    from capacitacion.services.enrollment import enroll
    from capacitacion.tests.factories import learner

    user = learner()
    enroll(user=user, course=course)
    client.force_login(user)


def test_lesson_page_links_previous_and_next_across_modules(client, institution):
    course = build_course(institution, modules=2, lessons_per_module=1)
    enrol_client(client, course)
    first_module, second_module = course.get_children().specific()
    lesson = first_module.get_children().first().specific
    quiz = first_module.get_children().last().specific
    next_lesson = second_module.get_children().first().specific
    html = client.get(lesson.url).content.decode()
    assert "Contenido de la lección." in html
    assert f'href="{quiz.url}" rel="next"' in html
    html = client.get(quiz.url).content.decode()
    assert f'href="{lesson.url}" rel="prev"' in html
    assert f'href="{next_lesson.url}" rel="next"' in html


def test_quiz_page_never_contains_correctness_data(client, institution):
    """Staff preview the questions; learners see the quiz's rules (the questions come
    with an attempt, see capacitacion/tests/test_quizzes.py). Neither shows answers."""
    course = build_course(institution)
    quiz = QuizPage.objects.descendant_of(course).get()
    institution.refresh_from_db()
    editor = UserFactory()
    editor.groups.add(institution.editors_group)
    client.force_login(editor)
    preview = client.get(quiz.url).content.decode()
    assert "¿Qué organismo emite las alertas oficiales?" in preview
    assert "Defensa Civil" in preview
    enrol_client(client, course)
    learner_page = client.get(quiz.url).content.decode()
    assert "Comenzar" in learner_page
    for html in (preview, learner_page):
        for secret in SECRETS:
            assert secret not in html
        assert '"correct"' not in html and "data-correct" not in html


def test_api_lists_published_courses_only_with_catalog_fields(client, courses, institution):
    build_course(institution, title="Curso con cuestionario")
    response = client.get("/api/v2/pages/?fields=*")
    assert response.status_code == 200
    data = response.json()
    listed = {item["title"]: item for item in data["items"]}
    assert set(listed) == {
        "Comunicación de riesgos",
        "Formulación de proyectos",
        "Cooperação Sul-Sul",
        "Curso con cuestionario",
    }
    riesgos = listed["Comunicación de riesgos"]
    assert riesgos["institution"] == "Universidad Regional del Plata"
    assert riesgos["tag_names"] == ["alertas", "ética"]
    assert riesgos["audience"] == "journalists"
    assert riesgos["language"] == "es"
    assert riesgos["estimated_hours"] == 6
    assert riesgos["public_url"].endswith("/cursos/urp/comunicacion-de-riesgos/")
    assert "enrolment_key" not in riesgos


def test_api_exposes_no_quiz_or_lesson(client, institution):
    course = build_course(institution)
    quiz = QuizPage.objects.descendant_of(course).get()
    assert client.get(f"/api/v2/pages/{quiz.pk}/").status_code == 404
    listing = client.get("/api/v2/pages/?type=cursos.QuizPage&fields=*")
    assert listing.status_code == 200
    assert listing.json()["items"] == []
    everything = json.dumps(client.get(f"/api/v2/pages/{course.pk}/?fields=*").json())
    for secret in SECRETS:
        assert secret not in everything


def test_catalog_filters_sit_in_a_filtrar_disclosure_open_while_a_filter_is_on(client, catalog, courses):
    html = client.get("/cursos/").content.decode()
    start = html.index('<details class="catalog-filters-disclosure">')
    disclosure = html[start : html.index("</details>", start)]
    assert "Filtrar" in disclosure
    assert '<form class="catalog-filters"' in disclosure
    assert (
        '<details class="catalog-filters-disclosure" open>'
        in client.get("/cursos/?publico=municipal").content.decode()
    )


def test_no_results_show_the_illustrated_empty_state(client, catalog, courses):
    html = client.get("/cursos/?q=inexistente-zzz").content.decode()
    assert '<div class="empty-state">' in html
    assert '<img src="/static/img/empty-courses.svg" width="240" height="160" alt="">' in html


def test_card_shows_the_learners_progress_only_to_that_learner(client, catalog, courses):
    from capacitacion.services.enrollment import enroll
    from capacitacion.services.progress import record_lesson_done

    course = build_course(
        courses["riesgos"].get_parent(), modules=1, lessons_per_module=2, enrolment_policy="open"
    )
    learner = UserFactory()
    enroll(user=learner, course=course)
    lesson = course.get_descendants().type(LessonPage).first().specific
    record_lesson_done(user=learner, lesson=lesson)

    assert "course-card__progress" not in client.get("/cursos/").content.decode()
    client.force_login(learner)
    html = client.get("/cursos/").content.decode()
    assert html.count("course-card__progress") == 1
    assert 'progress max="100" value="33"' in html or 'progress max="100" value="50"' in html


def test_course_hero_shows_the_institution_logo_and_colour(client, institution):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    institution.logo = Image.objects.create(title="Logo URP", file=get_test_image_file())
    institution.accent = "teal"
    institution.save_revision().publish()
    course = CoursePageFactory(parent=institution)

    html = client.get(course.url).content.decode()

    assert '<header class="course-hero accent-teal">' in html
    assert 'class="course-hero__logo"' in html
    assert '<a href="/cursos/urp/">Universidad Regional del Plata</a>' in html


def test_each_language_has_one_name_in_filter_profile_form_and_switcher(client, catalog, courses):
    from django.conf import settings

    from capacitacion.forms import ProfileForm
    from cursos.models import CourseLanguage

    names = dict(settings.LANGUAGES)
    assert names == {"es": "Español", "pt-br": "Português (Brasil)", "en": "English"}
    assert dict(CourseLanguage.choices) == names
    assert {value: str(label) for value, label in ProfileForm().fields["preferred_language"].choices} == names
    for prefix in ("", "/pt", "/en"):
        html = client.get(f"{prefix}/cursos/").content.decode()
        for code, name in names.items():
            assert f'<option value="{code}">{name}</option>' in html, (prefix, name)
