import pytest

from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import learner
from cursos.models import QuizPage
from cursos.tests.factories import build_course


@pytest.fixture
def course(institution):
    """A live course: two modules, each with two lessons and a quiz."""
    return build_course(institution, modules=2, lessons_per_module=2, title="Comunicación de riesgos")


@pytest.fixture
def quiz(course):
    """The course's first quiz."""
    return QuizPage.objects.descendant_of(course).order_by("path").first()


@pytest.fixture
def student(course):
    """A learner enrolled in the course."""
    user = learner()
    enroll(user=user, course=course)
    return user
