"""In production the CSS and JavaScript are served by WhiteNoise under content-hashed
names, compressed, and cached by browsers for a year or more (they never change under
the same name); pages link to those names and to nothing on another site."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

FAR_FUTURE = 365 * 24 * 60 * 60


@pytest.fixture
def production_static(settings, tmp_path):
    """The production storage and WhiteNoise settings, with this project's own static files
    collected into a temporary STATIC_ROOT (Wagtail's admin files are left out: slow to
    compress, and no learner page links to them)."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


@pytest.mark.parametrize("asset", ["css/aula.css", "js/media-embed.js", "js/quiz-timer.js"])
def test_assets_are_served_compressed_with_far_future_cache_headers(production_static, asset):
    from django.contrib.staticfiles.storage import staticfiles_storage

    url = staticfiles_storage.url(asset)
    assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", url), url

    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert max_age >= FAR_FUTURE
    assert "immutable" in response["Cache-Control"]


def test_pages_link_hashed_assets_and_nothing_elsewhere(production_static, home_page):
    html = Client().get("/").content.decode()

    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert len(stylesheets) == 1 and re.search(r"/static/css/aula\.[0-9a-f]{12}\.css$", stylesheets[0])
    assert not re.search(r"""<(link|script|img|source|iframe)\b[^>]*\b(src|href)=["']?(https?:)?//""", html)
