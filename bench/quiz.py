"""Quiz benchmark: how long grading takes, and how many SQL queries a submit costs.

Runs against the configured database (DATABASE_URL; SQLite by default) through Django's
test-database machinery, so it builds and drops a database of its own and never touches
real data. It builds a course with quizzes of 10, 50 and 100 questions of every
auto-graded type and measures, for one learner:

- grading a 100-question attempt in-process: the blocks' grade() over every drawn question,
  against the pinned revision, without the database write (median and p95 of RUNS runs);
- the whole submit of a 100-question attempt through the service (grading, saving the
  attempt and the quiz result, evaluating completion), for context;
- the SQL queries of one submit, through the service and through the view (test client),
  at 10, 50 and 100 questions. They must not grow with the number of questions; if they
  do, the queries that repeat are printed and the script exits with status 1.

Prints a table and merges the numbers into bench/results.json under "quiz", keyed by
database vendor. Usage: .venv/bin/python bench/quiz.py (or `make bench`)."""

import platform
import re
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from itertools import cycle

import common
from common import save_results, setup_django, throwaway_database

SIZES = (10, 50, 100)
RUNS = 50


def mixed_questions(count: int) -> list[dict]:
    """`count` questions cycling through the auto-graded types, each its block's example."""
    from cursos.blocks.questions import auto_graded_types

    kinds = cycle(auto_graded_types().items())
    return [
        {"type": name, "value": block.example_value(number)}
        for number, (name, block) in zip(range(1, count + 1), kinds, strict=False)
    ]


def right_answers(attempt) -> dict[str, list[str]]:
    """The POST data of a form answering every drawn question right."""
    questions = attempt.revision.as_object().questions
    return common.right_answers(questions)


def as_form(data: dict):
    from django.http import QueryDict

    form = QueryDict(mutable=True)
    for key, values in data.items():
        form.setlist(key, values)
    return form


def summary(seconds: list[float]) -> dict:
    millis = sorted(s * 1000 for s in seconds)
    return {
        "runs": len(millis),
        "median_ms": round(statistics.median(millis), 3),
        "p95_ms": round(statistics.quantiles(millis, n=20, method="inclusive")[18], 3),
    }


def shape(sql: str) -> str:
    """A query with its literals and parameter lists blanked, to count repeats."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r'"s\d+_x\d+"', "?", sql)  # savepoint names
    sql = re.sub(r"\b\d+(?:\.\d+)?\b", "?", sql)
    return re.sub(r"\((?:\s*\?\s*,)+\s*\?\s*\)", "(?...)", sql)


class Bench:
    def __init__(self):
        from django.test import Client

        from cursos.tests.factories import (
            CatalogPageFactory,
            CoursePageFactory,
            InstitutionPageFactory,
            ModulePageFactory,
            QuizPageFactory,
        )
        from home.demo import ensure_home_page, ensure_locales

        ensure_locales()
        catalog = CatalogPageFactory(parent=ensure_home_page())
        institution = InstitutionPageFactory(parent=catalog)
        course = CoursePageFactory(parent=institution, title="Curso de referencia", enrolment_policy="open")
        module = ModulePageFactory(parent=course)
        self.quizzes = {}
        for size in SIZES:
            quiz = QuizPageFactory(
                parent=module, title=f"Cuestionario de {size}", questions=mixed_questions(size)
            )
            quiz.save_revision().publish()
            self.quizzes[size] = quiz
        self.course = course
        self.user = self.new_learner()
        self.client = Client()
        self.client.force_login(self.user)

    def new_learner(self):
        from capacitacion.services.enrollment import enroll
        from capacitacion.tests.factories import learner

        user = learner()
        enroll(user=user, course=self.course)
        return user

    def started(self, size: int, user=None):
        from capacitacion.services.quizzes import start_attempt

        return start_attempt(user=user or self.user, quiz=self.quizzes[size])

    def grading_times(self, size: int) -> tuple[list[float], int]:
        """The grading step alone, as the service runs it but without the database: read
        the questions of the pinned revision and grade each drawn one against its saved
        response. Returns the times and the queries one pass makes (0: no database)."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from capacitacion.services.quizzes import save_responses
        from cursos.models import QuizPage

        attempt = self.started(size)
        attempt = save_responses(user=self.user, attempt_id=attempt.pk, form=as_form(right_answers(attempt)))
        stored = attempt.revision.content["questions"]
        field = QuizPage._meta.get_field("questions")

        def grade():
            questions = {child.id: child for child in field.to_python(stored)}
            return sum(
                questions[drawn["id"]]
                .block.grade(questions[drawn["id"]].value, attempt.responses.get(drawn["id"]))
                .points
                for drawn in attempt.questions
            )

        times = []
        for _run in range(RUNS):
            begin = time.perf_counter()
            grade()
            times.append(time.perf_counter() - begin)
        with CaptureQueriesContext(connection) as captured:
            points = grade()
        assert points == size, f"the right answers scored {points} of {size}"
        return times, len(captured)

    def submit_times(self, size: int) -> list[float]:
        """A first attempt of a new learner each run: the quiz result is computed over all
        of a learner's attempts, so one learner's 50th submit would cost more than a first."""
        from capacitacion.services.quizzes import submit_attempt

        times = []
        for _run in range(RUNS):
            user = self.new_learner()
            attempt = self.started(size, user)
            form = as_form(right_answers(attempt))
            begin = time.perf_counter()
            submit_attempt(user=user, attempt_id=attempt.pk, form=form)
            times.append(time.perf_counter() - begin)
        return times

    def submit_by_service(self, attempt, data: dict):
        from capacitacion.services.quizzes import submit_attempt

        submit_attempt(user=self.user, attempt_id=attempt.pk, form=as_form(data))

    def submit_by_view(self, attempt, data: dict):
        response = self.client.post(f"/mi-aprendizaje/intentos/{attempt.pk}/", {**data, "submit": "1"})
        assert response.status_code == 302, response.status_code

    def submit(self, size: int, submit) -> list[str]:
        """Submit a new attempt at the `size` quiz, all right; the SQL of the submit alone."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        attempt = self.started(size)
        data = right_answers(attempt)
        with CaptureQueriesContext(connection) as captured:
            submit(attempt, data)
        attempt.refresh_from_db()
        assert attempt.score == attempt.max_score == size, (attempt.score, attempt.max_score)
        return [query["sql"] for query in captured.captured_queries]


def growing_queries(by_size: dict[int, list[str]]) -> list[dict]:
    """Query shapes whose count differs between the smallest and the largest quiz."""
    counts = {size: Counter(shape(sql) for sql in queries) for size, queries in by_size.items()}
    small, large = counts[SIZES[0]], counts[SIZES[-1]]
    return [
        {"query": sql, "count": {str(size): counts[size][sql] for size in SIZES}}
        for sql in sorted(set(small) | set(large))
        if small[sql] != large[sql]
    ]


def measure() -> dict:
    from django.db import connection

    bench = Bench()
    for size in SIZES:  # warm per-process caches (content types, site root paths) first
        bench.submit(size, bench.submit_by_service)
        bench.submit(size, bench.submit_by_view)
    counts, growing = {}, {}
    for path, submit in (("service", bench.submit_by_service), ("view", bench.submit_by_view)):
        # Counted before the timing runs pile up attempts: every size sees the same history.
        by_size = {size: bench.submit(size, submit) for size in SIZES}
        counts[path] = {str(size): len(queries) for size, queries in by_size.items()}
        growing[path] = growing_queries(by_size)
    largest = SIZES[-1]
    grading, grading_queries = bench.grading_times(largest)
    return {
        "database": connection.vendor,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "grade_100_questions": {**summary(grading), "queries": grading_queries},
        "submit_100_questions_service": summary(bench.submit_times(largest)),
        "queries_per_submit": counts,
        "queries_growing_with_questions": growing,
        "fixed_query_count": all(len(set(by_size.values())) == 1 for by_size in counts.values()),
    }


def report(result: dict) -> str:
    width = 34
    lines = [
        f"Quiz benchmark on {result['database']} ({result['measured_at']})",
        "",
        f"{'':<{width}}{'median':>10}{'p95':>10}",
    ]
    for key, label in (
        ("grade_100_questions", "grade 100 questions (no database)"),
        ("submit_100_questions_service", "submit it (service, with writes)"),
    ):
        row = result[key]
        lines.append(f"{label:<{width}}{row['median_ms']:>8.2f}ms{row['p95_ms']:>8.2f}ms")
    lines += ["", f"{'SQL queries per submit':<{width}}" + "".join(f"{f'{size} q':>10}" for size in SIZES)]
    for path, label in (("service", "service"), ("view", "view (test client)")):
        counts = result["queries_per_submit"][path]
        lines.append(f"{label:<{width}}" + "".join(f"{counts[str(size)]:>10}" for size in SIZES))
    lines.append("")
    if result["fixed_query_count"]:
        lines.append("The query count of a submit does not depend on the number of questions.")
    else:
        lines.append("The query count GROWS with the number of questions. Repeated queries:")
        for path, queries in result["queries_growing_with_questions"].items():
            for query in queries:
                lines.append(f"  {path} {query['count']}: {query['query'][:300]}")
    return "\n".join(lines)


def main() -> int:
    setup_django()
    with throwaway_database():
        result = measure()
    save_results("quiz", {result["database"]: result})
    print(report(result))
    return 0 if result["fixed_query_count"] else 1


if __name__ == "__main__":
    sys.exit(main())
