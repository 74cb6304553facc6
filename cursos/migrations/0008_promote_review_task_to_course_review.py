"""The existing Coordination approval task becomes a course review task in place (same
row, so its workflow, groups and task history stay). A course already in review gets
the changed pages below it pinned to its review, as a new submission would."""

from django.db import migrations

REVIEW_TASK = "Aprobación de la Coordinación"


def promote_review_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    CourseReviewTask = apps.get_model("cursos", "CourseReviewTask")
    Page = apps.get_model("wagtailcore", "Page")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    ReviewedPageRevision = apps.get_model("cursos", "ReviewedPageRevision")

    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None or CourseReviewTask.objects.filter(pk=task.pk).exists():
        return
    course_review_type, _created = ContentType.objects.get_or_create(
        app_label="cursos", model="coursereviewtask"
    )
    CourseReviewTask(pk=task.pk, groupapprovaltask_ptr_id=task.pk, task_ptr_id=task.pk).save_base(raw=True)
    GroupApprovalTask.objects.filter(pk=task.pk).update(content_type=course_review_type)

    course_type = ContentType.objects.filter(app_label="cursos", model="coursepage").first()
    if course_type is None:
        return
    for task_state in TaskState.objects.filter(
        task_id=task.pk, status="in_progress", workflow_state__base_content_type__model="page"
    ).select_related("workflow_state"):
        course = Page.objects.filter(pk=task_state.workflow_state.object_id, content_type=course_type).first()
        if course is None:
            continue
        changed_below = Page.objects.filter(
            path__startswith=course.path, depth__gt=course.depth, has_unpublished_changes=True
        ).exclude(latest_revision=None)
        for page in changed_below:
            ReviewedPageRevision.objects.get_or_create(
                task_state=task_state, revision_id=page.latest_revision_id
            )


class Migration(migrations.Migration):
    dependencies = [
        ("cursos", "0007_course_review_task"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(promote_review_task, migrations.RunPython.noop)]
