import os
import secrets
import subprocess
import sys

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from aula.celery import app as celery_app


def run_manage(*args, **env) -> subprocess.CompletedProcess:
    # The browser tests switch Django's async-safety check off for their session;
    # a production process never runs that way.
    inherited = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**inherited, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_under_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="aula.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="aula.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": "aula.settings.production"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_celery_tasks_are_acknowledged_late_with_json_and_time_limits():
    conf = celery_app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.task_serializer == "json"
    assert conf.accept_content == ["json"]
    assert 0 < conf.task_soft_time_limit < conf.task_time_limit


def test_language_prefixes_are_short():
    with translation.override("pt-br"):
        assert reverse("wagtail_serve", args=[""]) == "/pt/"
    with translation.override("en"):
        assert reverse("wagtail_serve", args=["cursos/"]) == "/en/cursos/"
    with translation.override("es"):
        assert reverse("wagtail_serve", args=["cursos/"]) == "/cursos/"


def test_email_url_file_writes_each_message_to_that_folder(tmp_path):
    outbox = tmp_path / "correo"
    result = run_manage(
        "sendtestemail",
        "alguien@example.org",
        DJANGO_SETTINGS_MODULE="aula.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="aula.example.org",
        EMAIL_URL=f"file://{outbox}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [message] = outbox.iterdir()
    assert "To: alguien@example.org" in message.read_text()
