"""Fixtures for tests that need real PostgreSQL, Redis and a Celery worker.

Without those services the tests skip and say why; with REQUIRE_SERVICES=1 (CI) a
missing service is a failure, so CI can never pass by skipping."""

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.db import connection

from aula.celery import app as celery_app
from tests.services import service_missing

pytestmark = pytest.mark.integration

WORKER_START_TIMEOUT = 60


@pytest.fixture(scope="session")
def services(django_db_setup, django_db_blocker):
    if connection.vendor != "postgresql":
        service_missing("integration tests need PostgreSQL: set DATABASE_URL=postgres://...")
    if not settings.CELERY_BROKER_URL.startswith("redis"):
        service_missing("integration tests need Redis: set CELERY_BROKER_URL=redis://...")
    try:
        redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        service_missing(f"Redis at CELERY_BROKER_URL is unreachable: {error}")


def worker_database_url() -> str:
    """The URL of the database pytest-django created, for the worker process."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


@dataclass
class Worker:
    queue: str
    redis: redis.Redis

    def wait_for_report(self, key: str, timeout: int = 30) -> str:
        """Block until a task reports on `key` (BLPOP, no sleeping)."""
        item = self.redis.blpop([key], timeout=timeout)
        assert item is not None, f"no task reported on {key} within {timeout}s"
        return item[1].decode()


@pytest.fixture(scope="session")
def celery_worker(services):
    """A real `celery worker` process on its own queue, against the test database."""
    queue = f"aula-test-{uuid.uuid4().hex[:10]}"
    name = f"{queue}@localhost"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aula.settings.test",
        "DATABASE_URL": worker_database_url(),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "aula",
            "worker",
            "--pool=solo",
            "--queues",
            queue,
            "--hostname",
            name,
            "--include",
            "tests.integration.tasks",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
        ],
        cwd=settings.BASE_DIR,
        env=env,
    )
    celery_app.conf.task_always_eager = False
    try:
        for _attempt in range(WORKER_START_TIMEOUT):
            if process.poll() is not None:
                pytest.fail(f"celery worker exited with code {process.returncode}", pytrace=False)
            if celery_app.control.ping(destination=[name], timeout=1):
                break
        else:
            pytest.fail(f"celery worker did not answer a ping within {WORKER_START_TIMEOUT}s", pytrace=False)
        yield Worker(queue=queue, redis=redis.Redis.from_url(settings.CELERY_BROKER_URL))
    finally:
        celery_app.conf.task_always_eager = True
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
