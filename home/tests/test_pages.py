import json

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.models import HomeFeaturedItem, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_is_spanish_without_prefix(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Saltar al contenido" in html
    assert home_page.hero_heading in html


@pytest.mark.parametrize(
    ("prefix", "lang", "skip_link"),
    [("/pt/", "pt-br", "Pular para o conteúdo"), ("/en/", "en", "Skip to content")],
)
def test_interface_is_translated_under_language_prefix(client, home_page, prefix, lang, skip_link):
    response = client.get(prefix)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert skip_link in html
    assert "Saltar al contenido" not in html


def test_language_switcher_links_to_each_language(client, home_page):
    html = client.get("/pt/").content.decode()
    assert 'href="/" hreflang="es"' in html
    assert 'href="/en/" hreflang="en"' in html
    assert '<span class="language-switcher__item" aria-current="true" lang="pt-br">' in html


def test_accept_language_does_not_override_unprefixed_spanish(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pt-BR,pt;q=0.9")
    assert '<html lang="es">' in response.content.decode()


def test_unknown_path_gives_translated_404(client, home_page):
    response = client.get("/pt/no-existe/")
    assert response.status_code == 404
    assert "Página não encontrada" in response.content.decode()


def test_standard_page_renders_body_with_image_alt_text(client, home_page):
    image = Image.objects.create(title="Mapa", file=get_test_image_file())
    page = home_page.add_child(
        instance=StandardPage(
            title="Sobre la red",
            slug="sobre-la-red",
            summary="Quiénes somos.",
            body=[
                ("heading", "Nuestra historia"),
                ("paragraph", "<p>La red reúne ciudades de la región.</p>"),
                ("image", {"image": image, "alt_text": "Mapa de las ciudades", "caption": "Ciudades"}),
            ],
        )
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Nuestra historia</h2>" in html
    assert 'alt="Mapa de las ciudades"' in html
    assert 'loading="lazy"' in html


def test_featured_slot_lists_only_live_pages_in_order(client, home_page):
    first = home_page.add_child(instance=StandardPage(title="Primero", slug="primero"))
    second = home_page.add_child(instance=StandardPage(title="Segundo", slug="segundo"))
    draft = home_page.add_child(instance=StandardPage(title="Borrador", slug="borrador", live=False))
    for order, page in enumerate([second, draft, first]):
        HomeFeaturedItem.objects.create(home=home_page, page=page, sort_order=order)

    assert [page.title for page in home_page.featured_pages()] == ["Segundo", "Primero"]
    html = client.get("/").content.decode()
    assert html.index("Segundo") < html.index("Primero")
    assert "Borrador" not in html


def test_favicon_is_served_at_the_site_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_every_page_links_the_icons_and_the_web_manifest(client, home_page):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/static/manifest.webmanifest">' in html
    manifest = json.loads(b"".join(client.get("/static/manifest.webmanifest").streaming_content))
    assert manifest["name"] == "Aula"
    for icon in manifest["icons"]:
        assert client.get(f"/static/{icon['src']}").status_code == 200, icon


def test_home_title_is_the_site_name_once_and_other_pages_add_it(client, home_page):
    assert "<title>Aula</title>" in client.get("/").content.decode()
    home_page.add_child(instance=StandardPage(title="Sobre la red", slug="sobre-la-red"))
    assert "<title>Sobre la red · Aula</title>" in client.get("/sobre-la-red/").content.decode()


def test_language_switcher_shows_short_codes_and_names_each_language_in_itself(client, home_page):
    html = client.get("/").content.decode()
    assert (
        '<span class="language-switcher__item" aria-current="true" lang="es">'
        '<span aria-hidden="true">ES</span><span class="visually-hidden">Español</span></span>'
    ) in html
    assert (
        '<a class="language-switcher__item" href="/pt/" hreflang="pt-br" lang="pt-br">'
        '<span aria-hidden="true">PT</span><span class="visually-hidden">Português (Brasil)</span></a>'
    ) in html
    # The same names in every interface language.
    assert '<span class="visually-hidden">Español</span>' in client.get("/en/").content.decode()


def test_featured_courses_are_cards_with_their_image(client, home_page, institution, tmp_path, settings):
    from django.core.cache import cache
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage

    from cursos.tests.factories import CoursePageFactory

    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    path = tmp_path / "portada.png"
    PILImage.new("RGB", (1200, 675), "#2d6a8f").save(path)
    with path.open("rb") as handle:
        image = Image.objects.create(title="Portada", file=ImageFile(handle, name="portada.png"))
    course = CoursePageFactory(
        parent=institution, hero_image=image, hero_image_alt="Brigadistas", estimated_hours=6
    )
    HomeFeaturedItem.objects.create(home=home_page, page=course, sort_order=0)

    html = client.get("/").content.decode()

    card = html[html.index('<li class="card course-card') :]
    card = card[: card.index("</li>")]
    assert 'srcset="' in card and 'alt="Brigadistas"' in card and 'loading="lazy"' in card
    assert "Universidad Regional del Plata" in card
    assert "6 horas" in card
