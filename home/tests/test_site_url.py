"""The default Wagtail Site follows SITE_URL: seed_demo and a migration align it, and a
deploy check fails when they disagree."""

import importlib

import pytest
from django.apps import apps
from django.core import checks
from wagtail.models import Site

from home.demo import ensure_home_page

pytestmark = pytest.mark.django_db

align = importlib.import_module("home.migrations.0003_default_site_on_site_url").align_default_site


@pytest.fixture
def public_origin(settings, home_page):
    settings.SITE_URL = "https://aula.example.org"
    Site.objects.update(hostname="localhost", port=80)


def deploy_errors() -> list[str]:
    found = checks.run_checks(include_deployment_checks=True, tags=[checks.Tags.urls])
    return [message.id for message in found]


def test_the_deploy_check_fails_when_the_default_site_disagrees_with_site_url(public_origin):
    assert "home.E001" in deploy_errors()
    Site.objects.update(hostname="aula.example.org", port=443)
    assert "home.E001" not in deploy_errors()


def test_seed_demo_aligns_the_default_site(public_origin):
    ensure_home_page()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("aula.example.org", 443, "https://aula.example.org")
    assert "home.E001" not in deploy_errors()


def test_the_migration_aligns_the_default_site(public_origin, settings):
    settings.SITE_URL = "http://aula.example.org:8080"
    align(apps, None)
    assert Site.objects.get(is_default_site=True).root_url == "http://aula.example.org:8080"
