import json
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings

pytestmark = pytest.mark.django_db


def test_health_reports_database_ok_and_eager_broker(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "eager"}
    assert "no-cache" in response["Cache-Control"]


def health_in_subprocess(**env) -> tuple[int, dict]:
    """Ask /health/ from a fresh process whose configuration points at dead services."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/health/');"
        "print(r.status_code, r.content.decode())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "aula.settings.dev", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().splitlines()[-1].split(" ", 1)
    return int(status), json.loads(body)


def test_health_is_503_when_database_is_unreachable():
    status, body = health_in_subprocess(
        DATABASE_URL="postgres://nobody@127.0.0.1:1/aula", CELERY_BROKER_URL=""
    )
    assert status == 503
    assert body["database"] == "error"


def test_health_reports_unreachable_broker_without_failing_the_host(tmp_path):
    status, body = health_in_subprocess(
        DATABASE_URL=f"sqlite:///{tmp_path / 'health.sqlite3'}",
        CELERY_BROKER_URL="redis://127.0.0.1:1/0",
    )
    assert status == 200
    assert body == {"status": "degraded", "database": "ok", "broker": "error"}
