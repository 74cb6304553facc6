"""The progress annotations find a course's pages by a range of tree paths, which an
index serves, not by `LIKE <column> || '%'`, which made PostgreSQL scan every page
once per enrolment on the dashboard (issue 9)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from capacitacion.models import LessonCompletion
from capacitacion.selectors import learner_dashboard
from cursos.models import LessonPage
from cursos.tests.factories import build_course


def test_dashboard_progress_counts_only_the_own_course_without_like(course, student, institution):
    # A sibling course right after this one in the tree: its pages must not count.
    build_course(institution, modules=1, lessons_per_module=3, title="Otro curso")
    first_lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    enrollment = student.enrollments.get()
    LessonCompletion.objects.create(enrollment=enrollment, lesson=first_lesson)

    with CaptureQueriesContext(connection) as queries:
        dashboard = learner_dashboard(student)

    entry = dashboard.studying[0]
    assert entry.enrollment.required_lessons == 4
    assert entry.enrollment.lessons_done == 1
    # The next item is the first one not done, in this course.
    assert entry.next_item.path.startswith(course.path)
    assert entry.next_item.pk != first_lesson.pk
    assert not any("LIKE" in query["sql"].upper() for query in queries.captured_queries)
