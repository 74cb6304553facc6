"""Changes to who may author what. Wagtail's own page permissions do the enforcing:
each institution's editors get rights on that institution's subtree only, and
publishing goes through the Coordination group's review workflow."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cursos.course_review import CourseReviewTask

COORDINATION_GROUP = "Coordination"
EDITORS_GROUP_SUFFIX = " — editors"
REVIEW_WORKFLOW = "Revisión de la Coordinación"
REVIEW_TASK = "Aprobación de la Coordinación"

EDITOR_PAGE_PERMISSIONS = ["add", "change", "lock", "unlock"]
COORDINATION_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
# Running cohorts and their enrolments, scoped to the institution by the admin views.
COHORT_PERMISSIONS = [
    ("capacitacion", "add_cohort"),
    ("capacitacion", "change_cohort"),
    ("capacitacion", "delete_cohort"),
    ("capacitacion", "view_cohort"),
    ("capacitacion", "view_enrollment"),
    ("capacitacion", "change_enrollment"),
]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_page_permissions(group: Group, page: Page, permission_types: list[str]) -> None:
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", f"{permission_type}_page")
        )


def _grant_media_permissions(group: Group, collection: Collection) -> None:
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


def _admin_group(name: str) -> Group:
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        *[_permission(app_label, codename) for app_label, codename in COHORT_PERMISSIONS],
    )
    return group


@transaction.atomic
def provision_institution(institution) -> Group:
    """Give a new institution its editors group, with add/edit rights on its own subtree
    and its own media collection. Idempotent."""
    group = institution.editors_group or _admin_group(
        f"{institution.title[: 150 - len(EDITORS_GROUP_SUFFIX)]}{EDITORS_GROUP_SUFFIX}"
    )
    _grant_page_permissions(group, institution, EDITOR_PAGE_PERMISSIONS)
    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=institution.title).first()
    if collection is None:
        collection = root_collection.add_child(name=institution.title)
    _grant_media_permissions(group, collection)
    if institution.editors_group_id != group.pk:
        type(institution).objects.filter(pk=institution.pk).update(editors_group=group)
        institution.editors_group = group
    return group


@transaction.atomic
def ensure_review_workflow(catalog) -> Workflow:
    """Every page under the catalog is published only after the Coordination group
    approves it; a course is approved with every changed page below it (see
    cursos.course_review). Idempotent."""
    coordination = _admin_group(COORDINATION_GROUP)
    _grant_page_permissions(coordination, catalog, COORDINATION_PAGE_PERMISSIONS)
    _grant_media_permissions(coordination, Collection.get_first_root_node())

    task = CourseReviewTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = CourseReviewTask.objects.create(name=REVIEW_TASK)
    task.groups.add(coordination)
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=catalog, defaults={"workflow": workflow})
    return workflow
