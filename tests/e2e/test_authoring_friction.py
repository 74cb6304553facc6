"""Authoring friction in the Wagtail admin, as an editor meets it: a new page saved right
after typing is created once; an answer option takes little room."""

import pytest
from playwright.sync_api import Page, expect

from cursos.tests.factories import CoursePageFactory, ModulePageFactory
from tests.e2e.test_course_authoring import EDIT_URL, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Wagtail's unsaved-changes watcher takes the form's initial state two seconds after the
# page loads and then announces each edit ("w-unsaved:add"), which is what starts an
# autosave when autosave is on. Both moments are marked on <html> for the test to wait on.
WATCH_EDITS = """
document.addEventListener('w-unsaved:watch-edits',
  () => document.documentElement.setAttribute('data-watching-edits', ''));
document.addEventListener('w-unsaved:add',
  () => document.documentElement.setAttribute('data-has-edits', ''));
"""


@pytest.fixture
def module(catalog):
    course = CoursePageFactory(parent=catalog.urp, title="Curso de prueba")
    return ModulePageFactory(parent=course, title="Módulo de prueba")


def test_a_new_lesson_saved_right_after_typing_is_created_once(page: Page, catalog, people, module):
    """With Wagtail's autosave on, the edit below started a background "create" and the
    click posted the create form a second time: "Algo salió mal" (the slug was taken
    between the form check and the save) or the slug error on the Promote tab."""
    from cursos.models import LessonPage

    page.add_init_script(WATCH_EDITS)
    log_in(page, people.urp_editor.email, people.password)
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    add_url = f"/admin/pages/add/cursos/lessonpage/{module.pk}/"
    page.goto(add_url)
    form = page.locator("form#page-edit-form")
    expect(form).not_to_have_attribute("data-controller", "w-unsaved w-autosave")
    expect(page.locator("html[data-watching-edits]")).to_have_count(1)
    page.locator("#id_title").press_sequentially("Lección guardada enseguida")
    expect(page.locator("html[data-has-edits]")).to_have_count(1)  # an autosave would start now
    page.get_by_role("button", name="Guardar borrador").click()
    page.wait_for_url(EDIT_URL)
    expect(page.get_by_text("Página 'Lección guardada enseguida' creada.")).to_be_visible()
    assert [url for url in posts if url.endswith(add_url)] == [page.url.split("/admin/")[0] + add_url]
    assert LessonPage.objects.child_of(module).count() == 1
