"""Grading and public data of every question block. Pure: no database needed."""

import json
from decimal import Decimal

import pytest

from cursos.blocks.questions import (
    EssayQuestionBlock,
    Grade,
    MatchingQuestionBlock,
    MultipleChoiceQuestionBlock,
    NumericQuestionBlock,
    OrderingQuestionBlock,
    ShortTextQuestionBlock,
    SingleChoiceQuestionBlock,
    TrueFalseQuestionBlock,
)

D = Decimal
GENERAL = "<p>GENERAL_FEEDBACK_MARK</p>"


def items(*values, prefix="x"):
    """Raw ListBlock items with explicit ids x1, x2, ..."""
    return [{"type": "item", "id": f"{prefix}{i}", "value": v} for i, v in enumerate(values, start=1)]


def choice(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def build(block, points="1", feedback=GENERAL, **fields):
    raw = {"prompt": "<p>PROMPT_MARK</p>", "points": points, "feedback": feedback, **fields}
    return block, block.to_python(raw)


def single():
    return build(
        SingleChoiceQuestionBlock(),
        choices=items(
            choice("Alerta roja", True, "Bien: FB_OK"),
            choice("Rumor", False, "No: FB_WRONG"),
            choice("Otra", False),
            prefix="c",
        ),
    )


def multiple(scoring):
    # c1, c2, c3 correct; c4, c5 wrong.
    return build(
        MultipleChoiceQuestionBlock(),
        points="3",
        scoring=scoring,
        choices=items(
            choice("A_OK", True, "FB_A"),
            choice("B_OK", True, "FB_B"),
            choice("C_OK", True),
            choice("D_BAD", False, "FB_D"),
            choice("E_BAD", False),
            prefix="c",
        ),
    )


def true_false():
    return build(TrueFalseQuestionBlock(), correct="true")


def numeric(unit="%"):
    return build(NumericQuestionBlock(), answer="25.5", tolerance="0.5", unit=unit)


def short_text():
    return build(ShortTextQuestionBlock(), accepted_answers=items("Evacuación", "plan de evacuación"))


def matching():
    return build(
        MatchingQuestionBlock(),
        points="4",
        pairs=items(
            {"left": "Antes", "right": "Prevención"},
            {"left": "Durante", "right": "Alerta"},
            {"left": "Después", "right": "Recuperación"},
            {"left": "Fuente", "right": "Defensa Civil"},
            prefix="p",
        ),
    )


def ordering():
    # Correct order: i1, i2, i3, i4.
    return build(
        OrderingQuestionBlock(),
        points="4",
        items=items("Detectar", "Verificar", "Alertar", "Informar", prefix="i"),
    )


def essay():
    return build(EssayQuestionBlock(), points="10", rubric="<p>RUBRIC_MARK</p>", max_words=300)


def points(factory, response, *args):
    block, value = factory(*args)
    return block.grade(value, response).points


# --- single choice ---------------------------------------------------------------


def test_single_choice_correct_with_feedback_order():
    block, value = single()
    grade = block.grade(value, "c1")
    assert grade == Grade(D("1.00"), D("1.00"), grade.feedback)
    assert grade.feedback.index("FB_OK") < grade.feedback.index("GENERAL_FEEDBACK_MARK")
    assert "FB_WRONG" not in grade.feedback


def test_single_choice_wrong_gets_its_feedback():
    block, value = single()
    grade = block.grade(value, "c2")
    assert grade.points == D("0.00")
    assert "FB_WRONG" in grade.feedback and "GENERAL_FEEDBACK_MARK" in grade.feedback
    assert block.grade(value, "c3").feedback == GENERAL


def test_choice_feedback_is_escaped():
    block, value = build(
        SingleChoiceQuestionBlock(), choices=items(choice("A", True, "<script>x</script>"), choice("B"))
    )
    assert "<script>" not in block.grade(value, "x1").feedback


# --- multiple choice -------------------------------------------------------------


@pytest.mark.parametrize(
    "scoring, response, expected",
    [
        ("partial_penalty", ["c1", "c2", "c3"], "3.00"),
        ("partial_penalty", ["c1", "c2"], "2.00"),
        ("partial_penalty", ["c1", "c2", "c4"], "1.00"),
        ("partial_penalty", ["c1", "c4", "c5"], "0.00"),  # 1 - 2 floors at 0
        ("partial_penalty", ["c4"], "0.00"),
        ("partial_penalty", [], "0.00"),
        ("partial_penalty", ["c1", "c1", "c1"], "1.00"),  # duplicates count once
        ("partial_zero", ["c1", "c2"], "2.00"),
        ("partial_zero", ["c1", "c2", "c3"], "3.00"),
        ("partial_zero", ["c1", "c2", "c3", "c4"], "0.00"),
        ("all_or_nothing", ["c3", "c2", "c1"], "3.00"),
        ("all_or_nothing", ["c1", "c2"], "0.00"),
        ("all_or_nothing", ["c1", "c2", "c3", "c5"], "0.00"),
        ("all_or_nothing", ["c1", "c2", "c3", "c3"], "3.00"),
    ],
)
def test_multiple_choice_scoring(scoring, response, expected):
    assert points(multiple, response, scoring) == D(expected)


def test_multiple_choice_thirds_are_quantized():
    block, value = build(
        MultipleChoiceQuestionBlock(),
        scoring="partial_zero",
        choices=items(choice("a", True), choice("b", True), choice("c", True), choice("d")),
    )
    assert block.grade(value, ["x1"]).points == D("0.33")
    assert block.grade(value, ["x1", "x2"]).points == D("0.67")


def test_multiple_choice_feedback_of_every_pick_then_general():
    block, value = multiple("partial_penalty")
    feedback = block.grade(value, ["c4", "c1"]).feedback
    assert feedback.index("FB_A") < feedback.index("FB_D") < feedback.index("GENERAL_FEEDBACK_MARK")
    assert "FB_B" not in feedback


# --- true / false ----------------------------------------------------------------


@pytest.mark.parametrize(
    "response, expected",
    [
        (True, "1.00"),
        ("true", "1.00"),
        ("TRUE", "1.00"),
        (" True ", "1.00"),
        (False, "0.00"),
        ("false", "0.00"),
    ],
)
def test_true_false(response, expected):
    assert points(true_false, response) == D(expected)


# --- numeric ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "response, expected",
    [
        (25.5, "1.00"),
        ("25.5", "1.00"),
        ("25,5", "1.00"),
        (" 25,5 ", "1.00"),
        ("26", "1.00"),  # exactly at the upper boundary
        (25, "1.00"),  # exactly at the lower boundary
        ("25.0000", "1.00"),
        ("26.0001", "0.00"),  # just outside
        ("24.9999", "0.00"),
        ("26.00000000000000000000000000001", "0.00"),  # beyond float/28-digit precision
        ("25 %", "1.00"),
        ("25%", "1.00"),
        ("25 km", "0.00"),
        ("abc", "0.00"),
        ("", "0.00"),
        ("1,234.5", "0.00"),
        ("2,5,5", "0.00"),
        ("2.5e1", "0.00"),
        ("NaN", "0.00"),
        ("inf", "0.00"),
        ("-Infinity", "0.00"),
        (float("nan"), "0.00"),
        (float("inf"), "0.00"),
        (True, "0.00"),
        ("٢٥", "0.00"),  # non-ASCII digits
        ("2" * 51, "0.00"),
        (10**60, "0.00"),
    ],
)
def test_numeric(response, expected):
    assert points(numeric, response) == D(expected)


def test_numeric_zero_tolerance_float_is_exact():
    block, value = build(NumericQuestionBlock(), answer="0.1", tolerance="0", unit="")
    assert block.grade(value, 0.1).points == D("1.00")
    assert block.grade(value, "0,1").points == D("1.00")


# --- short text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "response, expected",
    [
        ("evacuacion", "1.00"),
        (" Evacuación ", "1.00"),
        ("EVACUACIÓN", "1.00"),
        ("Evacuacio\u0301n", "1.00"),  # decomposed accent
        ("plan   de\tEVACUACION", "1.00"),
        ("evacuar", "0.00"),
        ("", "0.00"),
        ("   ", "0.00"),
        ("evacuacion" + " " * 500, "0.00"),  # over the length cap
    ],
)
def test_short_text(response, expected):
    assert points(short_text, response) == D(expected)


# --- matching --------------------------------------------------------------------


@pytest.mark.parametrize(
    "response, expected",
    [
        ({"p1": "Prevención", "p2": "Alerta", "p3": "Recuperación", "p4": "Defensa Civil"}, "4.00"),
        ({"p1": "prevencion", "p2": " ALERTA", "p3": "recuperacion", "p4": "defensa  civil"}, "4.00"),
        ({"p1": "Prevención", "p2": "Alerta", "p3": "Alerta", "p4": "Alerta"}, "2.00"),
        ({"p1": "Prevención"}, "1.00"),
        ({"p1": "Alerta", "p2": "Prevención"}, "0.00"),
        ({"p1": "Prevención", "zz": "Alerta", "p2": 7}, "1.00"),  # unknown ids ignored, bad values wrong
        ({}, "0.00"),
    ],
)
def test_matching(response, expected):
    assert points(matching, response) == D(expected)


# --- ordering --------------------------------------------------------------------


@pytest.mark.parametrize(
    "response, expected",
    [
        (["i1", "i2", "i3", "i4"], "4.00"),
        (["i2", "i1", "i3", "i4"], "2.00"),
        (["i4", "i3", "i2", "i1"], "0.00"),
        (["i1", "i2", "i4", "i3"], "2.00"),
        (["i1", "i2", "i3"], "0.00"),  # not a permutation
        (["i1", "i2", "i3", "i3"], "0.00"),
        (["i1", "i2", "i3", "i4", "i4"], "0.00"),
        (["i1", "i2", "i3", "zz"], "0.00"),
    ],
)
def test_ordering(response, expected):
    assert points(ordering, response) == D(expected)


# --- essay -----------------------------------------------------------------------


@pytest.mark.parametrize("response", ["Un texto", "", None, 3, ["x"]])
def test_essay_needs_a_person(response):
    block, value = essay()
    assert block.grade(value, response) == Grade(D("0.00"), D("10.00"), "", needs_grading=True)


# --- malformed input, every type -------------------------------------------------

JUNK = [
    None,
    0,
    1,
    -1,
    3.5,
    "",
    "x" * 100_000,
    "c1" * 1000,
    [],
    {},
    ["c1", ["c2"]],
    [None],
    [{"c1": 1}],
    {"p1": ["Prevención"]},
    {"c1": "c1"},
    ["c1"] * 1000,
    [[[[[]]]]],
    {"a": {"b": {"c": None}}},
    float("nan"),
    object(),
]

TYPES = {
    "single": (single, "c1"),
    "multiple": (lambda: multiple("partial_penalty"), ["c1", "c2", "c3"]),
    "true_false": (true_false, True),
    "numeric": (numeric, "25.5"),
    "short_text": (short_text, "evacuacion"),
    "matching": (matching, {"p1": "Prevención", "p2": "Alerta", "p3": "Recuperación", "p4": "Defensa Civil"}),
    "ordering": (ordering, ["i1", "i2", "i3", "i4"]),
}

# Type-specific malformations: swapped container, unknown ids, duplicates, missing keys.
SPECIFIC = [
    ("single", True),
    ("single", ["c1"]),
    ("single", {"c1": True}),
    ("single", "zz"),
    ("single", "C1"),
    ("multiple", True),
    ("multiple", "c1"),
    ("multiple", {"c1": True}),
    ("multiple", ["c1", "c2", "c3", "zz"]),
    ("multiple", ["c1", "c2", "c3", 1]),
    ("true_false", False),
    ("true_false", "yes"),
    ("true_false", 1),
    ("true_false", ["true"]),
    ("true_false", {"value": True}),
    ("numeric", ["25.5"]),
    ("numeric", {"value": 25.5}),
    ("short_text", True),
    ("short_text", ["evacuacion"]),
    ("short_text", {"answer": "evacuacion"}),
    ("matching", True),
    ("matching", [["p1", "Prevención"]]),
    ("matching", {"zz": "Prevención"}),
    ("matching", {"p1": None, "p2": "", "p3": {}, "p4": ["Defensa Civil"]}),
    ("ordering", {"0": "i1", "1": "i2", "2": "i3", "3": "i4"}),
    ("ordering", ["i1", "i1", "i1", "i1"]),
    ("ordering", ["i1", "i2", "i3", None]),
    ("ordering", "i1 i2 i3 i4"),
    ("ordering", False),
]


@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("response", JUNK, ids=range(len(JUNK)))
def test_junk_scores_zero(kind, response):
    factory, _good = TYPES[kind]
    block, value = factory()
    grade = block.grade(value, response)
    assert grade.points == D("0.00") and grade.max_points == value["points"]
    assert not grade.needs_grading


@pytest.mark.parametrize("kind, response", SPECIFIC)
def test_specific_malformations_score_zero(kind, response):
    factory, _good = TYPES[kind]
    block, value = factory()
    assert block.grade(value, response).points == D("0.00")


@pytest.mark.parametrize("kind", TYPES)
def test_good_answer_earns_full_points(kind):
    factory, good = TYPES[kind]
    block, value = factory()
    grade = block.grade(value, good)
    assert grade.points == grade.max_points > 0
    assert grade.points.as_tuple().exponent == -2


@pytest.mark.parametrize("kind", TYPES)
def test_empty_general_feedback(kind):
    factory, good = TYPES[kind]
    block, value = factory()
    value = block.to_python({**block.get_prep_value(value), "feedback": ""})
    assert "GENERAL_FEEDBACK_MARK" not in block.grade(value, good).feedback


# --- public data -----------------------------------------------------------------

SECRETS = [
    "GENERAL_FEEDBACK_MARK",
    "FB_",
    "correct",
    "feedback",
    "RUBRIC_MARK",
    "answer",
    "tolerance",
    "25.5",
]


@pytest.mark.parametrize(
    "factory, extra_keys",
    [
        (single, {"choices"}),
        (lambda: multiple("all_or_nothing"), {"choices"}),
        (true_false, set()),
        (numeric, {"unit"}),
        (short_text, set()),
        (matching, {"prompts", "options"}),
        (ordering, {"items"}),
        (essay, {"max_words"}),
    ],
)
def test_public_data_has_no_correctness_data(factory, extra_keys):
    block, value = factory()
    data = block.public_data(value)
    assert set(data) == {"type", "prompt", "points"} | extra_keys
    assert data["type"] == block.question_type
    assert "PROMPT_MARK" in data["prompt"]
    assert data["points"] == f"{value['points']:.2f}"
    dumped = json.dumps(data)
    for secret in SECRETS:
        assert secret not in dumped
    assert "Evacuaci" not in dumped and "evacuaci" not in dumped


def test_public_data_choices_shape():
    block, value = single()
    assert block.public_data(value)["choices"] == [
        {"id": "c1", "text": "Alerta roja"},
        {"id": "c2", "text": "Rumor"},
        {"id": "c3", "text": "Otra"},
    ]


def test_public_data_numeric_and_essay():
    block, value = numeric()
    assert block.public_data(value)["unit"] == "%"
    block, value = essay()
    assert block.public_data(value)["max_words"] == 300


def test_public_data_matching_does_not_pair():
    block, value = matching()
    data = block.public_data(value)
    assert data["prompts"] == [
        {"id": "p1", "text": "Antes"},
        {"id": "p2", "text": "Durante"},
        {"id": "p3", "text": "Después"},
        {"id": "p4", "text": "Fuente"},
    ]
    assert data["options"] == ["Alerta", "Defensa Civil", "Prevención", "Recuperación"]
    rights = {"Prevención", "Alerta", "Recuperación", "Defensa Civil"}
    for prompt in data["prompts"]:
        assert set(prompt) == {"id", "text"} and prompt["text"] not in rights


def test_public_data_matching_options_distinct():
    block, value = build(
        MatchingQuestionBlock(),
        pairs=items({"left": "a", "right": "Sí"}, {"left": "b", "right": "No"}, {"left": "c", "right": "Sí"}),
    )
    assert block.public_data(value)["options"] == ["No", "Sí"]
    assert block.grade(value, {"x1": "si", "x2": "no", "x3": "SI"}).points == D("1.00")


def test_public_data_ordering_is_not_the_correct_order():
    # Ids i1..i4 sort into the correct order, so the public order must be changed.
    block, value = ordering()
    shown = [item["id"] for item in block.public_data(value)["items"]]
    assert sorted(shown) == ["i1", "i2", "i3", "i4"]
    assert shown != ["i1", "i2", "i3", "i4"]


def test_public_data_ordering_sorted_by_id():
    block, value = build(
        OrderingQuestionBlock(),
        items=[
            {"type": "item", "id": "b", "value": "Primero"},
            {"type": "item", "id": "c", "value": "Segundo"},
            {"type": "item", "id": "a", "value": "Tercero"},
        ],
    )
    assert block.public_data(value)["items"] == [
        {"id": "a", "text": "Tercero"},
        {"id": "b", "text": "Primero"},
        {"id": "c", "text": "Segundo"},
    ]
