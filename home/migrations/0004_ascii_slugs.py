"""Pages and tags whose slug has letters outside ASCII get the ASCII one
("prevención" -> "prevencion"), as every new slug now is (aula/slugs.py).

A page's url_path and those of the pages below it follow its new slug, and so does the
slug in its revisions (otherwise publishing an older draft would bring the accented
slug back). A slug already taken among the siblings gets "-2", "-3", ..."""

from django.db import migrations
from django.utils.text import slugify


def _free_slug(base: str, taken: set[str]) -> str:
    base = base or "pagina"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def ascii_page_slugs(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_types = list(ContentType.objects.filter(app_label="wagtailcore", model="page"))
    # Parents first: a child's url_path is rewritten with its parent's before its own.
    accented = [
        pk
        for pk, slug in Page.objects.order_by("depth", "path").values_list("pk", "slug")
        if not slug.isascii()
    ]
    for pk in accented:
        page = Page.objects.get(pk=pk)
        parent_path = page.path[:-4]  # Wagtail's steplen
        taken = set(
            Page.objects.filter(path__startswith=parent_path, depth=page.depth)
            .exclude(pk=page.pk)
            .values_list("slug", flat=True)
        )
        slug = _free_slug(slugify(page.slug), taken)
        old_url = page.url_path or ""
        new_url = (
            old_url[: -len(page.slug) - 1] + slug + "/" if old_url.endswith(page.slug + "/") else old_url
        )
        Page.objects.filter(pk=page.pk).update(slug=slug)
        if old_url and new_url != old_url:
            for below in Page.objects.filter(path__startswith=page.path).only("pk", "url_path"):
                if below.url_path.startswith(old_url):
                    Page.objects.filter(pk=below.pk).update(url_path=new_url + below.url_path[len(old_url) :])
        revisions = Revision.objects.filter(base_content_type__in=page_types, object_id=str(page.pk))
        for revision in revisions:
            content = revision.content or {}
            if content.get("slug") == page.slug:
                content["slug"] = slug
                if content.get("url_path") == old_url:
                    content["url_path"] = new_url
                Revision.objects.filter(pk=revision.pk).update(content=content)


def ascii_tag_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    taken = set(Tag.objects.values_list("slug", flat=True))
    for tag in Tag.objects.order_by("pk"):
        if tag.slug.isascii():
            continue
        taken.discard(tag.slug)
        tag.slug = _free_slug(slugify(tag.slug), taken)
        taken.add(tag.slug)
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_default_site_on_site_url"),
        ("wagtailcore", "0098_apitoken"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunPython(ascii_page_slugs, migrations.RunPython.noop),
        migrations.RunPython(ascii_tag_slugs, migrations.RunPython.noop),
    ]
