"""How fast certificates are issued, and where the time goes.

    .venv/bin/python bench/certificates.py [--count 200] [--cohort 5000] [--budget 190]

Runs against a throwaway database (bench/common.py): SQLite in memory by default,
PostgreSQL with DATABASE_URL. Everything a certificate involves is done for real: the
row and its signed Open Badges credential, the PDF/A with its QR code and the credential
inside, the file, the email with the PDF attached.

1. In this process: `count` certificates, the time split into PDF rendering, credential
   signing, database, email and the rest; emails to the locmem backend.
2. With DATABASE_URL on PostgreSQL and CELERY_BROKER_URL on Redis, through real Celery
   workers (prefork pool, one child process per "worker process"): a cohort of `cohort`
   completed enrolments is bulk-created, its issue_certificate tasks are queued, and the
   clock stops when every certificate has its PDF and its email (the workers' emails are
   files). Once with one worker process, once with two. For each run: wall time,
   certificates per second, the workers' CPU time per certificate (what a process could
   do with a core to itself; this machine's other load does not inflate it) and their
   peak RSS (VmHWM).

The worker runs share `budget` seconds (so the script ends within about four minutes);
a run that does not finish in its share stops there and reports its rate and the time
the whole cohort would take at that rate ("projected"). Results are merged into
bench/results.json under "certificates"."""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, save_results, setup_django, throwaway_database  # noqa: E402

SETTINGS = "bench.certificates_settings"
POLL_SECONDS = 0.25  # a benchmark polling the database, not a test
WORKER_START_TIMEOUT = 60
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


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
        return lambda: setattr(owner, attribute, original)

    def database(self, execute, sql, params, many, context):
        with self.part("database"):
            return execute(sql, params, many, context)


def bench_course(title: str):
    from wagtail.models import Page

    from cursos.tests.factories import CatalogPageFactory, InstitutionPageFactory, build_course
    from home.demo import ensure_home_page, ensure_locales

    ensure_locales()
    institution = Page.objects.filter(slug="urp").first()
    if institution is None:
        catalog = CatalogPageFactory(parent=ensure_home_page())
        institution = InstitutionPageFactory(
            parent=catalog, title="Universidad Regional del Plata", slug="urp"
        )
    return build_course(institution.specific, modules=1, lessons_per_module=1, title=title)


def completed_cohort(course, count: int) -> None:
    """`count` learners with profiles and completed enrolments in `course`, in bulk (no
    certificate is issued: completing through the services would issue in-process)."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from capacitacion.models import Enrollment, EnrollmentStatus, LearnerProfile

    user_model = get_user_model()
    now = timezone.now()
    label = f"c{course.pk}"
    users = user_model.objects.bulk_create(
        user_model(username=f"{label}-{n}", email=f"{label}-{n}@example.org", password="!")
        for n in range(count)
    )
    LearnerProfile.objects.bulk_create(
        LearnerProfile(
            user=user,
            full_name=f"María José Ñúñez O'Connor {n}",
            role="journalist",
            city="Rosario",
            country="AR",
            preferred_language="es",
            accepted_terms_at=now,
        )
        for n, user in enumerate(users)
    )
    Enrollment.objects.bulk_create(
        Enrollment(
            user=user,
            course=course,
            status=EnrollmentStatus.COMPLETED,
            status_changed_at=now,
            completed_at=now,
        )
        for user in users
    )


def in_process(count: int) -> dict:
    from django.core import mail
    from django.db import connection
    from django.test import override_settings

    from capacitacion import credentials
    from capacitacion.models import Certificate, Enrollment
    from capacitacion.services import certificates

    course = bench_course("Comunicación de riesgos")
    completed_cohort(course, count)
    ids = list(Enrollment.objects.filter(course=course).order_by("pk").values_list("pk", flat=True))
    timer = Timer()
    restore = [
        timer.wrap(certificates, "render_certificate_pdf", "pdf render"),
        timer.wrap(credentials, "issue_credential", "credential signing"),
        timer.wrap(certificates, "build_email", "email (build)"),
        timer.wrap(mail.EmailMessage, "send", "email (send)"),
    ]
    try:
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            cpu, start = time.process_time(), time.perf_counter()
            with connection.execute_wrapper(timer.database):
                for enrollment_id in ids:
                    certificates.issue(enrollment_id)
            total, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        for undo in restore:
            undo()
    assert Certificate.objects.filter(enrollment__course=course, email_sent_at__isnull=False).count() == count
    parts = {name: round(seconds, 3) for name, seconds in timer.seconds.items()}
    parts["other (ORM, storage, Python)"] = round(total - sum(timer.seconds.values()), 3)
    return {
        "database": connection.vendor,
        "count": count,
        "seconds": round(total, 3),
        "certificates_per_second": round(count / total, 1),
        "cpu_ms_per_certificate": round(1000 * cpu / count, 1),
        "queries": timer.calls["database"],
        "queries_per_certificate": round(timer.calls["database"] / count, 1),
        "parts_seconds": parts,
    }


# Through real Celery workers.


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def emails_sent(run_dir: Path) -> int:
    """Messages in the file backend's files, which end each one with a line of 79
    dashes (two messages can share a file)."""
    mail_dir = run_dir / "mail"
    separator = b"\n" + b"-" * 79 + b"\n"
    return sum(file.read_bytes().count(separator) for file in mail_dir.iterdir()) if mail_dir.exists() else 0


@dataclass
class Worker:
    """One `celery worker` (prefork) with `processes` child processes, on its own queue."""

    processes: int
    queue: str = field(default_factory=lambda: f"aula-bench-{uuid.uuid4().hex[:10]}")
    process: subprocess.Popen | None = None

    @property
    def name(self) -> str:
        return f"{self.queue}@localhost"

    def start(self, run_dir: Path) -> None:
        from aula.celery import app
        from tests.services import database_url

        env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": database_url()}
        env["AULA_BENCH_DIR"] = str(run_dir)
        command = [sys.executable, "-m", "celery", "-A", "aula", "worker", "--pool=prefork"]
        command += [f"--concurrency={self.processes}", "--queues", self.queue, "--hostname", self.name]
        command += ["--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=WARNING"]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        deadline = time.perf_counter() + WORKER_START_TIMEOUT
        while not app.control.ping(destination=[self.name], timeout=1):
            if self.process.poll() is not None or time.perf_counter() > deadline:
                raise SystemExit(f"celery worker did not start (exit code {self.process.poll()})")
        while len(children(self.process.pid)) < self.processes:
            time.sleep(0.05)

    def child_pids(self) -> list[int]:
        return children(self.process.pid)

    def stop(self) -> None:
        from aula.celery import app

        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        # What a run that timed out left queued goes with it.
        with app.connection_for_write() as connection:
            connection.default_channel.queue_purge(self.queue)


def cohort_through_workers(processes: int, cohort: int, run_dir: Path, timeout: float) -> dict:
    from aula.celery import app
    from capacitacion.models import Certificate
    from capacitacion.tasks import issue_certificate

    course = bench_course(f"Gestión de emergencias {processes}")
    completed_cohort(course, cohort)
    ids = list(course.enrollments.values_list("pk", flat=True))
    certificates = Certificate.objects.filter(enrollment__course=course)
    done = certificates.filter(email_sent_at__isnull=False).exclude(pdf="")
    mails_before = emails_sent(run_dir)

    worker = Worker(processes)
    app.conf.task_always_eager = False
    try:
        worker.start(run_dir)
        pids = worker.child_pids()
        cpu_before = sum(cpu_seconds(pid) for pid in pids)
        start = time.perf_counter()
        for enrollment_id in ids:
            issue_certificate.apply_async((enrollment_id,), queue=worker.queue)
        issued = 0
        while (issued := done.count()) < cohort and time.perf_counter() - start < timeout:
            time.sleep(POLL_SECONDS)
        total = time.perf_counter() - start
        cpu = sum(cpu_seconds(pid) for pid in pids) - cpu_before
        peak = {"worker main": peak_rss_mb(worker.process.pid)}
        peak |= {f"child {n + 1}": peak_rss_mb(pid) for n, pid in enumerate(pids)}
    finally:
        app.conf.task_always_eager = True
        worker.stop()

    mails = emails_sent(run_dir) - mails_before
    finished = issued == cohort
    if finished:
        # Exactly once: one certificate, one PDF and one email per learner.
        assert certificates.count() == cohort, certificates.count()
        assert mails == cohort, mails
    rate = issued / total if total else 0.0
    return {
        "worker_processes": processes,
        "cohort": cohort,
        "issued": issued,
        "finished": finished,
        "seconds": round(total, 1),
        "projected_seconds": round(cohort / rate, 1) if rate else None,
        "certificates_per_second": round(rate, 1),
        "worker_cpu_ms_per_certificate": round(1000 * cpu / issued, 1) if issued else None,
        "certificates_per_cpu_second": round(issued / cpu, 1) if cpu else None,
        "peak_rss_mb": peak,
    }


def print_in_process(run: dict) -> None:
    print(f"\nIn process, {run['database']}: {run['count']} certificates in {run['seconds']} s")
    print(f"{'part':<32}{'seconds':>10}{'per cert (ms)':>16}{'share':>8}")
    for name, seconds in sorted(run["parts_seconds"].items(), key=lambda item: -item[1]):
        share = 100 * seconds / run["seconds"]
        print(f"{name:<32}{seconds:>10.3f}{1000 * seconds / run['count']:>16.1f}{share:>7.0f}%")
    print(f"{'total':<32}{run['seconds']:>10.3f}{1000 * run['seconds'] / run['count']:>16.1f}")
    print(
        f"certificates per second: {run['certificates_per_second']}; "
        f"CPU per certificate: {run['cpu_ms_per_certificate']} ms; "
        f"queries per certificate: {run['queries_per_certificate']}"
    )


def print_workers(runs: list[dict]) -> None:
    print("\nCelery workers (prefork), postgresql + redis: a cohort issued, PDF and email each")
    header = f"{'processes':>9}{'issued':>14}{'seconds':>9}{'projected':>10}{'cert/s':>8}"
    print(header + f"{'CPU ms/cert':>12}{'cert/CPU s':>11}  peak RSS (MB)")
    for run in runs:
        rss = ", ".join(f"{name} {mb}" for name, mb in run["peak_rss_mb"].items())
        projected = "" if run["finished"] else f"{run['projected_seconds']}"
        print(
            f"{run['worker_processes']:>9}{run['issued']:>8} / {run['cohort']:<4}{run['seconds']:>9}"
            f"{projected:>10}{run['certificates_per_second']:>8}{run['worker_cpu_ms_per_certificate']:>12}"
            f"{run['certificates_per_cpu_second']:>11}  {rss}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="certificates issued in this process")
    parser.add_argument("--cohort", type=int, default=5000, help="learners per worker run")
    parser.add_argument("--budget", type=float, default=190, help="seconds until the last worker run stops")
    args = parser.parse_args()
    started = time.perf_counter()

    run_dir = Path(tempfile.mkdtemp(prefix="aula-bench-certificates-"))
    os.environ["AULA_BENCH_DIR"] = str(run_dir)
    try:
        setup_django(SETTINGS)
        with throwaway_database("certificates") as connection:
            results = {"in_process_" + connection.vendor: in_process(args.count)}
            print_in_process(results["in_process_" + connection.vendor])
            if connection.vendor != "postgresql" or not os.environ.get("CELERY_BROKER_URL", "").startswith(
                "redis"
            ):
                print(
                    "\n(no worker runs: they need DATABASE_URL=postgres://... and CELERY_BROKER_URL=redis://...)"
                )
            else:
                runs = []
                for processes, share in ((1, 0.55), (2, 1.0)):
                    left = args.budget - (time.perf_counter() - started)
                    runs.append(cohort_through_workers(processes, args.cohort, run_dir, timeout=share * left))
                print_workers(runs)
                for run in runs:
                    results[f"cohort_{run['worker_processes']}_worker_processes_postgresql"] = run
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)

    save_results("certificates", results)
    print(f"\nWritten to bench/results.json in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
