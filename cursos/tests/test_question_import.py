"""Question import (GIFT, Aiken, CSV/XLSX) and GIFT export: every imported question
grades exactly like the same question made in the editor, exports back to GIFT that
re-imports to the same data, a file with errors reports them by line and saves
nothing, and the admin views are scoped like the bank's own edit view."""

import base64
import io
import itertools
import json
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation

from cursos.blocks.questions import QuestionStreamBlock
from cursos.models import BankQuestion, QuestionBank, QuizPage, question_from_data
from cursos.question_formats import export_gift, parse_aiken, parse_csv, parse_gift, parse_xlsx
from cursos.tests.factories import build_course
from tests.factories import UserFactory

BLOCKS = QuestionStreamBlock().child_blocks

# One GIFT question per supported type, and the same question as the editor stores it.
CASES = {
    "single_choice": (
        "::Alertas:: ¿Quién emite las alertas oficiales? {=Defensa Civil #Bien ~Un grupo de chat #No"
        " ~La radio"
        " ####Lee la guía.}",
        {
            "prompt": "<p>¿Quién emite las alertas oficiales?</p>",
            "points": "1",
            "feedback": "<p>Lee la guía.</p>",
            "choices": [
                {"text": "Defensa Civil", "correct": True, "feedback": "Bien"},
                {"text": "Un grupo de chat", "correct": False, "feedback": "No"},
                {"text": "La radio", "correct": False, "feedback": ""},
            ],
        },
    ),
    "multiple_choice": (
        "Elige las fuentes oficiales {\n~%50%Defensa Civil\n~%50%El municipio\n~%-50%Un rumor #Nunca\n}",
        {
            "prompt": "<p>Elige las fuentes oficiales</p>",
            "points": "1",
            "feedback": "",
            "scoring": "partial_penalty",
            "choices": [
                {"text": "Defensa Civil", "correct": True, "feedback": ""},
                {"text": "El municipio", "correct": True, "feedback": ""},
                {"text": "Un rumor", "correct": False, "feedback": "Nunca"},
            ],
        },
    ),
    "multiple_choice_zero": (
        "Elige dos {~%50%A ~%50%B ~%-100%C}",
        {
            "prompt": "<p>Elige dos</p>",
            "points": "1",
            "feedback": "",
            "scoring": "partial_zero",
            "choices": [
                {"text": "A", "correct": True, "feedback": ""},
                {"text": "B", "correct": True, "feedback": ""},
                {"text": "C", "correct": False, "feedback": ""},
            ],
        },
    ),
    "true_false": (
        "// El riesgo se construye.\nEl riesgo es natural. {F}",
        {"prompt": "<p>El riesgo es natural.</p>", "points": "1", "feedback": "", "correct": "false"},
    ),
    "short_text": (
        "¿Cuál es la capital de Francia? {=París =Paris}",
        {
            "prompt": "<p>¿Cuál es la capital de Francia?</p>",
            "points": "1",
            "feedback": "",
            "accepted_answers": ["París", "Paris"],
        },
    ),
    "numeric": (
        "¿Cuánto es 1,5 + 2? {#3.5:0.1}",
        {
            "prompt": "<p>¿Cuánto es 1,5 + 2?</p>",
            "points": "1",
            "feedback": "",
            "answer": "3.5",
            "tolerance": "0.1",
            "unit": "",
        },
    ),
    "matching": (
        "Relaciona cada alerta {=Roja -> evacuar =Amarilla -> prepararse =Verde -> informarse}",
        {
            "prompt": "<p>Relaciona cada alerta</p>",
            "points": "1",
            "feedback": "",
            "pairs": [
                {"left": "Roja", "right": "evacuar"},
                {"left": "Amarilla", "right": "prepararse"},
                {"left": "Verde", "right": "informarse"},
            ],
        },
    ),
    "essay": (
        "Describe tu plan familiar. {####Valora que nombre un punto de encuentro.}",
        {
            "prompt": "<p>Describe tu plan familiar.</p>",
            "points": "1",
            "feedback": "",
            "rubric": "<p>Valora que nombre un punto de encuentro.</p>",
            "max_words": None,
            "allow_formatting": False,
        },
    ),
}


def block_type(case: str) -> str:
    return "multiple_choice" if case.startswith("multiple_choice") else case


def without_keys(data):
    """Data to compare: no ListBlock ids, no rich-text block keys."""
    if isinstance(data, dict):
        return {key: without_keys(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [without_keys(item) for item in data]
    if isinstance(data, str):
        return re.sub(r'\s*data-block-key="[^"]*"', "", data)
    return data


def stored(kind, raw):
    """The value as the editor stores it: through the block, then JSON."""
    block = BLOCKS[kind]
    return json.loads(json.dumps(block.get_prep_value(block.to_python(raw)), cls=DjangoJSONEncoder))


def ids(value, name):
    return [child.id for child in value[name].bound_blocks]


def responses(kind, value):
    """Every response worth trying, built from the question's own ids."""
    if kind in ("single_choice", "multiple_choice"):
        choice_ids = ids(value, "choices")
        subsets = [list(c) for n in range(len(choice_ids) + 1) for c in itertools.combinations(choice_ids, n)]
        return choice_ids + subsets if kind == "single_choice" else subsets
    if kind == "true_false":
        return [True, False, "true", "false", "x"]
    if kind == "short_text":
        return ["París", "paris ", "Lyon", ""]
    if kind == "numeric":
        return ["3.5", "3,55", 3.6, "3.61", "x"]
    if kind == "matching":
        pair_ids = ids(value, "pairs")
        rights = [pair["right"] for pair in value["pairs"]]
        return [dict(zip(pair_ids, order, strict=True)) for order in itertools.permutations(rights)]
    return ["Un texto libre."]


def positions(kind, value, response):
    """The response by position instead of id, to compare two copies of a question."""
    if kind in ("single_choice", "multiple_choice", "matching"):
        order = ids(value, "pairs" if kind == "matching" else "choices")
        if isinstance(response, str):
            return order.index(response)
        if isinstance(response, list):
            return [order.index(item) for item in response]
        return {order.index(key): right for key, right in response.items()}
    return response


def by_position(kind, value, positioned):
    if kind in ("single_choice", "multiple_choice", "matching"):
        order = ids(value, "pairs" if kind == "matching" else "choices")
        if isinstance(positioned, int):
            return order[positioned]
        if isinstance(positioned, list):
            return [order[index] for index in positioned]
        return {order[index]: right for index, right in positioned.items()}
    return positioned


@pytest.mark.parametrize("case", CASES)
def test_each_gift_type_imports_and_grades_like_the_editors_question(case):
    gift, editor_raw = CASES[case]
    kind = block_type(case)
    result = parse_gift(gift)
    assert result.errors == []
    [question] = result.questions
    assert question.type == kind
    assert without_keys(question.value) == without_keys(stored(kind, editor_raw))
    block = BLOCKS[kind]
    imported = question_from_data(question.raw).value
    made = block.to_python(editor_raw)
    made = block.to_python(block.get_prep_value(made))  # with ids, as saved
    for response in responses(kind, made):
        expected = block.grade(made, response)
        got = block.grade(imported, by_position(kind, imported, positions(kind, made, response)))
        assert (got.points, got.max_points, got.needs_grading) == (
            expected.points,
            expected.max_points,
            expected.needs_grading,
        ), response
        assert without_keys(got.feedback) == without_keys(expected.feedback)


@pytest.mark.parametrize("case", CASES)
def test_each_type_exports_to_gift_that_reimports_to_the_same_data(case):
    [question] = parse_gift(CASES[case][0]).questions
    exported = export_gift([question_from_data(question.raw)])
    again = parse_gift(exported)
    assert again.errors == []
    assert [without_keys(q.raw) for q in again.questions] == [without_keys(question.raw)]


def test_a_whole_file_round_trips_and_special_characters_survive():
    gift = (
        "$CATEGORY: $course$/Alertas\n\n"
        + "\n\n".join(text for text, _raw in CASES.values())
        + "\n\nUsa \\{llaves\\} y a \\= b \\~ c \\# d {=x \\: y < z ~otra & más}\n\n"
        "[html]<p>Con <b>negrita</b> y <script>nada</script></p> {T}\n\n"
        "Mi nombre es {=Ana ~Pedro} y vivo aquí.\n"
    )
    result = parse_gift(gift)
    assert result.errors == []
    assert len(result.questions) == len(CASES) + 3
    special = result.questions[len(CASES)].value
    assert "{llaves} y a = b ~ c # d" in special["prompt"]
    assert [c["value"]["text"] for c in special["choices"]] == ["x : y < z", "otra & más"]
    assert "<b>negrita</b>" in result.questions[-2].value["prompt"]
    assert "<script>" not in result.questions[-2].value["prompt"]
    assert "Mi nombre es _____ y vivo aquí." in result.questions[-1].value["prompt"]
    children = [question_from_data(q.raw) for q in result.questions]
    again = parse_gift(export_gift(children))
    assert again.errors == []
    assert [without_keys(q.raw) for q in again.questions] == [without_keys(q.raw) for q in result.questions]


def test_aiken_imports_single_choice_that_grades_like_the_editors():
    result = parse_aiken("¿Quién emite las alertas?\nA. Un grupo de chat\nB) Defensa Civil\nANSWER: B\n")
    assert result.errors == []
    [question] = result.questions
    assert question.type == "single_choice"
    editor_raw = {
        "prompt": "<p>¿Quién emite las alertas?</p>",
        "points": "1",
        "feedback": "",
        "choices": [
            {"text": "Un grupo de chat", "correct": False, "feedback": ""},
            {"text": "Defensa Civil", "correct": True, "feedback": ""},
        ],
    }
    assert without_keys(question.value) == without_keys(stored("single_choice", editor_raw))
    value = question_from_data(question.raw).value
    wrong, right = ids(value, "choices")
    block = BLOCKS["single_choice"]
    assert block.grade(value, right).points == Decimal("1.00")
    assert block.grade(value, wrong).points == Decimal("0.00")
    again = parse_gift(export_gift([question_from_data(question.raw)]))
    assert [without_keys(q.raw) for q in again.questions] == [without_keys(question.raw)]


CSV = (
    "tipo;pregunta;opciones;correcta;puntos;etiquetas;tolerancia;rúbrica\n"
    "single_choice;¿Quién emite las alertas?;Un chat|Defensa Civil;B;2;alertas, Sendai;;\n"
    "multiple_choice;Fuentes oficiales;Defensa Civil|Municipio|Rumor;1|2;1;;;\n"
    "true_false;El riesgo es natural.;;falso;1;;;\n"
    "numeric;¿Cuánto es 1,5 + 2?;;3,5;1;;0,1;\n"
    "ordering;Ordena;Alerta|Evacuar|Volver;;1;;;\n"
    "essay;Tu plan;;;5;;;Que nombre un punto de encuentro.\n"
)


def test_csv_rows_import_with_points_tags_and_every_column():
    result = parse_csv(CSV)
    assert result.errors == []
    types = [q.type for q in result.questions]
    assert types == ["single_choice", "multiple_choice", "true_false", "numeric", "ordering", "essay"]
    first = result.questions[0]
    assert first.line == 2 and first.tags == "alertas, Sendai" and first.value["points"] == "2"
    assert [c["value"]["correct"] for c in first.value["choices"]] == [False, True]
    assert result.questions[3].value["answer"] == "3.5" and result.questions[3].value["tolerance"] == "0.1"
    value = question_from_data(result.questions[4].raw).value
    block = BLOCKS["ordering"]
    assert block.grade(value, ids(value, "items")).points == Decimal("1.00")


def test_xlsx_rows_import_like_csv():
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Type", "Question", "Options", "Correct", "Points"])
    sheet.append(["true_false", "El riesgo es natural.", None, "FALSO", 2])
    sheet.append([None, None, None, None, None])
    sheet.append(["short_text", "Capital de Francia", "París|Paris", None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = parse_xlsx(buffer.getvalue())
    assert result.errors == []
    assert [(q.line, q.type, q.value["points"]) for q in result.questions] == [
        (2, "true_false", "2"),
        (4, "short_text", "1"),
    ]


def test_errors_carry_their_line_and_the_users_language():
    gift = (
        "// comentario\n"
        "Una descripción sin respuestas\n"
        "\n"
        "::t:: Opción única con parcial {\n"
        "=a\n"
        "~%50%b\n"
        "}\n"
        "\n"
        "Ensayo sin rúbrica {}\n"
        "\n"
        "Bien {=sí ~no}\n"
        "\n"
        "Pesos desparejos {~%70%a ~%30%b ~%-100%c}\n"
    )
    result = parse_gift(gift)
    assert [error.line for error in result.errors] == [2, 6, 9, 13]
    assert len(result.questions) == 1
    assert "descripciones" in result.errors[0].message
    with translation.override("pt-br"):
        message = parse_gift("Uma descrição\n").errors[0].message
    assert message != result.errors[0].message
    errors = parse_aiken("Pregunta\nA. uno\nB. dos\nANSWER: C\n").errors
    assert [(e.line, "C" in e.message) for e in errors] == [(4, True)]
    errors = parse_csv("tipo,pregunta,opciones,correcta\nsingle_choice,P,a|b,\nrara,P,,\n").errors
    assert [e.line for e in errors] == [2, 3]


def test_block_validation_is_reported_on_its_line():
    long_choice = "x" * 301
    errors = parse_gift(f"\n\nPregunta {{=ok ~{long_choice}}}\n").errors
    assert [e.line for e in errors] == [3]
    assert "Opciones" in errors[0].message


# Admin ---------------------------------------------------------------------------

pytestmark = pytest.mark.django_db

GIFT_FILE = "\n\n".join(text for text, _raw in CASES.values()).encode()


@pytest.fixture
def bank(institution):
    bank = QuestionBank(name="Banco de alertas", institution=institution)
    bank.questions.add(
        BankQuestion(question=[{"type": "true_false", "value": CASES["true_false"][1]}], tags="previa")
    )
    bank.save()
    return bank


@pytest.fixture
def other_bank(other_institution):
    bank = QuestionBank(name="Banco ajeno", institution=other_institution)
    bank.questions.add(BankQuestion(question=[{"type": "true_false", "value": CASES["true_false"][1]}]))
    bank.save()
    return bank


@pytest.fixture
def editor(institution):
    institution.refresh_from_db()
    user = UserFactory()
    user.groups.add(institution.editors_group)
    return user


def upload(content: bytes, name="preguntas.gift"):
    return SimpleUploadedFile(name, content, content_type="text/plain")


def test_upload_shows_a_preview_and_saves_only_on_confirm(client, editor, bank):
    client.force_login(editor)
    url = reverse("aula_bank_import", args=[bank.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"file": upload(GIFT_FILE)})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vista previa" in html and "Defensa Civil" in html and "correcta" in html
    assert bank.questions.count() == 1
    confirm = {"content": base64.b64encode(GIFT_FILE).decode(), "name": "preguntas.gift", "confirm": "1"}
    response = client.post(url, confirm)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailsnippets_cursos_questionbank:edit", args=[bank.pk])
    questions = list(bank.questions.all())
    imported = [q for q in questions if q.tags != "previa"]
    assert len(questions) == len(CASES) + 1
    assert [q.child.block_type for q in imported] == [block_type(c) for c in CASES]
    assert [q.sort_order for q in imported] == list(range(1, len(CASES) + 1))
    # Saved as the import previewed: the same data, ids kept.
    saved = imported[0].question.raw_data[0]["value"]
    assert without_keys(saved) == without_keys(stored("single_choice", CASES["single_choice"][1]))


def test_a_file_with_errors_shows_them_by_line_and_saves_nothing(client, editor, bank):
    client.force_login(editor)
    url = reverse("aula_bank_import", args=[bank.pk])
    bad = GIFT_FILE + b"\n\nSin respuestas\n"
    line = bad.decode().count("\n") - 0
    response = client.post(url, {"file": upload(bad)})
    assert response.status_code == 200
    assert [(e.line, bool(e.message)) for e in response.context["result"].errors] == [(line, True)]
    assert "no se guardó ninguna pregunta" in response.content.decode()
    confirm = {"content": base64.b64encode(bad).decode(), "name": "p.gift", "confirm": "1"}
    assert client.post(url, confirm).status_code == 200
    assert bank.questions.count() == 1


def test_an_oversized_upload_is_refused(client, editor, bank):
    client.force_login(editor)
    url = reverse("aula_bank_import", args=[bank.pk])
    response = client.post(url, {"file": upload(b"x" * (1024 * 1024 + 1))})
    assert response.status_code == 200
    assert "1 MB" in response.content.decode()
    assert bank.questions.count() == 1


def test_the_import_form_requires_csrf(editor, bank):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("aula_bank_import", args=[bank.pk]), {"file": upload(GIFT_FILE)})
    assert response.status_code == 403


def test_export_downloads_the_bank_as_gift_that_reimports(client, editor, bank):
    client.force_login(editor)
    response = client.get(reverse("aula_bank_export", args=[bank.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="banco-de-alertas.gift"'
    result = parse_gift(response.content.decode())
    expected = stored("true_false", CASES["true_false"][1])
    assert [without_keys(q.value) for q in result.questions] == [without_keys(expected)]


@pytest.mark.parametrize("name", ["aula_bank_import", "aula_bank_export"])
def test_another_institutions_bank_is_404(client, editor, other_bank, name):
    client.force_login(editor)
    url = reverse(name, args=[other_bank.pk])
    assert client.get(url).status_code == 404
    if name == "aula_bank_import":
        confirm = {"content": base64.b64encode(GIFT_FILE).decode(), "name": "p.gift", "confirm": "1"}
        assert client.post(url, confirm).status_code == 404
    assert other_bank.questions.count() == 1


def test_the_coordinator_imports_into_any_bank(client, other_bank):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    confirm = {"content": base64.b64encode(GIFT_FILE).decode(), "name": "p.gift", "confirm": "1"}
    assert client.post(reverse("aula_bank_import", args=[other_bank.pk]), confirm).status_code == 302
    assert other_bank.questions.count() == 1 + len(CASES)


def test_the_banks_edit_view_and_listing_link_to_import_and_export(client, editor, bank):
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets_cursos_questionbank:edit", args=[bank.pk])).content.decode()
    assert reverse("aula_bank_import", args=[bank.pk]) in html
    assert reverse("aula_bank_export", args=[bank.pk]) in html
    html = client.get(reverse("wagtailsnippets_cursos_questionbank:list")).content.decode()
    assert reverse("aula_bank_import", args=[bank.pk]) in html


def test_import_into_a_quiz_adds_a_draft_revision(client, editor, institution, other_institution):
    quiz = QuizPage.objects.descendant_of(build_course(institution)).first()
    other_quiz = QuizPage.objects.descendant_of(build_course(other_institution)).first()
    client.force_login(editor)
    assert (
        reverse("aula_quiz_import", args=[quiz.pk])
        in client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    )
    confirm = {"content": base64.b64encode(GIFT_FILE).decode(), "name": "p.gift", "confirm": "1"}
    assert client.post(reverse("aula_quiz_import", args=[other_quiz.pk]), confirm).status_code == 404
    response = client.post(reverse("aula_quiz_import", args=[quiz.pk]), confirm)
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert len(quiz.questions) == 3  # live content unchanged until published
    draft = quiz.get_latest_revision_as_object()
    assert [q.block_type for q in draft.questions][3:] == [block_type(c) for c in CASES]
