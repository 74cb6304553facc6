"""A cohort's enrolments, with Approve / Reject for the requests that wait on staff
(one by one or several at once), and moving a learner to another cohort."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from capacitacion.admin.scoping import CohortPageMixin, cohorts_editable_by
from capacitacion.models import Cohort, Enrollment, EnrollmentStatus, display_name
from capacitacion.selectors import waitlist_position
from capacitacion.services.enrollment import (
    APPROVABLE,
    AWAITING_DECISION,
    REJECTABLE,
    EnrollmentError,
    approve,
    move_to_cohort,
    reject,
)

# URL word -> (service, statuses the decision applies to)
DECISIONS = {
    "aprobar": (approve, APPROVABLE),
    "rechazar": (reject, REJECTABLE),
}
# Requests that need someone first, then the waiting list, then everyone else.
STATUS_ORDER = Case(
    When(status=EnrollmentStatus.PENDING, then=Value(0)),
    When(status=EnrollmentStatus.WAITLISTED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def can_view_enrollments(user) -> bool:
    return user.has_perm("capacitacion.view_enrollment") or user.has_perm("capacitacion.change_enrollment")


def enrollment_links(enrollment: Enrollment) -> list[tuple[str, str]]:
    """(label, url) of what staff can do about one learner's enrolment elsewhere."""
    links = []
    if enrollment.cohort_id:
        links.append(
            (_("Cambiar de cohorte"), reverse("cohortes:move", args=[enrollment.cohort_id, enrollment.pk]))
        )
    links.append(
        (_("Excepción de cuestionario"), reverse("excepciones:add") + f"?enrollment={enrollment.pk}")
    )
    return links


class LinksColumn(Column):
    cell_template_name = "capacitacion/admin/links_cell.html"


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
            if instance.status in DECISIONS[word][1]
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
            Column("learner", label=_("Persona"), accessor=lambda e: display_name(e.user)),
            Column("email", label=_("Correo"), accessor="user.email"),
            StatusTagColumn(
                "status",
                label=_("Estado"),
                accessor="get_status_display",
                primary=lambda e: e.status in AWAITING_DECISION,
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
            columns.append(LinksColumn("links", label=_("Acciones"), accessor=lambda e: enrollment_links(e)))
        return columns

    def get_index_url(self):
        return reverse("cohortes:enrollments", args=[self.cohort.pk])

    @cached_property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                _("Inscripción masiva (CSV)"),
                url=reverse("cohortes:bulk_enrol", args=[self.cohort.pk]),
                icon_name="upload",
            )
        ]
        if self.request.user.has_perm("capacitacion.change_enrollment"):
            buttons.append(
                HeaderButton(
                    _("Decidir varias solicitudes"),
                    url=reverse("cohortes:decide_many", args=[self.cohort.pk]),
                    icon_name="tasks",
                )
            )
        return buttons

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
        name = display_name(enrollment.user)
        try:
            decided = decide(enrollment, decision, by=request.user)
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


class BulkDecisionForm(forms.Form):
    enrollments = forms.ModelMultipleChoiceField(
        queryset=Enrollment.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Solicitudes"),
        error_messages={"required": gettext_lazy("Marca al menos una solicitud.")},
    )
    decision = forms.ChoiceField(choices=[(word, word) for word in DECISIONS])

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enrollments"].queryset = (
            cohort.enrollments.filter(status__in=AWAITING_DECISION)
            .select_related("user__learner_profile")
            .annotate(status_order=STATUS_ORDER)
            .order_by("status_order", "status_changed_at", "pk")
        )
        self.fields["enrollments"].label_from_instance = lambda e: (
            f"{display_name(e.user)} <{e.user.email}> · {e.get_status_display()}"
        )


def decide(enrollment: Enrollment, decision: str, *, by) -> Enrollment:
    """One decision (the service logs it, in its transaction)."""
    service, _statuses = DECISIONS[decision]
    return service(enrollment, by=by)


class BulkDecisionView(CohortPageMixin, WagtailAdminTemplateMixin, FormView):
    """Approve or reject several requests of a cohort with one POST. Each is its own
    transaction, oldest first, so the earliest requests get the free seats and one
    that cannot be decided does not undo the others."""

    page_title = gettext_lazy("Decidir varias solicitudes")
    header_icon = "tasks"
    template_name = "capacitacion/admin/bulk_decision.html"
    form_class = BulkDecisionForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("capacitacion.change_enrollment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "cohort": self.cohort}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cohort=self.cohort,
            enrollments_url=reverse("cohortes:enrollments", args=[self.cohort.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        decision = form.cleaned_data["decision"]
        done, failed = 0, []
        for enrollment in form.cleaned_data["enrollments"]:
            try:
                decide(enrollment, decision, by=self.request.user)
            except EnrollmentError as error:
                failed.append(f"{display_name(enrollment.user)}: {error.message}")
            else:
                done += 1
        if done:
            message = (
                ngettext("Aprobaste %(count)s solicitud.", "Aprobaste %(count)s solicitudes.", done)
                if decision == "aprobar"
                else ngettext("Rechazaste %(count)s solicitud.", "Rechazaste %(count)s solicitudes.", done)
            )
            messages.success(self.request, message % {"count": done})
        for failure in failed:
            messages.error(self.request, failure)
        return redirect("cohortes:enrollments", self.cohort.pk)


class MoveForm(forms.Form):
    cohort = forms.ModelChoiceField(queryset=Cohort.objects.none(), label=gettext_lazy("Nueva cohorte"))

    def __init__(self, *args, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohorts


class MoveEnrollmentView(CohortPageMixin, WagtailAdminTemplateMixin, FormView):
    """Move one learner to another cohort of the same course the user manages."""

    page_title = gettext_lazy("Cambiar de cohorte")
    header_icon = "arrow-right-full"
    template_name = "capacitacion/admin/move_enrollment.html"
    form_class = MoveForm

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.enrollment = get_object_or_404(
            self.cohort.enrollments.select_related("user__learner_profile"), pk=kwargs["enrollment_id"]
        )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("capacitacion.change_enrollment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        cohorts = (
            cohorts_editable_by(self.request.user)
            .filter(course_id=self.cohort.course_id)
            .exclude(pk=self.cohort.pk)
            .order_by("-starts_on", "name")
        )
        return {**super().get_form_kwargs(), "cohorts": cohorts}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            enrollment=self.enrollment,
            learner=display_name(self.enrollment.user),
            enrollments_url=reverse("cohortes:enrollments", args=[self.cohort.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        target = form.cleaned_data["cohort"]
        try:
            move_to_cohort(self.enrollment, target, by=self.request.user)
        except EnrollmentError as error:
            form.add_error("cohort", error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(name)s pasó a la cohorte %(cohort)s.")
            % {"name": display_name(self.enrollment.user), "cohort": target.name},
        )
        return redirect("cohortes:enrollments", target.pk)
