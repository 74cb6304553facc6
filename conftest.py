import pytest
from django.conf import settings
from django.utils import translation

from home.demo import ensure_home_page, ensure_locales


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in Spanish: a request to /pt/ leaves Portuguese active in
    the thread, which would make later tests depend on the order they run in."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """The local-memory cache outlives a test (its rolled-back database does not):
    cached pages, sites and rate limits must not leak from one test into another."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def restore_wagtail_roots() -> None:
    """Transactional tests flush every table, the rows Wagtail's migrations create
    included; put back the tree and collection roots the rest of the code expects."""
    from wagtail.models import Collection, Locale, Page

    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")


@pytest.fixture
def home_page(db):
    """The site's HomePage, as seed_demo creates it."""
    ensure_locales()
    restore_wagtail_roots()
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
