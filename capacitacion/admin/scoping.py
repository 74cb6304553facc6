"""Which courses, cohorts and people an admin user may manage.

Wagtail's page permissions already give each institution's editors their own
subtree; cohorts follow the course they belong to, so an editor manages the
cohorts of the courses they may edit. Superusers and the Coordination group see
the whole catalog."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from capacitacion.models import Cohort
from cursos.models import CoursePage, InstitutionPage
from cursos.selectors import institutions_of
from cursos.services import COORDINATION_GROUP


def is_coordinator(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=COORDINATION_GROUP).exists()


def courses_editable_by(user) -> QuerySet[CoursePage]:
    """Courses whose cohorts and enrolments `user` may manage."""
    if not (user.is_authenticated and user.is_active):
        return CoursePage.objects.none()
    if is_coordinator(user):
        return CoursePage.objects.all()
    # Pages under which the user may change pages (inclusive): their institution's subtree.
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return CoursePage.objects.filter(pk__in=editable.values("pk"))


def institutions_open_to_new_courses(user) -> QuerySet[InstitutionPage]:
    """Institutions under which `user` may add a course."""
    if not (user.is_authenticated and user.is_active):
        return InstitutionPage.objects.none()
    addable = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
    return InstitutionPage.objects.filter(pk__in=addable.values("pk"))


def cohorts_editable_by(user) -> QuerySet[Cohort]:
    return Cohort.objects.filter(course__in=courses_editable_by(user))


def tutor_candidates(user):
    """People who may tutor the cohorts `user` manages: the editors of the
    institutions whose courses they manage (and, for coordinators, Coordination).
    Never the whole user list."""
    groups = set(
        institutions_of(courses_editable_by(user).only("path"))
        .exclude(editors_group=None)
        .values_list("editors_group", flat=True)
    )
    if is_coordinator(user):
        groups.update(Group.objects.filter(name=COORDINATION_GROUP).values_list("pk", flat=True))
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=groups)
        .distinct()
        .order_by("first_name", "last_name", "email")
    )


class CohortPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions (given to editors and Coordination by
    cursos.services), narrowed per instance to the courses the user manages."""

    def _in_scope(self, user, instance) -> bool:
        return courses_editable_by(user).filter(pk=instance.course_id).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self._in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Cohort.objects.none()
        return cohorts_editable_by(user)


class CohortPageMixin:
    """An admin page about one cohort the user may manage (404 for any other)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = get_object_or_404(
            cohorts_editable_by(request.user).select_related("course"), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("cohortes:index"), "label": _("Cohortes")},
            {"url": reverse("cohortes:edit", args=[self.cohort.pk]), "label": self.cohort.name},
            {"url": "", "label": self.get_page_title()},
        ]
