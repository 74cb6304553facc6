import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aula.settings.dev")

app = Celery("aula")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
