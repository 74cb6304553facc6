"""Through the admin in Chromium: the editor sends a 4-page draft course to review in
one action, the Coordination approves it from its dashboard in one review, and every
page is live. Counts the clicks each side takes."""

import re

import pytest
from playwright.sync_api import Page, expect

from cursos.services import REVIEW_WORKFLOW
from cursos.tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory, QuizPageFactory
from cursos.tests.test_course_review import add_draft

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE = "Alerta temprana comunitaria"


class Clicks:
    def __init__(self):
        self.count = 0

    def click(self, locator):
        locator.click()
        self.count += 1


def log_in(tab: Page, email: str, password: str) -> None:
    tab.goto("/admin/")
    tab.wait_for_url("**/cuentas/login/?next=/admin/")
    tab.locator("#id_login").fill(email)
    tab.locator("#id_password").fill(password)
    tab.get_by_role("main").get_by_role("button", name="Iniciar sesión").click()
    tab.wait_for_url("**/admin/")


def test_the_editor_submits_a_course_once_and_the_coordination_publishes_it_in_one_review(
    page: Page,
    catalog,
    people,
):
    from wagtail.models import Page as WagtailPage

    editor = people.urp_editor
    course = add_draft(catalog.urp, CoursePageFactory, editor, title=COURSE)
    module = add_draft(course, ModulePageFactory, editor, title="Sistemas de alerta")
    add_draft(module, LessonPageFactory, editor, title="Quién avisa y cómo")
    add_draft(module, QuizPageFactory, editor, title="Cuestionario de alertas")

    log_in(page, editor.email, people.password)
    page.goto(f"/admin/pages/{course.pk}/edit/")
    submit = Clicks()
    submit.click(page.get_by_role("button", name="Más acciones"))
    submit.click(page.get_by_role("button", name=f"Enviar a {REVIEW_WORKFLOW}"))
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    page.get_by_role("button", name=editor.first_name, exact=True).click()
    page.get_by_role("button", name="Cerrar sesión").click()
    page.wait_for_url("**/cuentas/login/**")

    log_in(page, people.coordinator.email, people.password)
    approve = Clicks()
    review = page.locator("#awaiting-review-section")
    expect(review.get_by_role("row")).to_have_count(2)  # the header and one row: the course
    row = review.get_by_role("row").filter(has_text=COURSE)
    expect(row).to_contain_text("El curso completo (4 páginas)")
    approve.click(row.get_by_role("link", name="Revisar"))
    expect(page.get_by_role("link", name="Vista previa")).to_have_count(4)
    approve.click(page.get_by_role("button", name="Aprobar y publicar las 4 páginas"))
    page.wait_for_url("**/admin/")

    pages = WagtailPage.objects.descendant_of(course, inclusive=True)
    assert pages.count() == 4
    assert all(item.live and not item.has_unpublished_changes for item in pages)
    print(f"\nclicks: submit {submit.count}, approve {approve.count}")
    assert (submit.count, approve.count) == (2, 2)
