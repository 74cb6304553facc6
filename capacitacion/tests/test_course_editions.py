"""A course copied for a new edition (cursos/editions.py and its admin action)."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from capacitacion.models import (
    Certificate,
    CertificateSignatory,
    CertificateTemplate,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    QuizAttempt,
    QuizOverride,
    QuizResult,
)
from capacitacion.services import certificates
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.services.quizzes import start_attempt, submit_attempt
from capacitacion.tests.factories import CohortFactory, learner
from cursos.editions import EDITION_ACTION, EditionDefaults, EditionError, make_edition, suggested_edition
from cursos.models import BankQuestion, CoursePage, LessonPage, ModulePage, QuestionBank, QuizDraw, QuizPage
from cursos.tests.factories import CoursePageFactory, build_course

pytestmark = pytest.mark.django_db

SLUG = "comunicacion-de-riesgos-2027"
TITLE = "Comunicación de riesgos (2027)"


def bank_question(number: int) -> BankQuestion:
    return BankQuestion(
        question=[
            {
                "type": "true_false",
                "value": {"prompt": f"<p>Pregunta del banco {number}</p>", "points": "1", "correct": "true"},
            }
        ]
    )


def right_answers(attempt) -> QueryDict:
    """The factory quiz's three questions answered right."""
    questions = {child.block_type: child for child in attempt.revision.as_object().questions}
    single = questions["single_choice"]
    form = QueryDict(mutable=True)
    form[f"q-{single.id}"] = next(c.id for c in single.value["choices"].bound_blocks if c.value["correct"])
    form[f"q-{questions['short_text'].id}"] = "respuesta-aceptada-secreta"
    form[f"q-{questions['true_false'].id}"] = "false"
    return form


def complete(user, course) -> Enrollment:
    """Enrol `user`, read every lesson and pass every quiz in order (a module may wait
    for the previous quiz), and issue the certificate."""
    enroll(user=user, course=course)
    for item in course.get_descendants().live().specific().order_by("path"):
        if isinstance(item, LessonPage):
            record_lesson_done(user=user, lesson=item)
        elif isinstance(item, QuizPage):
            attempt = start_attempt(user=user, quiz=item)
            submit_attempt(user=user, attempt_id=attempt.pk, form=right_answers(attempt))
    enrollment = Enrollment.objects.get(user=user, course=course)
    certificates.issue(enrollment.pk)
    enrollment.refresh_from_db()
    return enrollment


def publish_all(course) -> CoursePage:
    """Publish the course and everything below it, as Coordination approves it."""
    for page in [course, *course.get_descendants().order_by("path")]:
        page.get_latest_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def questions_of(quiz) -> list:
    """The quiz's questions as stored, normalised (the factory's raw data lacks defaults)."""
    return [(child.id, child.block_type, child.block.get_prep_value(child.value)) for child in quiz.questions]


def pages_below(course, model):
    return list(model.objects.descendant_of(course).order_by("path"))


@pytest.fixture
def rich_course(course, institution):
    """The fixture course with what an edition must carry along: a bank draw, a
    module opened by the previous module's quiz, tags and its own certificate template."""
    bank = QuestionBank(name="Banco de alertas", institution=institution)
    for number in range(1, 3):
        bank.questions.add(bank_question(number))
    bank.save()
    first_quiz = pages_below(course, QuizPage)[0]
    first_quiz.draws.add(QuizDraw(bank=bank, count=1))
    first_quiz.save_revision().publish()
    second_module = pages_below(course, ModulePage)[1]
    second_module.prerequisite_quiz = first_quiz
    second_module.prerequisite_min_score = 60
    second_module.save_revision().publish()
    course.tags.add("alertas")
    course.save_revision().publish()
    template = CertificateTemplate(course=course, accent_color="#aa3300", intro_es="Certificamos que")
    template.signatories.add(CertificateSignatory(name="Ana Pérez", role="Directora"))
    template.save()
    return CoursePage.objects.get(pk=course.pk)


def test_the_edition_is_a_draft_with_the_same_structure(rich_course, institution, editor):
    edition = make_edition(rich_course, title=TITLE, slug=SLUG, user=editor)

    edition.refresh_from_db()
    assert (edition.title, edition.slug) == (TITLE, SLUG)
    assert edition.get_parent().pk == institution.pk
    assert not edition.live and edition.has_unpublished_changes and edition.first_published_at is None
    assert not edition.get_descendants().live().exists()
    assert edition.get_latest_revision_as_object().slug == SLUG
    assert edition.tag_names == ["alertas"]
    for model in (ModulePage, LessonPage, QuizPage):
        assert len(pages_below(edition, model)) == len(pages_below(rich_course, model)) > 0
    for original, copy in zip(
        pages_below(rich_course, QuizPage), pages_below(edition, QuizPage), strict=True
    ):
        assert copy.pk != original.pk
        assert questions_of(copy) == questions_of(original)
        assert [(d.bank_id, d.count, d.tag) for d in copy.draws.all()] == [
            (d.bank_id, d.count, d.tag) for d in original.draws.all()
        ]
    # The second module waits for the edition's own first quiz, in the page and its draft.
    first_quiz = pages_below(edition, QuizPage)[0]
    second_module = pages_below(edition, ModulePage)[1]
    assert second_module.prerequisite_quiz_id == first_quiz.pk
    assert second_module.get_latest_revision_as_object().prerequisite_quiz_id == first_quiz.pk
    template = CertificateTemplate.objects.get(course=edition)
    assert (template.accent_color, template.intro_es) == ("#aa3300", "Certificamos que")
    assert [(s.name, s.role) for s in template.signatories.all()] == [("Ana Pérez", "Directora")]
    # The original is untouched.
    rich_course.refresh_from_db()
    assert rich_course.live and rich_course.slug == "comunicacion-de-riesgos"
    assert CertificateTemplate.objects.filter(course=rich_course).exists()


def page_link(page, text) -> str:
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def linked_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<a linktype="page" id="(\d+)">', html)]


def test_page_links_inside_the_course_point_at_the_editions_own_pages(course, institution, editor):
    """A lesson's text links to the course, to another lesson and to a page outside the
    course; a quiz's intro links to a lesson. In the edition, links inside the course lead
    to its own copies, in the page and in the draft the editor opens; the outside link stays."""
    first, second = pages_below(course, LessonPage)[:2]
    first_quiz = pages_below(course, QuizPage)[0]
    outside = build_course(institution, modules=1, lessons_per_module=1, title="Otro curso")
    first.body = [
        {
            "type": "paragraph",
            "value": f"<p>Vuelve a {page_link(course, 'el curso')}, "
            f"sigue con {page_link(second, 'la lección 2')} "
            f"o mira {page_link(outside, 'otro curso')}.</p>",
        }
    ]
    first.save_revision().publish()
    first_quiz.intro = f"<p>Repasa {page_link(second, 'la lección 2')}.</p>"
    first_quiz.save_revision().publish()

    edition = make_edition(course, title=TITLE, slug=SLUG, user=editor)

    edition_second = pages_below(edition, LessonPage)[1]
    expected = [edition.pk, edition_second.pk, outside.pk]
    edition_first = pages_below(edition, LessonPage)[0]
    assert linked_ids(edition_first.body[0].value.source) == expected
    assert linked_ids(edition_first.get_latest_revision_as_object().body[0].value.source) == expected
    edition_quiz = pages_below(edition, QuizPage)[0]
    assert linked_ids(edition_quiz.intro) == [edition_second.pk]
    assert linked_ids(edition_quiz.get_latest_revision_as_object().intro) == [edition_second.pk]
    # The original keeps its own links.
    first.refresh_from_db()
    assert linked_ids(first.body[0].value.source) == [course.pk, second.pk, outside.pk]


def test_the_audit_log_records_the_edition(course, editor):
    edition = make_edition(course, title=TITLE, slug=SLUG, user=editor)

    entry = PageLogEntry.objects.get(page=edition, action=EDITION_ACTION)
    assert entry.user == editor
    assert entry.data["source"] == {"id": course.pk, "title": course.title}
    assert entry.message == "Nueva edición, copiada de «Comunicación de riesgos»"
    assert PageLogEntry.objects.filter(page=edition, action="wagtail.copy", user=editor).exists()


def test_the_edition_carries_no_learner_data(rich_course, editor, student):
    quiz = pages_below(rich_course, QuizPage)[0]
    complete(learner(), rich_course)
    cohort = CohortFactory(course=rich_course)
    Enrollment.objects.filter(user=student).update(cohort=cohort)
    QuizOverride.objects.create(
        enrollment=Enrollment.objects.get(user=student), quiz=quiz, extra_attempts=1, reason="Licencia"
    )
    before = {
        "enrolments": Enrollment.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "certificates": Certificate.objects.count(),
    }
    assert before["attempts"] and before["certificates"]

    edition = make_edition(rich_course, title=TITLE, slug=SLUG, user=editor)

    copied_pages = edition.get_descendants(inclusive=True)
    assert not Enrollment.objects.filter(course=edition).exists()
    assert not Cohort.objects.filter(course=edition).exists()
    assert not QuizAttempt.objects.filter(quiz__in=copied_pages).exists()
    assert not QuizResult.objects.filter(quiz__in=copied_pages).exists()
    assert not QuizOverride.objects.filter(quiz__in=copied_pages).exists()
    assert not LessonCompletion.objects.filter(lesson__in=copied_pages).exists()
    assert not Certificate.objects.filter(enrollment__course=edition).exists()
    assert before == {
        "enrolments": Enrollment.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "certificates": Certificate.objects.count(),
    }
    assert Cohort.objects.filter(course=rich_course).count() == 1


@pytest.mark.parametrize("which", ["original", "edition"])
def test_the_published_edition_is_completed_like_the_original(rich_course, editor, which):
    course = rich_course
    if which == "edition":
        course = publish_all(make_edition(rich_course, title=TITLE, slug=SLUG, user=editor))

    enrollment = complete(learner(), course)

    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert QuizResult.objects.filter(enrollment=enrollment, passed=True).count() == 2
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.course_title == course.title


def test_suggested_slug_is_next_year_and_unique(institution):
    today = datetime.date(2026, 12, 7)
    course = CoursePageFactory(parent=institution, title="Riesgos (2026)", slug="riesgos-2026")
    assert suggested_edition(course, today) == EditionDefaults(title="Riesgos (2027)", slug="riesgos-2027")
    CoursePageFactory(parent=institution, title="Riesgos (2027)", slug="riesgos-2027")
    assert suggested_edition(course, today).slug == "riesgos-2027-2"
    later = CoursePageFactory(parent=institution, title="Riesgos (2028)", slug="riesgos-2028")
    assert suggested_edition(later, today) == EditionDefaults(title="Riesgos (2029)", slug="riesgos-2029")


def test_a_taken_slug_or_a_foreign_editor_is_refused(course, editor, other_editor):
    with pytest.raises(EditionError):
        make_edition(course, title=TITLE, slug=course.slug, user=editor)
    with pytest.raises(PermissionDenied):
        make_edition(course, title=TITLE, slug=SLUG, user=other_editor)
    assert CoursePage.objects.count() == 1


# The admin action.


def edition_url(course) -> str:
    return reverse("cursos_new_edition", args=[course.pk])


def test_the_course_edit_page_offers_the_action_to_its_editors(client, course, editor, other_editor):
    client.force_login(editor)
    assert edition_url(course) in client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).text
    lesson = pages_below(course, LessonPage)[0]
    assert "nueva-edicion" not in client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).text


def test_the_form_suggests_next_year_and_makes_the_draft(client, course, editor):
    client.force_login(editor)
    response = client.get(edition_url(course))
    assert response.status_code == 200
    year = timezone.localdate().year + 1
    assert f'value="comunicacion-de-riesgos-{year}"' in response.text
    assert f'value="Comunicación de riesgos ({year})"' in response.text

    response = client.post(edition_url(course), {"title": TITLE, "slug": SLUG})

    edition = CoursePage.objects.get(slug=SLUG)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[edition.pk])
    assert not edition.live and edition.owner == editor


def test_the_form_refuses_a_taken_slug(client, course, editor):
    client.force_login(editor)
    response = client.post(edition_url(course), {"title": TITLE, "slug": course.slug})
    assert response.status_code == 200
    assert "Ya hay una página con este slug en la institución." in response.text
    assert CoursePage.objects.count() == 1


def test_an_editor_of_another_institution_gets_404(client, course, other_editor):
    client.force_login(other_editor)
    assert client.get(edition_url(course)).status_code == 404
    assert client.post(edition_url(course), {"title": TITLE, "slug": SLUG}).status_code == 404
    assert CoursePage.objects.count() == 1


def test_a_page_that_is_not_a_course_gets_404(client, course, editor):
    client.force_login(editor)
    module = pages_below(course, ModulePage)[0]
    assert client.get(edition_url(module)).status_code == 404


def test_the_institution_listing_offers_the_action_in_the_course_menu(client, institution, course, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_explore", args=[institution.pk])).text
    assert edition_url(course) in html


def test_the_form_shows_an_accented_slug_refused_under_the_slug_field(client, course, editor):
    from aula.slugs import ASCII_SLUG_MESSAGE

    client.force_login(editor)
    response = client.post(edition_url(course), {"title": TITLE, "slug": "gestión-2027"})
    assert response.status_code == 200
    assert response.context["form"].errors == {"slug": [str(ASCII_SLUG_MESSAGE)]}
    assert CoursePage.objects.count() == 1
