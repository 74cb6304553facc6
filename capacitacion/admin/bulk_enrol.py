"""Upload a CSV to enrol many people into a cohort; the result is a per-row report."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.validators import FileExtensionValidator
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, StatusTagColumn, Table
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from capacitacion.admin.scoping import CohortPageMixin
from capacitacion.services.bulk_enrol import MAX_FILE_BYTES, MAX_ROWS, BulkFileError, bulk_enrol, read_rows


class BulkEnrolForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Archivo CSV"),
        help_text=gettext_lazy(
            "Columnas: email, nombre completo, ciudad, país (código como AR o BR, o el nombre). "
            "Codificación UTF-8; hasta 5000 filas y 2 MB."
        ),
        validators=[FileExtensionValidator(["csv", "txt"])],
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("El archivo supera el máximo de 2 MB."))
        try:
            self.rows = read_rows(upload.read())
        except BulkFileError as error:
            raise forms.ValidationError(error.message) from None
        return upload


def report_table(reports) -> Table:
    return Table(
        [
            Column("number", label=_("Fila")),
            Column("email", label=_("Correo")),
            StatusTagColumn(
                "result",
                label=_("Resultado"),
                accessor=lambda report: _("Aplicada") if report.ok else _("Con error"),
                primary=lambda report: not report.ok,
            ),
            Column("outcome", label=_("Detalle")),
        ],
        reports,
        caption=_("Resultado por fila"),
    )


class BulkEnrolView(CohortPageMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "capacitacion/admin/bulk_enrol.html"
    form_class = BulkEnrolForm
    page_title = gettext_lazy("Inscripción masiva")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("capacitacion.change_enrollment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            max_rows=MAX_ROWS,
            enrollments_url=reverse("cohortes:enrollments", args=[self.cohort.pk]),
        )
        return context

    def form_valid(self, form):
        reports = bulk_enrol(self.cohort, form.rows, by=self.request.user)
        applied = sum(report.ok for report in reports)
        failed = len(reports) - applied
        summary = ngettext(
            "Se aplicó %(applied)s fila de %(total)s.",
            "Se aplicaron %(applied)s filas de %(total)s.",
            applied,
        ) % {"applied": applied, "total": len(reports)}
        if failed:
            summary += " " + ngettext(
                "%(failed)s fila tiene errores y no se aplicó: revísala abajo.",
                "%(failed)s filas tienen errores y no se aplicaron: revísalas abajo.",
                failed,
            ) % {"failed": failed}
            messages.warning(self.request, summary)
        else:
            messages.success(self.request, summary)
        return self.render_to_response(
            self.get_context_data(form=self.form_class(), report=report_table(reports), failed=failed)
        )

    def form_invalid(self, form):
        messages.validation_error(self.request, _("No se aplicó ninguna fila."), form)
        return super().form_invalid(form)
