"""Quiz item analysis on a small example computed by hand (see EXAMPLE)."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from capacitacion.models import AttemptStatus, QuizAttempt
from capacitacion.reports.selectors import item_analysis
from capacitacion.tests.factories import EnrollmentFactory, member_of
from cursos.models import QuizPage
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db

# Ten learners, three one-point questions: 1 = full marks, 0 = wrong, None = left blank.
EXAMPLE = [
    (1, 1, 1),  # L1  total 3
    (1, 1, 1),  # L2  3
    (1, 1, 0),  # L3  2
    (1, 0, 1),  # L4  2
    (1, 1, 0),  # L5  2
    (1, 0, 0),  # L6  1
    (None, 1, 0),  # L7  1
    (1, 0, 0),  # L8  1
    (0, 0, None),  # L9  0
    (0, 0, 1),  # L10 1
]
# 27 % of 10 rounds to 3. Ranked by total (ties by enrolment, i.e. L order):
# upper = L1, L2, L3; lower = L8, L10, L9.
#   Q1: facility 7/10 = 70.0 %; upper 3/3, lower 1/3 -> D = 0.67; answered 9
#   Q2: facility 5/10 = 50.0 %; upper 3/3, lower 0/3 -> D = 1.00; answered 10
#   Q3: facility 4/10 = 40.0 %; upper 2/3, lower 1/3 -> D = 0.33; answered 9
EXPECTED = [
    (10, 9, 7, Decimal("70.0"), Decimal("0.67")),
    (10, 10, 5, Decimal("50.0"), Decimal("1.00")),
    (10, 9, 4, Decimal("40.0"), Decimal("0.33")),
]


def graded_attempt(enrollment, quiz, revision, marks, number=1, status=AttemptStatus.GRADED):
    ids = [child.id for child in quiz.questions]
    results, responses = {}, {}
    for question_id, mark in zip(ids, marks, strict=True):
        results[question_id] = {
            "points": "1.00" if mark else "0.00",
            "max_points": "1.00",
            "feedback": "",
            "needs_grading": False,
        }
        responses[question_id] = "" if mark is None else "una respuesta"
    score = sum(1 for mark in marks if mark)
    return QuizAttempt.objects.create(
        enrollment=enrollment,
        quiz=quiz,
        revision=revision,
        number=number,
        questions=[{"id": question_id, "order": []} for question_id in ids],
        responses=responses,
        results=results,
        status=status,
        submitted_at=timezone.now(),
        score=score,
        max_score=len(ids),
    )


@pytest.fixture
def example(course):
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    revision = quiz.save_revision()
    enrollments = [EnrollmentFactory(course=course) for _ in EXAMPLE]
    for enrollment, marks in zip(enrollments, EXAMPLE, strict=True):
        graded_attempt(enrollment, quiz, revision, marks)
    # L9's retry, all right, does not count: each learner's first graded attempt does.
    graded_attempt(enrollments[8], quiz, revision, (1, 1, 1), number=2)
    # Attempts not yet graded do not count either.
    graded_attempt(enrollments[5], quiz, revision, (0, 0, 0), number=2, status=AttemptStatus.NEEDS_GRADING)
    return quiz


def test_item_analysis_matches_the_hand_computed_example(example):
    analysis = item_analysis(example)
    assert (analysis.learners, analysis.group_size) == (10, 3)
    got = [(i.presented, i.answered, i.correct, i.facility, i.discrimination) for i in analysis.items]
    assert got == EXPECTED
    assert [item.question_id for item in analysis.items] == [child.id for child in example.questions]
    assert "organismo emite las alertas" in analysis.items[0].label


def test_a_single_learner_has_no_discrimination_index(course):
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    graded_attempt(EnrollmentFactory(course=course), quiz, quiz.save_revision(), (1, 0, 1))
    analysis = item_analysis(quiz)
    assert analysis.group_size == 0
    assert [item.discrimination for item in analysis.items] == [None, None, None]
    assert [item.facility for item in analysis.items] == [Decimal("100.0"), Decimal("0.0"), Decimal("100.0")]


@pytest.fixture
def other_editor(other_institution):
    other_institution.refresh_from_db()
    build_course(other_institution, modules=1, lessons_per_module=1)
    return member_of(other_institution.editors_group)


def test_the_page_shows_the_numbers_and_is_reached_from_the_quiz_and_the_menu(client, example, editor):
    client.force_login(editor)
    url = reverse("informes:item_analysis", args=[example.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[example.pk])).content.decode()
    assert url in edit
    listing = client.get(reverse("informes:quizzes")).content.decode()
    assert url in listing
    html = client.get(url).content.decode()
    first = example.questions[0].id
    row = html[html.index(f'data-question="{first}"') :]
    row = row[: row.index("</tr>")]
    # Spanish number format on the page.
    assert all(cell in row for cell in ("<td>10</td>", "<td>9</td>", "<td>7</td>", "70,0", "0,67"))


def test_other_institutions_cannot_see_the_analysis(client, example, other_editor, catalog):
    client.force_login(other_editor)
    url = reverse("informes:item_analysis", args=[example.pk])
    denied = client.get(url)
    assert (denied.status_code, denied["Location"]) == (302, reverse("wagtailadmin_home"))
    assert url not in client.get(reverse("informes:quizzes")).content.decode()
    coordinator = member_of(Group.objects.get(name=COORDINATION_GROUP))
    client.force_login(coordinator)
    assert client.get(url).status_code == 200
