"""The "Corrección de desarrollos" admin: the queue of attempts whose essays wait
for a person, the grading form for one attempt, and the regrade of a quiz after an
author corrects its answer key. Graders see only the attempts of the courses they
manage (scoping.py); regrading needs the right to edit the quiz page."""

from decimal import Decimal

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import localize
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from capacitacion.admin.scoping import courses_editable_by
from capacitacion.models import AttemptStatus, QuizAttempt, display_name
from capacitacion.services.grading import (
    CLOSED_STATUSES,
    MAX_COMMENT_LENGTH,
    GradingError,
    grade_essays,
    pending_essays,
    regrade_quiz,
)
from capacitacion.services.quizzes import _questions_of
from cursos.models import QuizPage


def attempts_gradable_by(user):
    """Attempts of the courses `user` manages: all for superusers and Coordination,
    their institution's for its editors, none for anyone else."""
    return QuizAttempt.objects.filter(enrollment__course__in=courses_editable_by(user))


def can_grade(user) -> bool:
    return courses_editable_by(user).exists()


class GraderOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_grade(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GradingQueueView(GraderOnlyMixin, BaseListingView):
    page_title = gettext_lazy("Corrección de desarrollos")
    header_icon = "edit"
    paginate_by = 50
    index_url_name = "correccion:index"
    verbose_name_plural = gettext_lazy("intentos por corregir")

    def get_base_queryset(self):
        # Oldest first: whoever has waited longest is graded first.
        return (
            attempts_gradable_by(self.request.user)
            .filter(status=AttemptStatus.NEEDS_GRADING)
            .select_related("enrollment__user__learner_profile", "enrollment__course", "quiz")
            .order_by("submitted_at", "pk")
        )

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "learner",
                label=_("Persona"),
                accessor=lambda attempt: display_name(attempt.enrollment.user),
                get_url=lambda attempt: reverse("correccion:grade", args=[attempt.pk]),
            ),
            Column("course", label=_("Curso"), accessor="enrollment.course.title"),
            Column("quiz", label=_("Cuestionario"), accessor="quiz.title"),
            Column("number", label=_("Intento")),
            DateColumn("submitted_at", label=_("Entregado")),
        ]

    @cached_property
    def no_results_message(self):
        return _("No hay desarrollos esperando corrección.")


class GradingForm(forms.Form):
    """Points (0 to the question's maximum) and a comment for each essay answer."""

    def __init__(self, *args, essays: dict[str, Decimal], **kwargs):
        super().__init__(*args, **kwargs)
        self.essays = essays
        for question_id, max_points in essays.items():
            self.fields[f"points-{question_id}"] = forms.DecimalField(
                label=_("Puntos"),
                min_value=0,
                max_value=max_points,
                max_digits=8,
                decimal_places=2,
                localize=True,
                help_text=_("De 0 a %(max)s.") % {"max": max_points},
            )
            self.fields[f"comment-{question_id}"] = forms.CharField(
                label=_("Comentario para la persona"),
                required=False,
                max_length=MAX_COMMENT_LENGTH,
                widget=forms.Textarea(attrs={"rows": 4}),
            )

    def marks(self) -> dict[str, tuple[Decimal, str]]:
        data = self.cleaned_data
        return {qid: (data[f"points-{qid}"], data[f"comment-{qid}"]) for qid in self.essays}


class GradeAttemptView(GraderOnlyMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "capacitacion/admin/grading_attempt.html"
    form_class = GradingForm
    page_title = gettext_lazy("Corregir desarrollos")
    header_icon = "edit"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.attempt = get_object_or_404(
            attempts_gradable_by(request.user).select_related(
                "enrollment__user__learner_profile", "enrollment__course", "quiz", "revision"
            ),
            pk=kwargs["pk"],
        )

    def dispatch(self, request, *args, **kwargs):
        if can_grade(request.user) and self.attempt.status != AttemptStatus.NEEDS_GRADING:
            messages.info(request, _("Este intento no espera corrección."))
            return redirect("correccion:index")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return display_name(self.attempt.enrollment.user)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("correccion:index"), "label": _("Corrección de desarrollos")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "essays": pending_essays(self.attempt)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        questions = _questions_of(self.attempt)
        rows = []
        for drawn in self.attempt.questions:
            question_id = drawn["id"]
            child = questions.get(question_id)
            result = self.attempt.results.get(question_id)
            if child is None or result is None:
                continue
            essay = question_id in form.essays
            rows.append(
                {
                    "child": child,
                    "points": Decimal(result["points"]),
                    "max_points": Decimal(result["max_points"]),
                    "essay": essay,
                    "answer": self.attempt.responses.get(question_id, ""),
                    "points_field": form[f"points-{question_id}"] if essay else None,
                    "comment_field": form[f"comment-{question_id}"] if essay else None,
                }
            )
        context.update(attempt=self.attempt, rows=rows)
        return context

    def form_valid(self, form):
        try:
            attempt = grade_essays(attempt_id=self.attempt.pk, grader=self.request.user, marks=form.marks())
        except GradingError as error:
            messages.error(self.request, error.message)
            return redirect("correccion:index")
        name = display_name(attempt.enrollment.user)
        messages.success(
            self.request,
            _("Calificaste el intento de %(name)s: %(score)s de %(max)s puntos.")
            % {"name": name, "score": localize(attempt.score), "max": localize(attempt.max_score)},
        )
        return redirect("correccion:index")

    def form_invalid(self, form):
        messages.validation_error(self.request, _("No se guardó la corrección: revisa los puntos."), form)
        return super().form_invalid(form)


class RegradeQuizView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation; POST regrades."""

    template_name = "capacitacion/admin/regrade_confirm.html"
    page_title = gettext_lazy("Recalificar intentos")
    header_icon = "rotate"
    http_method_names = ["get", "post"]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["page_id"])

    def dispatch(self, request, *args, **kwargs):
        if not self.quiz.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.quiz.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            quiz=self.quiz,
            attempt_count=QuizAttempt.objects.filter(quiz=self.quiz, status__in=CLOSED_STATUSES).count(),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]),
        )
        return context

    def post(self, request, *args, **kwargs):
        try:
            report = regrade_quiz(quiz=self.quiz, by_user=request.user)
        except GradingError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext(
                    "%(attempts)s intento recalificado; cambió el puntaje de %(changed)s.",
                    "%(attempts)s intentos recalificados; cambió el puntaje de %(changed)s.",
                    report.attempts,
                )
                % {"attempts": report.attempts, "changed": report.changed},
            )
        return redirect("wagtailadmin_pages:edit", self.quiz.pk)


class GradingMenuItem(MenuItem):
    def is_shown(self, request):
        return can_grade(request.user)


class GradingViewSet(ViewSet):
    name = "correccion"
    icon = "edit"
    # Short enough for the side menu (about 20 characters); the page title says it in full.
    menu_label = gettext_lazy("Corrección")
    menu_order = 260
    add_to_admin_menu = True
    menu_item_class = GradingMenuItem

    def get_urlpatterns(self):
        return [
            path("", GradingQueueView.as_view(), name="index"),
            path("<int:pk>/", GradeAttemptView.as_view(), name="grade"),
            path("recalificar/<int:page_id>/", RegradeQuizView.as_view(), name="regrade"),
        ]


grading_viewset = GradingViewSet()
