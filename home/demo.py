"""Demo data for the site itself: locales, the home page (in Spanish and, as its
translations, in Portuguese and English), the default site and the demo administrator. Every
function here is idempotent."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from aula.links import site_hostname_and_port
from home.legal import PRIVACY_SLUG, TERMS_SLUG
from home.models import HomePage, StandardPage

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


HOME_EN = {
    "title": "Aula",
    "hero_heading": "Learning to look after our cities",
    "hero_text": (
        "Free courses from the network of South American cities for journalists, "
        "communicators and municipal teams: risk communication and the formulation "
        "of international cooperation projects."
    ),
    "intro": (
        "<p>Study at your own pace, on your phone or your computer. The courses are "
        "taught in Spanish or Portuguese. Each course you pass earns you a certificate "
        "that anyone can verify online.</p>"
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


def _paragraphs(*texts: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def legal_pages_content(contact: str) -> dict:
    """{slug: {language: fields}} of the terms of use and the privacy notice."""
    return {
        TERMS_SLUG: {
            "es": {
                "title": "Términos de uso",
                "summary": "Qué puedes esperar de Aula y qué esperamos de ti.",
                "body": _paragraphs(
                    "Aula es la plataforma de formación gratuita de la red de ciudades sudamericanas. "
                    "Al crear tu cuenta aceptas estos términos.",
                    "Tu cuenta es personal: usa tu nombre real, porque aparece en tus certificados, y no "
                    "compartas tu contraseña.",
                    "Las respuestas de los cuestionarios tienen que ser tuyas. Un certificado obtenido "
                    "con trampa puede revocarse.",
                    "Los contenidos de los cursos pertenecen a las universidades que los escriben; puedes "
                    "usarlos para estudiar y citarlos indicando la fuente.",
                    "Podemos cambiar estos términos; si el cambio es importante, te avisaremos por correo.",
                    f'¿Dudas? Escríbenos a <a href="mailto:{contact}">{contact}</a>.',
                ),
            },
            "pt-br": {
                "title": "Termos de uso",
                "summary": "O que você pode esperar da Aula e o que esperamos de você.",
                "body": _paragraphs(
                    "A Aula é a plataforma de formação gratuita da rede de cidades sul-americanas. "
                    "Ao criar sua conta, você aceita estes termos.",
                    "Sua conta é pessoal: use seu nome real, porque ele aparece nos seus certificados, e "
                    "não compartilhe sua senha.",
                    "As respostas dos questionários têm de ser suas. Um certificado obtido com fraude "
                    "pode ser revogado.",
                    "Os conteúdos dos cursos pertencem às universidades que os escrevem; você pode usá-los "
                    "para estudar e citá-los indicando a fonte.",
                    "Podemos mudar estes termos; se a mudança for importante, avisaremos você por e-mail.",
                    f'Dúvidas? Escreva para <a href="mailto:{contact}">{contact}</a>.',
                ),
            },
            "en": {
                "title": "Terms of use",
                "summary": "What you can expect from Aula and what we expect from you.",
                "body": _paragraphs(
                    "Aula is the free training platform of the network of South American cities. "
                    "By creating your account you accept these terms.",
                    "Your account is personal: use your real name, because it appears on your "
                    "certificates, and do not share your password.",
                    "Your quiz answers must be your own. A certificate obtained by cheating can be revoked.",
                    "Course contents belong to the universities that write them; you may use them to "
                    "study and quote them, citing the source.",
                    "We may change these terms; if the change is important, we will let you know by email.",
                    f'Questions? Write to us at <a href="mailto:{contact}">{contact}</a>.',
                ),
            },
        },
        PRIVACY_SLUG: {
            "es": {
                "title": "Aviso de privacidad",
                "summary": "Qué datos guardamos, para qué y cómo los controlas.",
                "body": _paragraphs(
                    "Guardamos tu perfil, tu correo, tus inscripciones, tu progreso, tus respuestas a los "
                    "cuestionarios, los correos que te enviamos y tus certificados.",
                    "Los usamos solo para darte los cursos, avisarte de lo que pasa en ellos y certificar "
                    "lo que completaste. No los vendemos ni los usamos para publicidad.",
                    "El equipo docente de cada curso ve tu nombre, tu avance y tus respuestas en ese curso. "
                    "Cualquier persona con el código de un certificado puede verificarlo y ver a nombre de "
                    "quién está.",
                    "Desde «Mi aprendizaje» puedes descargar todos tus datos y eliminar tu cuenta.",
                    f'Para cualquier consulta sobre tus datos, escríbenos a <a href="mailto:{contact}">'
                    f"{contact}</a>.",
                ),
            },
            "pt-br": {
                "title": "Aviso de privacidade",
                "summary": "Quais dados guardamos, para quê e como você os controla.",
                "body": _paragraphs(
                    "Guardamos seu perfil, seu e-mail, suas inscrições, seu progresso, suas respostas aos "
                    "questionários, os e-mails que enviamos a você e seus certificados.",
                    "Usamos esses dados só para oferecer os cursos, avisar você sobre o que acontece neles e "
                    "certificar o que você concluiu. Não os vendemos nem os usamos para publicidade.",
                    "A equipe docente de cada curso vê seu nome, seu progresso e suas respostas nesse curso. "
                    "Qualquer pessoa com o código de um certificado pode verificá-lo e ver em nome de quem "
                    "ele está.",
                    "Em «Meu aprendizado», você pode baixar todos os seus dados e excluir sua conta.",
                    f'Para qualquer dúvida sobre seus dados, escreva para <a href="mailto:{contact}">'
                    f"{contact}</a>.",
                ),
            },
            "en": {
                "title": "Privacy notice",
                "summary": "What data we keep, what for, and how you control it.",
                "body": _paragraphs(
                    "We keep your profile, your email address, your enrolments, your progress, your quiz "
                    "answers, the emails we send you and your certificates.",
                    "We use them only to give you the courses, to tell you what happens in them and to "
                    "certify what you completed. We do not sell them or use them for advertising.",
                    "The teaching staff of each course see your name, your progress and your answers in "
                    "that course. Anyone with a certificate's code can verify it and see whose it is.",
                    "From “My learning” you can download all your data and delete your account.",
                    f'For any question about your data, write to us at <a href="mailto:{contact}">'
                    f"{contact}</a>.",
                ),
            },
        },
    }


def ensure_legal_pages(home: HomePage) -> None:
    """The terms of use and the privacy notice in Spanish, translated like the home page."""
    for slug, languages in legal_pages_content(settings.CONTACT_EMAIL).items():
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = home.add_child(instance=StandardPage(slug=slug, locale=home.locale, **languages["es"]))
            page.save_revision().publish()
        for language, fields in languages.items():
            if language != "es":
                ensure_translation(page, language, fields)


@transaction.atomic
def seed_site() -> tuple[HomePage, list[dict]]:
    """Returns the home page and the demo logins it created, for the command to print."""
    ensure_locales()
    home = ensure_home_page()
    ensure_translation(home, "pt-br", HOME_PT_BR)
    ensure_translation(home, "en", HOME_EN)
    ensure_legal_pages(home)
    return home, [ensure_demo_admin()]
