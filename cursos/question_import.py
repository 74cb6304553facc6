"""Saving imported questions and describing them for the preview. The parsing lives
in cursos.question_formats; the admin views in cursos.question_import_views."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify

from cursos.models import BankQuestion, QuestionBank, QuizPage, question_from_data
from cursos.question_formats import ImportResult, export_gift


def describe(question) -> dict:
    """A parsed question as the preview shows it: its type, prompt (stored rich text)
    and each answer with whether it is a right one, as its block gives them."""
    child = question_from_data(question.raw)
    value = child.value
    return {
        "line": question.line,
        "type": child.block.label,
        "prompt": value["prompt"],
        "points": value["points"],
        "answers": child.block.preview_answers(value),
        "rubric": child.block.rubric_of(value),
        "feedback": value.get("feedback"),
        "tags": question.tags,
    }


@transaction.atomic
def import_into_bank(bank: QuestionBank, result: ImportResult) -> list[BankQuestion]:
    """Append every question of an error-free result to the bank, after its own."""
    if not result.ok:
        raise ValueError("only a file without errors is imported")
    QuestionBank.objects.select_for_update().get(pk=bank.pk)
    # Rows saved outside the admin may have no sort_order (they list last): after both.
    last = bank.questions.aggregate(last=Max("sort_order"))["last"]
    start = max(-1 if last is None else last, bank.questions.count() - 1)
    saved = []
    for offset, question in enumerate(result.questions, start=1):
        tags = ", ".join(part.strip() for part in question.tags.split(",") if slugify(part))
        row = BankQuestion(bank=bank, sort_order=start + offset, question=[question.raw], tags=tags[:200])
        row.save()
        saved.append(row)
    return saved


@transaction.atomic
def import_into_quiz(quiz: QuizPage, result: ImportResult, user):
    """A new draft revision of the quiz with the questions appended (the editor publishes it)."""
    if not result.ok:
        raise ValueError("only a file without errors is imported")
    QuizPage.objects.select_for_update().get(pk=quiz.pk)
    draft = quiz.get_latest_revision_as_object()
    existing = list(draft.questions.get_prep_value())
    draft.questions = existing + [question.raw for question in result.questions]
    return draft.save_revision(user=user, log_action=True)


def bank_as_gift(bank: QuestionBank) -> str:
    children = [question.child for question in bank.questions.all() if question.child is not None]
    return export_gift(children)
