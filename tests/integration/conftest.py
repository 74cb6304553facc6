"""Fixtures for tests that need real PostgreSQL, Redis and a Celery worker.

Without those services the tests skip and say why; with REQUIRE_SERVICES=1 (CI) a
missing service is a failure, so CI can never pass by skipping."""

import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from aula.celery import app as celery_app
from tests.services import database_url, service_missing

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
        "DATABASE_URL": database_url(),
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


# A worker the test can SIGKILL and start again, its mail written to files
# (test_certificate_worker.py, test_email_outbox.py).


@dataclass
class KillableWorker:
    """One `celery worker` process at a time on keys of its own in Redis (a key
    prefix), reporting on a Redis list through the hooks in tests/integration/tasks.py,
    with its mail written to files in `email_dir`."""

    prefix: str
    queue: str
    report_key: str
    email_dir: Path
    redis: redis.Redis
    process: subprocess.Popen | None = None

    def start(self, *, pause_at: str = "") -> None:
        """Start a worker; with `pause_at` it stops at that point of issue() and waits
        to be killed (see tests.integration.tasks.pause_if)."""
        assert self.process is None, "a worker is already running"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "aula.settings.test",
            "DATABASE_URL": database_url(),
            "AULA_TEST_REPORT_KEY": self.report_key,
            "AULA_TEST_KEY_PREFIX": self.prefix,
            "AULA_TEST_EMAIL_DIR": str(self.email_dir),
            "AULA_TEST_PAUSE_AT": pause_at,
        }
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "aula",
                "worker",
                "--pool=solo",
                "--queues",
                self.queue,
                "--hostname",
                f"{self.prefix}@localhost",
                "--include",
                "tests.integration.tasks",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--loglevel=WARNING",
            ],
            cwd=settings.BASE_DIR,
            env=env,
        )
        self.expect("ready", timeout=WORKER_START_TIMEOUT)

    def kill(self) -> None:
        """SIGKILL: no cleanup, no acknowledgement, the open transaction is cut off."""
        self.process.kill()
        self.process.wait()
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def send(self, task, *args) -> None:
        """Queue `task` for this worker, under its key prefix."""
        with celery_app.connection_for_write(transport_options={"global_keyprefix": self.prefix}) as conn:
            task.apply_async(args, queue=self.queue, connection=conn)

    def expect(self, report: str, timeout: int = 60) -> None:
        """Block (BLPOP, no sleeping) until the worker reports `report`; reports that
        come before it are skipped. Fails if the worker dies or stays silent."""
        seen = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # Wake up every second only to notice a worker that died.
            item = self.redis.blpop([self.report_key], timeout=1)
            if item is not None:
                seen.append(item[1].decode())
                if seen[-1] == report:
                    return
            elif self.process is None or self.process.poll() is not None:
                pytest.fail(f"worker exited before reporting {report!r}; it reported {seen}")
        pytest.fail(f"worker did not report {report!r} within {timeout}s; it reported {seen}")

    def emails(self) -> list[str]:
        """Every message the worker sent (the file backend separates them with a line
        of 79 dashes)."""
        messages = []
        for file in sorted(self.email_dir.iterdir()):
            messages += [m for m in file.read_text().split("\n" + "-" * 79 + "\n") if m.strip()]
        return messages


@pytest.fixture
def killable_worker(services, tmp_path):
    prefix = f"aula-test-{uuid.uuid4().hex[:10]}:"
    email_dir = tmp_path / "mail"
    email_dir.mkdir()
    worker = KillableWorker(
        prefix=prefix,
        queue="tasks",
        report_key=f"{prefix}reports",
        email_dir=email_dir,
        redis=redis.Redis.from_url(settings.CELERY_BROKER_URL),
    )
    celery_app.conf.task_always_eager = False
    try:
        yield worker
    finally:
        celery_app.conf.task_always_eager = True
        worker.stop()
        keys = list(worker.redis.scan_iter(match=f"{prefix}*"))
        if keys:
            worker.redis.delete(*keys)
