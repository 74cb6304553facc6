"""How fast certificates are issued, and where the time goes.

    .venv/bin/python bench/certificates.py [--count 200]

Runs against a throwaway test database (Django's test database machinery, never real
data): SQLite in memory by default, PostgreSQL with DATABASE_URL. It issues `count`
certificates in this process and splits the time into PDF rendering, credential
signing, database and email. With DATABASE_URL on PostgreSQL and CELERY_BROKER_URL on
Redis it also queues `count` issue_certificate tasks for one real Celery worker process
and measures the wall time until every certificate has its PDF and its email.
Results are merged into bench/results.json under "certificates"."""

import argparse
import json
import os
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aula.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_databases, setup_test_environment, teardown_databases  # noqa: E402
from django.utils import timezone  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
WORKER_TIMEOUT = 600


class Timer:
    """Seconds and calls per named part."""

    def __init__(self):
        self.seconds = defaultdict(float)
        self.calls = defaultdict(int)

    @contextmanager
    def part(self, name):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start
            self.calls[name] += 1

    def wrap(self, owner, attribute, name):
        """Time every call of owner.attribute (measuring, not changing, what it does)."""
        original = getattr(owner, attribute)

        def timed(*args, **kwargs):
            with self.part(name):
                return original(*args, **kwargs)

        setattr(owner, attribute, timed)

    def database(self, execute, sql, params, many, context):
        with self.part("database"):
            return execute(sql, params, many, context)


def bench_course():
    from cursos.tests.factories import CatalogPageFactory, InstitutionPageFactory, build_course
    from home.demo import ensure_home_page, ensure_locales

    ensure_locales()
    catalog = CatalogPageFactory(parent=ensure_home_page())
    institution = InstitutionPageFactory(parent=catalog, title="Universidad Regional del Plata", slug="urp")
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")


def completed_enrollments(course, count: int) -> list[int]:
    """`count` new completed enrolments in the course, with learners' names as printed."""
    from capacitacion.models import Enrollment, EnrollmentStatus
    from capacitacion.services.enrollment import enroll
    from capacitacion.tests.factories import learner

    ids = []
    for number in range(count):
        user = learner(full_name=f"María José Ñúñez O'Connor {number}")
        ids.append(enroll(user=user, course=course).enrollment.pk)
    # Completed directly: completing through the services would issue in-process now.
    now = timezone.now()
    Enrollment.objects.filter(pk__in=ids).update(
        status=EnrollmentStatus.COMPLETED, status_changed_at=now, completed_at=now
    )
    return ids


def in_process(course, count: int) -> dict:
    from django.core import mail

    from capacitacion import credentials
    from capacitacion.models import Certificate
    from capacitacion.services import certificates

    ids = completed_enrollments(course, count)
    timer = Timer()
    timer.wrap(certificates, "render_certificate_pdf", "pdf render")
    timer.wrap(credentials, "issue_credential", "credential signing")
    timer.wrap(certificates, "build_email", "email (build)")
    timer.wrap(mail.EmailMessage, "send", "email (send)")
    start = time.perf_counter()
    with connection.execute_wrapper(timer.database):
        for enrollment_id in ids:
            certificates.issue(enrollment_id)
    total = time.perf_counter() - start
    assert Certificate.objects.filter(email_sent_at__isnull=False).count() == count
    parts = {name: round(seconds, 3) for name, seconds in timer.seconds.items()}
    parts["other (ORM, storage, Python)"] = round(total - sum(timer.seconds.values()), 3)
    return {
        "database": connection.vendor,
        "count": count,
        "seconds": round(total, 3),
        "certificates_per_second": round(count / total, 1),
        "queries": timer.calls["database"],
        "queries_per_certificate": round(timer.calls["database"] / count, 1),
        "parts_seconds": parts,
    }


def worker_database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def through_worker(course, count: int) -> dict:
    """One `celery worker --pool=solo` process (one task at a time), on its own queue."""
    from aula.celery import app
    from capacitacion.models import Certificate
    from capacitacion.tasks import issue_certificate

    ids = completed_enrollments(course, count)
    done = Certificate.objects.filter(enrollment_id__in=ids, email_sent_at__isnull=False)
    queue = f"aula-bench-{uuid.uuid4().hex[:10]}"
    name = f"{queue}@localhost"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "aula.settings.test"}
    env["DATABASE_URL"] = worker_database_url()
    command = [sys.executable, "-m", "celery", "-A", "aula", "worker", "--pool=solo", "--queues", queue]
    command += ["--hostname", name, "--without-gossip", "--without-mingle", "--loglevel=WARNING"]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    app.conf.task_always_eager = False
    try:
        while not app.control.ping(destination=[name], timeout=1):
            if process.poll() is not None:
                raise SystemExit(f"celery worker exited with code {process.returncode}")
        start = time.perf_counter()
        for enrollment_id in ids:
            issue_certificate.apply_async((enrollment_id,), queue=queue)
        while done.count() < count:
            if time.perf_counter() - start > WORKER_TIMEOUT:
                raise SystemExit(f"only {done.count()} of {count} certificates after {WORKER_TIMEOUT}s")
            time.sleep(0.05)  # a benchmark polling the database, not a test
        total = time.perf_counter() - start
    finally:
        app.conf.task_always_eager = True
        process.terminate()
        process.wait(timeout=60)
    return {
        "database": connection.vendor,
        "count": count,
        "seconds": round(total, 3),
        "certificates_per_second": round(count / total, 1),
    }


def print_table(run: dict) -> None:
    print(f"\nIn process, {run['database']}: {run['count']} certificates in {run['seconds']} s")
    print(f"{'part':<32}{'seconds':>10}{'per cert (ms)':>16}{'share':>8}")
    for name, seconds in sorted(run["parts_seconds"].items(), key=lambda item: -item[1]):
        share = 100 * seconds / run["seconds"]
        print(f"{name:<32}{seconds:>10.3f}{1000 * seconds / run['count']:>16.1f}{share:>7.0f}%")
    print(f"{'total':<32}{run['seconds']:>10.3f}{1000 * run['seconds'] / run['count']:>16.1f}")
    print(f"certificates per second: {run['certificates_per_second']}; queries per certificate: ", end="")
    print(run["queries_per_certificate"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    count = parser.parse_args().count

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        course = bench_course()
        results = {"in_process_" + connection.vendor: in_process(course, count)}
        print_table(results["in_process_" + connection.vendor])
        broker = os.environ.get("CELERY_BROKER_URL", "")
        if connection.vendor == "postgresql" and broker.startswith("redis"):
            results["one_worker_postgresql"] = run = through_worker(course, count)
            print(f"\nOne Celery worker (solo pool), postgresql + redis: {run['count']} certificates")
            print(f"in {run['seconds']} s = {run['certificates_per_second']} certificates per second")
        else:
            print("\n(no worker run: it needs DATABASE_URL=postgres://... and CELERY_BROKER_URL=redis://...)")
    finally:
        connection.close()
        teardown_databases(old_config, verbosity=0)

    saved = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    saved["certificates"] = {**saved.get("certificates", {}), **results}
    RESULTS.write_text(json.dumps(saved, indent=2, ensure_ascii=False) + "\n")
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
