"""Page and tag slugs are ASCII (aula/slugs.py): written from an accented title they
lose the accents, typed with accents they are refused in Spanish, and the migration
turns the accented slugs already stored into ASCII ones."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from cursos.models import CoursePage, ModulePage
from cursos.tests.factories import CoursePageFactory, ModulePageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

migration = __import__("home.migrations.0004_ascii_slugs", fromlist=["ascii_page_slugs"])


@pytest.mark.parametrize(
    ("title", "slug"),
    [("Prevención", "prevencion"), ("Cooperação internacional", "cooperacao-internacional")],
)
def test_a_page_made_from_an_accented_title_gets_an_ascii_slug(institution, title, slug):
    course = CourseFactoryPage(institution)
    module = ModulePage(title=title)
    course.add_child(instance=module)  # Wagtail writes the slug from the title

    assert module.slug == slug
    assert module.url_path.endswith(f"/{slug}/")


def CourseFactoryPage(institution) -> CoursePage:
    return CoursePageFactory(parent=institution, title="Comunicación de riesgos", slug="riesgos")


def test_full_clean_refuses_an_accented_slug_in_spanish(institution):
    module = ModulePageFactory(parent=CourseFactoryPage(institution), title="Prevención")
    module.slug = "prevención"

    with translation.override("es"), pytest.raises(ValidationError) as raised:
        module.full_clean()

    assert "sin tildes ni eñes" in " ".join(raised.value.message_dict["slug"])


def test_saving_with_an_accented_slug_is_refused(institution):
    course = CourseFactoryPage(institution)

    with pytest.raises(ValidationError):
        course.add_child(instance=ModulePage(title="Prevención", slug="prevención"))


def test_the_admin_refuses_an_accented_slug_and_slugifies_without_accents(client, institution):
    course = CourseFactoryPage(institution)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    add_url = reverse("wagtailadmin_pages:add", args=("cursos", "modulepage", course.pk))

    form = client.get(add_url).content.decode()
    # The slug field's own slugify (Wagtail's w-slug controller) keeps only ASCII unless
    # the field says allow-unicode; with the setting on, Django writes the bare attribute.
    assert 'name="slug" data-controller="w-slug"' in form
    assert "data-w-slug-allow-unicode-value" not in form

    response = client.post(add_url, {"title": "Prevención", "slug": "prevención", "summary": ""})
    assert response.status_code == 200  # the form again, with the error
    assert "sin tildes ni eñes" in response.content.decode()
    assert not ModulePage.objects.filter(title="Prevención").exists()

    client.post(add_url, {"title": "Prevención", "slug": "prevencion", "summary": ""})
    assert ModulePage.objects.get(title="Prevención").slug == "prevencion"


def test_tags_get_ascii_slugs(institution):
    course = CourseFactoryPage(institution)
    course.tags.add("gestión del riesgo", "cooperação sul-sul")
    course.save()

    assert sorted(course.tags.values_list("slug", flat=True)) == ["cooperacao-sul-sul", "gestion-del-riesgo"]


def test_the_migration_makes_stored_accented_slugs_ascii(institution):
    course = CourseFactoryPage(institution)
    module = ModulePageFactory(parent=course, title="Prevención", slug="prevencion-x")
    child = ModulePageFactory(
        parent=course, title="Otro", slug="prevencion"
    )  # a sibling holds the ASCII slug
    revision = module.save_revision()
    # Stored before slugs were ASCII: written past the model's check, as old data was.
    ModulePage.objects.filter(pk=module.pk).update(
        slug="prevención", url_path=module.url_path.replace("prevencion-x", "prevención")
    )
    revision.content["slug"] = "prevención"
    revision.save(update_fields=["content"])

    migration.ascii_page_slugs(apps, None)

    module.refresh_from_db()
    revision.refresh_from_db()
    assert module.slug == "prevencion-2"
    assert module.url_path.endswith("/riesgos/prevencion-2/")
    assert revision.content["slug"] == "prevencion-2"
    child.refresh_from_db()
    assert child.slug == "prevencion"


def test_a_new_edition_refuses_an_accented_slug(institution):
    from cursos.editions import EditionError, make_edition

    course = CourseFactoryPage(institution)

    with translation.override("es"), pytest.raises(EditionError, match="sin tildes ni eñes"):
        make_edition(
            course,
            title="Comunicación de riesgos 2027",
            slug="comunicación-2027",
            user=UserFactory(is_superuser=True),
        )


def test_every_demo_page_and_tag_has_an_ascii_slug(home_page):
    from io import StringIO

    from django.core.management import call_command
    from taggit.models import Tag
    from wagtail.models import Page

    call_command("seed_demo", stdout=StringIO())

    slugs = list(Page.objects.values_list("slug", flat=True))
    assert len(slugs) > 30
    assert [slug for slug in slugs if not slug.isascii()] == []
    tags = list(Tag.objects.values_list("slug", flat=True))
    assert tags and [slug for slug in tags if not slug.isascii()] == []
