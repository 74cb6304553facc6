"""services/cohorts.py: what staff may change in a cohort, whichever screen they use."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from capacitacion.services.cohorts import CohortError, check_course_change, check_tutors
from capacitacion.services.enrollment import enroll
from capacitacion.tests.factories import CohortFactory, learner, member_of
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db


def people(*users):
    return get_user_model().objects.filter(pk__in=[user.pk for user in users])


def test_a_cohort_keeps_its_course_once_someone_enrolled(course, other_institution):
    other = build_course(other_institution, modules=1, lessons_per_module=1, title="Otro curso")
    cohort = CohortFactory(course=course)
    check_course_change(cohort, other)  # nobody enrolled yet
    check_course_change(CohortFactory.build(course=course), other)  # not saved yet
    enroll(user=learner(), course=course, cohort=cohort)
    check_course_change(cohort, course)  # the same course is no change
    with pytest.raises(CohortError, match="ya tiene inscripciones"):
        check_course_change(cohort, other)


def test_tutors_come_from_the_course_institution_team_or_coordination(course, institution, other_institution):
    other_institution.refresh_from_db()
    colleague = member_of(institution.editors_group)
    coordinator = member_of(Group.objects.get_or_create(name=COORDINATION_GROUP)[0])
    stranger = member_of(other_institution.editors_group)
    cohort = CohortFactory(course=course)
    check_tutors(cohort, course, people(colleague, coordinator))
    with pytest.raises(CohortError) as error:
        check_tutors(cohort, course, people(colleague, stranger))
    assert error.value.message == (f"No forman parte del equipo de {institution.title}: {stranger.email}.")
    # Someone already tutoring the cohort stays allowed after leaving the team.
    cohort.tutors.add(stranger)
    check_tutors(cohort, course, people(colleague, stranger))
