"""Reports benchmark: time and SQL queries of every coordination report page, at a
small dataset and at the full one (20,000 learners, 200,000 lesson completions).

Runs against the configured database (DATABASE_URL; SQLite by default) through Django's
test-database machinery, so it builds and drops a database of its own and never touches
real data. Rows are seeded with bulk_create (no services, no signals): learners with
profiles spread over countries, cities and roles; enrolments in four courses of two
institutions over twelve months, in every status; lesson completions; quiz results;
certificates (some revoked); graded quiz attempts for the item analysis.

For each page (the reports, the item analysis, the admin home with its panel, and the
public catalog /cursos/ for comparison) it requests it with the test client logged in
as a Coordination member: the median time of RUNS requests, and the query count at the
small and at the full dataset. The query count must not grow with the data: if it does
for any page, the script exits with status 1. It also times the streamed CSV and XLSX
export of the enrolment detail at the full dataset, with Python's peak allocation
(tracemalloc) while producing it.

Prints a table and merges the numbers into bench/results.json under "reports", keyed by
database vendor. Usage: .venv/bin/python bench/reports.py"""

import platform
import random
import statistics
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

from common import save_results, setup_django, throwaway_database

LEARNERS = 20_000
COMPLETIONS = 200_000
SMALL_LEARNERS = 200
SMALL_COMPLETIONS = 2_000
RUNS = 5
BATCH = 5_000
COUNTRIES = ["AR", "BR", "CL", "CO", "PE", "UY"]
CITIES = [f"Ciudad {n}" for n in range(30)]
ROLES = ["journalist", "communicator", "municipal", "academic", "other"]
STATUS_WEIGHTS = {"active": 55, "completed": 30, "pending": 5, "waitlisted": 5, "withdrawn": 5}


class Seeder:
    def __init__(self):
        from django.contrib.auth.models import Group

        from capacitacion.tests.factories import CohortFactory
        from cursos.models import LessonPage, QuizPage
        from cursos.services import COORDINATION_GROUP
        from cursos.tests.factories import CatalogPageFactory, InstitutionPageFactory, build_course
        from home.demo import ensure_home_page, ensure_locales
        from tests.factories import UserFactory

        self.random = random.Random(7)
        ensure_locales()
        catalog = CatalogPageFactory(parent=ensure_home_page())
        self.courses = []
        for _number in range(2):
            institution = InstitutionPageFactory(parent=catalog)
            for _ in range(2):
                self.courses.append(build_course(institution, modules=2, lessons_per_module=10))
        self.lessons = {
            course.pk: list(LessonPage.objects.descendant_of(course).values_list("pk", flat=True))
            for course in self.courses
        }
        self.quizzes = {
            course.pk: list(QuizPage.objects.descendant_of(course).order_by("path"))
            for course in self.courses
        }
        self.cohorts = {
            course.pk: [CohortFactory(course=course).pk, CohortFactory(course=course).pk, None]
            for course in self.courses
        }
        self.revision = self.quizzes[self.courses[0].pk][0].save_revision()
        self.coordinator = UserFactory(username="coordinacion")
        self.coordinator.groups.add(Group.objects.get(name=COORDINATION_GROUP))
        self.learners = self.completions = self.certificates = 0

    def grow(self, learners: int, completions: int) -> None:
        """Add learners (and their enrolments, progress, results, certificates) until
        there are `learners` learners and `completions` lesson completions."""
        from django.contrib.auth import get_user_model
        from django.utils import timezone

        from capacitacion.models import Enrollment, LearnerProfile

        User = get_user_model()
        first = self.learners
        users = User.objects.bulk_create(
            [
                User(username=f"bench{n}", email=f"bench{n}@example.org", password="!")
                for n in range(first, learners)
            ],
            batch_size=BATCH,
        )
        rng = self.random
        LearnerProfile.objects.bulk_create(
            [
                LearnerProfile(
                    user=user,
                    full_name=f"Persona {user.username}",
                    role=rng.choice(ROLES),
                    city=rng.choice(CITIES),
                    country=rng.choice(COUNTRIES),
                    accepted_terms_at=timezone.now(),
                )
                for user in users
            ],
            batch_size=BATCH,
        )
        now = timezone.now()
        statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
        enrolments = []
        for user in users:
            for course in rng.sample(self.courses, 2 if rng.random() < 0.25 else 1):
                status = rng.choices(statuses, weights)[0]
                enrolments.append(
                    Enrollment(
                        user=user,
                        course=course,
                        cohort_id=rng.choice(self.cohorts[course.pk]),
                        status=status,
                        status_changed_at=now,
                        completed_at=now - timedelta(days=rng.randrange(365))
                        if status == "completed"
                        else None,
                    )
                )
        enrolments = Enrollment.objects.bulk_create(enrolments, batch_size=BATCH)
        self._spread_over_months(enrolments)
        self._progress(enrolments, completions - self.completions)
        self._results_and_certificates(enrolments)
        self.learners = learners

    def _spread_over_months(self, enrolments) -> None:
        """created_at is auto_now_add: move contiguous id ranges into twelve months."""
        from django.utils import timezone

        from capacitacion.models import Enrollment

        ids = sorted(e.pk for e in enrolments)
        size = -(-len(ids) // 12)
        for month in range(12):
            chunk = ids[month * size : (month + 1) * size]
            if chunk:
                when = timezone.now() - timedelta(days=30 * month + 1)
                Enrollment.objects.filter(pk__gte=chunk[0], pk__lte=chunk[-1]).update(created_at=when)

    def _progress(self, enrolments, wanted: int) -> None:
        from capacitacion.models import LessonCompletion

        rows = []
        for enrolment in enrolments:
            if len(rows) >= wanted:
                break
            if enrolment.status not in ("active", "completed"):
                continue
            lessons = self.lessons[enrolment.course_id]
            done = len(lessons) if enrolment.status == "completed" else self.random.randint(1, len(lessons))
            rows.extend(LessonCompletion(enrollment=enrolment, lesson_id=pk) for pk in lessons[:done])
        LessonCompletion.objects.bulk_create(rows[:wanted], batch_size=BATCH)
        self.completions += min(len(rows), wanted)

    def _results_and_certificates(self, enrolments) -> None:
        from django.utils import timezone

        from capacitacion.models import Certificate, QuizAttempt, QuizResult

        rng, now = self.random, timezone.now()
        results, certificates, attempts = [], [], []
        first_quiz = self.quizzes[self.courses[0].pk][0]
        question_ids = [child.id for child in first_quiz.questions]
        for enrolment in enrolments:
            if enrolment.status not in ("active", "completed"):
                continue
            score = rng.randint(0, 100) if enrolment.status == "active" else rng.randint(70, 100)
            quiz = self.quizzes[enrolment.course_id][0]
            results.append(
                QuizResult(enrollment=enrolment, quiz=quiz, score_percent=score, passed=score >= 70)
            )
            if enrolment.status == "completed":
                self.certificates += 1
                revoked = rng.random() < 0.03
                certificates.append(
                    Certificate(
                        enrollment=enrolment,
                        code=f"BNCH-{self.certificates:06d}",
                        holder_name="Persona",
                        course_title="Curso",
                        institution_name="Universidad",
                        hours=6,
                        completed_on=enrolment.completed_at.date(),
                        language="es",
                        issued_at=enrolment.completed_at,
                        email_sent_at=enrolment.completed_at,
                        status="revoked" if revoked else "valid",
                        revoked_at=now if revoked else None,
                        status_list=1,
                        status_index=self.certificates,
                    )
                )
            if quiz.pk == first_quiz.pk and len(attempts) < 400:
                marks = [rng.random() < 0.7 for _ in question_ids]
                attempts.append(
                    QuizAttempt(
                        enrollment=enrolment,
                        quiz=quiz,
                        revision=self.revision,
                        number=1,
                        questions=[{"id": qid, "order": []} for qid in question_ids],
                        responses={qid: "respuesta" for qid in question_ids},
                        results={
                            qid: {"points": str(int(mark)), "max_points": "1", "feedback": ""}
                            for qid, mark in zip(question_ids, marks, strict=True)
                        },
                        status="graded",
                        submitted_at=now,
                        score=sum(marks),
                        max_score=len(marks),
                        passed=sum(marks) >= 2,
                    )
                )
        QuizResult.objects.bulk_create(results, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        QuizAttempt.objects.bulk_create(attempts, batch_size=BATCH)


def pages(seeder) -> dict[str, str]:
    from django.urls import reverse

    quiz = seeder.quizzes[seeder.courses[0].pk][0]
    course = seeder.courses[0]
    enrolments = reverse("informes:enrolments")
    return {
        "enrolments by course": f"{enrolments}?group_by=course",
        "enrolments by month": f"{enrolments}?group_by=month",
        "enrolments by city, filtered": (
            f"{enrolments}?group_by=city&country=AR&role=journalist&course={course.pk}"
        ),
        "enrolment detail": reverse("informes:enrolment_detail"),
        "enrolment detail, page 40": reverse("informes:enrolment_detail") + "?p=40",
        "quiz scores by quiz": reverse("informes:quiz_scores") + "?group_by=quiz",
        "quiz scores by country": reverse("informes:quiz_scores") + "?group_by=country",
        "certificates by month": reverse("informes:certificates") + "?group_by=month",
        "quizzes (item analysis list)": reverse("informes:quizzes"),
        "item analysis of one quiz": reverse("informes:item_analysis", args=[quiz.pk]),
        "admin home (panel)": reverse("wagtailadmin_home"),
        "catalog /cursos/": "/cursos/",
    }


def measure_page(client, url: str, runs: int) -> tuple[float | None, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm per-process caches (content types, site root paths)
    # Each request empties the query log as it starts: capture from an empty log.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    # Read now: the captured list is a slice of the log the next request empties.
    queries = len(captured)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _run in range(runs):
        begin = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - begin)
    return (round(statistics.median(times) * 1000, 1) if times else None), queries


def measure_export(client, url: str) -> dict:
    """The whole streamed export, read to the end: its time, then (in a second run,
    tracemalloc slows Python down) the peak of Python's allocations while producing it."""

    def download() -> int:
        return sum(len(chunk) for chunk in client.get(url).streaming_content)

    begin = time.perf_counter()
    size = download()
    elapsed = time.perf_counter() - begin
    tracemalloc.start()
    download()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"ms": round(elapsed * 1000), "bytes": size, "peak_python_mb": round(peak / 2**20, 1)}


def measure() -> dict:
    from django.db import connection
    from django.test import Client

    from capacitacion.models import Enrollment, LessonCompletion

    seeder = Seeder()
    client = Client()
    client.force_login(seeder.coordinator)
    urls = pages(seeder)

    seeder.grow(SMALL_LEARNERS, SMALL_COMPLETIONS)
    small = {name: measure_page(client, url, 1) for name, url in urls.items()}

    begin = time.perf_counter()
    seeder.grow(LEARNERS, COMPLETIONS)
    seeding = time.perf_counter() - begin
    full = {name: measure_page(client, url, RUNS) for name, url in urls.items()}

    detail = urls["enrolment detail"]
    exports = {fmt: measure_export(client, f"{detail}?export={fmt}") for fmt in ("csv", "xlsx")}
    rows = {
        name: {"median_ms": full[name][0], "queries_small": small[name][1], "queries_full": full[name][1]}
        for name in urls
    }
    return {
        "database": connection.vendor,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "learners": seeder.learners,
        "enrolments": Enrollment.objects.count(),
        "lesson_completions": LessonCompletion.objects.count(),
        "seed_full_seconds": round(seeding, 1),
        "pages": rows,
        "detail_export": exports,
        "fixed_query_count": all(row["queries_small"] == row["queries_full"] for row in rows.values()),
    }


def report(result: dict) -> str:
    width = 34
    lines = [
        f"Reports benchmark on {result['database']} ({result['measured_at']}): "
        f"{result['learners']} learners, "
        f"{result['enrolments']} enrolments, {result['lesson_completions']} lesson completions "
        f"(full seed {result['seed_full_seconds']} s)",
        "",
        f"{'page':<{width}}{'median':>10}{'queries':>10}{'(small)':>10}",
    ]
    for name, row in result["pages"].items():
        flag = "" if row["queries_small"] == row["queries_full"] else "  GROWS"
        lines.append(
            f"{name:<{width}}{row['median_ms']:>8.1f}ms{row['queries_full']:>10}{row['queries_small']:>10}{flag}"
        )
    lines.append("")
    for fmt, row in result["detail_export"].items():
        lines.append(
            f"export enrolment detail {fmt.upper():<5} {row['ms']:>7} ms {row['bytes'] / 2**20:>7.1f} MB, "
            f"peak Python allocation {row['peak_python_mb']} MB"
        )
    lines.append("")
    if result["fixed_query_count"]:
        lines.append("Every page costs the same number of queries at the small and at the full dataset.")
    else:
        lines.append("Some page's query count GROWS with the data (marked above).")
    lines.append(f"Whole run, database creation included: {result['total_seconds']} s.")
    return "\n".join(lines)


def main() -> int:
    begin = time.perf_counter()
    setup_django()
    with throwaway_database("reports"):
        result = measure()
    result["total_seconds"] = round(time.perf_counter() - begin)
    save_results("reports", {result["database"]: result})
    print(report(result))
    return 0 if result["fixed_query_count"] else 1


if __name__ == "__main__":
    sys.exit(main())
