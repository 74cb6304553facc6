"""Security headers: a Content-Security-Policy without inline script on learner pages
(and the looser one the Wagtail admin needs, under /admin/ only), a Permissions-Policy,
and the language cookie's flags under production settings."""

import json
import secrets

import pytest

from aula.tests.test_configuration import run_manage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";"))}


def test_learner_pages_forbid_inline_script_and_style(client, home_page):
    for path in ("/", "/cuentas/login/", "/certificados/verificar/"):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_the_policy_is_the_same_on_a_page_served_from_the_cache(client, home_page):
    first, second = client.get("/"), client.get("/")
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]


def test_only_the_admin_allows_inline_script(client, home_page):
    client.force_login(UserFactory(is_superuser=True))

    policy = directives(client.get("/admin/"))

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


def test_permissions_policy_turns_off_devices_nobody_uses(client, home_page):
    header = client.get("/")["Permissions-Policy"]
    features = dict(part.split("=", 1) for part in header.split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()", feature
    assert '"https://www.youtube-nocookie.com"' in features["fullscreen"]


def test_language_cookie_is_secure_and_lax_under_production_settings():
    result = run_manage(
        "shell",
        "-c",
        "import json; from django.http import HttpResponse; from aula.i18n import remember_language; "
        "cookie = remember_language(HttpResponse(), 'en').cookies['django_language']; "
        "print(json.dumps({'secure': cookie['secure'], 'samesite': cookie['samesite']}))",
        DJANGO_SETTINGS_MODULE="aula.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="aula.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"secure": True, "samesite": "Lax"}
