"""The "Informes" admin pages: enrolments, quiz scores and certificates grouped by
course, cohort, country, city, role or month; the enrolment detail; quiz item
analysis. Thin views over capacitacion.reports.selectors: each page runs a fixed
number of queries (the grouping happens in the database and only one page of rows
is read), and each report exports to CSV and XLSX in bounded memory
(capacitacion.reports.exports). Everyone sees only the courses they manage."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet

from capacitacion.reports import charts, filters, selectors
from capacitacion.reports.exports import StreamingExportMixin
from cursos.models import QuizPage

DEFAULT_GROUP = "course"


class ReportsOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not selectors.can_view_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class BaseReportView(ReportsOnlyMixin, StreamingExportMixin, ReportView):
    """A filtered report over a values() queryset. Subclasses give scoped_rows()
    (the user's rows, before filters) and summarise() (what the filtered rows
    become)."""

    template_name = "capacitacion/admin/reports/report.html"
    header_icon = "table"
    paginate_by = 50
    note = ""

    def scoped_rows(self):
        raise NotImplementedError

    def summarise(self, rows):
        return rows

    def get_queryset(self):
        return self.summarise(self.filter_queryset(self.scoped_rows()))

    def get_filtered_queryset(self):
        return self.get_queryset()

    def filter_queryset(self, queryset):
        # Wagtail ignores filters that do not validate; a report must not then
        # answer with everything (a cohort outside the scope is such a value).
        if self.filters and not self.filters.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.scoped_rows()}

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.get_queryset(), request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_table(self, object_list):
        # Only the rows of the page shown are labelled (the table is built before
        # ReportView's decorate_paginated_queryset runs).
        return super().get_table([self.finish_row(row) for row in object_list])

    # The plain filter form above the table shows what is active; Wagtail's
    # removable filter "pills" need a results-only URL these pages do not have.
    active_filters = []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The header's filter drop-down needs JavaScript: the template shows the
        # same filters as a plain form instead.
        form = context.pop("filters").form if context.get("filters") else None
        context["filter_form"] = form
        # Filters chosen (the grouping is one): the collapsed filter form says how many.
        context["active_filter_count"] = (
            sum(1 for name in form.fields if self.request.GET.get(name, "").strip()) if form else 0
        )
        context.update(note=self.note, csv_url=self.csv_export_url, xlsx_url=self.xlsx_export_url)
        return context


class GroupedReportView(BaseReportView):
    """A report whose rows are groups (filters' group_by), with metrics per group."""

    metrics: list[tuple[str, str]] = []

    @cached_property
    def group_by(self) -> str:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("group_by") or DEFAULT_GROUP
        return DEFAULT_GROUP

    def group_heading(self) -> str:
        return str(dict(self.filterset_class.base_filters["group_by"].extra["choices"])[self.group_by])

    @cached_property
    def list_export(self):
        return ["label", *(key for key, _label in self.metrics)]

    @cached_property
    def export_headings(self):
        return {"label": self.group_heading(), **{key: str(label) for key, label in self.metrics}}

    @cached_property
    def columns(self):
        return [Column("label", label=self.group_heading())] + [
            Column(key, label=label) for key, label in self.metrics
        ]


class EnrolmentReportView(GroupedReportView):
    page_title = gettext_lazy("Inscripciones y finalización")
    index_url_name = "informes:enrolments"
    filterset_class = filters.EnrolmentFilterSet
    export_filename = "inscripciones"
    note = gettext_lazy(
        "Personas activas: personas distintas con una inscripción activa (cursando). "
        "Tasa de finalización: completadas sobre las inscripciones que comenzaron (activas o completadas). "
        "El período y el mes se refieren a la fecha de inscripción."
    )
    metrics = [
        ("enrolments", gettext_lazy("Inscripciones")),
        ("learners", gettext_lazy("Personas")),
        ("active_learners", gettext_lazy("Personas activas")),
        ("completed", gettext_lazy("Completadas")),
        ("completion_rate", gettext_lazy("Tasa de finalización (%)")),
    ]

    def scoped_rows(self):
        return selectors.enrolments_in_scope(self.request.user)

    def summarise(self, rows):
        return selectors.enrolment_summary(rows, self.group_by)

    def finish_row(self, row):
        return selectors.finish_enrolment_row(self.group_by, row)


class QuizScoreReportView(GroupedReportView):
    page_title = gettext_lazy("Puntajes de cuestionarios")
    index_url_name = "informes:quiz_scores"
    filterset_class = filters.QuizScoreFilterSet
    export_filename = "puntajes"
    note = gettext_lazy(
        "Un resultado por persona y cuestionario: el que vale para aprobar (según el método de "
        "calificación del cuestionario). El período y el mes se refieren a la fecha del resultado."
    )
    metrics = [
        ("results", gettext_lazy("Resultados")),
        ("average", gettext_lazy("Promedio (%)")),
        ("passed", gettext_lazy("Aprobados")),
        *(
            (selectors.band_key(low, high), f"{low}–{high} %" if high < 100 else f"{low}–100 %")
            for low, high in selectors.SCORE_BANDS
        ),
    ]

    def scoped_rows(self):
        return selectors.quiz_results_in_scope(self.request.user)

    def summarise(self, rows):
        return selectors.quiz_score_summary(rows, self.group_by)

    def finish_row(self, row):
        return selectors.finish_quiz_row(self.group_by, row)


class CertificateReportView(GroupedReportView):
    page_title = gettext_lazy("Certificados emitidos y revocados")
    index_url_name = "informes:certificates"
    filterset_class = filters.CertificateFilterSet
    export_filename = "certificados"
    note = gettext_lazy(
        "Emitidos cuenta cada certificado, también las reemisiones; las demás columnas dicen en qué "
        "estado están hoy. El período y el mes se refieren a la fecha de emisión."
    )
    metrics = [
        ("issued", gettext_lazy("Emitidos")),
        ("valid", gettext_lazy("Válidos")),
        ("revoked", gettext_lazy("Revocados")),
        ("superseded", gettext_lazy("Reemplazados")),
    ]

    def scoped_rows(self):
        return selectors.certificates_in_scope(self.request.user)

    def summarise(self, rows):
        return selectors.certificate_summary(rows, self.group_by)

    def finish_row(self, row):
        return selectors.finish_certificate_row(self.group_by, row)


class EnrolmentDetailReportView(BaseReportView):
    page_title = gettext_lazy("Detalle de inscripciones")
    index_url_name = "informes:enrolment_detail"
    filterset_class = filters.EnrolmentDetailFilterSet
    export_filename = "inscripciones-detalle"
    list_export = [
        "full_name",
        "email",
        "country",
        "city",
        "role",
        "course_title",
        "cohort_name",
        "status",
        "created_at",
        "completed_at",
        "certificate_code",
    ]
    export_headings = {
        "full_name": gettext_lazy("Nombre"),
        "email": gettext_lazy("Correo"),
        "country": gettext_lazy("País"),
        "city": gettext_lazy("Ciudad"),
        "role": gettext_lazy("Ocupación"),
        "course_title": gettext_lazy("Curso"),
        "cohort_name": gettext_lazy("Cohorte"),
        "status": gettext_lazy("Estado"),
        "created_at": gettext_lazy("Inscripción"),
        "completed_at": gettext_lazy("Completada"),
        "certificate_code": gettext_lazy("Certificado"),
    }

    def scoped_rows(self):
        return selectors.enrolments_in_scope(self.request.user)

    def summarise(self, rows):
        return selectors.enrolment_rows(rows)

    def finish_row(self, row):
        return selectors.finish_detail_row(row)

    @cached_property
    def columns(self):
        dates = {"created_at", "completed_at"}
        return [
            (DateColumn if key in dates else Column)(key, label=self.export_headings[key])
            for key in self.list_export
        ]


class QuizListView(ReportsOnlyMixin, ReportView):
    """The quizzes with graded attempts, each linking to its item analysis."""

    page_title = gettext_lazy("Análisis de preguntas")
    header_icon = "help"
    index_url_name = "informes:quizzes"

    def get_queryset(self):
        return selectors.quizzes_with_attempts(self.request.user)

    def get_filtered_queryset(self):
        return self.get_queryset()

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "quiz_title",
                label=_("Cuestionario"),
                get_url=lambda row: reverse("informes:item_analysis", args=[row["quiz_id"]]),
            ),
            Column("course_title", label=_("Curso")),
            Column("learners", label=_("Personas")),
            Column("attempts", label=_("Intentos calificados")),
        ]

    @cached_property
    def no_results_message(self):
        return _("Todavía no hay intentos calificados.")


class ItemAnalysisView(ReportsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "capacitacion/admin/reports/item_analysis.html"
    page_title = gettext_lazy("Análisis de preguntas")
    header_icon = "help"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["page_id"])

    def dispatch(self, request, *args, **kwargs):
        if not selectors.quiz_in_scope(request.user, self.quiz):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("informes:quizzes"), "label": _("Análisis de preguntas")},
            {"url": "", "label": self.quiz.title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            quiz=self.quiz,
            analysis=selectors.item_analysis(self.quiz),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]),
            **kwargs,
        )


class OverviewView(ReportsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """/admin/informes/: headline numbers and three charts (drawn on the server as
    SVG, each with its table), the way into the detailed reports."""

    template_name = "capacitacion/admin/reports/overview.html"
    page_title = gettext_lazy("Informes")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        data = selectors.overview(self.request.user)
        month_series = [_("Inscripciones"), _("Completadas")]
        funnel_series = [_("Inscripciones"), _("Comenzaron"), _("Completaron")]
        months = [
            (
                date_format(row.month, "M"),
                date_format(row.month, "Y") if row.month.month == 1 or index == 0 else "",
            )
            for index, row in enumerate(data.months)
        ]
        return super().get_context_data(
            overview=data,
            headline=[
                (_("Personas inscritas"), data.learners, "user"),
                (_("Inscripciones"), data.enrolments, "group"),
                (_("Cursos completados"), data.completions, "circle-check"),
                (_("Certificados válidos"), data.certificates, "doc-full"),
            ],
            month_series=month_series,
            month_chart=charts.column_chart(
                months, [[row.enrolments, row.completions] for row in data.months], month_series
            ),
            funnel_series=funnel_series,
            funnel_chart=charts.bar_chart(
                [(row.title, [row.enrolled, row.started, row.completed]) for row in data.funnel],
                funnel_series,
            ),
            country_chart=charts.bar_chart(
                [(row.label, [row.learners]) for row in data.countries], [_("Personas")]
            ),
            reports=[(label, reverse(url_name), icon) for label, url_name, icon in REPORT_MENU[1:]],
            **kwargs,
        )


class ReportsViewSet(ViewSet):
    name = "informes"

    def get_urlpatterns(self):
        return [
            path("", OverviewView.as_view(), name="index"),
            path("inscripciones/", EnrolmentReportView.as_view(), name="enrolments"),
            path("inscripciones/detalle/", EnrolmentDetailReportView.as_view(), name="enrolment_detail"),
            path("puntajes/", QuizScoreReportView.as_view(), name="quiz_scores"),
            path("certificados/", CertificateReportView.as_view(), name="certificates"),
            path("cuestionarios/", QuizListView.as_view(), name="quizzes"),
            path("cuestionarios/<int:page_id>/", ItemAnalysisView.as_view(), name="item_analysis"),
        ]


reports_viewset = ReportsViewSet()


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.can_view_reports(request.user)


# (label, url name, icon) of the items in Wagtail's "Informes" menu. Labels short enough
# for the menu (about 20 characters); each page's title says it in full.
REPORT_MENU = [
    (gettext_lazy("Resumen"), "informes:index", "site"),
    (gettext_lazy("Inscripciones"), "informes:enrolments", "group"),
    (gettext_lazy("Detalle por persona"), "informes:enrolment_detail", "list-ul"),
    (gettext_lazy("Puntajes"), "informes:quiz_scores", "tasks"),
    (gettext_lazy("Certificados"), "informes:certificates", "doc-full"),
    (gettext_lazy("Análisis de ítems"), "informes:quizzes", "help"),
]


def report_menu_item(index: int) -> MenuItem:
    label, url_name, icon = REPORT_MENU[index]
    return ReportMenuItem(
        label, reverse(url_name), name=url_name.replace(":", "-"), icon_name=icon, order=100 + index
    )
