import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cursos.models import CatalogPage, CoursePage, InstitutionPage, LessonPage, ModulePage, QuizPage
from cursos.tests.factories import CoursePageFactory, ModulePageFactory, QuizPageFactory
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_page_tree_shape_is_enforced():
    assert CatalogPage.allowed_parent_page_models() == [HomePage]
    assert CatalogPage.allowed_subpage_models() == [InstitutionPage]
    assert InstitutionPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert set(ModulePage.allowed_subpage_models()) == {LessonPage, QuizPage}
    assert LessonPage.allowed_subpage_models() == []
    assert not CoursePage.can_create_at(HomePage())


def test_hero_image_needs_alt_text(institution):
    image = Image.objects.create(title="Foto", file=get_test_image_file())
    course = CoursePageFactory.build(hero_image=image, hero_image_alt="  ")
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "hero_image_alt" in error.value.message_dict


def test_key_policy_needs_a_key_in_form_and_database(institution):
    course = CoursePageFactory.build(enrolment_policy="key", enrolment_key="")
    with pytest.raises(ValidationError):
        course.clean()
    course = CoursePageFactory(parent=institution)
    with pytest.raises(IntegrityError), transaction.atomic():
        CoursePage.objects.filter(pk=course.pk).update(enrolment_policy="key", enrolment_key="")


def test_questions_per_attempt_cannot_exceed_questions(institution):
    module = ModulePageFactory(parent=CoursePageFactory(parent=institution))
    quiz = QuizPageFactory(parent=module)
    quiz.questions_per_attempt = len(quiz.questions) + 1
    with pytest.raises(ValidationError) as error:
        quiz.clean()
    assert "questions_per_attempt" in error.value.message_dict
    quiz.questions_per_attempt = len(quiz.questions)
    quiz.clean()


def test_choice_ids_are_stored_so_answers_keep_pointing_at_them(institution):
    module = ModulePageFactory(parent=CoursePageFactory(parent=institution))
    quiz = QuizPageFactory(parent=module)

    def choice_ids():
        page = QuizPage.objects.get(pk=quiz.pk)
        return [choice.id for choice in page.questions[0].value["choices"].bound_blocks]

    assert choice_ids() == choice_ids()
    assert None not in choice_ids()


def test_a_course_institution_is_its_parent_found_in_one_query(
    institution, other_institution, django_assert_num_queries
):
    from cursos.selectors import course_institution, institution_path, institutions_of

    first = CoursePageFactory(parent=institution, title="Uno")
    second = CoursePageFactory(parent=other_institution, title="Dos")
    third = CoursePageFactory(parent=other_institution, title="Tres")
    assert institution_path(first) == institution.path
    with django_assert_num_queries(1):
        assert course_institution(second) == other_institution
    with django_assert_num_queries(1):
        assert set(institutions_of([first, second, third])) == {institution, other_institution}
