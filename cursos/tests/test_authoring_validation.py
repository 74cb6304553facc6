"""An editor's content mistakes are reported when a draft is saved, beside the field,
in the editor's admin language (Wagtail 8 defers every block's "required" and every
list's minimum to submission; the question rules in cursos/blocks/questions.py do not
wait), and a taken address is reported beside the title."""

import html
import json

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from cursos.blocks import questions as rules
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STREAM = QuizPage._meta.get_field("questions").stream_block


def choice(text, correct=False):
    return {"text": text, "correct": correct, "feedback": ""}


def base(**value):
    return {"prompt": "<p>¿Quién emite la alerta?</p>", "points": "1", "feedback": "", **value}


def deferred_errors(block_type: str, value: dict) -> dict:
    """The question's errors when saved as a draft: {field: [messages]} with the list
    errors as {field: {"list": [...], index: {child: [...]} or [...]}}."""
    from django.core.exceptions import ValidationError

    try:
        STREAM.clean_deferred(STREAM.to_python([{"type": block_type, "value": value}]))
    except ValidationError as error:
        found = {}
        for name, child in error.block_errors[0].block_errors.items():
            if hasattr(child, "non_block_errors") and hasattr(child, "block_errors"):
                entry = {"list": [str(m) for e in child.non_block_errors.as_data() for m in e.messages]}
                for index, item in child.block_errors.items():
                    item_children = getattr(item, "block_errors", None)
                    entry[index] = (
                        {key: list(err.messages) for key, err in item_children.items()}
                        if item_children
                        else list(item.messages)
                    )
                found[name] = entry
            else:
                found[name] = [str(m) for m in child.messages]
        return found
    return {}


@pytest.mark.parametrize(
    "block_type, value, expected",
    [
        (
            "single_choice",
            base(prompt="<p></p>", choices=[choice("Defensa Civil", True), choice("Un rumor")]),
            {"prompt": [rules.QUESTION_TEXT]},
        ),
        (
            "single_choice",
            base(choices=[choice("Defensa Civil"), choice("Un rumor")]),
            {"choices": {"list": [rules.NO_CORRECT_OPTION]}},
        ),
        (
            "single_choice",
            base(choices=[choice("Defensa Civil", True), choice("El servicio meteorológico", True)]),
            {"choices": {"list": [rules.ONE_CORRECT_OPTION]}},
        ),
        (
            "single_choice",
            base(choices=[choice("Defensa Civil", True), choice("")]),
            {"choices": {"list": [], 1: {"text": [rules.OPTION_TEXT]}}},
        ),
        (
            "multiple_choice",
            base(choices=[choice("Defensa Civil", True)], scoring="all_or_nothing"),
            {"choices": {"list": [rules.TWO_OPTIONS]}},
        ),
        (
            "multiple_choice",
            base(choices=[choice("Defensa Civil"), choice("Un rumor")], scoring="all_or_nothing"),
            {"choices": {"list": [rules.NO_CORRECT_OPTIONS]}},
        ),
        ("true_false", base(correct=""), {"correct": [rules.TRUE_OR_FALSE]}),
        ("numeric", base(answer=None, tolerance="0", unit=""), {"answer": [rules.NUMERIC_ANSWER]}),
        ("short_text", base(accepted_answers=[]), {"accepted_answers": {"list": [rules.ACCEPTED_ANSWER]}}),
        (
            "short_text",
            base(accepted_answers=["evacuar", " "]),
            {"accepted_answers": {"list": [], 1: [rules.ANSWER_TEXT]}},
        ),
        (
            "matching",
            base(pairs=[{"left": "Alerta roja", "right": ""}]),
            {"pairs": {"list": [rules.TWO_PAIRS], 0: {"right": [rules.PAIR_SIDE]}}},
        ),
        ("ordering", base(items=["Evacuar"]), {"items": {"list": [rules.TWO_STEPS]}}),
        ("essay", base(rubric="", max_words=None, allow_formatting=False), {"rubric": [rules.RUBRIC]}),
        ("essay", base(points=None, rubric="<p>Claridad</p>"), {"points": [rules.POINTS_MISSING]}),
    ],
)
def test_each_question_rule_holds_for_a_draft_beside_its_field(block_type, value, expected):
    with translation.override("es"):
        assert deferred_errors(block_type, value) == _as_text(expected)


def _as_text(expected):
    """The lazy messages of `expected` as text, the same nesting."""
    if isinstance(expected, dict):
        return {key: _as_text(item) for key, item in expected.items()}
    if isinstance(expected, list):
        return [_as_text(item) for item in expected]
    return str(expected)


def test_a_complete_question_is_saved_as_a_draft_and_a_blank_feedback_is_fine():
    value = base(choices=[choice("Defensa Civil", True), choice("Un rumor")])
    assert deferred_errors("single_choice", value) == {}
    assert deferred_errors("true_false", base(correct="true")) == {}


@pytest.fixture
def module(institution):
    course = CoursePageFactory(parent=institution, title="Comunicación de riesgos")
    return ModulePageFactory(parent=course, title="Módulo 1")


@pytest.fixture
def editor(client, institution):
    user = UserFactory()
    user.groups.add(institution.editors_group)
    client.force_login(user)
    return user


def quiz_form(title, questions):
    return nested_form_data(
        {
            "title": title,
            "slug": "cuestionario-1",
            "intro": rich_text(""),
            "pass_mark": 70,
            "max_attempts": 0,
            "grading_method": "highest",
            "review_when": "after_attempt",
            "questions": streamfield(questions),
            "draws-TOTAL_FORMS": 0,
            "draws-INITIAL_FORMS": 0,
            "draws-MIN_NUM_FORMS": 0,
            "draws-MAX_NUM_FORMS": 1000,
        }
    )


def single_choice_form_value(prompt, choices):
    return {
        "prompt": rich_text(prompt),
        "points": "1",
        "feedback": rich_text(""),
        "choices": {
            "count": len(choices),
            **{
                str(index): {"value": item, "deleted": "", "order": str(index), "id": ""}
                for index, item in enumerate(choices)
            },
        },
    }


@pytest.mark.parametrize(
    "language, question_text, correct_option",
    [
        ("es", "Escribe el texto de la pregunta.", "Marca cuál es la opción correcta."),
        ("pt-br", "Escreva o texto da pergunta.", "Marque qual é a opção correta."),
    ],
)
def test_saving_a_quiz_draft_reports_a_missing_question_text_in_the_editors_language(
    client, editor, module, language, question_text, correct_option
):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    question = single_choice_form_value(
        "", [{"text": "Defensa Civil", "feedback": ""}, {"text": "Un rumor", "feedback": ""}]
    )
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["cursos", "quizpage", module.pk]),
        quiz_form("Cuestionario 1", [("single_choice", question)]),
    )
    assert response.status_code == 200  # the editor again, nothing saved
    assert not QuizPage.objects.exists()
    # Beside the fields: the errors reach the question's text and its options' list.
    error = response.context["form"].errors.as_data()["questions"][0]
    data = error.as_json_data()["blockErrors"][0]["blockErrors"]
    assert set(data) == {"prompt", "choices"}
    assert "blockErrors" not in data["choices"]  # the list's own message, not an option's
    # In the editor's language: the page carries the messages as the request rendered them
    # (JSON inside an HTML attribute, as Wagtail's block editor reads them).
    page = html.unescape(response.content.decode())
    for message in (question_text, correct_option):
        assert json.dumps(message)[1:-1] in page


def test_a_taken_address_is_reported_beside_the_title(client, editor, module):
    LessonPageFactory(parent=module, title="Lección 1", slug="leccion-1")
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["cursos", "lessonpage", module.pk]),
        nested_form_data(
            {
                "title": "Lección 1",
                "slug": "leccion-1",
                "estimated_minutes": 10,
                "required": "on",
                "body": streamfield([]),
            }
        ),
    )
    assert response.status_code == 200
    assert LessonPage.objects.count() == 1
    errors = response.context["form"].errors
    assert errors["title"] == [
        "Ya hay una página con la dirección «leccion-1» en «Módulo 1»: cambia el título o, en la "
        "pestaña Promocionar, el identificador en la URL."
    ]
    assert "slug" in errors  # Wagtail's own message stays on the Promote tab
