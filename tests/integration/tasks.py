"""A task that exists only for the integration tests; the test worker loads it with
--include. It writes to the database, then reports on a Redis list so the test can
block on it instead of sleeping."""

import os
import signal

import redis
from celery import current_app, shared_task
from celery.signals import task_postrun, worker_ready
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail.backends.filebased import EmailBackend as FileEmailBackend
from django.db.models.signals import post_save


@shared_task(acks_late=True)
def stamp_user(user_id: int, stamp: str, report_to: str) -> None:
    get_user_model().objects.filter(pk=user_id).update(last_name=stamp)
    redis.Redis.from_url(settings.CELERY_BROKER_URL).rpush(report_to, stamp)


# Tests with a killable worker (test_certificate_worker.py, test_email_outbox.py).
# Everything below is inert unless the worker was started with the AULA_TEST_*
# variables below, as the `killable_worker` fixture does; the shared
# `celery_worker` is unaffected.

# A Redis list the worker reports on: "ready", "paused:<point>", "done:<task name>".
REPORT_KEY = os.environ.get("AULA_TEST_REPORT_KEY", "")
# Where, inside issue(), the worker stops and waits to be killed: "row" (certificate
# saved, transaction open), "pdf" (file written, row not yet committed) or "email"
# (PDF committed, the message about to go to the mail server).
PAUSE_AT = os.environ.get("AULA_TEST_PAUSE_AT", "")
PAUSE_TIMEOUT = 60


def _report(message: str) -> None:
    redis.Redis.from_url(settings.CELERY_BROKER_URL).rpush(REPORT_KEY, message)


def pause_if(point: str) -> None:
    """Tell the test the worker reached `point`, then wait for SIGKILL. If the kill
    never comes the worker stops itself hard, so a broken test cannot hang."""
    if PAUSE_AT != point:
        return
    _report(f"paused:{point}")
    redis.Redis.from_url(settings.CELERY_BROKER_URL).blpop([f"{REPORT_KEY}:never"], timeout=PAUSE_TIMEOUT)
    os.kill(os.getpid(), signal.SIGKILL)


class PausingFileEmailBackend(FileEmailBackend):
    """Mail lands in files the test can count across processes; at the "email" point
    the worker dies before the mail server (the file) has accepted anything."""

    def send_messages(self, email_messages):
        pause_if("email")
        return super().send_messages(email_messages)


if REPORT_KEY:
    # Own keys in Redis (queue, unacked messages) and a short visibility timeout: a
    # killed worker's message comes back within seconds, and only this worker's
    # messages can be restored by it.
    current_app.conf.broker_transport_options = {
        "global_keyprefix": os.environ["AULA_TEST_KEY_PREFIX"],
        "visibility_timeout": int(os.environ.get("AULA_TEST_VISIBILITY_TIMEOUT", "3")),
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }
    settings.EMAIL_BACKEND = "tests.integration.tasks.PausingFileEmailBackend"
    settings.EMAIL_FILE_PATH = os.environ["AULA_TEST_EMAIL_DIR"]

    @worker_ready.connect
    def _ready(**kwargs):
        _report("ready")

    @task_postrun.connect
    def _done(task=None, state=None, **kwargs):
        _report(f"done:{task.name}:{state}")

    def _saved(instance, created, update_fields=None, **kwargs):
        if created:
            pause_if("row")
        elif update_fields and "pdf" in update_fields:
            pause_if("pdf")

    post_save.connect(_saved, sender="capacitacion.Certificate")
