"""Issue 5's "done when" for what a learner's browser can send or see: the deadline,
other learners' attempts, no correctness data before submitting, and malformed POSTs
(never a 500, never a point earned, never a graded attempt changed).

The quiz here has one question of every auto-graded type, so every parser branch of
the submit is exercised; its answer key and feedback carry SECRETO markers that must
not appear in any page before the attempt is submitted."""

import copy
import datetime
import re
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.test import Client
from django.utils import timezone

from capacitacion.models import AttemptStatus, QuizAttempt, QuizResult
from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import (
    GRACE_PERIOD,
    QuizError,
    save_responses,
    start_attempt,
    submit_attempt,
)
from capacitacion.tests.factories import learner
from cursos.models import ModulePage
from cursos.tests.factories import QuizPageFactory

pytestmark = pytest.mark.django_db

MIXED_QUESTIONS = [
    {
        "type": "single_choice",
        "value": {
            "prompt": "<p>¿Quién emite las alertas oficiales?</p>",
            "points": "1",
            "feedback": "<p>SECRETO-GENERAL-UNICA</p>",
            "choices": [
                {"text": "Defensa Civil", "correct": True, "feedback": "SECRETO-OPCION-BIEN"},
                {"text": "Un grupo de mensajería", "correct": False, "feedback": "SECRETO-OPCION-MAL"},
            ],
        },
    },
    {
        "type": "multiple_choice",
        "value": {
            "prompt": "<p>¿Qué factores determinan el riesgo?</p>",
            "points": "1",
            "feedback": "<p>SECRETO-GENERAL-MULTIPLE</p>",
            "scoring": "all_or_nothing",
            "choices": [
                {"text": "La exposición", "correct": True, "feedback": "SECRETO-MULTIPLE-BIEN"},
                {"text": "La vulnerabilidad", "correct": True, "feedback": ""},
                {"text": "El nombre del fenómeno", "correct": False, "feedback": "SECRETO-MULTIPLE-MAL"},
            ],
        },
    },
    {
        "type": "true_false",
        "value": {"prompt": "<p>Los desastres no son naturales.</p>", "points": "1", "correct": "true"},
    },
    {
        "type": "numeric",
        "value": {
            "prompt": "<p>¿Qué porcentaje del presupuesto es la contrapartida?</p>",
            "points": "1",
            "answer": "7331.2500",
            "tolerance": "0.5000",
            "unit": "%",
        },
    },
    {
        "type": "short_text",
        "value": {
            "prompt": "<p>¿Qué sigla usa la ONU para la reducción del riesgo?</p>",
            "points": "1",
            "accepted_answers": ["SECRETO-ACEPTADA"],
        },
    },
    {
        "type": "matching",
        "value": {
            "prompt": "<p>Relaciona cada alerta con su acción.</p>",
            "points": "1",
            "pairs": [
                {"left": "Alerta roja", "right": "Evacuar"},
                {"left": "Alerta amarilla", "right": "Prepararse"},
            ],
        },
    },
    {
        "type": "ordering",
        "value": {
            "prompt": "<p>Ordena los pasos de verificación.</p>",
            "points": "1",
            "items": ["Identificar la fuente", "Contrastar", "Consultar al organismo", "Publicar"],
        },
    },
]
ESSAY = {
    "type": "essay",
    "value": {
        "prompt": "<p>Redacta una alerta para la radio.</p>",
        "points": "2",
        "rubric": "<p>SECRETO-RUBRICA</p>",
        "max_words": 150,
    },
}
FULL_MARKS = Decimal(len(MIXED_QUESTIONS))
SECRETS = [
    "SECRETO",
    "7331",  # the numeric answer, in either decimal notation
    "secreto-aceptada",
]
# A key, attribute or word that would mark the right answer ("correctas", in the
# instructions for multiple choice, is fine: it says nothing about which ones).
CORRECTNESS_MARK = re.compile(r"\bcorrect\b|\bis_correct\b|\banswer\b|\brubric\b|\btolerance\b", re.I)


def mixed_quiz(course, questions=MIXED_QUESTIONS):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    # A copy: saving a page fills ids into the raw data it was given.
    return QuizPageFactory(parent=module, title="Cuestionario mixto", questions=copy.deepcopy(questions))


@pytest.fixture
def quiz(course):
    return mixed_quiz(course)


@pytest.fixture
def intruder(course):
    """Another learner, enrolled in the same course."""
    user = learner()
    enroll(user=user, course=course)
    return user


def attempt_url(attempt_id) -> str:
    return f"/mi-aprendizaje/intentos/{attempt_id}/"


def by_type(attempt) -> dict:
    return {child.block_type: child for child in attempt.revision.as_object().questions}


def ids(list_value) -> list[str]:
    return [child.id for child in list_value.bound_blocks]


def answers(attempt, *, correct: bool) -> QueryDict:
    """A form answering every question of the mixed quiz, all right or all wrong."""
    q = by_type(attempt)
    form = QueryDict(mutable=True)
    single = q["single_choice"].value["choices"].bound_blocks
    form[f"q-{q['single_choice'].id}"] = next(c.id for c in single if c.value["correct"] is correct)
    multiple = q["multiple_choice"].value["choices"].bound_blocks
    form.setlist(f"q-{q['multiple_choice'].id}", [c.id for c in multiple if c.value["correct"] is correct])
    form[f"q-{q['true_false'].id}"] = "true" if correct else "false"
    form[f"q-{q['numeric'].id}"] = "7331,4 %" if correct else "12"
    form[f"q-{q['short_text'].id}"] = " secreto-aceptada " if correct else "otra cosa"
    pairs = q["matching"].value["pairs"].bound_blocks
    rights = [pair.value["right"] for pair in pairs]
    for pair, wrong in zip(pairs, reversed(rights), strict=True):
        form[f"q-{q['matching'].id}-{pair.id}"] = pair.value["right"] if correct else wrong
    items = ids(q["ordering"].value["items"])
    positions = range(1, len(items) + 1) if correct else reversed(range(1, len(items) + 1))
    for item_id, position in zip(items, positions, strict=True):
        form[f"q-{q['ordering'].id}-{item_id}"] = str(position)
    return form


def post(client, attempt_id, form: QueryDict, action: str):
    """POST every value of `form` (a QueryDict's items() would send only the last one)."""
    data = {key: form.getlist(key) for key in form}
    data[action] = "1"
    return client.post(attempt_url(attempt_id), data)


def snapshot(attempt_id) -> tuple:
    attempt = QuizAttempt.objects.get(pk=attempt_id)
    fields = ("status", "score", "max_score", "passed", "submitted_at", "saved_at", "responses", "results")
    return tuple(getattr(attempt, field) for field in fields)


def test_the_answer_forms_score_what_they_say(student, quiz):
    """The helpers the tests below rely on: right answers earn every point, wrong ones none."""
    attempt = start_attempt(user=student, quiz=quiz)
    wrong = submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    assert (wrong.score, wrong.max_score) == (0, FULL_MARKS)
    attempt = start_attempt(user=student, quiz=quiz)
    right = submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    assert (right.score, right.passed) == (FULL_MARKS, True)


# The deadline, through the views the learner uses.


def past_deadline(attempt, by: datetime.timedelta) -> None:
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - by)


@pytest.fixture
def timed_quiz(quiz):
    quiz.time_limit_minutes = 10
    quiz.save_revision().publish()
    return quiz


def test_a_late_submit_is_graded_with_what_was_saved_by_the_deadline(client, student, timed_quiz):
    attempt = start_attempt(user=student, quiz=timed_quiz)
    assert attempt.deadline is not None
    client.force_login(student)
    assert post(client, attempt.pk, answers(attempt, correct=True), "save").status_code == 302
    past_deadline(attempt, GRACE_PERIOD + datetime.timedelta(minutes=1))

    response = post(client, attempt.pk, answers(attempt, correct=False), "submit")

    assert response["Location"] == f"{attempt_url(attempt.pk)}resultado/"
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.passed) == (AttemptStatus.GRADED, FULL_MARKS, True)


def test_saving_after_the_deadline_is_refused_and_changes_nothing(client, student, timed_quiz):
    attempt = start_attempt(user=student, quiz=timed_quiz)
    client.force_login(student)
    post(client, attempt.pk, answers(attempt, correct=False), "save")
    past_deadline(attempt, GRACE_PERIOD + datetime.timedelta(seconds=5))
    before = snapshot(attempt.pk)

    response = post(client, attempt.pk, answers(attempt, correct=True), "save")

    assert response.status_code == 302
    assert "El tiempo terminó" in client.get(response["Location"]).content.decode()
    assert snapshot(attempt.pk) == before
    with pytest.raises(QuizError):
        save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    late = submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    assert late.score == 0


def test_answers_sent_within_the_grace_period_still_count(client, student, timed_quiz):
    attempt = start_attempt(user=student, quiz=timed_quiz)
    client.force_login(student)
    past_deadline(attempt, GRACE_PERIOD - datetime.timedelta(seconds=10))
    post(client, attempt.pk, answers(attempt, correct=True), "submit")
    attempt.refresh_from_db()
    assert attempt.score == FULL_MARKS


# Another learner's attempt: neither readable nor writable, and nothing changes.


@pytest.mark.parametrize("status", ["in_progress", "graded"])
def test_a_learner_cannot_touch_another_learners_attempt(client, student, intruder, quiz, status):
    attempt = start_attempt(user=student, quiz=quiz)
    save_responses(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=False))
    if status == "graded":
        submit_attempt(user=student, attempt_id=attempt.pk)
    own = start_attempt(user=intruder, quiz=quiz)  # the intruder has a valid attempt of their own
    before = snapshot(attempt.pk)
    client.force_login(intruder)

    for action in ("save", "submit"):
        assert post(client, attempt.pk, answers(attempt, correct=True), action).status_code == 404
    assert client.get(attempt_url(attempt.pk)).status_code == 404
    assert client.get(f"{attempt_url(attempt.pk)}resultado/").status_code == 404
    with pytest.raises(QuizError):
        save_responses(user=intruder, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    with pytest.raises(QuizError):
        submit_attempt(user=intruder, attempt_id=attempt.pk, form=answers(attempt, correct=True))

    assert snapshot(attempt.pk) == before
    assert QuizAttempt.objects.get(pk=own.pk).responses == {}
    assert not QuizResult.objects.filter(enrollment__user=intruder).exists()


# No correctness data before submitting.


def assert_no_correctness_data(html: str, where: str) -> None:
    for secret in SECRETS:
        assert secret.lower() not in html.lower(), f"{secret!r} leaked on {where}"
    assert not CORRECTNESS_MARK.search(html), f"{CORRECTNESS_MARK.search(html)[0]!r} on {where}"


@pytest.mark.parametrize("with_saved_answers", [False, True])
def test_quiz_and_attempt_pages_carry_no_correctness_data(client, student, course, with_saved_answers):
    quiz = mixed_quiz(course, [*MIXED_QUESTIONS, ESSAY])
    client.force_login(student)
    assert_no_correctness_data(client.get(quiz.url).content.decode(), "the quiz page")
    response = client.post(f"/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/")
    attempt = QuizAttempt.objects.get(enrollment__user=student)
    if with_saved_answers:
        # Answers saved mid-attempt are shown back, still without a verdict.
        post(client, attempt.pk, answers(attempt, correct=False), "save")

    html = client.get(response["Location"]).content.decode()

    for prompt in ("¿Quién emite", "Relaciona cada alerta", "Redacta una alerta", "Contrastar", "Prepararse"):
        assert prompt in html  # every question is on the page...
    assert_no_correctness_data(html, "the attempt page")  # ...and nothing that grades it
    # The review page is not available until the attempt is submitted.
    assert client.get(f"{attempt_url(attempt.pk)}resultado/")["Location"] == attempt_url(attempt.pk)


# Malformed POSTs: the learner's own attempt, sent what no form of ours would send.


def junk_unknown_questions(attempt, q) -> QueryDict:
    form = QueryDict(mutable=True)
    form["q-no-existe"] = "x"
    form["q-"] = "x"
    form[f"q-{q['single_choice'].id}-sobra"] = ids(q["single_choice"].value["choices"])[0]
    form["q-00000000-0000-0000-0000-000000000000"] = "true"
    form["questions"] = "[]"
    form["score"] = "100"
    return form


def junk_lists_for_strings(attempt, q) -> QueryDict:
    single = ids(q["single_choice"].value["choices"])
    form = QueryDict(mutable=True)
    form.setlist(f"q-{q['single_choice'].id}", [*single, "no-es-una-opcion"])
    form.setlist(f"q-{q['true_false'].id}", ["verdadero", "quizás"])
    form.setlist(f"q-{q['numeric'].id}", ["1", "2", "NaN"])
    form.setlist(f"q-{q['short_text'].id}", ["otra", "cosa"])
    for pair_id in ids(q["matching"].value["pairs"]):
        form.setlist(f"q-{q['matching'].id}-{pair_id}", ["Ninguna", "Otra"])
    return form


def junk_strings_for_lists(attempt, q) -> QueryDict:
    form = QueryDict(mutable=True)
    form[f"q-{q['multiple_choice'].id}"] = "no-es-una-opcion"
    form[f"q-{q['matching'].id}"] = "Evacuar"
    form[f"q-{q['ordering'].id}"] = "1,2,3,4"
    return form


def junk_wrong_values(attempt, q) -> QueryDict:
    form = QueryDict(mutable=True)
    form[f"q-{q['true_false'].id}"] = "1"
    for numeric in ("Infinity", "1e999", "7331.25e0", "0x1CA3", "7 331,25"):
        form.appendlist(f"q-{q['numeric'].id}", numeric)
    form[f"q-{q['short_text'].id}"] = "\N{ZERO WIDTH SPACE}"
    return form


def junk_oversized_text(attempt, q) -> QueryDict:
    form = QueryDict(mutable=True)
    form[f"q-{q['short_text'].id}"] = "ñ" * 500_000  # 1 MB once encoded
    # The rest of the 2.5 MB Django reads at most (a larger body is a 400, tested below).
    for kind in ("single_choice", "multiple_choice", "true_false", "numeric"):
        form[f"q-{q[kind].id}"] = "x" * 200_000
    return form


def junk_oversized_matching_and_ordering(attempt, q) -> QueryDict:
    form = QueryDict(mutable=True)
    for pair_id in ids(q["matching"].value["pairs"]):
        form[f"q-{q['matching'].id}-{pair_id}"] = "x" * 1_000_000
    for item_id in ids(q["ordering"].value["items"]):
        form[f"q-{q['ordering'].id}-{item_id}"] = "1" * 1_000
    return form


def ordering_positions(*positions):
    def junk(attempt, q) -> QueryDict:
        form = QueryDict(mutable=True)
        for item_id, position in zip(ids(q["ordering"].value["items"]), positions, strict=True):
            form[f"q-{q['ordering'].id}-{item_id}"] = position
        return form

    return junk


def junk_choice_ids_from_another_question(attempt, q) -> QueryDict:
    """Each question sent the right answers of another one."""
    single = [c.id for c in q["single_choice"].value["choices"].bound_blocks if c.value["correct"]]
    multiple = [c.id for c in q["multiple_choice"].value["choices"].bound_blocks if c.value["correct"]]
    items = ids(q["ordering"].value["items"])
    pairs = ids(q["matching"].value["pairs"])
    form = QueryDict(mutable=True)
    form[f"q-{q['single_choice'].id}"] = multiple[0]
    form.setlist(f"q-{q['multiple_choice'].id}", single + items)
    form[f"q-{q['short_text'].id}"] = single[0]
    for position, foreign in enumerate(pairs + multiple, start=1):
        form[f"q-{q['ordering'].id}-{foreign}"] = str(position)
    for foreign in items:
        form[f"q-{q['matching'].id}-{foreign}"] = "Evacuar"
    return form


def junk_nothing(attempt, q) -> QueryDict:
    return QueryDict(mutable=True)


def junk_nul_bytes(attempt, q) -> QueryDict:
    form = QueryDict(mutable=True)
    form[f"q-{q['short_text'].id}"] = "secreto\x00aceptada"
    form[f"q-{q['numeric'].id}"] = "1\x00"
    return form


JUNK = {
    "unknown question ids": junk_unknown_questions,
    "lists where strings are expected": junk_lists_for_strings,
    "strings where lists are expected": junk_strings_for_lists,
    "values of the wrong kind": junk_wrong_values,
    "1 MB of text": junk_oversized_text,
    "1 MB matching and long positions": junk_oversized_matching_and_ordering,
    "non-numeric positions": ordering_positions("uno", "-1", "1.5", " 2"),
    "duplicate positions": ordering_positions("1", "1", "2", "2"),
    "positions out of range": ordering_positions("0", "5", "6", "99999999999999999999"),
    "superscript positions": ordering_positions("²", "1", "3", "4"),
    "choice ids from another question": junk_choice_ids_from_another_question,
    "no fields at all": junk_nothing,
}


def junk_cases() -> list:
    return [pytest.param(junk, id=name) for name, junk in JUNK.items()]


@pytest.mark.parametrize("junk", junk_cases())
def test_malformed_answers_never_fail_and_never_earn_points(client, student, quiz, junk):
    attempt = start_attempt(user=student, quiz=quiz)
    drawn = {question["id"] for question in attempt.questions}
    client.raise_request_exception = True  # a bug surfaces as its exception, not a bare 500
    client.force_login(student)

    saved = post(client, attempt.pk, junk(attempt, by_type(attempt)), "save")
    assert saved.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and attempt.score is None
    assert set(attempt.responses) <= drawn
    assert client.get(attempt_url(attempt.pk)).status_code == 200  # what was saved renders back

    submitted = post(client, attempt.pk, junk(attempt, by_type(attempt)), "submit")
    assert submitted["Location"] == f"{attempt_url(attempt.pk)}resultado/"
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score) == (AttemptStatus.GRADED, 0, FULL_MARKS)
    assert client.get(submitted["Location"]).status_code == 200


@pytest.mark.parametrize("action", ["save", "submit"])
def test_nul_bytes_in_answers_are_a_bad_request_that_changes_nothing(client, student, quiz, action):
    """A NUL byte is refused before the view (aula.input_guard), as in any other form."""
    attempt = start_attempt(user=student, quiz=quiz)
    before = snapshot(attempt.pk)
    client.force_login(student)
    response = post(client, attempt.pk, junk_nul_bytes(attempt, by_type(attempt)), action)
    assert response.status_code == 400
    assert snapshot(attempt.pk) == before


@pytest.mark.parametrize("junk", junk_cases())
def test_malformed_posts_do_not_change_a_graded_attempt(client, student, quiz, junk):
    attempt = start_attempt(user=student, quiz=quiz)
    submit_attempt(user=student, attempt_id=attempt.pk, form=answers(attempt, correct=True))
    before, result = snapshot(attempt.pk), QuizResult.objects.get(quiz=quiz).score_percent
    client.force_login(student)

    for action in ("submit", "save"):
        response = post(client, attempt.pk, junk(attempt, by_type(attempt)), action)
        assert response.status_code == 302

    assert snapshot(attempt.pk) == before
    assert QuizResult.objects.get(quiz=quiz).score_percent == result == 100


def test_a_form_too_large_to_read_is_a_client_error(client, student, quiz, settings):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    too_many = QueryDict(mutable=True)
    too_many.setlist("q-x", ["1"] * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    assert post(client, attempt.pk, too_many, "submit").status_code == 400
    too_big = QueryDict(mutable=True)
    too_big["q-x"] = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    assert post(client, attempt.pk, too_big, "submit").status_code == 400
    attempt.refresh_from_db()
    assert (attempt.status, attempt.responses) == (AttemptStatus.IN_PROGRESS, {})


def test_a_json_body_is_not_read_as_answers(client, student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client.force_login(student)
    single = by_type(attempt)["single_choice"]
    body = {"submit": "1", f"q-{single.id}": [ids(single.value["choices"])[0]]}
    response = client.post(attempt_url(attempt.pk), body, content_type="application/json")
    assert response.status_code == 302
    attempt.refresh_from_db()
    # Read as an empty form: saved, with nothing answered.
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert not any(attempt.responses.values())


def test_a_post_without_the_csrf_token_is_refused(student, quiz):
    attempt = start_attempt(user=student, quiz=quiz)
    client = Client(enforce_csrf_checks=True)
    client.force_login(student)
    assert post(client, attempt.pk, answers(attempt, correct=True), "submit").status_code == 403
    attempt.refresh_from_db()
    assert (attempt.status, attempt.responses) == (AttemptStatus.IN_PROGRESS, {})


@pytest.mark.parametrize(
    "attempt_id",
    ["abc", "-1", "0", "1.5", "99999999999999999999", "9223372036854775808", "%20", "1%00"],
)
@pytest.mark.parametrize("suffix", ["", "resultado/"])
def test_attempt_ids_in_the_url_that_are_not_an_own_attempt_are_not_found(
    client, student, quiz, attempt_id, suffix
):
    attempt = start_attempt(user=student, quiz=quiz)
    client.raise_request_exception = True
    client.force_login(student)
    url = f"/mi-aprendizaje/intentos/{attempt_id}/{suffix}"
    assert client.get(url).status_code == 404
    assert client.post(url, {"submit": "1"}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


@pytest.mark.parametrize(
    "quiz_id",
    [
        "abc",
        "-1",
        "0",
        "99999999999999999999",
    ],
)
def test_starting_a_quiz_that_does_not_exist_is_not_found(client, student, quiz_id):
    client.raise_request_exception = True
    client.force_login(student)
    assert client.post(f"/mi-aprendizaje/cuestionarios/{quiz_id}/comenzar/").status_code == 404
    assert not QuizAttempt.objects.exists()


def test_starting_a_quiz_of_a_course_one_is_not_enrolled_in_is_refused(client, quiz):
    outsider = learner()
    client.force_login(outsider)
    response = client.post(f"/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/", follow=True)
    assert response.status_code == 200
    assert "Inscríbete en el curso" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_get_on_post_only_urls_is_refused_and_changes_nothing(client, student, quiz, course):
    from cursos.models import LessonPage

    client.force_login(student)
    enrollment = student.enrollments.get()
    lesson = LessonPage.objects.descendant_of(course).first()
    for url in (
        f"/mi-aprendizaje/cuestionarios/{quiz.pk}/comenzar/",
        f"/mi-aprendizaje/inscribirme/{course.pk}/",
        f"/mi-aprendizaje/inscripciones/{enrollment.pk}/baja/",
        f"/mi-aprendizaje/lecciones/{lesson.pk}/completada/",
    ):
        assert client.get(url).status_code == 405, url
    assert not QuizAttempt.objects.exists()
    assert not enrollment.lesson_completions.exists()
    enrollment.refresh_from_db()
    assert enrollment.status == "active"
