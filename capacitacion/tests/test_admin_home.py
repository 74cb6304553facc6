"""The editor's admin home (capacitacion/admin/home.py): their courses and drafts,
their pages in review, the essays waiting and the cohorts that start soon."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from capacitacion.admin.home import (
    PANEL_ROWS,
    AwaitingReviewPanel,
    EssaysToGradePanel,
    MyCoursesPanel,
    UpcomingCohortsPanel,
)
from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import CohortFactory, learner, submit_with_essay, with_essay
from cursos.models import QuizPage
from cursos.tests.factories import CoursePageFactory, build_course

pytestmark = pytest.mark.django_db


def soon(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def essay_quiz(course):
    return with_essay(QuizPage.objects.descendant_of(course).order_by("path").first())


def grow(institution, editor, course, quiz, size: int) -> None:
    """`size` more of everything the panels list: draft courses submitted for
    review, cohorts starting in three days, and essays waiting for a grade."""
    for number in range(size):
        draft = CoursePageFactory(parent=institution, title=f"Borrador {number}")
        draft.save_revision(user=editor)
        draft.get_workflow().start(draft, editor)
        CohortFactory(course=draft, name=f"Cohorte {number}", starts_on=soon(3))
        student = learner()
        enroll(user=student, course=course)
        submit_with_essay(student, quiz)


def test_the_editor_home_shows_their_own_work(
    client, institution, other_institution, course, editor, essay_quiz
):
    draft = CoursePageFactory(parent=institution, title="Alertas tempranas (borrador)", live=False)
    draft.save_revision(user=editor)
    course.save_revision(user=editor)
    course.get_workflow().start(course, editor)
    build_course(other_institution, modules=1, lessons_per_module=1, title="Curso de otra institución")
    student = learner(full_name="Lucía Fernández")
    enroll(user=student, course=course)
    attempt = submit_with_essay(student, essay_quiz)
    CohortFactory(course=course, name="Cohorte de diciembre", starts_on=soon(5), capacity=30)
    CohortFactory(course=course, name="Cohorte lejana", starts_on=soon(20))
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_home")).text

    for heading in (
        "Mis cursos y borradores",
        "Esperando revisión",
        "Desarrollos por corregir",
        "Cohortes que empiezan en las próximas dos semanas",
    ):
        assert heading in html
    assert "Alertas tempranas (borrador)" in html and "Borrador" in html
    assert "Curso de otra institución" not in html
    assert "En «Aprobación de la Coordinación»" in html
    assert "1 intento espera corrección" in html
    assert reverse("correccion:grade", args=[attempt.pk]) in html
    assert reverse("correccion:index") in html
    assert "Lucía Fernández" in html
    assert "Cohorte de diciembre" in html and "0 de 30 plazas" in html
    assert "Cohorte lejana" not in html
    # Wagtail's own panel of the same pages in a workflow gives way to ours.
    assert "Your pages and snippets in a workflow" not in html
    assert 'id="objects-in-workflow"' not in html


def test_the_panels_say_when_there_is_nothing(client, institution, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).text
    assert "Tu institución todavía no tiene cursos." in html
    assert "No tienes páginas esperando revisión." in html
    assert "0 intentos esperan corrección" in html
    assert "Ninguna cohorte empieza en los próximos 14 días." in html
    # No link to a grading queue that has nothing (and, without courses, is refused).
    assert reverse("correccion:index") not in html.split('id="essays-to-grade')[1].split("</section>")[0]


def test_an_editor_of_another_institution_sees_none_of_it(client, course, other_editor, essay_quiz):
    student = learner()
    enroll(user=student, course=course)
    submit_with_essay(student, essay_quiz)
    CohortFactory(course=course, name="Cohorte de diciembre", starts_on=soon(5))
    client.force_login(other_editor)

    html = client.get(reverse("wagtailadmin_home")).text

    assert "Mis cursos y borradores" in html
    assert course.title not in html
    assert "0 intentos esperan corrección" in html
    assert "Cohorte de diciembre" not in html


def test_someone_who_manages_no_course_gets_no_editor_panels(client, catalog):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).text
    assert "Mis cursos y borradores" not in html


QUERIES = {MyCoursesPanel: 4, AwaitingReviewPanel: 2, EssaysToGradePanel: 4, UpcomingCohortsPanel: 3}


@pytest.mark.parametrize("panel_class", list(QUERIES), ids=lambda panel: panel.name)
@pytest.mark.parametrize("size", [1, PANEL_ROWS + 2])
def test_each_panel_costs_the_same_queries_whatever_the_data(
    django_assert_num_queries, institution, editor, course, essay_quiz, panel_class, size
):
    grow(institution, editor, course, essay_quiz, size)
    panel = panel_class(get_user_model().objects.get(pk=editor.pk))  # no permissions cached

    with django_assert_num_queries(QUERIES[panel_class]):
        html = panel.render_html({})

    listed = size + 1 if panel_class is MyCoursesPanel else size  # the fixture course too
    assert html.count("<tr") == 1 + min(listed, PANEL_ROWS)  # a header row, then the rows


def new_course_urls(html: str) -> list[str]:
    return re.findall(r'href="(/admin/pages/add/cursos/coursepage/\d+/)"', html)


def test_an_editor_starts_a_new_course_from_home_at_their_institution(client, institution, course, editor):
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_home")).text

    add_url = reverse("wagtailadmin_pages:add", args=["cursos", "coursepage", institution.pk])
    assert new_course_urls(html) == [add_url]
    assert ">Nuevo curso</a>" in html.replace("\n", "")
    assert client.get(add_url).status_code == 200


def test_coordination_gets_one_new_course_link_per_institution(client, institution, other_institution):
    from django.contrib.auth.models import Group

    from capacitacion.tests.factories import member_of
    from cursos.services import COORDINATION_GROUP

    client.force_login(member_of(Group.objects.get(name=COORDINATION_GROUP)))

    html = client.get(reverse("wagtailadmin_home")).text

    institutions = sorted([institution, other_institution], key=lambda item: item.title)
    assert new_course_urls(html) == [
        reverse("wagtailadmin_pages:add", args=["cursos", "coursepage", item.pk]) for item in institutions
    ]
    assert f"Nuevo curso en {institution.title}" in html
