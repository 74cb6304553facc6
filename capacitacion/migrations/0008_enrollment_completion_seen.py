from django.db import migrations, models
from django.db.models import F


def existing_completions_were_seen(apps, schema_editor):
    """Courses completed before the dashboard announced completions are old news."""
    Enrollment = apps.get_model("capacitacion", "Enrollment")
    Enrollment.objects.filter(status="completed").update(completion_seen_at=F("completed_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("capacitacion", "0007_notification_outbox"),
    ]

    operations = [
        migrations.AddField(
            model_name="enrollment",
            name="completion_seen_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="vio que completó"),
        ),
        migrations.RunPython(existing_completions_were_seen, migrations.RunPython.noop),
    ]
