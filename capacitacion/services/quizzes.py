"""Quiz attempts: start, save, submit and grade. Grading runs on the server with
each question block's own grade(), against the page revision the attempt started
on and the questions it drew; nothing the browser sends can change which answers
are correct."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from capacitacion.access import item_access
from capacitacion.models import AttemptStatus, Enrollment, QuizAttempt, QuizResult
from capacitacion.services.progress import evaluate_completion
from cursos.models import QuizPage

# Late submissions within this margin (a slow connection, a click at 0:00) still count.
GRACE_PERIOD = timedelta(seconds=30)
SHUFFLED_ITEMS = {"single_choice": "choices", "multiple_choice": "choices", "ordering": "items"}
MAX_TEXT = {"numeric": 50, "short_text": 200, "single_choice": 64, "true_false": 5, "essay": 20_000}
MAX_LIST = 100
_random = random.SystemRandom()


class QuizError(Exception):
    """A reason, in the learner's language, why the attempt cannot go on."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _live_revision(quiz: QuizPage):
    if quiz.live_revision_id is None:
        # A page published without a revision (created in code): pin its live content.
        revision = quiz.save_revision()
        revision.publish()
        return revision
    return quiz.live_revision


def _item_ids(child) -> list[str]:
    field = SHUFFLED_ITEMS.get(child.block_type)
    return [item.id for item in child.value[field].bound_blocks] if field else []


def _draw(quiz: QuizPage, questions) -> list[dict]:
    children = list(questions)
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(children):
        chosen = set(_random.sample(range(len(children)), quiz.questions_per_attempt))
        children = [child for index, child in enumerate(children) if index in chosen]
    if quiz.shuffle_questions:
        _random.shuffle(children)
    draw = []
    for child in children:
        order = _item_ids(child)
        # The order of steps must never give the answer away; choices only when asked.
        if child.block_type == "ordering" or quiz.shuffle_choices:
            _random.shuffle(order)
        draw.append({"id": child.id, "order": order})
    return draw


def attempts_left(enrollment: Enrollment, quiz: QuizPage) -> int | None:
    """None when the quiz allows unlimited attempts."""
    if not quiz.max_attempts:
        return None
    used = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).count()
    return max(0, quiz.max_attempts - used)


def start_attempt(*, user, quiz: QuizPage) -> QuizAttempt:
    """The learner's open attempt at `quiz`, or a new one with a fresh draw."""
    access = item_access(user, quiz)
    if not access.allowed or access.enrollment is None:
        raise QuizError(access.reason or _("No tienes una inscripción activa en este curso."))
    with transaction.atomic():
        # One start at a time per learner: two tabs cannot open two attempts.
        enrollment = Enrollment.objects.select_for_update().get(pk=access.enrollment.pk)
        open_attempt = QuizAttempt.objects.filter(
            enrollment=enrollment, quiz=quiz, status=AttemptStatus.IN_PROGRESS
        ).first()
        if open_attempt is not None:
            return open_attempt
        if attempts_left(enrollment, quiz) == 0:
            raise QuizError(
                _("Ya usaste los %(count)s intentos de este cuestionario.") % {"count": quiz.max_attempts}
            )
        revision = _live_revision(quiz)
        now = timezone.now()
        return QuizAttempt.objects.create(
            enrollment=enrollment,
            quiz=quiz,
            revision=revision,
            number=QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).count() + 1,
            questions=_draw(quiz, revision.as_object().questions),
            deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
        )


def _text(value, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def parse_responses(attempt: QuizAttempt, revision_questions: dict, form) -> dict:
    """Read the answers for the drawn questions from a submitted form. Fields for
    questions that were not drawn, and anything oversized, are ignored."""
    responses = {}
    for drawn in attempt.questions:
        child = revision_questions.get(drawn["id"])
        if child is None:
            continue
        name, kind = f"q-{drawn['id']}", child.block_type
        if kind == "multiple_choice":
            picked = [_text(v, MAX_TEXT["single_choice"]) for v in form.getlist(name)[:MAX_LIST]]
            responses[drawn["id"]] = [v for v in picked if v in drawn["order"]]
        elif kind == "matching":
            responses[drawn["id"]] = {
                pair.id: _text(form.get(f"{name}-{pair.id}", ""), 200)
                for pair in child.value["pairs"].bound_blocks
                if form.get(f"{name}-{pair.id}")
            }
        elif kind == "ordering":
            positions = {}
            for item_id in drawn["order"]:
                raw = form.get(f"{name}-{item_id}", "")
                if raw.isdigit():
                    positions[item_id] = int(raw)
            # A valid order uses each position once; anything else is saved as not answered.
            if sorted(positions.values()) == list(range(1, len(drawn["order"]) + 1)):
                responses[drawn["id"]] = sorted(positions, key=positions.get)
        elif name in form:
            responses[drawn["id"]] = _text(form.get(name), MAX_TEXT.get(kind, 200)).strip()
    return responses


def _questions_of(attempt: QuizAttempt) -> dict:
    return {child.id: child for child in attempt.revision.as_object().questions}


def _locked_own_attempt(user, attempt_id: int) -> QuizAttempt:
    attempt = (
        QuizAttempt.objects.select_for_update()
        .select_related("quiz", "revision", "enrollment")
        .filter(pk=attempt_id, enrollment__user=user)
        .first()
    )
    if attempt is None:
        raise QuizError(_("Ese intento no existe."))
    return attempt


def _within_time(attempt: QuizAttempt, now) -> bool:
    return attempt.deadline is None or now <= attempt.deadline + GRACE_PERIOD


@transaction.atomic
def save_responses(*, user, attempt_id: int, form) -> QuizAttempt:
    attempt = _locked_own_attempt(user, attempt_id)
    now = timezone.now()
    if attempt.status != AttemptStatus.IN_PROGRESS:
        raise QuizError(_("Este intento ya fue entregado."))
    if not _within_time(attempt, now):
        raise QuizError(_("El tiempo terminó: se calificará lo que guardaste antes del límite."))
    attempt.responses = {**attempt.responses, **parse_responses(attempt, _questions_of(attempt), form)}
    attempt.saved_at = now
    attempt.save(update_fields=["responses", "saved_at"])
    return attempt


@transaction.atomic
def submit_attempt(*, user, attempt_id: int, form=None) -> QuizAttempt:
    """Grade and close the attempt. Submitting again changes nothing."""
    attempt = _locked_own_attempt(user, attempt_id)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return attempt
    questions = _questions_of(attempt)
    if form is not None and _within_time(attempt, timezone.now()):
        attempt.responses = {**attempt.responses, **parse_responses(attempt, questions, form)}
    return _grade_and_close(attempt, questions)


def _grade_and_close(attempt: QuizAttempt, questions: dict) -> QuizAttempt:
    score = max_score = Decimal("0")
    needs_grading = False
    results = {}
    for drawn in attempt.questions:
        child = questions.get(drawn["id"])
        if child is None:
            continue
        grade = child.block.grade(child.value, attempt.responses.get(drawn["id"]))
        results[drawn["id"]] = {
            "points": str(grade.points),
            "max_points": str(grade.max_points),
            "feedback": grade.feedback,
            "needs_grading": grade.needs_grading,
        }
        score += grade.points
        max_score += grade.max_points
        needs_grading = needs_grading or grade.needs_grading
    attempt.results = results
    attempt.score, attempt.max_score = score, max_score
    attempt.submitted_at = timezone.now()
    if needs_grading:
        attempt.status, attempt.passed = AttemptStatus.NEEDS_GRADING, None
    else:
        attempt.status = AttemptStatus.GRADED
        attempt.passed = percent(score, max_score) >= attempt.quiz.pass_mark
    attempt.save()
    if not needs_grading:
        record_quiz_result(attempt.enrollment, attempt.quiz)
    return attempt


def percent(score: Decimal, max_score: Decimal) -> Decimal:
    if not max_score:
        return Decimal("100")
    return (score * 100 / max_score).quantize(Decimal("0.01"))


def record_quiz_result(enrollment: Enrollment, quiz: QuizPage) -> QuizResult:
    """The quiz's standing result is the learner's best graded attempt."""
    graded = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz, status=AttemptStatus.GRADED)
    best = max((percent(a.score, a.max_score) for a in graded), default=Decimal("0"))
    result, _created = QuizResult.objects.update_or_create(
        enrollment=enrollment,
        quiz=quiz,
        defaults={"score_percent": best, "passed": best >= quiz.pass_mark},
    )
    evaluate_completion(enrollment)
    return result


def close_overdue_attempts() -> int:
    """Grade attempts whose time ran out, with what was saved by the deadline."""
    cutoff = timezone.now() - GRACE_PERIOD
    closed = 0
    for attempt_id in QuizAttempt.objects.filter(
        status=AttemptStatus.IN_PROGRESS, deadline__lt=cutoff
    ).values_list("pk", flat=True):
        with transaction.atomic():
            attempt = (
                QuizAttempt.objects.select_for_update()
                .select_related("quiz", "revision", "enrollment")
                .get(pk=attempt_id)
            )
            if attempt.status == AttemptStatus.IN_PROGRESS:
                _grade_and_close(attempt, _questions_of(attempt))
                closed += 1
    return closed
