"""A course is reviewed and published as one unit: one submission, one task for
Coordination, one approval that publishes every changed page below it."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from capacitacion.tests.factories import member_of
from cursos.course_review import APPROVE_ACTION, SUBMIT_ACTION, pages_in_review
from cursos.models import LessonPage, ModulePage, QuizPage
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
    build_course,
)

pytestmark = pytest.mark.django_db


def add_draft(parent, factory, editor, **fields):
    """A page as an editor adds it in the admin with "Save draft": not live, one revision."""
    page = factory.build(**fields)
    page.live = False
    page.has_unpublished_changes = True
    page.owner = editor
    parent.add_child(instance=page)
    page.save_revision(user=editor)
    return page


def edit(page, editor, **fields):
    """An editor changes a page and saves a draft."""
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    return draft.save_revision(user=editor)


@pytest.fixture
def editor(institution):
    institution.refresh_from_db()
    return member_of(institution.editors_group)


@pytest.fixture
def coordinator(catalog):
    return member_of(Group.objects.get(name=COORDINATION_GROUP))


@pytest.fixture
def draft_course(institution, editor):
    """A new 4-page course nobody has published: course, module, lesson, quiz."""
    course = add_draft(institution, CoursePageFactory, editor, title="Comunicación de crisis")
    module = add_draft(course, ModulePageFactory, editor, title="Módulo uno")
    add_draft(module, LessonPageFactory, editor, title="Lección uno")
    add_draft(module, QuizPageFactory, editor, title="Cuestionario uno")
    return course


def submit(page, editor):
    """What the editor's "Submit to Revisión de la Coordinación" does: save the page
    as it stands in the editor, then start the workflow."""
    page = page.specific_class.objects.get(pk=page.pk)
    page.get_latest_revision_as_object().save_revision(user=editor)
    return page.get_workflow().start(page, editor)


def course_pages(course):
    return Page.objects.descendant_of(course, inclusive=True).order_by("path")


def workflow_action(client, user, page, action, task_state, comment=""):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment})


def test_one_submission_puts_the_whole_course_in_one_review(draft_course, editor, coordinator):
    state = submit(draft_course, editor)

    assert WorkflowState.objects.count() == 1
    [task_state] = TaskState.objects.reviewable_by(coordinator)
    assert task_state == state.current_task_state
    assert task_state.workflow_state.content_object.specific.title == "Comunicación de crisis"
    assert [item.page.title for item in pages_in_review(task_state)] == [
        "Comunicación de crisis",
        "Módulo uno",
        "Lección uno",
        "Cuestionario uno",
    ]
    assert all(item.is_new for item in pages_in_review(task_state))
    submitted = PageLogEntry.objects.get(action=SUBMIT_ACTION)
    assert submitted.page_id == draft_course.pk
    sent_along = [page["title"] for page in submitted.data["pages"]]
    assert sent_along == ["Módulo uno", "Lección uno", "Cuestionario uno"]


def test_approving_the_course_publishes_all_of_it_in_tree_order(client, draft_course, editor, coordinator):
    state = submit(draft_course, editor)

    response = workflow_action(client, coordinator, draft_course, "approve", state.current_task_state)

    assert response.status_code == 302
    for page in course_pages(draft_course):
        assert page.live, page.title
        assert not page.has_unpublished_changes, page.title
        assert page.live_revision_id == page.latest_revision_id, page.title
    published = PageLogEntry.objects.filter(action="wagtail.publish").order_by("timestamp", "pk")
    assert [entry.page_id for entry in published] == [page.pk for page in course_pages(draft_course)]
    approved = PageLogEntry.objects.get(action=APPROVE_ACTION)
    assert approved.page_id == draft_course.pk
    assert approved.user == coordinator
    assert len(approved.data["pages"]) == 3
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_rejecting_the_course_leaves_all_of_it_unpublished_and_tells_the_editor_why(
    client, draft_course, editor, coordinator
):
    state = submit(draft_course, editor)
    mail.outbox.clear()

    comment = "Falta la bibliografía."
    workflow_action(client, coordinator, draft_course, "reject", state.current_task_state, comment)

    assert not course_pages(draft_course).filter(live=True).exists()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [email] = [message for message in mail.outbox if editor.email in message.to]
    assert "Falta la bibliografía." in email.body
    assert "Comunicación de crisis" in email.body


def test_resubmitting_after_changes_reviews_the_new_revisions(client, draft_course, editor, coordinator):
    state = submit(draft_course, editor)
    workflow_action(client, coordinator, draft_course, "reject", state.current_task_state, "Corrige esto.")
    lesson = draft_course.get_descendants().type(LessonPageFactory._meta.model).get()
    fixed = edit(lesson.specific, editor, title="Lección uno, corregida")
    state.refresh_from_db()

    state.resume(user=editor)

    task_state = state.current_task_state
    assert fixed.pk in [item.revision.pk for item in pages_in_review(task_state)]
    task_state.task.specific.on_action(task_state, coordinator, "approve")
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Lección uno, corregida"
    assert not course_pages(draft_course).filter(live=False).exists()


def test_a_change_after_submission_waits_for_its_own_review(draft_course, editor, coordinator):
    state = submit(draft_course, editor)
    lesson = draft_course.get_descendants().type(LessonPageFactory._meta.model).get().specific
    edit(lesson, editor, title="Cambio sin revisar")

    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, coordinator, "approve")

    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.title == "Lección uno"
    assert lesson.has_unpublished_changes
    assert lesson.get_latest_revision_as_object().title == "Cambio sin revisar"


def test_a_single_changed_page_still_goes_through_on_its_own(institution, editor, coordinator):
    course = build_course(institution, modules=1, lessons_per_module=2)
    lesson = course.get_descendants().type(LessonPageFactory._meta.model).first().specific
    other_lesson = course.get_descendants().type(LessonPageFactory._meta.model).last()
    edit(lesson, editor, title="Lección revisada")

    state = submit(lesson, editor)

    [task_state] = TaskState.objects.reviewable_by(coordinator)
    assert task_state.workflow_state.content_object.pk == lesson.pk
    assert [item.page.pk for item in pages_in_review(task_state)] == [lesson.pk]
    task_state.task.specific.on_action(task_state, coordinator, "approve")
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Lección revisada" and not lesson.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert not PageLogEntry.objects.filter(action__in=[SUBMIT_ACTION, APPROVE_ACTION]).exists()
    assert other_lesson.live_revision_id is None  # untouched: still the factory's live page


def test_a_course_with_only_its_own_page_changed_publishes_just_the_course(institution, editor, coordinator):
    course = build_course(institution, modules=1, lessons_per_module=1)
    edit(course, editor, title="Curso renombrado")

    state = submit(course, editor)
    task_state = state.current_task_state
    assert len(pages_in_review(task_state)) == 1
    task_state.task.specific.on_action(task_state, coordinator, "approve")

    course.refresh_from_db()
    assert course.title == "Curso renombrado" and not course.has_unpublished_changes
    assert not course_pages(course).filter(has_unpublished_changes=True).exists()


def test_a_page_already_in_its_own_review_joins_the_course_review(draft_course, editor, coordinator):
    lesson = draft_course.get_descendants().type(LessonPageFactory._meta.model).get()
    own = submit(lesson, editor)

    submit(draft_course, editor)

    own.refresh_from_db()
    assert own.status == WorkflowState.STATUS_CANCELLED
    [task_state] = TaskState.objects.reviewable_by(coordinator)
    assert lesson.pk in [item.page.pk for item in pages_in_review(task_state)]


def test_the_coordinator_sees_one_row_per_course_and_its_review_screen(
    client, draft_course, editor, coordinator
):
    state = submit(draft_course, editor)
    task_state = state.current_task_state
    client.force_login(coordinator)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    # One row: its title and its button link to the course's review.
    assert dashboard.count(reverse("cursos_review", args=(task_state.pk,))) == 2
    assert "Comunicación de crisis" in dashboard

    screen = client.get(reverse("cursos_review", args=(task_state.pk,))).content.decode()
    for page in course_pages(draft_course):
        assert page.title in screen
        assert reverse("wagtailadmin_pages:revisions_view", args=(page.pk, page.latest_revision_id)) in screen
    action_args = (draft_course.pk, "approve", task_state.pk)
    assert reverse("wagtailadmin_pages:workflow_action", args=action_args) in screen


def test_the_review_screen_links_what_changed_since_the_live_version(
    client, institution, editor, coordinator
):
    course = build_course(institution, modules=1, lessons_per_module=1)  # live, never revised
    lesson = course.get_descendants().type(LessonPageFactory._meta.model).get().specific
    changed = edit(lesson, editor, title="Lección con cambios")
    state = submit(course, editor)
    client.force_login(coordinator)

    screen = client.get(reverse("cursos_review", args=(state.current_task_state.pk,))).content.decode()

    assert reverse("wagtailadmin_pages:revisions_compare", args=(lesson.pk, "live", changed.pk)) in screen
    assert "Lección con cambios" in screen  # the title sent, not the live one


def test_only_reviewers_open_the_review_screen(client, draft_course, editor):
    state = submit(draft_course, editor)
    client.force_login(editor)

    response = client.get(reverse("cursos_review", args=(state.current_task_state.pk,)))

    assert response.status_code == 404


def test_pages_in_review_know_how_deep_below_the_course_they_are(draft_course, editor):
    state = submit(draft_course, editor)

    assert [item.level for item in pages_in_review(state.current_task_state)] == [0, 1, 2, 2]


def test_the_upgrade_turns_the_existing_task_into_a_course_review_and_pins_courses_in_review(
    draft_course, editor, coordinator
):
    """What migration 0008 does on a site whose course is in review under the old
    group approval task: the same task row becomes a course review, keeping its groups."""
    from importlib import import_module

    from django.apps import apps
    from wagtail.models import GroupApprovalTask, Task, WorkflowTask

    from cursos.services import REVIEW_TASK

    workflow = draft_course.get_workflow()
    coordination = Group.objects.get(name=COORDINATION_GROUP)
    Task.objects.filter(name=REVIEW_TASK).delete()
    legacy = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    legacy.groups.add(coordination)
    WorkflowTask.objects.create(workflow=workflow, task=legacy, sort_order=0)
    state = submit(draft_course, editor)
    assert len(pages_in_review(state.current_task_state)) == 1  # the old task pinned nothing

    migration = import_module("cursos.migrations.0008_promote_review_task_to_course_review")
    migration.promote_review_task(apps, None)

    [task] = workflow.tasks
    assert task.pk == legacy.pk
    assert type(task.specific).__name__ == "CourseReviewTask"
    assert list(task.specific.groups.all()) == [coordination]
    task_state = TaskState.objects.get(pk=state.current_task_state.pk)
    assert len(pages_in_review(task_state)) == 4
    task.specific.on_action(task_state, coordinator, "approve")
    assert not course_pages(draft_course).filter(live=False).exists()


# Sending the whole course from any page below it: "Guardar y enviar el curso a revisión"
# in the page's action menu (cursos/wagtail_hooks.py, course_review.submit_course).

SUBMIT_COURSE = "Guardar y enviar el curso a revisión"


def quiz_form(title, **extra):
    question = {
        "prompt": rich_text("¿Quién emite las alertas?"),
        "points": "1",
        "feedback": rich_text(""),
        "choices": {
            "count": 2,
            **{
                str(index): {
                    "value": {"text": text, "feedback": "", **({"correct": "on"} if correct else {})},
                    "deleted": "",
                    "order": str(index),
                    "id": "",
                }
                for index, (text, correct) in enumerate(
                    [("El servicio meteorológico", True), ("Un rumor", False)]
                )
            },
        },
    }
    data = nested_form_data(
        {
            "title": title,
            "slug": "cuestionario-dos",
            "intro": rich_text(""),
            "pass_mark": 70,
            "max_attempts": 0,
            "grading_method": "highest",
            "review_when": "after_attempt",
            "questions": streamfield([("single_choice", question)]),
            "draws-TOTAL_FORMS": 0,
            "draws-INITIAL_FORMS": 0,
            "draws-MIN_NUM_FORMS": 0,
            "draws-MAX_NUM_FORMS": 1000,
        }
    )
    data.update(extra)
    return data


def module_of(course):
    return ModulePage.objects.child_of(course).get()


def add_quiz_url(module):
    return reverse("wagtailadmin_pages:add", args=["cursos", "quizpage", module.pk])


def test_the_action_is_offered_below_the_course_not_on_the_course_itself(client, draft_course, editor):
    client.force_login(editor)
    module = module_of(draft_course)

    assert SUBMIT_COURSE in client.get(add_quiz_url(module)).text
    assert SUBMIT_COURSE in client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).text
    # The course's own "Enviar a …" already sends all of it.
    assert SUBMIT_COURSE not in client.get(reverse("wagtailadmin_pages:edit", args=[draft_course.pk])).text


def test_saving_the_last_page_sends_the_whole_course_in_one_review(client, draft_course, editor):
    client.force_login(editor)
    module = module_of(draft_course)

    response = client.post(
        add_quiz_url(module), quiz_form("Cuestionario dos", **{"action-submit-course": SUBMIT_COURSE})
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[draft_course.get_parent().pk])
    quiz = QuizPage.objects.get(title="Cuestionario dos")
    assert not quiz.live and quiz.latest_revision is not None
    state = draft_course.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.count() == 1  # the course's review only, none for the quiz
    titles = [item.title for item in pages_in_review(state.current_task_state)]
    assert titles == [
        "Comunicación de crisis",
        "Módulo uno",
        "Lección uno",
        "Cuestionario uno",
        "Cuestionario dos",
    ]
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert "Enviaste el curso «Comunicación de crisis» a revisión con sus 5 páginas." in messages


def test_an_unfinished_page_keeps_the_course_out_of_review_and_is_named(client, draft_course, editor):
    client.force_login(editor)
    module = module_of(draft_course)
    unfinished = add_draft(module, LessonPageFactory, editor, title="Lección sin contenido", body=[])

    response = client.post(
        add_quiz_url(module), quiz_form("Cuestionario dos", **{"action-submit-course": SUBMIT_COURSE})
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[unfinished.pk])
    assert not WorkflowState.objects.exists()
    assert QuizPage.objects.filter(title="Cuestionario dos").exists()  # the draft itself is saved
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert any("«Lección sin contenido»" in message and "No enviamos" in message for message in messages)


def test_a_course_already_in_review_is_not_sent_twice(client, draft_course, editor):
    draft_course.get_workflow().start(draft_course, editor)
    client.force_login(editor)
    module = module_of(draft_course)

    assert SUBMIT_COURSE not in client.get(add_quiz_url(module)).text
    response = client.post(
        add_quiz_url(module), quiz_form("Cuestionario dos", **{"action-submit-course": SUBMIT_COURSE})
    )

    assert response.status_code == 302
    assert WorkflowState.objects.count() == 1
    assert LessonPage.objects.descendant_of(draft_course).count() == 1


def test_a_course_without_revisions_still_goes_to_review_from_a_page_below(editor, institution):
    """A course made outside the admin (demo data, an import) has no revision yet; its
    review needs one (before, the submission failed with a server error)."""
    from cursos.course_review import submit_course

    course = build_course(institution, modules=1, lessons_per_module=1, title="Curso importado")
    assert course.latest_revision_id is None
    lesson = LessonPage.objects.descendant_of(course).get()
    edit(lesson, editor, title="Lección revisada")

    in_review = submit_course(course, editor)

    assert [item.title for item in in_review] == ["Curso importado", "Lección revisada"]
    assert course.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
