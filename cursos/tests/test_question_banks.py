"""Question banks: draws at the start of an attempt, tag filter, snapshots that
survive a bank edit, grading and regrade of bank questions, editor validation and
admin scoping."""

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import reverse

from capacitacion.models import QuizAttempt
from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import _questions_of, regrade_questions, start_attempt, submit_attempt
from capacitacion.tests.factories import learner
from cursos.models import BankQuestion, QuestionBank, QuizDraw, QuizPage
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def bank_question(number: int, tags: str = "") -> BankQuestion:
    return BankQuestion(
        tags=tags,
        question=[
            {
                "type": "single_choice",
                "value": {
                    "prompt": f"<p>Pregunta del banco {number}</p>",
                    "points": "2",
                    "feedback": "",
                    "choices": [
                        {"text": f"Acierto {number}", "correct": True, "feedback": f"BANCO-SECRETO-{number}"},
                        {"text": f"Error {number}", "correct": False, "feedback": ""},
                    ],
                },
            }
        ],
    )


@pytest.fixture
def bank(institution):
    bank = QuestionBank(name="Banco de alertas", institution=institution)
    for number, tags in enumerate(["alertas, Sendai", "alertas", "sendai", ""], start=1):
        bank.questions.add(bank_question(number, tags))
    bank.save()
    return bank


@pytest.fixture
def course(institution):
    return build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")


@pytest.fixture
def quiz(course):
    return QuizPage.objects.descendant_of(course).order_by("path").first()


@pytest.fixture
def student(course):
    user = learner()
    enroll(user=user, course=course)
    return user


def add_draw(quiz, bank, count, tag=""):
    quiz.draws.add(QuizDraw(bank=bank, count=count, tag=tag))
    quiz.save_revision().publish()
    quiz.refresh_from_db()


def banked(attempt):
    return [drawn for drawn in attempt.questions if "snapshot" in drawn]


def right_answers(attempt) -> QueryDict:
    """The right choice for every drawn bank question, read from its snapshot."""
    questions = _questions_of(attempt)
    form = QueryDict(mutable=True)
    for drawn in banked(attempt):
        choices = questions[drawn["id"]].value["choices"].bound_blocks
        form[f"q-{drawn['id']}"] = next(choice.id for choice in choices if choice.value["correct"])
    return form


def test_a_draw_adds_n_bank_questions_to_the_quizs_own(student, quiz, bank):
    add_draw(quiz, bank, 2)
    attempt = start_attempt(user=student, quiz=quiz)
    assert len(attempt.questions) == 3 + 2
    drawn = banked(attempt)
    assert len({d["bank_question"] for d in drawn}) == 2
    assert {d["bank_question"] for d in drawn} <= set(bank.questions.values_list("pk", flat=True))


def test_the_tag_filter_draws_only_tagged_questions(student, quiz, bank):
    add_draw(quiz, bank, 2, tag="Sendai")
    tagged = {q.pk for q in bank.questions.all() if "sendai" in q.tag_list}
    for _ in range(3):
        attempt = start_attempt(user=student, quiz=quiz)
        assert {d["bank_question"] for d in banked(attempt)} == tagged
        submit_attempt(user=student, attempt_id=attempt.pk)


def test_bank_questions_are_graded_with_the_quiz(student, quiz, bank):
    add_draw(quiz, bank, 2)
    attempt = start_attempt(user=student, quiz=quiz)
    graded = submit_attempt(user=student, attempt_id=attempt.pk, form=right_answers(attempt))
    assert (graded.score, graded.max_score) == (4, 7)  # 2 × 2 from the bank, 0 of 3 own
    for drawn in banked(graded):
        assert graded.results[drawn["id"]]["points"] == "2.00"


def test_the_snapshot_survives_a_bank_edit(client, student, quiz, bank):
    add_draw(quiz, bank, 4)
    attempt = start_attempt(user=student, quiz=quiz)
    form = right_answers(attempt)
    # The author rewrites every bank question: a different right answer, another prompt.
    for question in bank.questions.all():
        raw = question.question.raw_data[0]
        raw["value"]["prompt"] = "<p>PROMPT-EDITADO</p>"
        for choice in raw["value"]["choices"]:
            choice["value"]["correct"] = not choice["value"]["correct"]
        question.save()
    current = regrade_questions(attempt, quiz.live_revision)[banked(attempt)[0]["id"]]
    assert "PROMPT-EDITADO" in current.value["prompt"].source  # the bank did change
    client.force_login(student)
    html = client.get(reverse("capacitacion:attempt", args=[attempt.pk])).content.decode()
    assert "Pregunta del banco 1" in html and "PROMPT-EDITADO" not in html
    graded = submit_attempt(user=student, attempt_id=attempt.pk, form=form)
    assert graded.score == 8


def test_regrade_reads_the_banks_current_content_or_the_snapshot(student, quiz, bank):
    add_draw(quiz, bank, 2)
    attempt = start_attempt(user=student, quiz=quiz)
    attempt = submit_attempt(user=student, attempt_id=attempt.pk, form=right_answers(attempt))
    edited_id, removed_id = (d["bank_question"] for d in banked(attempt))
    edited = BankQuestion.objects.get(pk=edited_id)
    edited.question.raw_data[0]["value"]["points"] = "5"
    edited.save()
    BankQuestion.objects.filter(pk=removed_id).delete()
    questions = regrade_questions(attempt, quiz.live_revision)
    by_bank = {d["bank_question"]: questions[d["id"]] for d in banked(attempt)}
    assert by_bank[edited_id].value["points"] == 5
    assert by_bank[removed_id].value["points"] == 2
    assert set(questions) >= {d["id"] for d in attempt.questions}


def test_attempt_page_shows_bank_questions_without_their_answers(client, student, quiz, bank):
    add_draw(quiz, bank, 4)
    client.force_login(student)
    response = client.post(reverse("capacitacion:attempt_start", args=[quiz.pk]))
    html = client.get(response["Location"]).content.decode()
    assert "Pregunta del banco 3" in html
    assert "BANCO-SECRETO" not in html and "correct" not in html.lower()


def test_the_quiz_page_counts_drawn_questions(client, student, quiz, bank):
    add_draw(quiz, bank, 2)
    client.force_login(student)
    html = client.get(quiz.url).content.decode()
    assert "<dd>5</dd>" in html


def test_a_draw_cannot_ask_for_more_than_the_bank_has(bank):
    with pytest.raises(ValidationError) as error:
        QuizDraw(bank=bank, count=5).clean()
    assert "tiene 4 preguntas" in str(error.value.message_dict["count"])
    with pytest.raises(ValidationError) as error:
        QuizDraw(bank=bank, count=3, tag="alertas").clean()
    assert "tiene 2 preguntas con la etiqueta «alertas»" in str(error.value.message_dict["count"])
    QuizDraw(bank=bank, count=2, tag="Alertas").clean()


def test_two_draws_from_one_bank_never_repeat_a_question(student, quiz, bank):
    add_draw(quiz, bank, 2, tag="alertas")
    add_draw(quiz, bank, 2, tag="sendai")
    attempt = start_attempt(user=student, quiz=quiz)
    drawn = [d["bank_question"] for d in banked(attempt)]
    assert len(drawn) == len(set(drawn))
    assert QuizAttempt.objects.count() == 1


# Admin ----------------------------------------------------------------------


@pytest.fixture
def editor(institution):
    institution.refresh_from_db()
    user = UserFactory()
    user.groups.add(institution.editors_group)
    return user


@pytest.fixture
def other_bank(other_institution):
    bank = QuestionBank(name="Banco ajeno", institution=other_institution)
    bank.questions.add(bank_question(9))
    bank.save()
    return bank


def test_editor_lists_only_their_institutions_banks(client, editor, bank, other_bank):
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_cursos_questionbank:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Banco de alertas" in html and "Banco ajeno" not in html


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_editor_cannot_open_another_institutions_bank(client, editor, other_bank, view):
    client.force_login(editor)
    url = reverse(f"wagtailsnippets_cursos_questionbank:{view}", args=[other_bank.pk])
    assert client.get(url).status_code == 404


def test_editor_opens_their_own_bank(client, editor, bank):
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_cursos_questionbank:edit", args=[bank.pk]))
    assert response.status_code == 200
    institutions = response.context["form"].fields["institution"].queryset
    assert list(institutions) == [bank.institution]
    assert client.get(reverse("wagtailsnippets_cursos_questionbank:add")).status_code == 200


def test_the_page_editor_reports_an_oversized_draw(client, quiz, bank):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    assert "Sorteo de un banco" in client.get(edit_url).content.decode()
    data = nested_form_data(
        {
            "title": quiz.title,
            "slug": quiz.slug,
            "intro": rich_text(""),
            "pass_mark": 70,
            "max_attempts": 0,
            "grading_method": "highest",
            "review_when": "after_attempt",
            "questions": streamfield([]),
            "draws": inline_formset([{"bank": bank.pk, "count": 9, "tag": ""}]),
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 200  # the editor again, not a save
    assert "tiene 4 preguntas" in response.content.decode()
    assert not QuizDraw.objects.filter(quiz=quiz).exists()


@pytest.fixture
def shared_bank():
    bank = QuestionBank(name="Banco compartido", institution=None)
    bank.questions.add(bank_question(8))
    bank.save()
    return bank


def chooser_titles(response) -> set[str]:
    assert response.status_code == 200
    is_modal = response["Content-Type"].startswith("application/json")
    html = response.json()["html"] if is_modal else response.content.decode()
    return {name for name in ("Banco de alertas", "Banco ajeno", "Banco compartido") if name in html}


def test_the_chooser_offers_only_the_editors_and_shared_banks(client, editor, bank, other_bank, shared_bank):
    client.force_login(editor)
    choose = reverse("wagtailsnippetchoosers_cursos_questionbank:choose")
    assert chooser_titles(client.get(choose)) == {"Banco de alertas", "Banco compartido"}
    results = reverse("wagtailsnippetchoosers_cursos_questionbank:choose_results")
    assert chooser_titles(client.get(results, {"q": "Banco"})) == {"Banco de alertas", "Banco compartido"}
    chosen = "wagtailsnippetchoosers_cursos_questionbank:chosen"
    assert client.get(reverse(chosen, args=[bank.pk])).status_code == 200
    assert client.get(reverse(chosen, args=[other_bank.pk])).status_code == 404


def quiz_form(quiz, draws, questions=None):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    return nested_form_data(
        {
            "title": quiz.title,
            "slug": quiz.slug,
            "intro": rich_text(""),
            "pass_mark": 70,
            "max_attempts": 0,
            "grading_method": "highest",
            "review_when": "after_attempt",
            "questions": streamfield(questions or []),
            "draws": inline_formset(draws),
        }
    )


def test_saving_a_draw_on_another_institutions_bank_is_refused(client, editor, quiz, other_bank):
    client.force_login(editor)
    revisions = quiz.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    response = client.post(edit_url, quiz_form(quiz, [{"bank": other_bank.pk, "count": 1, "tag": ""}]))
    assert response.status_code == 200  # the editor again, not a save
    draws = response.context["form"].formsets["draws"]
    assert draws.forms[0].errors["bank"] == [
        "Este banco es de otra institución: elige uno de la tuya o uno compartido por la red."
    ]
    assert quiz.revisions.count() == revisions
    assert not QuizDraw.objects.filter(quiz=quiz).exists()


def test_a_coordinator_cannot_draw_another_institutions_bank_either(client, quiz, other_bank):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    revisions = quiz.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    response = client.post(edit_url, quiz_form(quiz, [{"bank": other_bank.pk, "count": 1, "tag": ""}]))
    assert response.status_code == 200
    assert "Este banco es de otra institución" in response.content.decode()
    assert quiz.revisions.count() == revisions


def test_a_draw_on_another_institutions_bank_fails_model_validation(quiz, other_bank, shared_bank):
    with pytest.raises(ValidationError) as error:
        QuizDraw(quiz=quiz, bank=other_bank, count=1).clean()
    assert "otra institución" in str(error.value.message_dict["bank"])
    QuizDraw(quiz=quiz, bank=shared_bank, count=1).clean()


def test_a_quiz_of_bank_draws_only_saves_through_the_admin(client, editor, quiz, bank, shared_bank):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    data = quiz_form(
        quiz,
        [{"bank": bank.pk, "count": 2, "tag": ""}, {"bank": shared_bank.pk, "count": 1, "tag": ""}],
    )
    revisions = quiz.revisions.count()
    response = client.post(edit_url, data)
    assert response.status_code == 302
    assert response["Location"] == edit_url
    assert quiz.revisions.count() == revisions + 1
    saved = quiz.revisions.order_by("-pk").first().as_object()
    assert len(saved.questions) == 0
    assert sorted((draw.bank.name, draw.count) for draw in saved.draws.all()) == [
        ("Banco compartido", 1),
        ("Banco de alertas", 2),
    ]


def test_a_quiz_without_questions_or_draws_is_refused_by_the_admin(client, editor, quiz):
    client.force_login(editor)
    revisions = quiz.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    response = client.post(edit_url, quiz_form(quiz, []))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Agrega al menos una pregunta o un sorteo de un banco de preguntas."
    ]
    assert quiz.revisions.count() == revisions
