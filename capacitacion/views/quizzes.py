"""Taking a quiz: thin views over capacitacion.services.quizzes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from capacitacion import selectors
from capacitacion.models import AttemptStatus, QuizAttempt
from capacitacion.services.quizzes import QuizError, save_responses, start_attempt, submit_attempt
from cursos.models import QuizPage


def _own_attempt(request, attempt_id: int) -> QuizAttempt:
    attempt = (
        QuizAttempt.objects.select_related("quiz", "revision", "enrollment")
        .filter(pk=attempt_id, enrollment__user=request.user)
        .first()
    )
    if attempt is None:
        raise Http404
    return attempt


@login_required
@require_POST
def start(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        attempt = start_attempt(user=request.user, quiz=quiz)
    except QuizError as error:
        messages.error(request, error.message)
        return redirect(quiz.get_url(request))
    return redirect("capacitacion:attempt", attempt_id=attempt.pk)


@never_cache
@login_required
def attempt_page(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if request.method == "POST":
        try:
            if "submit" in request.POST:
                submit_attempt(user=request.user, attempt_id=attempt.pk, form=request.POST)
                return redirect("capacitacion:attempt_review", attempt_id=attempt.pk)
            save_responses(user=request.user, attempt_id=attempt.pk, form=request.POST)
            if "review" not in request.POST:
                messages.success(request, _("Guardamos tus respuestas."))
        except QuizError as error:
            messages.error(request, error.message)
        if "review" in request.POST:
            # Even when saving was refused (time is up), handing in is still possible there.
            return redirect("capacitacion:attempt_confirm", attempt_id=attempt.pk)
        return redirect("capacitacion:attempt", attempt_id=attempt.pk)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return redirect("capacitacion:attempt_review", attempt_id=attempt.pk)
    return render(
        request,
        "capacitacion/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": selectors.attempt_questions(attempt),
            "minutes_left": selectors.minutes_left(attempt),
        },
    )


@never_cache
@login_required
def attempt_confirm(request, attempt_id: int):
    """The step before handing in: which questions are answered, with links back to
    each; its form hands in what was saved (nothing this request sends is an answer)."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return redirect("capacitacion:attempt_review", attempt_id=attempt.pk)
    if request.method == "POST":
        try:
            submit_attempt(user=request.user, attempt_id=attempt.pk)
        except QuizError as error:
            messages.error(request, error.message)
            return redirect("capacitacion:attempt_confirm", attempt_id=attempt.pk)
        return redirect("capacitacion:attempt_review", attempt_id=attempt.pk)
    return render(request, "capacitacion/attempt_confirm.html", selectors.handin_summary(attempt))


@never_cache
@login_required
def attempt_review(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if attempt.status == AttemptStatus.IN_PROGRESS:
        return redirect("capacitacion:attempt", attempt_id=attempt.pk)
    return render(request, "capacitacion/attempt_review.html", selectors.attempt_review(attempt))
