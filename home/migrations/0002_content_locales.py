"""The three content locales (es, pt-br, en), so authors can translate pages into
Portuguese and English. Wagtail's own migrations only create the default one (es)."""

from django.db import migrations

CONTENT_LANGUAGES = ["es", "pt-br", "en"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
