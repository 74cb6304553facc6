"""The "Cohortes" admin: list, create, edit and delete cohorts of the courses the
user manages, with links to each cohort's enrolments and to bulk enrolment."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MinValueValidator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from capacitacion.admin.bulk_enrol import BulkEnrolView
from capacitacion.admin.enrollments import (
    BulkDecisionView,
    CohortEnrollmentsView,
    EnrollmentDecisionView,
    MoveEnrollmentView,
)
from capacitacion.admin.scoping import (
    cohorts_editable_by,
    courses_editable_by,
    tutor_candidates,
)
from capacitacion.models import SEAT_STATUSES, Cohort, EnrollmentStatus, display_name
from capacitacion.services.cohorts import CohortError, check_course_change, check_tutors
from capacitacion.services.enrollment import fill_free_seats
from cursos.models import CoursePage
from cursos.selectors import institution_path, institutions_of


class CourseChoiceField(forms.ModelChoiceField):
    """Courses shown as "Course (Institution)": two courses can share a title."""

    def __init__(self, *args, institutions: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.institutions = institutions or {}

    def label_from_instance(self, course):
        institution = self.institutions.get(institution_path(course))
        return f"{course.title} ({institution})" if institution else course.title


class TutorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        return display_name(user)


class CohortAdminForm(WagtailAdminModelForm):
    course = CourseChoiceField(queryset=CoursePage.objects.none(), label=gettext_lazy("curso"))
    tutors = TutorChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("tutores"),
        help_text=gettext_lazy("Personas del equipo de la institución del curso."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        courses = courses_editable_by(user).order_by("title")
        course_field = self.fields["course"]
        course_field.queryset = courses
        course_field.institutions = dict(institutions_of(courses.only("path")).values_list("path", "title"))

        current = self.instance.tutors.all() if self.instance.pk else get_user_model().objects.none()
        self.fields["tutors"].queryset = (
            get_user_model()
            .objects.filter(Q(pk__in=tutor_candidates(user).values("pk")) | Q(pk__in=current.values("pk")))
            .select_related("learner_profile")
            .order_by("first_name", "last_name", "email")
        )
        if "capacity" in self.fields:
            self.fields["capacity"].validators.append(MinValueValidator(1))
            self.fields["capacity"].widget.attrs["min"] = 1

    def clean_course(self):
        course = self.cleaned_data["course"]
        try:
            check_course_change(self.instance, course)
        except CohortError as error:
            raise forms.ValidationError(error.message) from None
        return course

    def clean(self):
        cleaned_data = super().clean()
        course, tutors = cleaned_data.get("course"), cleaned_data.get("tutors")
        if course is None or not tutors:
            return cleaned_data
        try:
            check_tutors(self.instance, course, tutors)
        except CohortError as error:
            self.add_error("tutors", error.message)
        return cleaned_data


def cohort_links(cohort: Cohort) -> dict[str, str]:
    return {
        "enrollments": reverse("cohortes:enrollments", args=[cohort.pk]),
        "bulk_enrol": reverse("cohortes:bulk_enrol", args=[cohort.pk]),
    }


class ScopedCohortMixin:
    """Cohorts outside the user's courses do not exist for them (404)."""

    def scoped_cohorts(self):
        return cohorts_editable_by(self.request.user)


class CohortIndexView(ScopedCohortMixin, generic.IndexView):
    def get_base_queryset(self):
        return (
            self.scoped_cohorts()
            .select_related("course")
            .annotate(
                seats_taken=Count("enrollments", filter=Q(enrollments__status__in=SEAT_STATUSES)),
                waiting_count=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.WAITLISTED)),
                pending_count=Count("enrollments", filter=Q(enrollments__status=EnrollmentStatus.PENDING)),
            )
        )

    @cached_property
    def columns(self):
        return [
            self._get_title_column("name"),
            Column("course", label=_("Curso"), accessor="course.title", sort_key="course__title"),
            Column("starts_on", label=_("Comienza"), sort_key="starts_on"),
            Column("ends_on", label=_("Termina"), sort_key="ends_on"),
            Column("capacity", label=_("Cupo"), accessor=lambda cohort: cohort.capacity or _("Sin límite")),
            Column("seats_taken", label=_("Plazas ocupadas"), sort_key="seats_taken"),
            Column("waiting_count", label=_("En espera"), sort_key="waiting_count"),
            Column("pending_count", label=_("Por aprobar"), sort_key="pending_count"),
        ]

    def get_list_more_buttons(self, instance):
        links = cohort_links(instance)
        return [
            MenuItem(_("Inscripciones"), url=links["enrollments"], icon_name="user", priority=5),
            MenuItem(_("Inscripción masiva (CSV)"), url=links["bulk_enrol"], icon_name="upload", priority=6),
            *super().get_list_more_buttons(instance),
        ]


class CohortCreateView(generic.CreateView):
    pass


class CohortEditView(ScopedCohortMixin, generic.EditView):
    def get_queryset(self):
        return self.scoped_cohorts()

    def save_instance(self):
        instance = super().save_instance()
        # A larger capacity frees seats: the waiting list moves up, oldest first.
        self.promoted = fill_free_seats(instance)
        return instance

    def get_success_message(self):
        message = super().get_success_message()
        if promoted := len(getattr(self, "promoted", [])):
            message += " " + ngettext(
                "%(count)s persona pasó de la lista de espera a la cohorte.",
                "%(count)s personas pasaron de la lista de espera a la cohorte.",
                promoted,
            ) % {"count": promoted}
        return message

    @cached_property
    def header_more_buttons(self):
        links = cohort_links(self.object)
        return [
            Button(_("Inscripciones"), url=links["enrollments"], icon_name="user", priority=1),
            Button(_("Inscripción masiva (CSV)"), url=links["bulk_enrol"], icon_name="upload", priority=2),
            *super().header_more_buttons,
        ]


class CohortDeleteView(ScopedCohortMixin, generic.DeleteView):
    def get_queryset(self):
        return self.scoped_cohorts()

    @property
    def confirmation_message(self):
        if self.object.enrollments.exists():
            return _(
                "Esta cohorte tiene inscripciones y no se puede eliminar. "
                "Cambia sus fechas o cierra la inscripción en su lugar."
            )
        return super().confirmation_message

    def form_valid(self, form):
        # Enrolments protect their cohort: deleting it would lose learners' history.
        if self.object.enrollments.exists():
            messages.error(self.request, _("No se puede eliminar una cohorte que tiene inscripciones."))
            return redirect("cohortes:edit", self.object.pk)
        return super().form_valid(form)


class CohortCopyView(ScopedCohortMixin, generic.CopyView):
    # The copy form posts to the add view; a POST here would save over the original.
    http_method_names = ["get"]

    def get_object(self, queryset=None):
        return get_object_or_404(self.scoped_cohorts(), pk=self.kwargs[self.pk_url_kwarg])


class CohortHistoryView(ScopedCohortMixin, history.HistoryView):
    def get_base_object_queryset(self):
        return self.scoped_cohorts()


class CohortUsageView(ScopedCohortMixin, usage.UsageView):
    def get_base_object_queryset(self):
        return self.scoped_cohorts()


class CohortViewSet(ModelViewSet):
    model = Cohort
    name = "cohortes"
    icon = "group"
    menu_label = gettext_lazy("Cohortes")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = CohortIndexView
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    copy_view_class = CohortCopyView
    history_view_class = CohortHistoryView
    usage_view_class = CohortUsageView
    search_fields = ["name", "course__title"]
    search_backend_name = None
    ordering = ["-starts_on", "name"]
    edit_handler = ObjectList(
        [
            FieldPanel("course"),
            FieldPanel("name"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                    FieldRowPanel([FieldPanel("enrolment_opens_at"), FieldPanel("enrolment_closes_at")]),
                ],
                heading=gettext_lazy("Fechas"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
                    FieldRowPanel([FieldPanel("enrolment_key"), FieldPanel("requires_approval")]),
                ],
                heading=gettext_lazy("Inscripción"),
            ),
            FieldPanel("tutors"),
        ],
        base_form_class=CohortAdminForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/inscripciones/", CohortEnrollmentsView.as_view(), name="enrollments"),
            path(
                "<int:pk>/inscripciones/<int:enrollment_id>/<str:decision>/",
                EnrollmentDecisionView.as_view(),
                name="decide",
            ),
            path("<int:pk>/inscripcion-masiva/", BulkEnrolView.as_view(), name="bulk_enrol"),
            path("<int:pk>/decidir/", BulkDecisionView.as_view(), name="decide_many"),
            path("<int:pk>/mover/<int:enrollment_id>/", MoveEnrollmentView.as_view(), name="move"),
        ]


cohort_viewset = CohortViewSet()
