"""Reminder benchmark: what the weekly inactivity run and the daily cohort-ending run
cost with many learners, and what a second run of the same period costs.

Builds one course with a running cohort of LEARNERS active enrolments, half of them
inactive for three weeks, half active yesterday (a lesson done), and all in a cohort
that ends within the week. Emails go to Django's in-memory backend, so the numbers
are the database's and the templates', not an SMTP server's.

Prints a table and merges the numbers into bench/results.json under "reminders",
keyed by database vendor. Usage: .venv/bin/python bench/reminders.py"""

import platform
import sys
import time
from datetime import UTC, datetime, timedelta

from common import save_results, setup_django, throwaway_database

LEARNERS = 1000


def build(now):
    from django.utils import timezone

    from capacitacion.models import Enrollment, EnrollmentStatus, LearnerProfile, LessonCompletion
    from capacitacion.tests.factories import CohortFactory
    from cursos.models import LessonPage
    from cursos.tests.factories import CatalogPageFactory, InstitutionPageFactory, build_course
    from home.demo import ensure_home_page, ensure_locales
    from tests.factories import UserFactory

    ensure_locales()
    home = ensure_home_page()
    institution = InstitutionPageFactory(parent=CatalogPageFactory(parent=home))
    course = build_course(institution, modules=1, lessons_per_module=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    today = timezone.localdate(now)
    cohort = CohortFactory(
        course=course, starts_on=today - timedelta(days=60), ends_on=today + timedelta(days=5)
    )
    for number in range(LEARNERS):
        user = UserFactory(username=f"bench{number}", password=None)
        LearnerProfile.objects.create(
            user=user, full_name=f"Persona {number}", role="journalist", city="Rosario", country="AR"
        )
        enrollment = Enrollment.objects.create(
            user=user,
            course=course,
            cohort=cohort,
            status=EnrollmentStatus.ACTIVE,
            status_changed_at=now - timedelta(days=21),
        )
        if number % 2:
            done = LessonCompletion.objects.create(enrollment=enrollment, lesson=lesson)
            LessonCompletion.objects.filter(pk=done.pk).update(completed_at=now - timedelta(days=1))


def measure(label, function):
    from django.core import mail
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    mail.outbox = []
    connection.queries_log.clear()  # the log keeps 9,000 queries: count from zero
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        sent = function()
        seconds = time.perf_counter() - started
    return {"row": label, "sent": sent, "seconds": round(seconds, 3), "queries": len(queries)}


def main() -> int:
    setup_django()
    from django.utils import timezone

    from capacitacion.services import reminders

    with throwaway_database("reminders") as connection:
        now = timezone.now()
        build(now)
        rows = [
            measure("inactivity: first run", lambda: reminders.send_inactivity_reminders(now)),
            measure("inactivity: second run, same week", lambda: reminders.send_inactivity_reminders(now)),
            measure("cohort ending: first run", lambda: reminders.send_cohort_ending_notices(now)),
            measure("cohort ending: second run", lambda: reminders.send_cohort_ending_notices(now)),
        ]
        vendor = connection.vendor

    print(f"{LEARNERS} active learners, {LEARNERS // 2} inactive ({vendor})")
    print(f"{'row':40} {'sent':>6} {'seconds':>8} {'queries':>8}")
    for row in rows:
        print(f"{row['row']:40} {row['sent']:>6} {row['seconds']:>8} {row['queries']:>8}")
    save_results(
        "reminders",
        {
            vendor: {
                "ran_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "python": platform.python_version(),
                "learners": LEARNERS,
                "rows": rows,
            }
        },
    )
    ok = rows[0]["sent"] == LEARNERS // 2 and rows[1]["sent"] == 0 and rows[2]["sent"] == LEARNERS
    ok = ok and rows[3]["sent"] == 0 and rows[1]["queries"] <= 2 and rows[3]["queries"] <= 2
    if not ok:
        print("a reminder went out twice, or a re-run of the week did per-learner queries", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
