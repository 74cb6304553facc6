import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission, WorkflowPage

from cursos.services import COORDINATION_GROUP, REVIEW_WORKFLOW, provision_institution
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def member_of(group: Group):
    user = UserFactory()
    user.groups.add(group)
    return user


def test_new_institution_gets_its_editors_group_and_collection(institution):
    institution.refresh_from_db()
    group = institution.editors_group
    assert group.name == "Universidad Regional del Plata — editors"
    assert group.permissions.filter(codename="access_admin").exists()
    assert set(group.page_permissions.values_list("page_id", flat=True)) == {institution.pk}
    collection = Collection.objects.get(name=institution.title)
    assert GroupCollectionPermission.objects.filter(
        group=group, collection=collection, permission__codename="add_image"
    ).exists()


def test_provisioning_twice_changes_nothing(institution):
    institution.refresh_from_db()
    before = (Group.objects.count(), institution.editors_group.page_permissions.count())
    provision_institution(institution)
    assert (Group.objects.count(), institution.editors_group.page_permissions.count()) == before


def test_editors_edit_their_own_subtree_only_and_never_publish(institution, other_institution):
    institution.refresh_from_db()
    other_institution.refresh_from_db()
    own_course = build_course(institution)
    other_course = build_course(other_institution)
    editor = member_of(institution.editors_group)

    own = own_course.permissions_for_user(editor)
    assert own.can_edit() and own.can_add_subpage()
    assert not own.can_publish()

    other = other_course.permissions_for_user(editor)
    assert not other.can_edit()
    assert not other.can_publish()
    assert not other.can_delete()
    assert not other.can_add_subpage()
    assert not other_institution.permissions_for_user(editor).can_add_subpage()


def test_coordination_reviews_everything_in_the_catalog(catalog, institution):
    course = build_course(institution)
    coordinator = member_of(Group.objects.get(name=COORDINATION_GROUP))
    assert course.permissions_for_user(coordinator).can_publish()
    workflow = course.get_workflow()
    assert workflow.name == REVIEW_WORKFLOW
    assert WorkflowPage.objects.get(page=catalog).workflow == workflow
    [task] = workflow.tasks
    assert list(task.specific.groups.values_list("name", flat=True)) == [COORDINATION_GROUP]


def test_editor_submission_goes_to_coordination_review(institution):
    institution.refresh_from_db()
    course = build_course(institution)
    editor = member_of(institution.editors_group)
    course.save_revision(user=editor)
    state = course.get_workflow().start(course, editor)
    assert state.status == "in_progress"
    coordinator = member_of(Group.objects.get(name=COORDINATION_GROUP))
    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(course, coordinator)
    assert not task_state.task.specific.get_actions(course, editor)
    assert task_state.task.specific.get_actions(course, coordinator)
