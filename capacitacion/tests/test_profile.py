"""The learner profile at /mi-aprendizaje/perfil/: asked once after sign-up, editable
later, only ever the signed-in learner's own."""

import unicodedata

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.utils import timezone

from capacitacion.forms import ProfileForm
from capacitacion.models import LearnerProfile, display_name
from capacitacion.tests.factories import LearnerProfileFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/mi-aprendizaje/perfil/"


def profile_data(**overrides):
    data = {
        "full_name": "Ana Pérez",
        "role": "journalist",
        "organisation": "Radio Municipal",
        "city": "Rosario",
        "country": "AR",
        "preferred_language": "es",
        "accept_terms": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_profile(user, **fields):
    values = {
        "full_name": "Ana Pérez",
        "role": "journalist",
        "city": "Rosario",
        "country": "AR",
        "accepted_terms_at": timezone.now(),
    }
    values.update(fields)
    return LearnerProfile.objects.create(user=user, **values)


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def test_the_profile_needs_a_signed_in_learner(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"] == "/cuentas/login/?next=/mi-aprendizaje/perfil/"


def test_a_new_learner_sees_an_empty_form_in_the_language_they_browse(client, learner):
    response = client.get("/pt/mi-aprendizaje/perfil/")

    assert response.status_code == 200
    assert response.context["is_new"] is True
    assert response.context["form"].initial["preferred_language"] == "pt-br"
    assert response["Cache-Control"].startswith("max-age=0")


def test_saving_creates_the_profile_and_goes_to_the_dashboard(client, learner):
    response = client.post(URL, profile_data())

    assert response.status_code == 302
    assert response["Location"] == "/mi-aprendizaje/"
    profile = learner.learner_profile
    assert (profile.full_name, profile.city, profile.country) == ("Ana Pérez", "Rosario", "AR")
    assert [str(message) for message in get_messages(response.wsgi_request)] == ["Guardamos tu perfil."]


def test_the_name_is_trimmed_collapsed_and_composed(client, learner):
    client.post(URL, profile_data(full_name="  Jose\u0301   da  Silva  "))

    assert learner.learner_profile.full_name == "José da Silva"
    assert unicodedata.is_normalized("NFC", learner.learner_profile.full_name)


@pytest.mark.parametrize(
    "name", ["María José Ñúñez-O'Connor", "João da Conceição", "Nguyễn Thị Minh Khai", "Ьорис Ёлкин"]
)
def test_names_in_any_script_are_kept_exactly(client, learner, name):
    client.post(URL, profile_data(full_name=name))

    assert learner.learner_profile.full_name == unicodedata.normalize("NFC", name)


@pytest.mark.parametrize("name", ["", "   ", "\u00a0\u3000"])
def test_an_empty_name_is_refused_in_spanish(client, learner, name):
    response = client.post(URL, profile_data(full_name=name))

    assert response.status_code == 200
    assert "Escribe tu nombre completo." in response.content.decode()
    assert not LearnerProfile.objects.filter(user=learner).exists()


@pytest.mark.parametrize("name", ["Ana\x07Pérez", "Ana\u202ePérez", "Ana\tPérez"])
def test_control_characters_in_the_name_are_refused(name):
    form = ProfileForm(data=profile_data(full_name=name), instance=LearnerProfile(user=UserFactory()))

    assert not form.is_valid()
    assert form.errors["full_name"] == ["El nombre no puede contener caracteres de control."]


def test_a_name_longer_than_a_certificate_allows_is_refused():
    form = ProfileForm(data=profile_data(full_name="A" * 121), instance=LearnerProfile(user=UserFactory()))

    assert not form.is_valid()
    assert "full_name" in form.errors


def test_the_terms_must_be_accepted(client, learner):
    response = client.post(URL, profile_data(accept_terms=None))

    assert response.status_code == 200
    assert "Para continuar tienes que aceptar los términos" in response.content.decode()
    assert not LearnerProfile.objects.filter(user=learner).exists()


def test_terms_acceptance_is_recorded_once_and_kept_on_later_edits(client, learner):
    client.post(URL, profile_data())
    first_acceptance = learner.learner_profile.accepted_terms_at
    assert first_acceptance is not None

    client.post(URL, profile_data(city="Montevideo", country="UY"))

    profile = LearnerProfile.objects.get(user=learner)
    assert profile.city == "Montevideo"
    assert profile.accepted_terms_at == first_acceptance


def test_editing_shows_the_saved_profile(client, learner):
    make_profile(learner, full_name="Beatriz Nuñez")

    response = client.get(URL)

    assert response.context["is_new"] is False
    assert 'value="Beatriz Nuñez"' in response.content.decode()
    assert response.context["form"]["accept_terms"].value() is True


def test_a_learner_only_ever_sees_and_edits_their_own_profile(client, learner):
    make_profile(UserFactory(), full_name="Alguien Más", city="Quito", country="EC")
    make_profile(learner, full_name="Beatriz Nuñez")

    html = client.get(URL).content.decode()
    client.post(URL, profile_data(full_name="Beatriz Nuñez Ríos"))

    assert "Beatriz Nuñez" in html
    assert "Alguien Más" not in html and "Quito" not in html
    assert LearnerProfile.objects.get(full_name="Alguien Más").city == "Quito"
    assert LearnerProfile.objects.get(user=learner).full_name == "Beatriz Nuñez Ríos"


def test_saving_continues_to_a_safe_next_page(client, learner):
    response = client.post(URL + "?next=/cursos/comunicacion-de-riesgo/", profile_data())

    assert response["Location"] == "/cursos/comunicacion-de-riesgo/"


def test_the_next_page_travels_with_the_form(client, learner):
    response = client.get(URL + "?next=/cursos/comunicacion-de-riesgo/")

    assert 'name="next" value="/cursos/comunicacion-de-riesgo/"' in response.content.decode()


@pytest.mark.parametrize("next_url", ["https://malo.example/", "//malo.example/", "javascript:alert(1)"])
def test_saving_ignores_a_next_page_on_another_site(client, learner, next_url):
    response = client.post(URL, {**profile_data(), "next": next_url})

    assert response["Location"] == "/mi-aprendizaje/"


def test_saving_switches_to_the_preferred_language(client, learner):
    response = client.post(URL, {**profile_data(preferred_language="pt-br"), "next": "/cursos/"})

    assert response["Location"] == "/pt/cursos/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "pt-br"


def test_the_profile_page_is_translated(client, learner):
    response = client.get("/pt/mi-aprendizaje/perfil/")

    assert '<html lang="pt-br">' in response.content.decode()
    assert 'action="/pt/mi-aprendizaje/perfil/"' in response.content.decode()


def test_a_person_is_named_by_their_profile_then_account_name_then_email_then_username():
    """display_name: the one rule for naming a person (staff lists, emails, certificates)."""
    staff = UserFactory(username="coordinacion", email="c@example.org", first_name="Ana", last_name="Benítez")
    assert display_name(staff) == "Ana Benítez"
    assert display_name(LearnerProfileFactory(full_name="María José Núñez").user) == "María José Núñez"
    assert display_name(UserFactory(username="sin-nombre", email="sin@example.org")) == "sin@example.org"
    assert display_name(UserFactory(username="sin-correo", email="")) == "sin-correo"
    make_profile(staff, full_name="Ana B. (perfil)")
    staff.refresh_from_db()
    assert display_name(staff) == "Ana B. (perfil)"
