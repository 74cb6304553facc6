"""Coordination in the admin: deciding several requests at once, moving a learner
between cohorts, finding learners. Every one scoped to the courses the user
manages, and logged."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from capacitacion.models import Enrollment, EnrollmentStatus, LessonCompletion
from capacitacion.services.enrollment import (
    APPROVE_ACTION,
    MOVE_ACTION,
    REJECT_ACTION,
    EnrollmentError,
    enroll,
    move_to_cohort,
)
from capacitacion.tests.factories import CohortFactory, learner
from cursos.models import LessonPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_course(other_institution):
    return build_course(other_institution, modules=1, lessons_per_module=1, title="Formulacion de proyectos")


def requests_in(cohort, count: int, **profile) -> list[Enrollment]:
    return [
        enroll(user=learner(**profile), course=cohort.course, cohort=cohort).enrollment for _ in range(count)
    ]


# Bulk approve / reject.


def test_bulk_approve_decides_the_marked_requests_oldest_first_and_logs_each(client, editor, course):
    cohort = CohortFactory(course=course, requires_approval=True, capacity=2)
    first, second, third, untouched = requests_in(cohort, 4)
    client.force_login(editor)
    url = reverse("cohortes:decide_many", args=[cohort.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert first.user.email in page.content.decode()

    response = client.post(url, {"enrollments": [third.pk, second.pk, first.pk], "decision": "aprobar"})
    assert response.status_code == 302
    statuses = {e.pk: e.status for e in Enrollment.objects.filter(cohort=cohort)}
    # Two seats: the two oldest requests get them, the third waits.
    assert statuses == {
        first.pk: EnrollmentStatus.ACTIVE,
        second.pk: EnrollmentStatus.ACTIVE,
        third.pk: EnrollmentStatus.WAITLISTED,
        untouched.pk: EnrollmentStatus.PENDING,
    }
    logged = ModelLogEntry.objects.filter(action=APPROVE_ACTION, user=editor)
    assert sorted(int(entry.object_id) for entry in logged) == sorted([first.pk, second.pk, third.pk])


def test_bulk_reject(client, editor, course):
    cohort = CohortFactory(course=course, requires_approval=True)
    one, two = requests_in(cohort, 2)
    client.force_login(editor)
    client.post(
        reverse("cohortes:decide_many", args=[cohort.pk]),
        {"enrollments": [one.pk, two.pk], "decision": "rechazar"},
    )
    assert set(Enrollment.objects.filter(cohort=cohort).values_list("status", flat=True)) == {"rejected"}
    assert ModelLogEntry.objects.filter(action=REJECT_ACTION, user=editor).count() == 2


def test_bulk_decision_cannot_reach_another_institutions_cohort(client, editor, other_course):
    cohort = CohortFactory(course=other_course, requires_approval=True)
    [request] = requests_in(cohort, 1)
    client.force_login(editor)
    url = reverse("cohortes:decide_many", args=[cohort.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"enrollments": [request.pk], "decision": "aprobar"}).status_code == 404
    request.refresh_from_db()
    assert request.status == EnrollmentStatus.PENDING
    assert not ModelLogEntry.objects.filter(action=APPROVE_ACTION).exists()


def test_bulk_decision_ignores_enrolments_of_another_cohort(client, editor, course, other_course):
    own = CohortFactory(course=course, requires_approval=True)
    foreign = CohortFactory(course=other_course, requires_approval=True)
    [mine] = requests_in(own, 1)
    [theirs] = requests_in(foreign, 1)
    client.force_login(editor)
    response = client.post(
        reverse("cohortes:decide_many", args=[own.pk]),
        {"enrollments": [mine.pk, theirs.pk], "decision": "aprobar"},
    )
    # The form refuses a choice outside the cohort; nothing is decided.
    assert response.status_code == 200
    theirs.refresh_from_db()
    mine.refresh_from_db()
    assert (mine.status, theirs.status) == (EnrollmentStatus.PENDING, EnrollmentStatus.PENDING)


# Moving between cohorts.


def test_move_keeps_progress_frees_the_seat_and_logs(client, editor, course):
    source = CohortFactory(course=course, name="Marzo", capacity=1)
    target = CohortFactory(course=course, name="Abril")
    [moving] = requests_in(source, 1)
    [waiting] = requests_in(source, 1)
    assert waiting.status == EnrollmentStatus.WAITLISTED
    lesson = LessonPage.objects.descendant_of(course).first()
    LessonCompletion.objects.create(enrollment=moving, lesson=lesson)

    client.force_login(editor)
    url = reverse("cohortes:move", args=[source.pk, moving.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"cohort": target.pk})
    assert response.status_code == 302
    moving.refresh_from_db()
    waiting.refresh_from_db()
    assert (moving.cohort_id, moving.status) == (target.pk, EnrollmentStatus.ACTIVE)
    assert moving.lesson_completions.count() == 1
    assert waiting.status == EnrollmentStatus.ACTIVE  # took the freed seat
    entry = ModelLogEntry.objects.get(action=MOVE_ACTION)
    assert (entry.user, entry.object_id) == (editor, str(moving.pk))
    assert entry.data == {"from": source.pk, "from_name": "Marzo", "to": target.pk, "to_name": "Abril"}


def test_move_refuses_a_full_cohort(editor, course):
    source = CohortFactory(course=course)
    full = CohortFactory(course=course, capacity=1)
    requests_in(full, 1)
    [moving] = requests_in(source, 1)
    with pytest.raises(EnrollmentError, match="completa"):
        move_to_cohort(moving, full, by=editor)
    moving.refresh_from_db()
    assert moving.cohort_id == source.pk


def test_move_refuses_another_course(editor, course, other_course):
    [moving] = requests_in(CohortFactory(course=course), 1)
    with pytest.raises(EnrollmentError, match="mismo curso"):
        move_to_cohort(moving, CohortFactory(course=other_course), by=editor)


def test_move_view_offers_only_cohorts_of_the_same_course_and_refuses_others(
    client, editor, course, other_course
):
    source = CohortFactory(course=course)
    sibling = CohortFactory(course=course)
    foreign = CohortFactory(course=other_course)
    [moving] = requests_in(source, 1)
    client.force_login(editor)
    url = reverse("cohortes:move", args=[source.pk, moving.pk])
    choices = set(client.get(url).context["form"].fields["cohort"].queryset)
    assert choices == {sibling}
    assert client.post(url, {"cohort": foreign.pk}).status_code == 200
    moving.refresh_from_db()
    assert moving.cohort_id == source.pk
    assert not ModelLogEntry.objects.filter(action=MOVE_ACTION).exists()


def test_editor_cannot_move_another_institutions_learner(client, editor, other_course):
    source, target = CohortFactory(course=other_course), CohortFactory(course=other_course)
    [moving] = requests_in(source, 1)
    client.force_login(editor)
    response = client.post(reverse("cohortes:move", args=[source.pk, moving.pk]), {"cohort": target.pk})
    assert response.status_code == 404
    moving.refresh_from_db()
    assert moving.cohort_id == source.pk


def test_enrolment_rows_link_to_move_and_quiz_exception(client, editor, course):
    cohort = CohortFactory(course=course)
    [enrollment] = requests_in(cohort, 1)
    client.force_login(editor)
    content = client.get(reverse("cohortes:enrollments", args=[cohort.pk])).content.decode()
    assert reverse("cohortes:move", args=[cohort.pk, enrollment.pk]) in content
    exception_url = reverse("excepciones:add") + f"?enrollment={enrollment.pk}"
    assert exception_url in content
    form = client.get(exception_url).context["form"]
    assert form.initial.get("enrollment") == enrollment.pk or form.instance.enrollment_id == enrollment.pk


# Learner search.


def test_search_finds_own_learners_by_name_or_email_and_hides_others(client, editor, course, other_course):
    mine = enroll(user=learner(full_name="Camila Rosales"), course=course).enrollment.user
    theirs = enroll(user=learner(full_name="Camila Andrade"), course=other_course).enrollment.user
    client.force_login(editor)
    url = reverse("aula_learners")

    listing = client.get(url).content.decode()
    assert "Camila Rosales" in listing and "Camila Andrade" not in listing
    by_name = client.get(url, {"q": "camila"}).content.decode()
    assert "Camila Rosales" in by_name and "Camila Andrade" not in by_name
    assert theirs.email not in by_name
    by_email = client.get(url, {"q": mine.email}).content.decode()
    assert "Camila Rosales" in by_email
    assert "Camila Andrade" not in client.get(url, {"q": theirs.email}).content.decode()


def test_search_shows_only_the_enrolments_in_the_editors_courses(client, editor, course, other_course):
    user = learner(full_name="Persona Compartida")
    enroll(user=user, course=course)
    enroll(user=user, course=other_course)
    client.force_login(editor)
    content = client.get(reverse("aula_learners"), {"q": "Compartida"}).content.decode()
    assert course.title in content
    assert other_course.title not in content


def test_coordinator_sees_everyone(client, coordinator, course, other_course):
    enroll(user=learner(full_name="Camila Rosales"), course=course)
    enroll(user=learner(full_name="Camila Andrade"), course=other_course)
    learner(full_name="Sin Inscripcion")
    client.force_login(coordinator)
    content = client.get(reverse("aula_learners")).content.decode()
    assert all(name in content for name in ("Camila Rosales", "Camila Andrade", "Sin Inscripcion"))


def test_learners_cannot_open_the_search(client, course):
    user = learner()
    client.force_login(user)
    response = client.get(reverse("aula_learners"))
    assert (response.status_code, response["Location"]) == (
        302,
        f"{reverse('wagtailadmin_login')}?next={reverse('aula_learners')}",
    )
