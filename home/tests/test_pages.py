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
    assert '<span aria-current="true" lang="pt-br">' in html


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
