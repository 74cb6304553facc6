"""Grading by people and regrading after a corrected answer key.

Essays wait for a person: `grade_essays` writes their points and comment into the
attempt's results, closes it as graded and tells the learner by email. After an
author fixes a key, `regrade_quiz` grades every closed attempt again, question by
question, against the quiz's live revision; points a person gave stand."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from capacitacion.models import AttemptStatus, NotificationEvent, QuizAttempt
from capacitacion.notifications import notify
from capacitacion.services.errors import ServiceError
from capacitacion.services.quizzes import percent, record_quiz_result, regrade_questions
from cursos.models import QuizPage

GRADE_ACTION = "aula.quiz_attempt.grade"
REGRADE_ACTION = "aula.quiz.regrade"
MAX_COMMENT_LENGTH = 5000
CENT = Decimal("0.01")
CLOSED_STATUSES = [AttemptStatus.GRADED, AttemptStatus.NEEDS_GRADING]


class GradingError(ServiceError):
    """A reason, in the grader's language, why the grading was not applied."""


@dataclass(frozen=True)
class RegradeReport:
    attempts: int
    changed: int


def pending_essays(attempt: QuizAttempt) -> dict[str, Decimal]:
    """{question id: maximum points} of the answers still waiting for a person, in
    the order the questions were drawn."""
    pending = {}
    for drawn in attempt.questions:
        result = attempt.results.get(drawn["id"])
        if result and result.get("needs_grading"):
            pending[drawn["id"]] = Decimal(result["max_points"])
    return pending


def _points(value, max_points: Decimal) -> Decimal:
    try:
        points = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except (TypeError, ValueError, InvalidOperation):
        raise GradingError(_("Los puntos tienen que ser un número.")) from None
    if not points.is_finite() or not Decimal(0) <= points <= max_points:
        raise GradingError(_("Los puntos tienen que estar entre 0 y %(max)s.") % {"max": max_points})
    return points


def _close(attempt: QuizAttempt) -> None:
    """Score, maximum, status and pass state from the per-question results."""
    results = [attempt.results[drawn["id"]] for drawn in attempt.questions if drawn["id"] in attempt.results]
    attempt.score = sum((Decimal(result["points"]) for result in results), Decimal("0"))
    attempt.max_score = sum((Decimal(result["max_points"]) for result in results), Decimal("0"))
    if any(result.get("needs_grading") for result in results):
        attempt.status, attempt.passed = AttemptStatus.NEEDS_GRADING, None
    else:
        attempt.status = AttemptStatus.GRADED
        attempt.passed = percent(attempt.score, attempt.max_score) >= attempt.quiz.pass_mark


@transaction.atomic
def grade_essays(*, attempt_id: int, grader, marks: dict[str, tuple[Decimal, str]]) -> QuizAttempt:
    """Give every essay answer of an attempt waiting for grading its points and a
    comment; the attempt is then graded, its quiz result updated (which may complete
    the course) and the learner emailed once."""
    attempt = (
        QuizAttempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "enrollment")
        .filter(pk=attempt_id)
        .first()
    )
    if attempt is None:
        raise GradingError(_("Ese intento no existe."))
    if attempt.status != AttemptStatus.NEEDS_GRADING:
        raise GradingError(_("Este intento ya no espera corrección: alguien lo calificó antes."))
    pending = pending_essays(attempt)
    if set(marks) != set(pending):
        raise GradingError(_("Hay que calificar todas las preguntas de desarrollo del intento, y solo esas."))
    results = dict(attempt.results)
    for question_id, max_points in pending.items():
        points, comment = marks[question_id]
        comment = comment.strip() if isinstance(comment, str) else ""
        if len(comment) > MAX_COMMENT_LENGTH:
            raise GradingError(_("El comentario es demasiado largo."))
        results[question_id] = {
            **results[question_id],
            "points": str(_points(points, max_points)),
            "needs_grading": False,
            "comment": comment,
        }
    attempt.results = results
    _close(attempt)
    attempt.save(update_fields=["results", "score", "max_score", "status", "passed"])
    record_quiz_result(attempt.enrollment, attempt.quiz)
    log(
        attempt,
        GRADE_ACTION,
        user=grader,
        data={"score": str(attempt.score), "max_score": str(attempt.max_score), "passed": attempt.passed},
    )
    # The moment keys the email: a task run twice sends once, a later regrading by
    # a person (none today) would send again.
    notify(attempt.enrollment, NotificationEvent.QUIZ_GRADED, moment=timezone.now(), attempt=attempt)
    return attempt


def _regraded_results(attempt: QuizAttempt, questions: dict) -> dict:
    results = dict(attempt.results)
    for drawn in attempt.questions:
        question_id = drawn["id"]
        child = questions.get(question_id)
        if child is None:
            continue  # no longer in the quiz: nothing to regrade it against, its result stands
        grade = child.block.grade(child.value, attempt.responses.get(question_id))
        stored = results.get(question_id) or {}
        if grade.needs_grading and stored.get("needs_grading") is False:
            # A person graded this answer: their points and comment stand, within the new maximum.
            points = min(Decimal(stored["points"]), grade.max_points)
            results[question_id] = {**stored, "points": str(points), "max_points": str(grade.max_points)}
        else:
            results[question_id] = {
                "points": str(grade.points),
                "max_points": str(grade.max_points),
                "feedback": grade.feedback,
                "needs_grading": grade.needs_grading,
            }
    return results


def regrade_quiz(*, quiz: QuizPage, by_user) -> RegradeReport:
    """Grade every closed attempt at `quiz` again against its live revision and
    recompute each learner's quiz result. The attempts stay pinned to the revision
    they started on; the regrading is in the quiz's history."""
    revision = quiz.live_revision
    if revision is None:
        raise GradingError(_("El cuestionario no está publicado: publícalo antes de recalificar."))
    count = changed = 0
    enrollments = {}
    with transaction.atomic():
        attempts = (
            QuizAttempt.objects.select_for_update(of=("self",))
            .select_related("quiz", "enrollment")
            .filter(quiz=quiz, status__in=CLOSED_STATUSES)
            .order_by("pk")
        )
        for attempt in attempts:
            before = attempt.score
            attempt.results = _regraded_results(attempt, regrade_questions(attempt, revision))
            _close(attempt)
            attempt.save(update_fields=["results", "score", "max_score", "status", "passed"])
            count += 1
            changed += attempt.score != before
            enrollments[attempt.enrollment_id] = attempt.enrollment
        for enrollment in enrollments.values():
            record_quiz_result(enrollment, quiz)
        log(
            quiz,
            REGRADE_ACTION,
            user=by_user,
            data={"attempts": count, "changed": changed, "revision": revision.pk},
        )
    return RegradeReport(attempts=count, changed=changed)
