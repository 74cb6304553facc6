"""Demo data for the site itself: locales, the home page (in Spanish and, as its
translation, in Portuguese), the default site and the demo administrator. Every
function here is idempotent."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from aula.links import site_hostname_and_port
from home.models import HomePage

DEMO_ADMIN = {"username": "admin", "email": "admin@aula.example.org", "password": "aula-demo-admin"}


def ensure_locales() -> None:
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_home_page() -> HomePage:
    """Make a HomePage the root of the default site, replacing Wagtail's welcome page."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Aula",
                slug="inicio",
                locale=Locale.get_default(),
                hero_heading="Aprender para cuidar a nuestras ciudades",
                hero_text=(
                    "Cursos gratuitos de la red de ciudades sudamericanas para periodistas, "
                    "comunicadores y equipos municipales: comunicación de riesgos y "
                    "formulación de proyectos de cooperación internacional."
                ),
                intro=(
                    "<p>Estudia a tu ritmo, desde el teléfono o la computadora, en español "
                    "o portugués. Al aprobar cada curso obtienes un certificado que "
                    "cualquier persona puede verificar en línea.</p>"
                ),
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    hostname, port = site_hostname_and_port()
    if site is None:
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Aula"
        )
        return home
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port  # its URLs are SITE_URL's (aula/links.py)
        site.save(update_fields=["hostname", "port"])
    if site.root_page_id != home.pk:
        previous_root = site.root_page
        site.root_page = home
        site.site_name = "Aula"
        site.save()
        if (
            previous_root.depth == 2
            and type(previous_root.specific) is Page
            and not previous_root.get_children().exists()
        ):
            previous_root.delete()  # Wagtail's "Welcome to your new Wagtail site!"
    return home


HOME_PT_BR = {
    "title": "Aula",
    "hero_heading": "Aprender para cuidar das nossas cidades",
    "hero_text": (
        "Cursos gratuitos da rede de cidades sul-americanas para jornalistas, "
        "comunicadores e equipes municipais: comunicação de riscos e "
        "formulação de projetos de cooperação internacional."
    ),
    "intro": (
        "<p>Estude no seu ritmo, pelo celular ou pelo computador, em português "
        "ou espanhol. Ao ser aprovado em cada curso, você recebe um certificado que "
        "qualquer pessoa pode verificar on-line.</p>"
    ),
}


def ensure_translation(page: Page, language_code: str, fields: dict) -> Page:
    """The page's live translation, made the way an editor makes one (Wagtail's
    copy for translation: same translation_key, draft copy), then filled in and
    published. Left alone if it already exists."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def ensure_demo_admin() -> dict:
    User = get_user_model()
    user, _created = User.objects.get_or_create(
        username=DEMO_ADMIN["username"], defaults={"email": DEMO_ADMIN["email"]}
    )
    user.email = DEMO_ADMIN["email"]
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(DEMO_ADMIN["password"])
    user.save()
    # Staff sign in through allauth like everyone, with a verified address.
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return {"role": "Administración", "login": DEMO_ADMIN["email"], "password": DEMO_ADMIN["password"]}


@transaction.atomic
def seed_site() -> tuple[HomePage, list[dict]]:
    """Returns the home page and the demo logins it created, for the command to print."""
    ensure_locales()
    home = ensure_home_page()
    ensure_translation(home, "pt-br", HOME_PT_BR)
    return home, [ensure_demo_admin()]
