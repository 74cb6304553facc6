import pytest

from home.demo import ensure_home_page, ensure_locales


@pytest.fixture
def home_page(db):
    """The site's HomePage, as seed_demo creates it."""
    ensure_locales()
    return ensure_home_page()
