"""Every page of issue 9 costs at most MAX_QUERIES queries, and the same number
whatever the amount of data: measured once, then again after adding courses,
modules, lessons, enrolments, completions and certificates.

The anonymous full-page cache is switched off here (PAGE_CACHE_SECONDS=0): these
counts are what a page costs when it has to be rendered."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from capacitacion.models import Certificate, QuizAttempt
from capacitacion.services import certificates
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import learner
from cursos.models import LessonPage, ModulePage, QuizPage
from cursos.tests.factories import (
    CoursePageFactory,
    InstitutionPageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
    build_course,
)
from home.models import HomeFeaturedItem
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

MAX_QUERIES = 12
# Starting and submitting write under row locks. In a test every atomic block is a
# savepoint (two more queries each; the outermost one is not in production): they
# are held to the same number whatever the data size, and to this bound.
MAX_WRITE_QUERIES = 16
WRITES = {"quiz start", "quiz submit"}
QUIZ_QUESTIONS = 20


@pytest.fixture
def no_page_cache():
    with override_settings(PAGE_CACHE_SECONDS=0):
        yield


def twenty_questions() -> list[dict]:
    """The factory quiz's three kinds of question, repeated to QUIZ_QUESTIONS."""
    three = QuizPageFactory.questions.function()
    return [three[number % len(three)] for number in range(QUIZ_QUESTIONS)]


def complete_course(user, course) -> None:
    """Enrol and finish a one-lesson course: completes it and issues its certificate."""
    QuizPage.objects.descendant_of(course).delete()
    enroll(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course):
        record_lesson_done(user=user, lesson=lesson)
    certificates.issue(course.enrollments.get(user=user).pk)


class World:
    """One learner, one course with a 20-question quiz, and a certificate; `grow`
    adds `size` of everything else around them."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.institution = InstitutionPageFactory(parent=catalog)
        self.course = build_course(self.institution, modules=1, lessons_per_module=1, title="Riesgos")
        self.module = ModulePage.objects.child_of(self.course).get()
        QuizPage.objects.descendant_of(self.course).delete()
        self.quiz = QuizPageFactory(parent=self.module, questions=twenty_questions())
        self.quiz.save_revision().publish()  # as authors do: attempts pin the live revision
        self.lesson = LessonPage.objects.child_of(self.module).get()
        self.learner = learner(full_name="María José Ñúñez")
        enroll(user=self.learner, course=self.course)
        finished = build_course(self.institution, modules=1, lessons_per_module=1, title="Terminado")
        complete_course(self.learner, finished)
        self.certificate = Certificate.objects.get(enrollment__course=finished)
        self.home = catalog.get_parent().specific
        # The home's featured cards cost their queries once there is one card at all.
        HomeFeaturedItem.objects.create(home=self.home, page=self.course, sort_order=-1)

    def grow(self, size: int) -> None:
        institutions = [InstitutionPageFactory(parent=self.catalog) for _ in range(2)]
        for number in range(size):
            course = CoursePageFactory(parent=institutions[number % 2])
            course.tags.add(f"tema-{number}", "comun")
            course.save()
            HomeFeaturedItem.objects.create(home=self.home, page=course, sort_order=number)
            module = ModulePageFactory(parent=self.course)
            LessonPageFactory(parent=module)
            LessonPageFactory(parent=self.module)
            enroll(user=self.learner, course=course)
            other = learner()
            enroll(user=other, course=self.course)
            record_lesson_done(user=other, lesson=self.lesson)
            # More certificates for the learner, and a longer history for the one we verify.
            small = build_course(institutions[0], modules=1, lessons_per_module=1)
            complete_course(self.learner, small)
            staff = UserFactory()
            self.certificate = certificates.reissue(
                Certificate.objects.get(code=self.certificate.code), by=staff, reason="Corrección"
            )
            certificates.issue(self.certificate.enrollment_id)
        record_lesson_done(user=self.learner, lesson=self.lesson)


def count(client, method: str, url: str, data=None, expect=200) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data or {})
    assert response.status_code == expect, (url, response.status_code)
    return len(captured)


def measure(world: World, client) -> dict[str, int]:
    """Queries per page; each page is loaded once before, to warm per-process caches."""
    anonymous = {
        "home": "/",
        "catalog": "/cursos/",
        "catalog search": "/cursos/?q=curso&publico=journalists",
        "course (anonymous)": world.course.url,
        "module (anonymous)": world.module.url,
        "verification": f"/certificados/verificar/{world.certificate.code}/",
        "credential": f"/certificados/{world.certificate.code}.json",
    }
    counts = {}
    client.logout()
    for name, url in anonymous.items():
        client.get(url)
        counts[name] = count(client, "get", url)
    client.force_login(world.learner)
    signed_in = {
        "course (learner)": world.course.url,
        "module (learner)": world.module.url,
        "lesson": world.lesson.url,
        "quiz page": world.quiz.url,
        "dashboard": "/mi-aprendizaje/",
    }
    for name, url in signed_in.items():
        client.get(url)
        counts[name] = count(client, "get", url)
    # Each measurement is a first attempt, by a learner who just enrolled.
    newcomer = learner()
    enroll(user=newcomer, course=world.course)
    client.force_login(newcomer)
    client.get(world.quiz.url)  # where the start button is
    start = f"/mi-aprendizaje/cuestionarios/{world.quiz.pk}/comenzar/"
    counts["quiz start"] = count(client, "post", start, expect=302)
    attempt = QuizAttempt.objects.get(quiz=world.quiz, enrollment__user=newcomer)
    client.get(f"/mi-aprendizaje/intentos/{attempt.pk}/")
    counts["quiz attempt page"] = count(client, "get", f"/mi-aprendizaje/intentos/{attempt.pk}/")
    answers = {f"q-{drawn['id']}": "x" for drawn in attempt.questions} | {"submit": "1"}
    counts["quiz submit"] = count(client, "post", f"/mi-aprendizaje/intentos/{attempt.pk}/", answers, 302)
    client.logout()
    return counts


def test_every_page_costs_a_few_queries_whatever_the_data_size(client, catalog):
    world = World(catalog)
    small = measure(world, client)
    world.grow(6)
    large = measure(world, client)
    print("\n".join(f"{name}: {small[name]} -> {large[name]}" for name in small))
    assert large == small
    assert all(queries <= MAX_QUERIES for page, queries in large.items() if page not in WRITES), large
    assert all(large[page] <= MAX_WRITE_QUERIES for page in WRITES), large
