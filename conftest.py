import pytest

from home.demo import ensure_home_page, ensure_locales


@pytest.fixture
def home_page(db):
    """The site's HomePage, as seed_demo creates it."""
    ensure_locales()
    return ensure_home_page()


@pytest.fixture
def catalog(home_page):
    from cursos.tests.factories import CatalogPageFactory

    return CatalogPageFactory(parent=home_page)


@pytest.fixture
def institution(catalog):
    from cursos.tests.factories import InstitutionPageFactory

    return InstitutionPageFactory(parent=catalog, title="Universidad Regional del Plata", slug="urp")


@pytest.fixture
def other_institution(catalog):
    from cursos.tests.factories import InstitutionPageFactory

    return InstitutionPageFactory(parent=catalog, title="Universidad Andina", slug="andina")
