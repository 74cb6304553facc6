"""The admin home's panels for an institution's editors (and Coordination): their
courses and drafts, their pages waiting for review, the essays waiting in their
courses and the cohorts that start soon. Each panel costs a fixed number of
queries whatever the amount of data: lists are cut at PANEL_ROWS."""

import datetime

from django.db.models import Count, Exists, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from capacitacion.admin.grading import attempts_gradable_by
from capacitacion.admin.scoping import (
    cohorts_editable_by,
    courses_editable_by,
    institutions_open_to_new_courses,
)
from capacitacion.models import SEAT_STATUSES, AttemptStatus, display_name

PANEL_ROWS = 8
COHORT_DAYS = 14


class EditorPanel(Component):
    def __init__(self, user):
        self.user = user


class MyCoursesPanel(EditorPanel):
    """The courses of the user's institution, live or draft, last edited first."""

    name = "my_courses"
    template_name = "capacitacion/admin/home/my_courses.html"
    order = 105

    def get_context_data(self, parent_context=None):
        rows = list(
            courses_editable_by(self.user)
            .select_related("latest_revision__user__learner_profile")
            .order_by("-latest_revision_created_at", "-pk")[: PANEL_ROWS + 1]
        )
        return {
            "courses": [
                {
                    "course": course,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[course.pk]),
                    "editor": display_name(course.latest_revision.user)
                    if course.latest_revision and course.latest_revision.user
                    else "",
                }
                for course in rows[:PANEL_ROWS]
            ],
            "more": len(rows) > PANEL_ROWS,
            "explorer_url": reverse("wagtailadmin_explore_root"),
            "new_course_links": new_course_links(self.user),
        }


def new_course_links(user) -> list[dict]:
    """Straight to a new course's form: one link for an institution's editors, one per
    institution for Coordination (a course is the only page an institution holds)."""
    institutions = list(institutions_open_to_new_courses(user).order_by("title").only("title"))
    return [
        {
            "institution": institution.title if len(institutions) > 1 else "",
            "url": reverse("wagtailadmin_pages:add", args=["cursos", "coursepage", institution.pk]),
        }
        for institution in institutions
    ]


class AwaitingReviewPanel(EditorPanel):
    """Pages the user submitted to (or owns in) the review workflow, not yet decided.
    It replaces Wagtail's own "Your pages and snippets in a workflow" panel."""

    name = "awaiting_review"
    template_name = "capacitacion/admin/home/awaiting_review.html"
    order = 106
    replaces = "user_objects_in_workflow_moderation"

    def get_context_data(self, parent_context=None):
        page_type = get_default_page_content_type()
        owned = Exists(
            Page.objects.filter(owner=self.user, id=Cast(OuterRef("object_id"), output_field=IntegerField()))
        )
        states = list(
            WorkflowState.objects.active()
            .filter(base_content_type=page_type)
            .filter(Q(requested_by=self.user) | owned)
            .select_related("current_task_state__task")
            .order_by("-current_task_state__started_at", "-pk")[: PANEL_ROWS + 1]
        )
        pages = Page.objects.only("title", "draft_title").in_bulk(
            [int(state.object_id) for state in states[:PANEL_ROWS]]
        )
        rows = []
        for state in states[:PANEL_ROWS]:
            page = pages.get(int(state.object_id))
            if page is None:
                continue
            task_state = state.current_task_state
            rows.append(
                {
                    "title": page.get_admin_display_title(),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "task": task_state.task.name if task_state else "",
                    "changes_requested": state.status == WorkflowState.STATUS_NEEDS_CHANGES,
                    "since": task_state.started_at if task_state else state.created_at,
                }
            )
        return {"rows": rows, "more": len(states) > PANEL_ROWS}


class EssaysToGradePanel(EditorPanel):
    """The essays waiting in the user's courses: the grading queue's own selection,
    oldest first."""

    name = "essays_to_grade"
    template_name = "capacitacion/admin/home/essays_to_grade.html"
    order = 107

    def get_context_data(self, parent_context=None):
        waiting = attempts_gradable_by(self.user).filter(status=AttemptStatus.NEEDS_GRADING)
        oldest = list(
            waiting.select_related(
                "enrollment__user__learner_profile", "enrollment__course", "quiz"
            ).order_by("submitted_at", "pk")[:PANEL_ROWS]
        )
        return {
            "count": waiting.count(),
            "rows": [
                {
                    "learner": display_name(attempt.enrollment.user),
                    "course": attempt.enrollment.course.title,
                    "quiz": attempt.quiz.title,
                    "submitted_at": attempt.submitted_at,
                    "grade_url": reverse("correccion:grade", args=[attempt.pk]),
                }
                for attempt in oldest
            ],
            "queue_url": reverse("correccion:index"),
        }


class UpcomingCohortsPanel(EditorPanel):
    """Cohorts of the user's courses that start today or in the next two weeks."""

    name = "upcoming_cohorts"
    template_name = "capacitacion/admin/home/upcoming_cohorts.html"
    order = 108

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        rows = list(
            cohorts_editable_by(self.user)
            .filter(starts_on__gte=today, starts_on__lte=today + datetime.timedelta(days=COHORT_DAYS))
            .select_related("course")
            .annotate(seats_taken=Count("enrollments", filter=Q(enrollments__status__in=SEAT_STATUSES)))
            .order_by("starts_on", "name", "pk")[: PANEL_ROWS + 1]
        )
        return {
            "cohorts": [
                {"cohort": cohort, "edit_url": reverse("cohortes:edit", args=[cohort.pk])}
                for cohort in rows[:PANEL_ROWS]
            ],
            "more": len(rows) > PANEL_ROWS,
            "days": COHORT_DAYS,
            "cohorts_url": reverse("cohortes:index"),
        }


EDITOR_PANELS = [MyCoursesPanel, AwaitingReviewPanel, EssaysToGradePanel, UpcomingCohortsPanel]


def add_editor_panels(user, panels: list) -> None:
    """The four panels for whoever manages courses (an institution's editors,
    Coordination); Wagtail's own panel on the same pages in a workflow gives way."""
    from cursos.wagtail_hooks import institutions_editable_by

    if not institutions_editable_by(user).exists():
        return
    replaced = {
        panel_class.replaces for panel_class in EDITOR_PANELS if getattr(panel_class, "replaces", None)
    }
    panels[:] = [panel for panel in panels if getattr(panel, "name", None) not in replaced]
    panels.extend(panel_class(user) for panel_class in EDITOR_PANELS)
