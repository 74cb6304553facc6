import pytest

from cursos.tests.factories import build_course


@pytest.fixture
def course(institution):
    """A live course: two modules, each with two lessons and a quiz."""
    return build_course(institution, modules=2, lessons_per_module=2, title="Comunicación de riesgos")
