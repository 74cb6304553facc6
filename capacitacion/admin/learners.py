"""The "Personas" admin: find a learner by name or email and see their enrolments,
with links to act on each. An institution's staff find only people enrolled in
the courses they manage, and see only those enrolments; Coordination sees
everyone."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import BaseListingView

from capacitacion.admin.enrollments import can_view_enrollments, enrollment_links
from capacitacion.admin.scoping import courses_editable_by, is_coordinator
from capacitacion.models import Enrollment, display_name


def learners_visible_to(user):
    """People `user` may look up: enrolled in a course they manage; for
    Coordination, also people with a learner profile and no enrolment yet."""
    users = get_user_model().objects.all()
    if is_coordinator(user):
        return users.filter(Q(learner_profile__isnull=False) | Q(enrollments__isnull=False)).distinct()
    return users.filter(enrollments__course__in=courses_editable_by(user)).distinct()


class EnrollmentsColumn(Column):
    cell_template_name = "capacitacion/admin/learner_enrollments_cell.html"

    def __init__(self, name, *, can_change: bool, **kwargs):
        super().__init__(name, **kwargs)
        self.can_change = can_change

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["rows"] = [
            {
                "enrollment": enrollment,
                "cohort_url": (
                    reverse("cohortes:enrollments", args=[enrollment.cohort_id])
                    if enrollment.cohort_id
                    else ""
                ),
                "links": enrollment_links(enrollment) if self.can_change else [],
            }
            for enrollment in instance.managed_enrollments
        ]
        return context


class LearnerSearchView(BaseListingView):
    page_title = gettext_lazy("Personas")
    header_icon = "user"
    paginate_by = 30
    is_searchable = True
    search_backend_name = None
    search_fields = ["email", "first_name", "last_name", "username", "learner_profile__full_name"]
    index_url_name = "aula_learners"
    verbose_name_plural = gettext_lazy("personas")

    def dispatch(self, request, *args, **kwargs):
        if not can_view_enrollments(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        user = self.request.user
        # Only the enrolments in the user's courses: another institution's
        # enrolments of the same person are none of their business.
        managed = (
            Enrollment.objects.filter(course__in=courses_editable_by(user))
            .select_related("course", "cohort")
            .order_by("-created_at")
        )
        return (
            learners_visible_to(user)
            .select_related("learner_profile")
            .prefetch_related(Prefetch("enrollments", queryset=managed, to_attr="managed_enrollments"))
            .order_by("learner_profile__full_name", "email", "pk")
        )

    @cached_property
    def columns(self):
        return [
            Column("name", label=_("Persona"), accessor=display_name),
            Column("email", label=_("Correo"), accessor="email"),
            Column(
                "place",
                label=_("Ciudad"),
                accessor=lambda u: (
                    f"{u.learner_profile.city} ({u.learner_profile.country})"
                    if hasattr(u, "learner_profile")
                    else ""
                ),
            ),
            EnrollmentsColumn(
                "managed_enrollments",
                label=_("Inscripciones"),
                can_change=self.request.user.has_perm("capacitacion.change_enrollment"),
            ),
        ]

    @cached_property
    def no_results_message(self):
        if self.is_searching:
            return _("Nadie coincide con «%(query)s».") % {"query": self.search_query}
        return _("Todavía no hay personas inscriptas en tus cursos.")


class LearnersMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_enrollments(request.user)


def learners_menu_item():
    return LearnersMenuItem(
        gettext_lazy("Personas"), reverse("aula_learners"), icon_name="user", order=249, name="personas"
    )
