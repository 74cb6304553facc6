"""Account pages and emails speak as the site, in "tú" (es), "você" (pt-BR) and plain
English: no "usted", no host:port greeting, no username nobody chose."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "otra-clave-bastante-larga-2024"
# Formal Spanish forms allauth's stock texts use ("usted" and its verbs).
USTED = re.compile(
    r"\b(usted|su cuenta|su contraseña|confirme|contáctenos|olvidó|ha olvidado|inicie|introduzca|"
    r"por favor|vete a)\b",
    re.IGNORECASE,
)
TU_PT = re.compile(r"\b(tu|teu|tua|você)\b", re.IGNORECASE)


def signup_email(client, prefix: str):
    response = client.post(
        f"{prefix}/cuentas/signup/",
        {"email": "nueva@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    return mail.outbox[0]


@pytest.mark.parametrize("prefix", ["", "/pt", "/en"])
def test_the_signup_confirmation_email_greets_as_the_site_and_names_no_user(client, prefix):
    email = signup_email(client, prefix)
    text = f"{email.subject}\n{email.body}"

    assert settings.WAGTAIL_SITE_NAME in email.body
    # The request came in on "testserver"; every link is on SITE_URL all the same.
    assert "testserver" not in text
    assert f"{settings.SITE_URL}{prefix}/cuentas/confirm-email/" in email.body
    assert not re.search(r"(de parte de|from|desde|da)\s+\S*testserver", text, re.IGNORECASE)
    assert "usuario" not in text.lower() and "usuário" not in text.lower() and "user " not in text.lower()
    assert settings.CONTACT_EMAIL in email.body
    assert "/cuentas/confirm-email/" in email.body


def test_the_spanish_confirmation_email_says_tu(client):
    email = signup_email(client, "")
    assert not USTED.search(email.subject + email.body), USTED.search(email.subject + email.body)
    assert "¡Hola! Te escribimos desde Aula." in email.body
    assert "Confirma" in email.subject


def test_the_portuguese_confirmation_email_says_voce(client):
    email = signup_email(client, "/pt")
    assert "Olá! Quem escreve é a equipe da Aula." in email.body
    assert "Confirme" in email.subject or "Confirme" in email.body


def test_the_english_confirmation_email_is_plain_english(client):
    email = signup_email(client, "/en")
    assert "Hello from Aula!" in email.body
    assert "Confirm your email" in email.subject


def test_the_password_reset_email_names_no_username(client):
    UserFactory(email="olvidadiza@example.org", username="usuario-que-nadie-eligio")
    client.post("/cuentas/password/reset/", {"email": "olvidadiza@example.org"})
    body = mail.outbox[0].body
    assert "usuario-que-nadie-eligio" not in body
    assert not USTED.search(body)
    assert "Aula" in body and f"{settings.SITE_URL}/cuentas/password/reset/key/" in body
    assert "testserver" not in body


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "/cuentas/login/",
            ["Inicia sesión", "Tu contraseña", "¿Olvidaste tu contraseña?", "Crea tu cuenta"],
        ),
        ("/cuentas/signup/", ["Crea tu cuenta", "Elige una contraseña", "/terminos/", "/privacidad/"]),
        ("/cuentas/password/reset/", ["Recupera tu contraseña", "Tu correo electrónico", "contacto@"]),
    ],
)
def test_account_pages_say_tu(client, url, expected):
    html = client.get(url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    for text in expected:
        assert text in main, text
    assert not USTED.search(main), USTED.search(main)


@pytest.mark.parametrize(
    "url",
    ["/cuentas/password/change/", "/cuentas/email/", "/cuentas/logout/"],
)
def test_signed_in_account_pages_say_tu(client, url):
    client.force_login(UserFactory())
    html = client.get(url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert re.search(r"\btu\b|\btus\b|¿Quieres", main)
    assert not USTED.search(main), USTED.search(main)


@override_settings(CONTACT_EMAIL="ayuda@ciudades.example.org")
def test_the_contact_address_is_the_setting(client):
    assert "ayuda@ciudades.example.org" in client.get("/cuentas/password/reset/").content.decode()


def test_the_profile_terms_checkbox_links_to_the_terms_and_the_privacy_notice(client):
    client.force_login(UserFactory())
    html = client.get("/mi-aprendizaje/perfil/").content.decode()
    assert 'href="/terminos/"' in html and 'href="/privacidad/"' in html
