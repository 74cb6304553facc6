"""Demo catalog: two partner universities, their editors, the Coordination reviewer
and the two programmes as real courses, plus the Portuguese tree: catalog, one
institution and the cooperation course translated, each page linked to its Spanish
original as a translation. The courses' content is data, one YAML file per module under
cursos/demo/content/<course-slug>/ (read by loader.py).
Idempotent: pages are found by slug and left alone if they already exist."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page

from cursos.demo import images
from cursos.demo.loader import load_course
from cursos.models import (
    CatalogPage,
    CoursePage,
    GradingMethod,
    InstitutionPage,
    LessonPage,
    ModulePage,
    QuizPage,
    ReviewWhen,
)
from cursos.services import COORDINATION_GROUP, ensure_review_workflow, provision_institution
from home.demo import ensure_translation
from home.models import HomePage

DEMO_PASSWORD = "aula-demo-2026"

# Each "course" is the slug of its folder in cursos/demo/content.
INSTITUTIONS = [
    {
        "title": "Universidad Regional del Plata",
        "slug": "universidad-regional-del-plata",
        "short_name": "URP",
        "country": "AR",
        "description": (
            "<p>Universidad pública asociada a la red. Su Facultad de Comunicación forma a "
            "periodistas y comunicadores en comunicación de riesgos y emergencias.</p>"
        ),
        "accent": "blue",
        "logo_colour": "#1d4f91",
        "editor": ("editor.urp", "Lucía", "Fernández"),
        "course": "comunicacion-de-riesgos",
    },
    {
        "title": "Universidad Andina de Gestión Local",
        "slug": "universidad-andina-de-gestion-local",
        "short_name": "UAGL",
        "country": "PE",
        "description": (
            "<p>Universidad asociada a la red, especializada en gestión pública local, "
            "planificación y cooperación internacional para gobiernos municipales.</p>"
        ),
        "accent": "teal",
        "logo_colour": "#0b6b6b",
        "editor": ("editor.uagl", "Mateus", "Quispe"),
        "course": "formulacion-de-proyectos",
        "translations": {
            "pt-br": {
                "description": (
                    "<p>Universidade associada à rede, especializada em gestão pública local, "
                    "planejamento e cooperação internacional para governos municipais.</p>"
                ),
                "course": "formulacao-de-projetos",
            }
        },
    },
]

CATALOG_PT_BR = {
    "title": "Cursos",
    "intro": (
        "<p>Cursos gratuitos e no seu ritmo, escritos por universidades da rede. "
        "Busque por tema ou filtre por público, instituição e idioma.</p>"
    ),
}

CATALOG_EN = {
    "title": "Courses",
    "intro": (
        "<p>Free, self-paced courses written by the network's universities. "
        "Search by topic or filter by audience, institution and language.</p>"
    ),
}
# The catalog in each interface language, even where no course is translated into it
# (the English catalog lists the Spanish and Portuguese courses, marked with their language).
CATALOG_TRANSLATIONS = {"pt-br": CATALOG_PT_BR, "en": CATALOG_EN}


def _publish(parent: Page, page: Page) -> Page:
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _user(username: str, first_name: str, last_name: str, group_names: list[str]) -> dict:
    from django.contrib.auth.models import Group

    user, _created = get_user_model().objects.get_or_create(username=username)
    user.first_name, user.last_name = first_name, last_name
    user.email = f"{username}@aula.example.org"
    user.is_active = True
    user.set_password(DEMO_PASSWORD)
    user.save()
    user.groups.set(Group.objects.filter(name__in=group_names))
    # Staff sign in through allauth like everyone, with a verified address.
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return {"login": user.email, "password": DEMO_PASSWORD}


def _as_translation(page: Page, parent: Page, source: Page | None) -> Page:
    """In the parent's locale; with a source, linked to it as its translation."""
    if source is not None:
        page.locale_id = parent.locale_id
        page.translation_key = source.translation_key
    return page


def _build_course(institution: InstitutionPage, data: dict, source: CoursePage | None = None) -> CoursePage:
    """The course from its data; with `source` (the same course in another language,
    built from data of the same shape), every page is that source page's translation."""
    course = _publish(
        institution,
        _as_translation(
            CoursePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                description=data["description"],
                audience=data["audience"],
                programme=data["programme"],
                language=data["language"],
                estimated_hours=data["estimated_hours"],
            ),
            institution,
            source,
        ),
    )
    cover = images.course_cover(course.slug)
    if not course.tags.exists() or (cover and not course.hero_image_id):
        course.tags.add(*data["tags"])
        if cover:
            course.hero_image, course.hero_image_alt = cover
        course.save_revision().publish()
    source_modules = list(ModulePage.objects.child_of(source).order_by("path")) if source else []
    for index, module_data in enumerate(data["modules"]):
        source_module = source_modules[index] if source else None
        module = _publish(
            course,
            _as_translation(
                ModulePage(
                    title=module_data["title"], slug=module_data["slug"], summary=module_data["summary"]
                ),
                course,
                source_module,
            ),
        )
        source_items = list(Page.objects.child_of(source_module).order_by("path")) if source else []
        for item_index, item in enumerate(module_data["items"]):
            if item["kind"] == "lesson":
                page = LessonPage(
                    title=item["title"],
                    slug=item["slug"],
                    estimated_minutes=item["estimated_minutes"],
                    body=item["body"],
                )
            else:
                page = QuizPage(
                    title=item["title"],
                    slug=item["slug"],
                    intro=item["intro"],
                    pass_mark=item["pass_mark"],
                    questions=item["questions"],
                    # Three tries, the best counts; after each one the learner sees their
                    # answers, points and feedback, but not the answer key.
                    max_attempts=item.get("max_attempts", 3),
                    grading_method=GradingMethod.HIGHEST,
                    review_when=ReviewWhen.AFTER_ATTEMPT,
                    review_answers=True,
                    review_points=True,
                    review_feedback=True,
                    review_correct=False,
                )
            _publish(module, _as_translation(page, module, source_items[item_index] if source else None))
    return course


def _feature_translated_courses(home: HomePage) -> None:
    """The Portuguese home features the Portuguese course first, then the courses that
    exist only in Spanish."""
    for translated_home in HomePage.objects.filter(translation_key=home.translation_key).exclude(pk=home.pk):
        if translated_home.featured_items.exists():
            continue
        featured = []
        for item in home.featured_items.all():
            version = item.page.get_translation_or_none(translated_home.locale)
            featured.append(version if version is not None and version.live else item.page)
        featured.sort(key=lambda page: page.locale_id != translated_home.locale_id)
        for page in featured:
            translated_home.featured_items.create(page=page)
        translated_home.save_revision().publish()


@transaction.atomic
def seed_catalog(home: HomePage) -> list[dict]:
    """Returns the demo logins it created, for seed_demo to print."""
    catalog = _publish(
        home,
        CatalogPage(
            title="Cursos",
            slug="cursos",
            intro=(
                "<p>Cursos gratuitos y a tu ritmo, escritos por universidades de la red. "
                "Busca por tema o filtra por público, institución e idioma.</p>"
            ),
        ),
    )
    ensure_review_workflow(catalog)
    for language_code, fields in CATALOG_TRANSLATIONS.items():
        ensure_translation(catalog, language_code, fields)
    logins = []
    for data in INSTITUTIONS:
        institution = _publish(
            catalog,
            InstitutionPage(
                title=data["title"],
                slug=data["slug"],
                short_name=data["short_name"],
                country=data["country"],
                description=data["description"],
            ),
        )
        if not institution.logo_id:
            institution.logo = images.institution_logo(data["short_name"], data["logo_colour"])
            institution.accent = data["accent"]
            institution.save_revision().publish()
        group = provision_institution(institution)
        username, first_name, last_name = data["editor"]
        logins.append(
            {"role": f"Edición {data['short_name']}", **_user(username, first_name, last_name, [group.name])}
        )
        course = _build_course(institution, load_course(data["course"]))
        if not home.featured_items.filter(page=course).exists():
            home.featured_items.create(page=course)
            home.save_revision().publish()
        for language_code, translated in data.get("translations", {}).items():
            institution_translation = ensure_translation(
                institution, language_code, {"description": translated["description"]}
            )
            _build_course(institution_translation, load_course(translated["course"]), source=course)
    _feature_translated_courses(home)
    logins.append({"role": "Coordinación", **_user("coordinacion", "Ana", "Benítez", [COORDINATION_GROUP])})
    return logins
