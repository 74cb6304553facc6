"""/health/: is the database reachable, and the Celery broker?"""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from aula.celery import app as celery_app


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "error"
    return "ok"


def broker_status() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "eager"
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
    except Exception:  # any kombu transport error means "unreachable"
        return "error"
    return "ok"


@never_cache
@require_GET
def health(request):
    database = database_status()
    broker = broker_status()
    # Only a dead database takes the host out of rotation: without a broker pages
    # still work and tasks wait in the sweep.
    status = 503 if database != "ok" else 200
    overall = "ok" if database == "ok" and broker in {"ok", "eager"} else "degraded"
    return JsonResponse({"status": overall, "database": database, "broker": broker}, status=status)
