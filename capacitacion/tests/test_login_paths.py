"""One login for the whole site: the Wagtail admin's way in is allauth's, so staff and
learners meet the same rate limits, lock-out and email rule on every path, and a
wrong password is answered alike everywhere."""

import base64
import re
import uuid

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "clave-de-prueba-123"
WRONG = "no-es-esta"
TOO_MANY = "Demasiados intentos fallidos"


def session_user(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


def credentials(user, password: str) -> dict:
    """What either login form could ask for: Wagtail's named the field `username`,
    allauth's names it `login` (an email address)."""
    return {"username": user.username, "login": user.email, "password": password}


def admin_login_form(client: Client) -> str:
    """Where a member of staff who opens /admin/ is sent to sign in."""
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    path, _status = response.redirect_chain[-1]
    return path


def sign_in_on_the_admin_path(client: Client, user, password: str):
    return client.post(admin_login_form(client), credentials(user, password))


def alert_text(response) -> str:
    """The error the form shows, stripped of markup."""
    alerts = re.findall(r'role="alert"[^>]*>(.*?)</', response.content.decode(), re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", " ".join(alerts)).split())


@pytest.fixture
def editor_user(editor):
    editor.set_password(PASSWORD)
    editor.save()
    return editor


def test_the_admin_sends_staff_to_allauths_login_and_back(client, editor_user):
    assert admin_login_form(client) == "/cuentas/login/?next=/admin/"
    response = client.get("/admin/pages/", follow=False)
    assert response["Location"] == "/admin/login/?next=/admin/pages/"
    response = client.get(response["Location"])
    assert response["Location"] == "/cuentas/login/?next=/admin/pages/"

    response = client.post(response["Location"], credentials(editor_user, PASSWORD))

    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert session_user(client) == str(editor_user.pk)
    assert client.get("/admin/").status_code == 200


def test_thirty_wrong_passwords_on_the_admin_path_lock_the_editor_out(editor_user):
    # From thirty addresses, so that no per-address limit stops them: the account's
    # own lock-out must.
    for attempt in range(30):
        client = Client(REMOTE_ADDR=f"198.51.100.{attempt + 1}")
        response = sign_in_on_the_admin_path(client, editor_user, WRONG)
        assert response.status_code == 200
        assert session_user(client) is None

    client = Client(REMOTE_ADDR="203.0.113.7")
    response = sign_in_on_the_admin_path(client, editor_user, PASSWORD)

    assert TOO_MANY in response.content.decode()
    assert session_user(client) is None
    # Nor does a form posted straight to Wagtail's old login address let them in.
    client.post("/admin/login/", credentials(editor_user, PASSWORD))
    assert session_user(client) is None


def test_a_learner_locked_out_on_cuentas_gets_no_session_through_the_admin_login(client):
    user = UserFactory(email="lectora@example.org")
    for _attempt in range(5):
        client.post("/cuentas/login/", credentials(user, WRONG))
    assert TOO_MANY in client.post("/cuentas/login/", credentials(user, PASSWORD)).content.decode()

    response = client.post("/admin/login/", credentials(user, PASSWORD))

    assert response.status_code == 302
    assert session_user(client) is None
    sign_in_on_the_admin_path(client, user, PASSWORD)
    assert session_user(client) is None


def every_route() -> list[str]:
    """Every path in the URLconf, each parameter filled with a plausible value."""
    samples = {"int": "1", "uuid": str(uuid.uuid4()), "path": "x/y/", "slug": "x", "str": "x"}

    def walk(resolver: URLResolver, prefix: str):
        for entry in resolver.url_patterns:
            pattern = entry.pattern
            if isinstance(pattern, RoutePattern):
                route = re.sub(
                    r"<(?:(\w+):)?\w+>", lambda match: samples.get(match.group(1) or "str", "1"), str(pattern)
                )
            else:
                route = str(pattern).removeprefix("^").removesuffix("$")
                if re.search(r"[()\[\]\\*+?|{}]", route):
                    continue  # Wagtail's page paths, among others: "/" and "/cursos/" stand for them
            if isinstance(entry, URLResolver):
                yield from walk(entry, prefix + route)
            elif isinstance(entry, URLPattern):
                yield prefix + route

    return sorted({"/" + route for route in walk(get_resolver(), "")} | {"/", "/cursos/"})


def test_an_unverified_account_gets_no_session_through_any_path(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    user = UserFactory(email="sin-verificar@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    routes = every_route()
    assert {"/cuentas/login/", "/admin/login/", "/api/v2/pages/"} <= set(routes)

    client = Client(raise_request_exception=False)
    for route in routes:
        client.post(route, credentials(user, PASSWORD))
        assert session_user(client) is None, route
    client.post("/cuentas/login/?next=/admin/", credentials(user, PASSWORD))
    assert session_user(client) is None


def test_a_wrong_password_is_answered_alike_on_both_paths(client, editor_user):
    learner_wrong = client.post("/cuentas/login/", credentials(editor_user, WRONG))
    unknown = client.post("/cuentas/login/", {"login": "nadie@example.org", "password": WRONG})
    admin_wrong = sign_in_on_the_admin_path(client, editor_user, WRONG)

    assert learner_wrong.status_code == unknown.status_code == admin_wrong.status_code == 200
    assert alert_text(learner_wrong) == alert_text(unknown) == alert_text(admin_wrong)
    assert alert_text(learner_wrong)
    # Posted straight to /admin/login/, right, wrong or unknown get one same answer.
    answers = {
        (response.status_code, response["Location"])
        for response in (
            client.post("/admin/login/", credentials(editor_user, WRONG)),
            client.post("/admin/login/", credentials(editor_user, PASSWORD)),
            client.post("/admin/login/", {"username": "nadie", "password": WRONG}),
        )
    }
    assert answers == {(302, "/cuentas/login/?next=/admin/")}
    assert session_user(client) is None


def test_passwords_are_checked_by_email_through_allauth_only(editor_user):
    """Django's ModelBackend would let authenticate() take a username anywhere."""
    assert authenticate(None, username=editor_user.username, password=PASSWORD) is None


def test_the_api_takes_no_passwords(client, editor_user):
    """HTTP Basic on the API would be a password oracle without any rate limit."""
    for password in (WRONG, PASSWORD):
        token = base64.b64encode(f"{editor_user.email}:{password}".encode()).decode()
        response = client.get("/api/v2/pages/", HTTP_AUTHORIZATION=f"Basic {token}")
        assert response.status_code == 200


def test_a_signed_in_learner_opening_the_admin_is_refused_not_sent_round_in_circles(client):
    client.force_login(UserFactory())

    response = client.get("/admin/", follow=True)

    assert response.status_code == 403
    assert [path for path, _status in response.redirect_chain] == ["/admin/login/?next=/admin/"]
