"""A course goes to review as one unit. When an editor submits a course, every page
below it with unpublished changes travels with it, at the revision the editor sent;
Coordination reviews one task that names the course, and approving it publishes the
course and those pages together, parents before children. A single page still goes
through the same task on its own."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import GroupApprovalTask, Page, Revision, TaskState, WorkflowState

SUBMIT_ACTION = "cursos.course_review.submit"
APPROVE_ACTION = "cursos.course_review.approve"


def _is_course(page) -> bool:
    from cursos.models import CoursePage

    return isinstance(page, CoursePage)


class CourseReviewTask(GroupApprovalTask):
    """Coordination's approval. For a course, the pages below it with unpublished
    changes are reviewed and published with it."""

    class Meta:
        verbose_name = _("aprobación de cursos completos")
        verbose_name_plural = _("aprobaciones de cursos completos")

    @classmethod
    def get_description(cls):
        return _(
            "Los miembros de los grupos elegidos aprueban cada curso junto con todas las páginas "
            "que cambiaron debajo de él."
        )

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = workflow_state.content_object.specific
        if _is_course(page):
            take_pages_below_into_review(page, task_state, user)
        return task_state

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        redirect_url = super().on_action(task_state, user, action_name, **kwargs)
        workflow_state = task_state.workflow_state
        course = workflow_state.content_object.specific
        if (
            action_name == "approve"
            and workflow_state.status == WorkflowState.STATUS_APPROVED
            and _is_course(course)
        ):
            publish_pages_below(course, task_state, user)
        return redirect_url


class ReviewedPageRevision(models.Model):
    """A page below a course, sent to review with it at this revision."""

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("página revisada con su curso")
        verbose_name_plural = _("páginas revisadas con su curso")
        constraints = [
            models.UniqueConstraint(fields=["task_state", "revision"], name="unique_reviewed_page_revision"),
        ]

    def __str__(self):
        return str(self.revision)


def pages_with_unpublished_changes_below(course):
    return (
        Page.objects.descendant_of(course)
        .filter(has_unpublished_changes=True)
        .exclude(latest_revision=None)
        .order_by("path")
    )


def take_pages_below_into_review(course, task_state, user=None) -> list[Page]:
    """Pin the latest revision of every changed page below the course to its review.
    A page already in a review of its own is folded into the course's: its own
    workflow is cancelled, so Coordination reviews it once, with the course."""
    pages = list(pages_with_unpublished_changes_below(course))
    for page in pages:
        own_review = page.current_workflow_state
        if own_review is not None:
            own_review.cancel(user=user)
        ReviewedPageRevision.objects.create(task_state=task_state, revision_id=page.latest_revision_id)
    log(
        instance=course,
        action=SUBMIT_ACTION,
        user=user,
        revision=task_state.revision,
        data={"task_state_id": task_state.pk, "pages": [_page_entry(page) for page in pages]},
    )
    return pages


@dataclass
class PageInReview:
    page: Page
    revision: Revision
    level: int = 0  # below the course

    @property
    def title(self) -> str:
        """The title as sent to review (the page row keeps the live one)."""
        return self.revision.object_str or self.page.title

    @property
    def is_new(self) -> bool:
        """Never published: nothing live to compare with."""
        return not self.page.live

    @property
    def is_published(self) -> bool:
        return self.page.live_revision_id == self.revision.pk

    @property
    def preview_url(self) -> str:
        return reverse("wagtailadmin_pages:revisions_view", args=(self.page.pk, self.revision.pk))

    @property
    def compare_url(self) -> str:
        """What changed since the live version (nothing to compare for a new page)."""
        if self.is_new:
            return ""
        return reverse("wagtailadmin_pages:revisions_compare", args=(self.page.pk, "live", self.revision.pk))

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,))


def pages_in_review(task_state) -> list[PageInReview]:
    """The course itself, then the pages sent with it, in tree order."""
    course = task_state.workflow_state.content_object.specific
    revisions = {
        int(revision.object_id): revision
        for revision in Revision.objects.filter(
            pk__in=ReviewedPageRevision.objects.filter(task_state=task_state).values("revision_id")
        )
    }
    below = Page.objects.filter(pk__in=revisions).order_by("path").specific(defer=True)
    return [PageInReview(course, task_state.revision)] + [
        PageInReview(page, revisions[page.pk], page.depth - course.depth) for page in below
    ]


def publish_pages_below(course, task_state, user=None) -> list[Page]:
    """Publish, in tree order, the revisions sent to review with the course (the
    course itself was published by the workflow). A page published since is left
    as it is. Runs in the caller's transaction: all of it goes live or none."""
    published = []
    for item in pages_in_review(task_state)[1:]:
        if item.is_published:
            continue
        item.revision.publish(user=user)
        published.append(item.page)
    log(
        instance=course,
        action=APPROVE_ACTION,
        user=user,
        revision=course.live_revision,
        data={"task_state_id": task_state.pk, "pages": [_page_entry(page) for page in published]},
    )
    return published


def _page_entry(page) -> dict:
    return {"id": page.pk, "title": page.title}


def course_of(page):
    """The course a page belongs to (itself for a course), or None."""
    from cursos.models import CoursePage

    return CoursePage.objects.ancestor_of(page, inclusive=True).first()


# Sending the course from any of its pages.


class CourseIncomplete(Exception):
    """Pages of the course that would go to review unfinished (a draft may be saved
    without its required fields; a review may not)."""

    def __init__(self, pages: list[Page]):
        super().__init__(", ".join(page.title for page in pages))
        self.pages = pages


def can_submit_course(user, course) -> bool:
    """Whoever may edit the course and it is not already in review."""
    permissions = course.permissions_for_user(user)
    return permissions.can_edit() and permissions.can_submit_for_moderation()


def incomplete_pages(course) -> list[Page]:
    """The course and the changed pages below it whose latest draft fails the checks a
    submission makes (required fields, our question rules), in tree order."""
    return [
        page
        for page in [course, *pages_with_unpublished_changes_below(course).specific()]
        if not is_complete(page.get_latest_revision_as_object())
    ]


def is_complete(page) -> bool:
    """The model's own checks, and every StreamField's blocks (a model's full_clean
    leaves those to the admin form, which skips required ones on a draft)."""
    try:
        page.full_clean()
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                field.stream_block.clean(getattr(page, field.attname))
    except ValidationError:
        return False
    return True


@transaction.atomic
def submit_course(course, user) -> list[PageInReview]:
    """What the course's own "Submit" does, from any page of the course: the course and
    every page below it that changed go to one review (or back to it, after changes were
    requested). Raises PermissionDenied if `user` may not, CourseIncomplete if a page
    is unfinished. Returns the pages in the review."""
    course = course.specific
    if not can_submit_course(user, course):
        raise PermissionDenied
    unfinished = incomplete_pages(course)
    if unfinished:
        raise CourseIncomplete(unfinished)
    if course.latest_revision_id is None:
        # A course made outside the admin (demo, import) has no revision for its review.
        course.save_revision(user=user, log_action=True, clean=False)
    state = course.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        state = course.get_workflow().start(course, user)
    state.refresh_from_db()
    return pages_in_review(state.current_task_state)


# What Coordination sees.


@dataclass
class Review:
    task_state: TaskState
    page: Page
    course: Page | None
    items: list[PageInReview]
    requested_by: object
    started_at: datetime

    @property
    def is_course_review(self) -> bool:
        return self.course is not None and self.course.pk == self.page.pk

    @property
    def url(self) -> str:
        return reverse("cursos_review", args=(self.task_state.pk,))

    def action_url(self, action_name: str) -> str:
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=(self.page.pk, action_name, self.task_state.pk)
        )
        return f"{url}?next={reverse('wagtailadmin_home')}"

    @property
    def approve_url(self) -> str:
        return self.action_url("approve")

    @property
    def reject_url(self) -> str:
        return self.action_url("reject")


def review_of(task_state) -> Review:
    page = task_state.workflow_state.content_object.specific
    return Review(
        task_state=task_state,
        page=page,
        course=course_of(page),
        items=pages_in_review(task_state),
        requested_by=task_state.workflow_state.requested_by,
        started_at=task_state.started_at,
    )


def reviews_awaiting(user) -> list[Review]:
    """The reviews `user` may approve, newest first, each naming its course."""
    task_states = (
        TaskState.objects.reviewable_by(user)
        .filter(
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
        )
        .select_related("workflow_state__requested_by", "revision")
        .order_by("-started_at")
    )
    return [review_of(task_state) for task_state in task_states]


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    """One review: every page in it with its preview and what changed, and the
    approve / request-changes forms (which post to Wagtail's own workflow action)."""

    template_name = "cursos/admin/review/review.html"
    page_title = _("Revisión")
    header_icon = "tasks"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        reviewable = TaskState.objects.reviewable_by(request.user)
        task_state = get_object_or_404(reviewable, pk=kwargs["task_state_id"])
        self.review = review_of(task_state)

    def get_page_subtitle(self):
        return self.review.page.title

    def get_breadcrumbs_items(self):
        title = _("Revisión de «%(title)s»") % {"title": self.review.page.title}
        return [*self.breadcrumbs_items, {"url": "", "label": title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(review=self.review, **kwargs)


class ReviewsAwaitingPanel(Component):
    """Replaces Wagtail's "Awaiting your review": one row per review, naming the course."""

    name = "workflow_objects_to_moderate"
    template_name = "cursos/admin/review/dashboard_panel.html"
    order = 220

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"reviews": reviews_awaiting(self.user)}
