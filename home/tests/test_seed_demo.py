from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from home.demo import DEMO_ADMIN
from home.models import HomePage

pytestmark = pytest.mark.django_db


def run_seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_is_idempotent_and_replaces_welcome_page():
    run_seed()
    run_seed()
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert HomePage.objects.count() == 1
    assert Site.objects.count() == 1
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page_id).exists()
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"es", "pt-br", "en"}


def test_seed_demo_prints_logins_that_work(client):
    output = run_seed()
    assert f"{DEMO_ADMIN['username']} / {DEMO_ADMIN['password']}" in output
    response = client.post(
        "/admin/login/",
        {"username": DEMO_ADMIN["username"], "password": DEMO_ADMIN["password"]},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_seed_demo_refuses_when_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="producción"):
        run_seed()
