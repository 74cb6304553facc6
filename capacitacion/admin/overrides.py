"""The "Excepciones de cuestionario" admin: staff give one learner more time, more
attempts or a later close date on one quiz. Scoped like cohorts: an institution's
staff see and grant exceptions only for their own courses' quizzes."""

from functools import reduce
from operator import or_

from django import forms
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from capacitacion.admin.scoping import courses_editable_by
from capacitacion.models import Enrollment, QuizOverride, display_name
from capacitacion.services.quizzes import apply_override
from cursos.models import QuizPage


def overrides_editable_by(user):
    return QuizOverride.objects.filter(enrollment__course__in=courses_editable_by(user))


def quizzes_editable_by(user):
    paths = list(courses_editable_by(user).values_list("path", flat=True))
    if not paths:
        return QuizPage.objects.none()
    return QuizPage.objects.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))


class QuizOverridePermissionPolicy(ModelPermissionPolicy):
    """Whoever manages a course's enrolments manages its learners' exceptions (no
    separate model permission to hand out), narrowed to the courses they manage."""

    def user_has_permission(self, user, action):
        return user.is_active and user.has_perm("capacitacion.change_enrollment")

    def users_with_any_permission(self, actions):
        return self._get_users_with_any_permission_codenames(["change_enrollment"])

    def _in_scope(self, user, instance) -> bool:
        return overrides_editable_by(user).filter(pk=instance.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission(user, "change") and self._in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_permission(user, "change"):
            return QuizOverride.objects.none()
        return overrides_editable_by(user)


class EnrollmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, enrollment):
        return f"{display_name(enrollment.user)} — {enrollment.course.title}"


class QuizOverrideForm(WagtailAdminModelForm):
    enrollment = EnrollmentChoiceField(queryset=Enrollment.objects.none(), label=gettext_lazy("inscripción"))
    quiz = forms.ModelChoiceField(queryset=QuizPage.objects.none(), label=gettext_lazy("cuestionario"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enrollment"].queryset = (
            Enrollment.objects.filter(course__in=courses_editable_by(self.for_user))
            .select_related("user__learner_profile", "course")
            .order_by("course__title", "user__first_name", "user__last_name", "user__email")
        )
        self.fields["quiz"].queryset = quizzes_editable_by(self.for_user).order_by("path")

    def save(self, commit=True):
        if self.instance.granted_by_id is None:
            self.instance.granted_by = self.for_user
        return super().save(commit=commit)


class ScopedOverrideMixin:
    """Exceptions outside the user's courses do not exist for them (404)."""

    def get_queryset(self):
        return overrides_editable_by(self.request.user)


class AppliesOverrideMixin:
    def save_instance(self):
        instance = super().save_instance()
        # An attempt already under way gets the new time at once.
        apply_override(instance)
        return instance


class QuizOverrideIndexView(generic.IndexView):
    def get_base_queryset(self):
        return overrides_editable_by(self.request.user).select_related(
            "enrollment__user__learner_profile", "enrollment__course", "quiz", "granted_by__learner_profile"
        )

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "person",
                label=_("Persona"),
                accessor=lambda o: display_name(o.enrollment.user),
                get_url=self.get_edit_url,
            ),
            Column("course", label=_("Curso"), accessor="enrollment.course.title"),
            Column("quiz", label=_("Cuestionario"), accessor="quiz.title", sort_key="quiz__title"),
            Column("extra_attempts", label=_("Intentos extra"), sort_key="extra_attempts"),
            Column("extra_minutes", label=_("Minutos extra"), sort_key="extra_minutes"),
            DateColumn("closes_at", label=_("Cierra el"), sort_key="closes_at"),
            Column(
                "granted_by",
                label=_("Otorgada por"),
                accessor=lambda o: display_name(o.granted_by) if o.granted_by else "",
            ),
            DateColumn("created_at", label=_("Creada"), sort_key="created_at"),
        ]


class QuizOverrideCreateView(AppliesOverrideMixin, generic.CreateView):
    def get_initial_form_instance(self):
        # Reached from a learner's row (cohort enrolments, learner search): the
        # enrolment comes preselected, if the user manages it.
        enrollment_id = self.request.GET.get("enrollment", "")
        if enrollment_id.isdigit():
            enrollment = Enrollment.objects.filter(
                pk=enrollment_id, course__in=courses_editable_by(self.request.user)
            ).first()
            if enrollment is not None:
                return QuizOverride(enrollment=enrollment)
        return super().get_initial_form_instance()


class QuizOverrideEditView(ScopedOverrideMixin, AppliesOverrideMixin, generic.EditView):
    pass


class QuizOverrideDeleteView(ScopedOverrideMixin, generic.DeleteView):
    pass


class QuizOverrideHistoryView(history.HistoryView):
    def get_base_object_queryset(self):
        return overrides_editable_by(self.request.user)


class QuizOverrideUsageView(usage.UsageView):
    def get_base_object_queryset(self):
        return overrides_editable_by(self.request.user)


class QuizOverrideViewSet(ModelViewSet):
    model = QuizOverride
    name = "excepciones"
    icon = "time"
    # Short enough for the side menu (about 20 characters).
    menu_label = gettext_lazy("Excepciones")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = QuizOverrideIndexView
    add_view_class = QuizOverrideCreateView
    edit_view_class = QuizOverrideEditView
    delete_view_class = QuizOverrideDeleteView
    history_view_class = QuizOverrideHistoryView
    usage_view_class = QuizOverrideUsageView
    search_fields = ["enrollment__user__email", "enrollment__user__last_name", "quiz__title", "reason"]
    search_backend_name = None
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("enrollment"),
            FieldPanel("quiz"),
            FieldRowPanel([FieldPanel("extra_attempts"), FieldPanel("extra_minutes")]),
            FieldPanel("closes_at"),
            FieldPanel("reason"),
        ],
        base_form_class=QuizOverrideForm,
    )


quiz_override_viewset = QuizOverrideViewSet()
