import pytest
from django.contrib.auth.models import Group

from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import learner, member_of
from cursos.models import QuizPage
from cursos.services import COORDINATION_GROUP
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


@pytest.fixture
def editor(institution):
    """An editor of `institution` (its editors group, made with the institution page)."""
    institution.refresh_from_db()
    return member_of(institution.editors_group)


@pytest.fixture
def other_editor(other_institution):
    other_institution.refresh_from_db()
    return member_of(other_institution.editors_group)


@pytest.fixture
def coordinator(catalog):
    return member_of(Group.objects.get(name=COORDINATION_GROUP))
