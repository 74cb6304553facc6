"""Quiz attempts: start, save, submit and grade. Grading runs on the server with
each question block's own grade(), against the page revision the attempt started
on and the questions it drew; nothing the browser sends can change which answers
are correct."""

import json
import random
from datetime import datetime, timedelta
from decimal import Decimal

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from capacitacion.access import item_access
from capacitacion.models import AttemptStatus, Enrollment, QuizAttempt, QuizOverride, QuizResult
from capacitacion.selectors import QuizRules, attempt_question_map, quiz_rules
from capacitacion.services.errors import ServiceError
from capacitacion.services.progress import evaluate_completion
from cursos.models import (
    BankQuestion,
    GradingMethod,
    QuestionBank,
    QuizPage,
    question_from_data,
    quiz_from_revision,
    revision_questions,
)

# Late submissions within this margin (a slow connection, a click at 0:00) still count.
GRACE_PERIOD = timedelta(seconds=30)
_random = random.SystemRandom()


class QuizError(ServiceError):
    """A reason, in the learner's language, why the attempt cannot go on."""


def _live_revision(quiz: QuizPage):
    if quiz.live_revision_id is None:
        # A page published without a revision (created in code): pin its live content.
        revision = quiz.save_revision()
        revision.publish()
        return revision
    return quiz.live_revision


def _bank_draws(quiz: QuizPage) -> list[tuple]:
    """(StreamChild, draw entry fields) for the questions drawn from banks. Each entry
    keeps a snapshot of the question's data: the bank may change after the start."""
    drawn, taken = [], set()
    banks = QuestionBank.objects.in_bulk([draw.bank_id for draw in quiz.draws.all()])
    for draw in quiz.draws.all():
        bank = banks.get(draw.bank_id)
        if bank is None:
            continue
        pool = [q for q in bank.questions_tagged(draw.tag) if q.pk not in taken and q.child is not None]
        for bank_question in _random.sample(pool, min(draw.count, len(pool))):
            taken.add(bank_question.pk)
            # Through JSON so Decimals and the like store as they do in a StreamField.
            snapshot = json.loads(json.dumps(dict(bank_question.question.raw_data[0]), cls=DjangoJSONEncoder))
            drawn.append(
                (question_from_data(snapshot), {"bank_question": bank_question.pk, "snapshot": snapshot})
            )
    return drawn


def _draw(quiz: QuizPage) -> list[dict]:
    """The attempt's questions: the quiz's own (all, or N at random), then those drawn
    from banks; `quiz` is the revision's copy of the page."""
    children = list(quiz.questions)
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(children):
        chosen = set(_random.sample(range(len(children)), quiz.questions_per_attempt))
        children = [child for index, child in enumerate(children) if index in chosen]
    entries = [(child, {}) for child in children] + _bank_draws(quiz)
    if quiz.shuffle_questions:
        _random.shuffle(entries)
    draw = []
    for child, extra in entries:
        # Each type says which items it orders and whether they are always shuffled.
        order = child.block.draw_order(
            child.value, shuffle_choices=quiz.shuffle_choices, shuffle=_random.shuffle
        )
        draw.append({"id": child.id, "order": order, **extra})
    return draw


def attempts_left(enrollment: Enrollment, quiz: QuizPage, rules: QuizRules | None = None) -> int | None:
    """None when the quiz allows unlimited attempts."""
    rules = rules or quiz_rules(enrollment, quiz)
    if not rules.max_attempts:
        return None
    used = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).count()
    return max(0, rules.max_attempts - used)


def deadline_for(quiz: QuizPage, rules: QuizRules, started_at: datetime) -> datetime | None:
    """The end of the time limit (plus any extra minutes), but never past the close date."""
    ends = []
    if quiz.time_limit_minutes:
        ends.append(started_at + timedelta(minutes=quiz.time_limit_minutes + rules.extra_minutes))
    if rules.closes_at:
        ends.append(rules.closes_at)
    return min(ends, default=None)


def _closed_message(closes_at: datetime) -> str:
    return _("Este cuestionario cerró el %(date)s.") % {
        "date": date_format(timezone.localtime(closes_at), "DATETIME_FORMAT")
    }


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
        rules = quiz_rules(enrollment, quiz)
        now = timezone.now()
        if rules.is_closed(now):
            raise QuizError(_closed_message(rules.closes_at))
        if attempts_left(enrollment, quiz, rules) == 0:
            raise QuizError(
                _("Ya usaste los %(count)s intentos de este cuestionario.") % {"count": rules.max_attempts}
            )
        revision = _live_revision(quiz)
        return QuizAttempt.objects.create(
            enrollment=enrollment,
            quiz=quiz,
            revision=revision,
            number=QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).count() + 1,
            questions=_draw(quiz_from_revision(revision)),
            deadline=deadline_for(quiz, rules, now),
        )


def parse_responses(attempt: QuizAttempt, revision_questions: dict, form) -> dict:
    """Read the answers for the drawn questions from a submitted form, each by its
    block's read_response. Fields for questions that were not drawn, and anything
    oversized, are ignored."""
    responses = {}
    for drawn in attempt.questions:
        child = revision_questions.get(drawn["id"])
        if child is None:
            continue
        response = child.block.read_response(child.value, form, f"q-{drawn['id']}", drawn["order"])
        if response is not None:
            responses[drawn["id"]] = response
    return responses


def _questions_of(attempt: QuizAttempt) -> dict:
    """{question id: StreamChild} for grading: the pinned revision's questions and the
    snapshots of the bank questions the attempt drew."""
    return attempt_question_map(attempt)


def regrade_questions(attempt: QuizAttempt, revision) -> dict:
    """Like _questions_of, for a regrade after a correction: the quiz's questions from
    `revision`, and each drawn bank question as the bank holds it now (its snapshot
    if it was removed from the bank since)."""
    questions = {child.id: child for child in revision_questions(revision)}
    banked = [drawn for drawn in attempt.questions if "snapshot" in drawn]
    current = BankQuestion.objects.in_bulk([drawn["bank_question"] for drawn in banked])
    for drawn in banked:
        bank_question = current.get(drawn["bank_question"])
        child = bank_question.child if bank_question is not None else None
        if child is None or child.id != drawn["id"] or child.block_type != drawn["snapshot"]["type"]:
            child = question_from_data(drawn["snapshot"])
        questions[drawn["id"]] = child
    return questions


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
    rules = quiz_rules(attempt.enrollment, attempt.quiz)
    if rules.closes_at and now > rules.closes_at + GRACE_PERIOD:
        raise QuizError(
            _closed_message(rules.closes_at)
            + " "
            + _("Ya no se pueden guardar respuestas: entrega el intento.")
        )
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
    now = timezone.now()
    rules = quiz_rules(attempt.enrollment, attempt.quiz)
    in_time = _within_time(attempt, now) and not (rules.closes_at and now > rules.closes_at + GRACE_PERIOD)
    if form is not None and in_time:
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


def combined_percent(method: str, percents: list[Decimal]) -> Decimal:
    """The quiz's grade from its graded attempts' percentages, in attempt order."""
    if not percents:
        return Decimal("0")
    if method == GradingMethod.LAST:
        return percents[-1]
    if method == GradingMethod.AVERAGE:
        return (sum(percents) / len(percents)).quantize(Decimal("0.01"))
    return max(percents)


def record_quiz_result(enrollment: Enrollment, quiz: QuizPage) -> QuizResult:
    """The quiz's standing result, from the graded attempts by the quiz's grading method."""
    graded = QuizAttempt.objects.filter(
        enrollment=enrollment, quiz=quiz, status=AttemptStatus.GRADED
    ).order_by("number")
    scores = graded.values_list("score", "max_score")  # not the attempts' answers and results
    score = combined_percent(quiz.grading_method, [percent(score, max_score) for score, max_score in scores])
    result, _created = QuizResult.objects.update_or_create(
        enrollment=enrollment,
        quiz=quiz,
        defaults={"score_percent": score, "passed": score >= quiz.pass_mark},
    )
    evaluate_completion(enrollment)
    return result


@transaction.atomic
def apply_override(override: QuizOverride) -> None:
    """Extend (or shorten) the open attempt's deadline to match a new or changed
    override; later attempts pick the override up when they start."""
    attempt = (
        QuizAttempt.objects.select_for_update()
        .filter(enrollment=override.enrollment, quiz=override.quiz, status=AttemptStatus.IN_PROGRESS)
        .first()
    )
    if attempt is not None:
        attempt.deadline = deadline_for(
            override.quiz, quiz_rules(override.enrollment, override.quiz), attempt.started_at
        )
        attempt.save(update_fields=["deadline"])


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
