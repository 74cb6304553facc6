"""Accounts with django-allauth under /cuentas/: sign-up, sign-in, throttling,
sign-out, password reset, email addresses, languages."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "clave-de-prueba-123"
NEW_PASSWORD = "otra-clave-bastante-larga-2024"


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def sign_up(client, email="nueva@example.org", url="/cuentas/signup/"):
    return client.post(url, {"email": email, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})


def test_sign_up_creates_the_user_and_asks_for_the_profile(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == "/mi-aprendizaje/perfil/"
    user = get_user_model().objects.get(email="nueva@example.org")
    assert logged_in_user_id(client) == str(user.pk)
    assert EmailAddress.objects.filter(user=user, email="nueva@example.org", primary=True).exists()


def test_sign_up_from_a_course_passes_through_the_profile_first(client):
    response = sign_up(client, url="/cuentas/signup/?next=/cursos/comunicacion-de-riesgo/")

    assert response.status_code == 302
    assert response["Location"] == "/mi-aprendizaje/perfil/?next=%2Fcursos%2Fcomunicacion-de-riesgo%2F"


def test_sign_up_in_portuguese_stays_in_portuguese(client):
    response = sign_up(client, url="/pt/cuentas/signup/")

    assert response["Location"] == "/pt/mi-aprendizaje/perfil/"


def test_sign_up_refuses_an_address_already_taken(client):
    UserFactory(email="ocupada@example.org")

    response = sign_up(client, email="ocupada@example.org")

    assert response.status_code == 200
    assert get_user_model().objects.filter(email__iexact="ocupada@example.org").count() == 1


def test_sign_up_errors_are_announced_and_tied_to_their_fields(client):
    response = client.post("/cuentas/signup/", {"email": "a@example.org", "password1": "1", "password2": "2"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*id_password1_error', html)
    assert 'id="id_password1_error"' in html
    assert '<label for="id_email">' in html


def test_sign_in_with_email_goes_to_the_dashboard(client):
    user = UserFactory(email="lectora@example.org")

    response = client.post("/cuentas/login/", {"login": "lectora@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/mi-aprendizaje/"
    assert logged_in_user_id(client) == str(user.pk)


def test_sign_in_in_portuguese_goes_to_the_portuguese_dashboard(client):
    UserFactory(email="leitora@example.org")

    response = client.post("/pt/cuentas/login/", {"login": "leitora@example.org", "password": PASSWORD})

    assert response["Location"] == "/pt/mi-aprendizaje/"


def test_sign_in_with_a_wrong_password_fails(client):
    UserFactory(email="lectora@example.org")

    response = client.post("/cuentas/login/", {"login": "lectora@example.org", "password": "no-es-esta"})

    assert response.status_code == 200
    assert logged_in_user_id(client) is None
    assert 'role="alert"' in response.content.decode()


def test_the_sixth_attempt_after_five_wrong_passwords_is_refused_even_when_right(client):
    UserFactory(email="lectora@example.org")
    for _attempt in range(5):
        response = client.post("/cuentas/login/", {"login": "lectora@example.org", "password": "no-es-esta"})
        assert "Demasiados intentos" not in response.content.decode()

    response = client.post("/cuentas/login/", {"login": "lectora@example.org", "password": PASSWORD})

    assert response.status_code == 200
    assert "Demasiados intentos fallidos" in response.content.decode()
    assert logged_in_user_id(client) is None


def test_one_ip_guessing_many_addresses_is_throttled_too(client):
    UserFactory(email="lectora@example.org")
    for attempt in range(20):
        client.post("/cuentas/login/", {"login": f"otra{attempt}@example.org", "password": "no-es-esta"})

    response = client.post("/cuentas/login/", {"login": "lectora@example.org", "password": PASSWORD})

    assert "Demasiados intentos fallidos" in response.content.decode()
    assert logged_in_user_id(client) is None


def test_sign_out_needs_a_post(client):
    client.force_login(UserFactory())

    page = client.get("/cuentas/logout/")
    assert page.status_code == 200
    assert logged_in_user_id(client) is not None
    assert 'method="post"' in page.content.decode()

    response = client.post("/cuentas/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert logged_in_user_id(client) is None


def test_password_reset_sends_exactly_one_email_to_the_account(client):
    UserFactory(email="olvidadiza@example.org")

    response = client.post("/cuentas/password/reset/", {"email": "olvidadiza@example.org"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["olvidadiza@example.org"]
    assert mail.outbox[0].subject.startswith("[Aula]")
    assert "/cuentas/password/reset/key/" in mail.outbox[0].body


def test_password_change_keeps_the_learner_signed_in(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post(
        "/cuentas/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert logged_in_user_id(client) == str(user.pk)


def test_adding_an_email_address_sends_a_verification(client):
    user = UserFactory()
    client.force_login(user)
    assert client.get("/cuentas/email/").status_code == 200

    response = client.post("/cuentas/email/", {"action_add": "", "email": "nueva-direccion@example.org"})

    assert response.status_code == 302
    assert EmailAddress.objects.filter(
        user=user, email="nueva-direccion@example.org", verified=False
    ).exists()
    assert [message.to for message in mail.outbox] == [["nueva-direccion@example.org"]]


def test_account_pages_use_the_site_layout_in_portuguese(client):
    response = client.get("/pt/cuentas/login/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="pt-br">' in html
    assert "Entrar" in html
    assert "Esqueceu sua senha?" in html
    assert 'class="site-header"' in html
    assert '<label for="id_login">' in html


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_with_mandatory_verification_the_confirmed_learner_lands_on_the_profile(client):
    response = sign_up(client, email="verificar@example.org")
    assert response["Location"] == "/cuentas/confirm-email/"
    assert logged_in_user_id(client) is None
    assert len(mail.outbox) == 1

    # The link is on SITE_URL, whatever host the sign-up came in on.
    site = re.escape(settings.SITE_URL)
    link = re.search(rf"{site}(/cuentas/confirm-email/[^/\s]+/)", mail.outbox[0].body).group(1)
    response = client.post(link)

    assert response.status_code == 302
    assert response["Location"] == "/mi-aprendizaje/perfil/"
    assert logged_in_user_id(client) is not None


def test_production_requires_verified_email_addresses():
    code = "from django.conf import settings; print(settings.ACCOUNT_EMAIL_VERIFICATION)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "aula.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "mandatory"
    assert settings.ACCOUNT_EMAIL_VERIFICATION == "optional"
