import pytest

from cursos.tests.factories import CatalogPageFactory, InstitutionPageFactory


@pytest.fixture
def catalog(home_page):
    return CatalogPageFactory(parent=home_page)


@pytest.fixture
def institution(catalog):
    return InstitutionPageFactory(parent=catalog, title="Universidad Regional del Plata", slug="urp")


@pytest.fixture
def other_institution(catalog):
    return InstitutionPageFactory(parent=catalog, title="Universidad Andina", slug="andina")
