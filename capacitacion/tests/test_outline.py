"""The course outline beside a lesson or quiz: every module and item with its state
for this learner, in icon and words, at the same query cost whatever the size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from capacitacion.models import AttemptStatus, QuizAttempt
from capacitacion.services.progress import record_lesson_done
from capacitacion.services.quizzes import start_attempt
from cursos.models import LessonPage, ModulePage, QuizPage
from cursos.tests.factories import LessonPageFactory, ModulePageFactory, QuizPageFactory

pytestmark = pytest.mark.django_db


def states(outline) -> list[list[tuple[str, str]]]:
    return [[(item.page.title, item.state) for item in module.items] for module in outline.modules]


@pytest.fixture
def sequential(course):
    """The course (two modules of two lessons and a quiz), taken in order."""
    course.sequential = True
    course.save_revision().publish()
    return course


def test_outline_marks_done_current_locked_and_pending(client, student, sequential, quiz):
    lessons = list(LessonPage.objects.descendant_of(sequential).order_by("path"))
    first_lesson, second_lesson = lessons[:2]
    last_quiz = QuizPage.objects.descendant_of(sequential).order_by("path").last()
    record_lesson_done(user=student, lesson=first_lesson)
    attempt = start_attempt(user=student, quiz=quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        status=AttemptStatus.NEEDS_GRADING, submitted_at=timezone.now()
    )
    client.force_login(student)
    response = client.get(second_lesson.url)
    outline = response.context["outline"]
    assert states(outline) == [
        [(first_lesson.title, "done"), (second_lesson.title, "current"), (quiz.title, "pending")],
        [(lessons[2].title, "locked"), (lessons[3].title, "locked"), (last_quiz.title, "locked")],
    ]
    assert (outline.module_number, outline.position, outline.of) == (1, 2, 2)
    assert outline.progress == 17  # one of six required items
    html = response.content.decode()
    assert "Lección 2 de 2 · Módulo 1" in html
    # Every state in words too, not by colour or icon alone.
    for words in ("completada", "estás aquí", "pendiente de corrección", "bloqueado"):
        assert words in html
    assert '<progress id="course-progress" max="100" value="17">' in html
    assert "<details" in html and 'aria-current="page"' in html


def test_outline_on_a_quiz_page_counts_quizzes(client, student, course, quiz):
    client.force_login(student)
    response = client.get(quiz.url)
    assert "Cuestionario 1 de 1 · Módulo 1" in response.content.decode()


def lesson_page_queries(client, lesson) -> int:
    client.get(lesson.url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(lesson.url).status_code == 200
    return len(captured)


def test_outline_costs_the_same_queries_whatever_the_course_size(client, student, course):
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    client.force_login(student)
    small = lesson_page_queries(client, lesson)
    module = ModulePage.objects.child_of(course).first()
    for _number in range(4):
        LessonPageFactory(parent=module)
        extra = ModulePageFactory(parent=course)
        LessonPageFactory(parent=extra)
        QuizPageFactory(parent=extra)
        record_lesson_done(user=student, lesson=LessonPage.objects.child_of(extra).first())
    response = client.get(lesson.url)
    assert sum(len(m.items) for m in response.context["outline"].modules) == (
        LessonPage.objects.descendant_of(course).count() + QuizPage.objects.descendant_of(course).count()
    )
    assert lesson_page_queries(client, lesson) == small


def test_module_page_shows_the_outline_the_position_and_each_items_state(client, student, sequential, quiz):
    """The module page, like a lesson: the course outline (the module marked as where
    the learner is), "Módulo 2 de 2", the progress bar, and the module's own items
    with their states (here locked: the first module is not complete yet)."""
    lessons = list(LessonPage.objects.descendant_of(sequential).order_by("path"))
    record_lesson_done(user=student, lesson=lessons[0])
    first, second = ModulePage.objects.child_of(sequential).order_by("path")
    client.force_login(student)

    response = client.get(second.url)

    outline = response.context["outline"]
    assert outline.current is None and outline.current_module.page == second
    assert [module.current for module in outline.modules] == [False, True]
    assert states(outline)[1] == [(lessons[2].title, "locked"), (lessons[3].title, "locked"), (
        QuizPage.objects.child_of(second).get().title, "locked")]  # fmt: skip
    html = response.content.decode()
    assert "Módulo 2 de 2" in html
    assert '<progress id="course-progress" max="100" value="17">' in html
    assert f"Completa primero «{first.title}»." in html
    main = html[html.index('<div class="course-layout__main">') : html.index('<nav id="contenido-del-curso"')]
    assert main.count("bloqueado") == 3  # each of the module's items, in words
    # The outline is in the page once (a column on desktop, after the page on a phone).
    assert html.count('<nav id="contenido-del-curso" class="course-outline"') == 1
    assert 'href="#contenido-del-curso"' in html
    assert (
        response.headers["Cache-Control"].startswith("private")
        or "private" in response.headers["Cache-Control"]
    )


def test_module_page_marks_done_and_pending_items(client, student, course, quiz):
    first_lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    record_lesson_done(user=student, lesson=first_lesson)
    attempt = start_attempt(user=student, quiz=quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        status=AttemptStatus.NEEDS_GRADING, submitted_at=timezone.now()
    )
    module = ModulePage.objects.child_of(course).order_by("path").first()
    client.force_login(student)

    response = client.get(module.url)

    assert [item.state for item in response.context["outline"].current_module.items] == [
        "done",
        "todo",
        "pending",
    ]
    html = response.content.decode()
    assert "Módulo 1 de 2" in html
    for words in ("completada", "por hacer", "pendiente de corrección"):
        assert words in html


def test_module_page_for_a_visitor_lists_the_items_without_an_outline(client, course):
    module = ModulePage.objects.child_of(course).order_by("path").first()

    response = client.get(module.url)

    assert response.context["outline"] is None
    html = response.content.decode()
    assert 'class="items"' in html and "course-outline" not in html
