"""Pages must cost the same number of queries whatever the size of the catalog or
the course: measured at 5 and at 50 courses, modules and lessons."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import LearnerProfileFactory
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import CoursePageFactory, InstitutionPageFactory, LessonPageFactory, build_course

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    """Queries for a page as an enrolled learner would load it."""
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def grow_catalog(client, catalog, size: int) -> dict[str, str]:
    """Add `size` courses over several institutions, and one course with `size`
    modules whose first module has `size` lessons. Returns the URLs to measure."""
    institutions = [InstitutionPageFactory(parent=catalog) for _ in range(max(1, size // 10))]
    for number in range(size):
        course = CoursePageFactory(parent=institutions[number % len(institutions)])
        course.tags.add(f"tema-{number}")
        course.save()
    course = build_course(institutions[0], modules=size, lessons_per_module=1)
    first_module = course.get_children().first()
    learner = LearnerProfileFactory().user
    enroll(user=learner, course=course)
    client.force_login(learner)
    for _ in range(size - 1):
        LessonPageFactory(parent=first_module)
    return {
        "catalog": "/cursos/",
        "catalog search": "/cursos/?q=curso&publico=journalists",
        "course": course.url,
        "lesson": LessonPage.objects.child_of(first_module).first().url,
        "quiz": QuizPage.objects.child_of(first_module).first().url,
    }


def test_query_counts_do_not_grow_with_content(client, catalog):
    small = {page: queries_for(client, url) for page, url in grow_catalog(client, catalog, 5).items()}
    large = {page: queries_for(client, url) for page, url in grow_catalog(client, catalog, 50).items()}
    assert large == small
    assert max(large.values()) <= 12, large
