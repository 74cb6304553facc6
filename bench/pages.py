"""SQL queries per request of each page the load test measures, at the small and at
the network-sized dataset (seed_bench): the count must not grow with the data.

Each page is requested with Django's test client twice: once after clearing the
cache ("cold": what a request pays when nothing is cached) and once more ("warm").
The quiz start and submit are POSTs, each time by a learner who has not started the
quiz yet, as in the load test.

bench/load.py runs this at both sizes and adds the numbers to its table; run alone
(.venv/bin/python bench/pages.py) it seeds both datasets itself and prints only the
query counts. Needs PostgreSQL (seed_bench does)."""

import sys
from contextlib import contextmanager
from dataclasses import dataclass

import common
from common import save_results, setup_django, throwaway_database

# (name, method, logged in, expected status). The order is the table's.
PAGES = [
    ("home", "GET", False, 200),
    ("catalog", "GET", False, 200),
    ("catalog search", "GET", False, 200),
    ("course", "GET", False, 200),
    ("lesson", "GET", True, 200),
    ("quiz start", "POST", True, 302),
    ("quiz submit", "POST", True, 302),
    ("dashboard", "GET", True, 200),
    ("verification", "GET", False, 200),
    ("credential JSON", "GET", False, 200),
]
MAX_QUERIES = 12
SEARCH = "alertas"


@dataclass
class Sample:
    """What the pages are requested with: one course of the dataset, its first lesson
    and quiz, and its learners; signed certificates to look up."""

    course: object
    lesson: object
    quiz: object
    learners: list  # users enrolled in the course
    codes: list  # certificate codes with a real signature

    def path(self, name: str, attempt_id: int | None = None, code: str | None = None) -> str:
        from django.urls import reverse

        return {
            "home": "/",
            "catalog": "/cursos/",
            "catalog search": f"/cursos/?q={SEARCH}",
            "course": self.course.get_url(),
            "lesson": self.lesson.get_url(),
            "quiz start": reverse("capacitacion:attempt_start", args=[self.quiz.pk]),
            "quiz submit": reverse("capacitacion:attempt", args=[attempt_id or 0]),
            "dashboard": reverse("capacitacion:dashboard"),
            "verification": reverse("certificates:verify", args=[code or self.codes[0]]),
            "credential JSON": reverse("certificates:credential", args=[code or self.codes[0]]),
        }[name]


def find_sample(learners: int = 200) -> Sample:
    from capacitacion.models import Certificate, Enrollment, EnrollmentStatus
    from cursos.models import CoursePage, LessonPage, QuizPage

    course = CoursePage.objects.order_by("path").first()
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    enrolled = (
        Enrollment.objects.filter(
            course=course, status__in=[EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED]
        )
        .select_related("user")
        .order_by("pk")[:learners]
    )
    codes = [c.code for c in Certificate.objects.order_by("pk")[:20] if c.credential.get("proof")]
    return Sample(course, lesson, quiz, [e.user for e in enrolled], codes)


def new_learners(course, count: int) -> list:
    """Learners of the dataset not enrolled in `course`, enrolled now (active), so each
    starts the course's quiz for the first time."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from capacitacion.models import Enrollment, EnrollmentStatus

    users = list(get_user_model().objects.exclude(enrollments__course=course).order_by("pk")[:count])
    if len(users) < count:
        raise SystemExit(f"only {len(users)} learners left to start the quiz; {count} needed")
    now = timezone.now()
    Enrollment.objects.bulk_create(
        [
            Enrollment(user=user, course=course, status=EnrollmentStatus.ACTIVE, status_changed_at=now)
            for user in users
        ],
        batch_size=2000,
    )
    return users


def right_answers(quiz) -> dict[str, list[str]]:
    """The POST data answering every question of the quiz's live revision right. The
    bench quiz does not shuffle or draw, so the same form fits every attempt."""
    questions = quiz.live_revision.as_object().questions
    return common.right_answers(questions) | {"submit": ["1"]}


def count_queries(sample: Sample) -> dict:
    """{page: {"cold": queries, "warm": queries, "status": [statuses]}}"""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from capacitacion.models import AttemptStatus, QuizAttempt

    form = right_answers(sample.quiz)
    starters = new_learners(sample.course, 2)
    counts = {}
    for name, method, logged_in, expected in PAGES:
        runs = {}
        for run, user in zip(("cold", "warm"), starters, strict=True):
            if run == "cold":
                cache.clear()
            client = Client()
            if name in ("quiz start", "quiz submit"):
                client.force_login(user)
            elif logged_in:
                client.force_login(sample.learners[0])
            attempt_id = None
            if name == "quiz submit":
                attempt_id = (
                    QuizAttempt.objects.filter(
                        enrollment__user=user, quiz=sample.quiz, status=AttemptStatus.IN_PROGRESS
                    )
                    .values_list("pk", flat=True)
                    .get()
                )
            path = sample.path(name, attempt_id=attempt_id)
            with CaptureQueriesContext(connection) as queries:
                response = (
                    client.post(path, form if name == "quiz submit" else {})
                    if method == "POST"
                    else client.get(path)
                )
            timed = sorted((float(q["time"]) * 1000, q["sql"]) for q in queries.captured_queries)
            runs[run] = {
                "queries": len(queries),
                "status": response.status_code,
                # A count that stays the same can still hide a query whose cost grows with
                # the data (a count(*) over every completion): the time says which.
                "sql_ms": round(sum(ms for ms, _sql in timed), 1),
                "slowest_sql_ms": round(timed[-1][0], 1) if timed else 0,
                "slowest_sql": timed[-1][1][:300] if timed else "",
            }
            if response.status_code != expected:
                runs[run]["error"] = f"{method} {path}: {response.status_code}, expected {expected}"
        counts[name] = runs
    return counts


def seeded(size: str):
    from django.core.management import call_command

    call_command("seed_bench", *(["--small"] if size == "small" else []), verbosity=0)
    return find_sample()


@contextmanager
def clone(suffix: str):
    """A copy of the current database (PostgreSQL: CREATE DATABASE .. TEMPLATE) to
    work in for a while: cloning the migrated, empty throwaway database is much
    faster than migrating a second one."""
    from django.db import connection

    original = connection.settings_dict["NAME"]
    connection.close()
    connection.creation.clone_test_db(suffix=suffix, verbosity=0, autoclobber=True)
    copy = connection.creation.get_test_db_clone_settings(suffix)["NAME"]
    connection.settings_dict["NAME"] = copy
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original
        connection.creation._destroy_test_db(copy, verbosity=0)


def small_counts() -> dict:
    """Query counts at the small size, in a clone of the current empty database."""
    with clone("small"):
        return count_queries(seeded("small"))


def table(small: dict, network: dict) -> tuple[list[str], bool]:
    """Rows of the query table, and whether every count is constant and within the bound."""
    lines = [
        f"{'page':<16} {'small cold':>10} {'small warm':>10} {'net cold':>9} {'net warm':>9} "
        f"{'net SQL ms':>10}  target (<= {MAX_QUERIES} warm, same at both sizes)"
    ]
    ok = True
    for name, *_ in PAGES:
        s, n = small[name], network[name]
        errors = [run.get("error") for run in (*s.values(), *n.values()) if run.get("error")]
        met = (
            not errors
            and all(s[r]["queries"] == n[r]["queries"] for r in ("cold", "warm"))
            and n["warm"]["queries"] <= MAX_QUERIES
        )
        ok = ok and met
        verdict = "met" if met else "NOT MET"
        if errors:
            verdict += " — " + "; ".join(errors)
        lines.append(
            f"{name:<16} {s['cold']['queries']:>10} {s['warm']['queries']:>10} "
            f"{n['cold']['queries']:>9} {n['warm']['queries']:>9} {n['warm']['sql_ms']:>10.1f}  {verdict}"
        )
    slow = [(n["warm"]["slowest_sql_ms"], name, n["warm"]["slowest_sql"]) for name, n in network.items()]
    lines.append("Slowest query of each warm request at the network size, above 5 ms:")
    lines += [f"  {name}: {ms:.1f} ms  {sql[:150]}" for ms, name, sql in sorted(slow, reverse=True) if ms > 5]
    return lines, ok


def main() -> int:
    setup_django()
    from django.db import connection

    if connection.vendor != "postgresql":
        print("pages.py: skipped, the bench dataset needs PostgreSQL (set DATABASE_URL)")
        return 0
    with throwaway_database("pages"):
        small = small_counts()
        network = count_queries(seeded("network"))
    lines, _all_met = table(small, network)
    print("\n".join(lines))
    save_results("pages", {"small": small, "network": network})
    # As in load.py: an unmet target is reported; a page that answered with another
    # status than expected means the count is of an error page, and fails.
    errors = [
        run["error"]
        for counts in (small, network)
        for page in counts.values()
        for run in page.values()
        if "error" in run
    ]
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
