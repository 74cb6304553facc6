"""A cohort's enrolments, with Approve / Reject for the requests that wait on staff."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log

from capacitacion.admin.scoping import CohortPageMixin, cohorts_editable_by
from capacitacion.models import Enrollment, EnrollmentStatus
from capacitacion.selectors import waitlist_position
from capacitacion.services.enrollment import EnrollmentError, approve, reject

APPROVE_ACTION = "aula.enrollment.approve"
REJECT_ACTION = "aula.enrollment.reject"
# URL word -> (service, log action, statuses the decision applies to)
DECISIONS = {
    "aprobar": (approve, APPROVE_ACTION, {EnrollmentStatus.PENDING}),
    "rechazar": (reject, REJECT_ACTION, {EnrollmentStatus.PENDING, EnrollmentStatus.WAITLISTED}),
}
# Requests that need someone first, then the waiting list, then everyone else.
STATUS_ORDER = Case(
    When(status=EnrollmentStatus.PENDING, then=Value(0)),
    When(status=EnrollmentStatus.WAITLISTED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def learner_name(user) -> str:
    profile = getattr(user, "learner_profile", None)
    return (profile.full_name if profile is not None else "") or user.email or user.get_username()


def can_view_enrollments(user) -> bool:
    return user.has_perm("capacitacion.view_enrollment") or user.has_perm("capacitacion.change_enrollment")


class DecisionColumn(Column):
    """Approve / Reject buttons, each a small POST form."""

    cell_template_name = "capacitacion/admin/decision_cell.html"

    def __init__(self, name, cohort, **kwargs):
        super().__init__(name, **kwargs)
        self.cohort = cohort

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        context["decisions"] = [
            {
                "url": reverse("cohortes:decide", args=[self.cohort.pk, instance.pk, word]),
                "label": label,
                "primary": word == "aprobar",
            }
            for word, label in (("aprobar", _("Aprobar")), ("rechazar", _("Rechazar")))
            if instance.status in DECISIONS[word][2]
        ]
        return context


class CohortEnrollmentsView(CohortPageMixin, BaseListingView):
    page_title = gettext_lazy("Inscripciones")
    header_icon = "user"
    paginate_by = 50
    verbose_name_plural = gettext_lazy("inscripciones")

    def dispatch(self, request, *args, **kwargs):
        if not can_view_enrollments(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return (
            self.cohort.enrollments.select_related("user__learner_profile")
            .annotate(queue_position=waitlist_position(), status_order=STATUS_ORDER)
            .order_by("status_order", "status_changed_at", "pk")
        )

    @cached_property
    def columns(self):
        columns = [
            Column("learner", label=_("Persona"), accessor=lambda e: learner_name(e.user)),
            Column("email", label=_("Correo"), accessor="user.email"),
            StatusTagColumn(
                "status",
                label=_("Estado"),
                accessor="get_status_display",
                primary=lambda e: e.status in {EnrollmentStatus.PENDING, EnrollmentStatus.WAITLISTED},
            ),
            DateColumn("created_at", label=_("Fecha")),
            Column(
                "queue_position",
                label=_("Posición en la lista de espera"),
                accessor=lambda e: e.queue_position if e.status == EnrollmentStatus.WAITLISTED else "",
            ),
        ]
        if self.request.user.has_perm("capacitacion.change_enrollment"):
            columns.append(DecisionColumn("decision", self.cohort, label=_("Decisión")))
        return columns

    def get_index_url(self):
        return reverse("cohortes:enrollments", args=[self.cohort.pk])

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Inscripción masiva (CSV)"),
                url=reverse("cohortes:bulk_enrol", args=[self.cohort.pk]),
                icon_name="upload",
            )
        ]

    @cached_property
    def no_results_message(self):
        return _("Esta cohorte todavía no tiene inscripciones.")


class EnrollmentDecisionView(View):
    http_method_names = ["post"]

    def post(self, request, pk: int, enrollment_id: int, decision: str):
        if decision not in DECISIONS:
            raise Http404
        if not request.user.has_perm("capacitacion.change_enrollment"):
            raise PermissionDenied
        cohort = get_object_or_404(cohorts_editable_by(request.user), pk=pk)
        enrollment = get_object_or_404(
            Enrollment.objects.select_related("user__learner_profile"), cohort=cohort, pk=enrollment_id
        )
        service, action, _statuses = DECISIONS[decision]
        name = learner_name(enrollment.user)
        try:
            with transaction.atomic():
                decided = service(enrollment, by=request.user)
                log(
                    decided,
                    action,
                    user=request.user,
                    data={"cohort": cohort.pk, "learner": name, "status": decided.status},
                )
        except EnrollmentError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, self.success_message(decided, name))
        return redirect("cohortes:enrollments", cohort.pk)

    @staticmethod
    def success_message(enrollment: Enrollment, name: str) -> str:
        if enrollment.status == EnrollmentStatus.REJECTED:
            return _("Rechazaste la inscripción de %(name)s.") % {"name": name}
        if enrollment.status == EnrollmentStatus.WAITLISTED:
            return _(
                "Aprobaste la inscripción de %(name)s; la cohorte está completa y quedó en lista de espera."
            ) % {"name": name}
        return _("Aprobaste la inscripción de %(name)s.") % {"name": name}
