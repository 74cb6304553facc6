"""The default Wagtail Site takes SITE_URL's hostname and port, so the Site record and
every absolute URL the platform writes (aula/links.py) name the same origin. The
system check in home/checks.py reports any later drift."""

from django.db import migrations

from aula.links import site_hostname_and_port


def align_default_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).first()
    hostname, port = site_hostname_and_port()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return
    if Site.objects.filter(hostname=hostname, port=port).exists():
        return  # another site holds that origin: left for an administrator (the check says so)
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_content_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(align_default_site, migrations.RunPython.noop)]
