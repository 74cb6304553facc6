"""item_access() reads the course, its modules and its items from the cache (one
copy per content generation): a change editors make must show at once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from capacitacion.access import _course_structure, item_access
from cursos.models import LessonPage, ModulePage
from cursos.tests.factories import LessonPageFactory


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def test_second_access_reads_the_structure_from_the_cache(course, student):
    first = lessons_of(course)[0]
    item_access(student, first)
    with CaptureQueriesContext(connection) as warm:
        access = item_access(student, first)
    assert access.allowed
    sql = " ".join(query["sql"] for query in warm.captured_queries)
    assert "cursos_modulepage" not in sql and "cursos_coursepage" not in sql


def test_unpublished_lesson_leaves_the_items_at_once(course, student):
    first, second = lessons_of(course)[:2]
    assert second.pk in {item.pk for item in item_access(student, first).course_items}
    second.unpublish()
    assert second.pk not in {item.pk for item in item_access(student, first).course_items}


def test_new_lesson_and_renamed_course_show_at_once(course, student):
    first = lessons_of(course)[0]
    item_access(student, first)
    module = ModulePage.objects.child_of(course).order_by("path").first()
    added = LessonPageFactory(parent=module)
    course.title = "Curso renombrado"
    course.save_revision().publish()
    access = item_access(student, first)
    assert added.pk in {item.pk for item in access.course_items}
    assert access.course.title == "Curso renombrado"


def test_unpublished_module_leaves_the_modules_at_once(course, student):
    first = lessons_of(course)[0]
    item_access(student, first)
    last_module = ModulePage.objects.child_of(course).order_by("path").last()
    last_module.unpublish()
    _course, modules, _items = _course_structure(course.path)
    assert last_module.pk not in {module.pk for module in modules}
