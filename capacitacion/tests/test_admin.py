import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from capacitacion.models import Cohort, Enrollment, EnrollmentStatus
from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import CohortFactory, learner, member_of
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_course(other_institution):
    return build_course(other_institution, modules=1, lessons_per_module=1, title="Formulación de proyectos")


@pytest.fixture
def own_cohort(course):
    return CohortFactory(course=course, name="Cohorte Rosario 2026")


@pytest.fixture
def other_cohort(other_course):
    return CohortFactory(course=other_course, name="Cohorte Andina 2026")


def form_data(course, **overrides):
    start = datetime.date(2026, 3, 2)
    data = {
        "course": course.pk,
        "name": "Cohorte de marzo",
        "starts_on": start.isoformat(),
        "ends_on": (start + datetime.timedelta(days=60)).isoformat(),
        "enrolment_opens_at": "",
        "enrolment_closes_at": "",
        "capacity": "",
        "waitlist_enabled": "on",
        "enrolment_key": "",
    }
    data.update(overrides)
    return data


def edit_data(cohort, **overrides):
    data = form_data(
        cohort.course,
        name=cohort.name,
        starts_on=cohort.starts_on.isoformat(),
        ends_on=cohort.ends_on.isoformat(),
        capacity=cohort.capacity or "",
    )
    data.update(overrides)
    return data


def test_editor_lists_only_their_institution_cohorts(client, editor, own_cohort, other_cohort):
    client.force_login(editor)
    response = client.get(reverse("cohortes:index"))
    assert response.status_code == 200
    content = response.content.decode()
    assert own_cohort.name in content
    assert other_cohort.name not in content


def test_listing_search_by_name(client, editor, course):
    CohortFactory(course=course, name="Cohorte Montevideo")
    CohortFactory(course=course, name="Cohorte Asunción")
    client.force_login(editor)
    content = client.get(reverse("cohortes:index"), {"q": "montevideo"}).content.decode()
    assert "Cohorte Montevideo" in content
    assert "Cohorte Asunción" not in content


@pytest.mark.parametrize(
    "url_name", ["cohortes:edit", "cohortes:delete", "cohortes:history", "cohortes:usage", "cohortes:copy"]
)
def test_editor_cannot_open_another_institution_cohort_by_url(client, editor, other_cohort, url_name):
    client.force_login(editor)
    response = client.get(reverse(url_name, args=[other_cohort.pk]))
    assert response.status_code == 404


def test_editor_cannot_change_or_delete_another_institution_cohort(client, editor, other_cohort):
    client.force_login(editor)
    edit = client.post(reverse("cohortes:edit", args=[other_cohort.pk]), edit_data(other_cohort, name="Mía"))
    delete = client.post(reverse("cohortes:delete", args=[other_cohort.pk]))
    assert edit.status_code == 404 and delete.status_code == 404
    other_cohort.refresh_from_db()
    assert other_cohort.name == "Cohorte Andina 2026"


def test_course_choices_are_the_editors_own_courses(client, editor, course, other_course):
    client.force_login(editor)
    response = client.get(reverse("cohortes:add"))
    assert response.status_code == 200
    choices = {choice.pk for choice in response.context["form"].fields["course"].queryset}
    assert choices == {course.pk}


def test_editor_cannot_create_a_cohort_for_another_institution_course(client, editor, other_course):
    client.force_login(editor)
    response = client.post(reverse("cohortes:add"), form_data(other_course))
    assert response.status_code == 200
    assert "course" in response.context["form"].errors
    assert not Cohort.objects.exists()


def test_editor_creates_a_cohort_for_their_course(client, editor, course):
    client.force_login(editor)
    response = client.post(reverse("cohortes:add"), form_data(course, capacity="30"))
    assert response.status_code == 302
    cohort = Cohort.objects.get()
    assert (cohort.course_id, cohort.capacity) == (course.pk, 30)


def test_model_validation_messages_show_in_the_form(client, editor, course):
    client.force_login(editor)
    response = client.post(
        reverse("cohortes:add"), form_data(course, starts_on="2026-05-01", ends_on="2026-04-01", capacity="0")
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "La cohorte no puede terminar antes de comenzar." in form.errors["ends_on"]
    assert "capacity" in form.errors
    assert not Cohort.objects.exists()


def test_coordination_sees_every_cohort_and_course(
    client, coordinator, own_cohort, other_cohort, course, other_course
):
    client.force_login(coordinator)
    content = client.get(reverse("cohortes:index")).content.decode()
    assert own_cohort.name in content and other_cohort.name in content
    assert client.get(reverse("cohortes:edit", args=[other_cohort.pk])).status_code == 200
    form = client.get(reverse("cohortes:add")).context["form"]
    assert {course.pk, other_course.pk} <= {choice.pk for choice in form.fields["course"].queryset}


def test_people_without_cohort_permissions_do_not_get_in(client, own_cohort):
    outsider = UserFactory()
    client.force_login(outsider)
    response = client.get(reverse("cohortes:index"))
    assert (response.status_code, response["Location"]) == (
        302,
        f"{reverse('wagtailadmin_login')}?next={reverse('cohortes:index')}",
    )


def test_tutor_choices_are_the_course_institution_team_only(
    client, editor, institution, other_institution, course
):
    other_institution.refresh_from_db()
    colleague = member_of(institution.editors_group)
    stranger = member_of(other_institution.editors_group)
    learner_user = learner()
    client.force_login(editor)
    form = client.get(reverse("cohortes:add")).context["form"]
    candidates = set(form.fields["tutors"].queryset)
    assert {editor, colleague} <= candidates
    assert stranger not in candidates and learner_user not in candidates

    response = client.post(
        reverse("cohortes:add"), {**form_data(course), "tutors": [colleague.pk, stranger.pk]}
    )
    assert "tutors" in response.context["form"].errors
    client.post(reverse("cohortes:add"), {**form_data(course), "tutors": [colleague.pk]})
    assert list(Cohort.objects.get().tutors.all()) == [colleague]


def test_raising_the_capacity_promotes_the_waiting_list_oldest_first(client, editor, course):
    cohort = CohortFactory(course=course, capacity=1)
    seated, first_waiting, second_waiting = learner(), learner(), learner()
    for user in (seated, first_waiting, second_waiting):
        enroll(user=user, course=course, cohort=cohort)
    assert Enrollment.objects.get(user=second_waiting).status == EnrollmentStatus.WAITLISTED

    client.force_login(editor)
    response = client.post(reverse("cohortes:edit", args=[cohort.pk]), edit_data(cohort, capacity="2"))
    assert response.status_code == 302
    assert Enrollment.objects.get(user=first_waiting).status == EnrollmentStatus.ACTIVE
    assert Enrollment.objects.get(user=second_waiting).status == EnrollmentStatus.WAITLISTED


def test_a_cohort_with_enrolments_is_not_deleted(client, editor, course, own_cohort):
    enroll(user=learner(), course=course, cohort=own_cohort)
    client.force_login(editor)
    response = client.post(reverse("cohortes:delete", args=[own_cohort.pk]))
    assert response.status_code == 302
    assert Cohort.objects.filter(pk=own_cohort.pk).exists()


def test_an_empty_cohort_is_deleted(client, editor, own_cohort):
    client.force_login(editor)
    client.post(reverse("cohortes:delete", args=[own_cohort.pk]))
    assert not Cohort.objects.filter(pk=own_cohort.pk).exists()


def test_enrolment_list_shows_learners_status_and_waiting_position(client, editor, course):
    cohort = CohortFactory(course=course, capacity=1)
    enroll(user=learner(full_name="Ñandú Pérez"), course=course, cohort=cohort)
    enroll(user=learner(full_name="João Conceição"), course=course, cohort=cohort)
    client.force_login(editor)
    response = client.get(reverse("cohortes:enrollments", args=[cohort.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ñandú Pérez" in content and "João Conceição" in content
    assert "En lista de espera" in content
    assert reverse("cohortes:bulk_enrol", args=[cohort.pk]) in content


def test_enrolment_list_of_another_institution_is_not_found(client, editor, other_cohort):
    client.force_login(editor)
    assert client.get(reverse("cohortes:enrollments", args=[other_cohort.pk])).status_code == 404


def decide(client, enrollment, decision):
    url = reverse("cohortes:decide", args=[enrollment.cohort_id, enrollment.pk, decision])
    return client.post(url, follow=True)


def test_approve_button_approves_and_is_logged(client, editor, course):
    cohort = CohortFactory(course=course, requires_approval=True)
    enrollment = enroll(user=learner(full_name="Ana Quispe"), course=course, cohort=cohort).enrollment
    assert enrollment.status == EnrollmentStatus.PENDING
    client.force_login(editor)
    listing = client.get(reverse("cohortes:enrollments", args=[cohort.pk])).content.decode()
    assert reverse("cohortes:decide", args=[cohort.pk, enrollment.pk, "aprobar"]) in listing
    assert "csrfmiddlewaretoken" in listing

    response = decide(client, enrollment, "aprobar")
    assert response.status_code == 200
    enrollment.refresh_from_db()
    assert (enrollment.status, enrollment.decided_by) == (EnrollmentStatus.ACTIVE, editor)
    entry = ModelLogEntry.objects.get(action="aula.enrollment.approve")
    assert (entry.object_id, entry.user) == (str(enrollment.pk), editor)
    assert "Aprobaste la inscripción de Ana Quispe." in response.content.decode()


def test_reject_button_rejects_a_waitlisted_learner_and_is_logged(client, editor, course):
    cohort = CohortFactory(course=course, capacity=1)
    enroll(user=learner(), course=course, cohort=cohort)
    waiting = enroll(user=learner(), course=course, cohort=cohort).enrollment
    client.force_login(editor)
    decide(client, waiting, "rechazar")
    waiting.refresh_from_db()
    assert waiting.status == EnrollmentStatus.REJECTED
    assert ModelLogEntry.objects.filter(action="aula.enrollment.reject", object_id=str(waiting.pk)).exists()


def test_a_decision_that_does_not_apply_shows_the_reason(client, editor, course, own_cohort):
    active = enroll(user=learner(), course=course, cohort=own_cohort).enrollment
    client.force_login(editor)
    response = decide(client, active, "aprobar")
    assert "Solo se pueden aprobar solicitudes pendientes." in response.content.decode()
    assert not ModelLogEntry.objects.filter(action__startswith="aula.enrollment").exists()


def test_decisions_need_a_post(client, editor, course):
    cohort = CohortFactory(course=course, requires_approval=True)
    enrollment = enroll(user=learner(), course=course, cohort=cohort).enrollment
    client.force_login(editor)
    url = reverse("cohortes:decide", args=[cohort.pk, enrollment.pk, "aprobar"])
    assert client.get(url).status_code == 405
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.PENDING


def test_editor_cannot_decide_on_another_institution_enrolment(client, editor, other_course):
    cohort = CohortFactory(course=other_course, requires_approval=True)
    enrollment = enroll(user=learner(), course=other_course, cohort=cohort).enrollment
    client.force_login(editor)
    assert decide(client, enrollment, "aprobar").status_code == 404
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.PENDING


def test_copying_a_cohort_creates_a_new_one_and_leaves_the_original(client, editor, own_cohort):
    client.force_login(editor)
    copy_url = reverse("cohortes:copy", args=[own_cohort.pk])
    response = client.get(copy_url)
    assert response.status_code == 200
    assert response.context["action_url"] == reverse("cohortes:add")
    assert client.post(copy_url, edit_data(own_cohort, name="Otra")).status_code == 405
    client.post(reverse("cohortes:add"), edit_data(own_cohort, name="Cohorte Rosario 2027"))
    assert set(Cohort.objects.values_list("name", flat=True)) == {
        "Cohorte Rosario 2026",
        "Cohorte Rosario 2027",
    }


def test_a_cohort_with_enrolments_keeps_its_course(client, editor, course, own_cohort):
    other_own_course = build_course(course.get_parent(), modules=1, lessons_per_module=1, title="Otro curso")
    enroll(user=learner(), course=course, cohort=own_cohort)
    client.force_login(editor)
    response = client.post(
        reverse("cohortes:edit", args=[own_cohort.pk]), edit_data(own_cohort, course=other_own_course.pk)
    )
    assert "course" in response.context["form"].errors
    own_cohort.refresh_from_db()
    assert own_cohort.course_id == course.pk
