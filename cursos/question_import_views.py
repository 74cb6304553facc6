"""Admin views: import questions into a bank or a quiz (upload, preview, confirm) and
download a bank as GIFT. Thin: parsing in cursos.question_formats, saving in
cursos.question_import."""

import base64
import binascii

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cursos.models import QuizPage
from cursos.question_formats import MAX_FILE_BYTES, parse_file
from cursos.question_import import bank_as_gift, describe, import_into_bank, import_into_quiz

FORMAT_CHOICES = [
    ("", gettext_lazy("Según la extensión (.gift, .txt, .csv, .xlsx)")),
    ("gift", "GIFT"),
    ("aiken", "Aiken"),
    ("csv", "CSV"),
    ("xlsx", "XLSX"),
]


class QuestionFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Archivo"),
        required=False,
        help_text=gettext_lazy("GIFT o Aiken (.gift, .txt), CSV o XLSX, en UTF-8; hasta 1 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".gift,.txt,.csv,.xlsx"}),
    )
    file_format = forms.ChoiceField(label=gettext_lazy("Formato"), choices=FORMAT_CHOICES, required=False)
    # After the preview: the same file again, to parse once more and save.
    content = forms.CharField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > MAX_FILE_BYTES:
                raise forms.ValidationError(_("El archivo pasa de 1 MB."))
            data["name"], data["bytes"] = upload.name, upload.read()
        elif data.get("content"):
            try:
                data["bytes"] = base64.b64decode(data["content"], validate=True)
            except (binascii.Error, ValueError):
                raise forms.ValidationError(_("Vuelve a subir el archivo.")) from None
            if len(data["bytes"]) > MAX_FILE_BYTES:
                raise forms.ValidationError(_("El archivo pasa de 1 MB."))
        else:
            raise forms.ValidationError(_("Elige un archivo."))
        return data


class ImportQuestionsView(WagtailAdminTemplateMixin, FormView):
    """GET: the upload form. POST with a file: the preview (or its errors), nothing
    saved. POST with `confirm`: the same file parsed again and, without errors, saved."""

    template_name = "cursos/admin/question_import.html"
    form_class = QuestionFileForm
    page_title = gettext_lazy("Importar preguntas")
    header_icon = "upload"

    def get_target(self):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        self.target = self.get_target()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.target)

    def get_breadcrumbs_items(self):
        return [
            {"url": self.back_url(), "label": str(self.target)},
            {"url": "", "label": self.page_title, "sublabel": str(self.target)},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(target=self.target, back_url=self.back_url(), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        result = parse_file(data.get("name") or "", data["bytes"], data.get("file_format") or "")
        if not result.errors and not result.questions:
            form.add_error(None, _("El archivo no tiene preguntas."))
            return self.form_invalid(form)
        if result.ok and "confirm" in self.request.POST:
            count = self.save(result)
            messages.success(
                self.request,
                ngettext("Se importó %(count)s pregunta.", "Se importaron %(count)s preguntas.", count)
                % {"count": count},
            )
            return redirect(self.back_url())
        confirm_form = QuestionFileForm(
            initial={
                "content": base64.b64encode(data["bytes"]).decode(),
                "name": data.get("name") or "",
                "file_format": data.get("file_format") or "",
            }
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                result=result,
                preview=[describe(question) for question in result.questions] if result.ok else [],
                confirm_form=confirm_form,
            ),
            status=200,
        )


class ImportIntoBankView(ImportQuestionsView):
    def get_target(self):
        from cursos.wagtail_hooks import banks_editable_by

        return get_object_or_404(banks_editable_by(self.request.user), pk=self.kwargs["pk"])

    def back_url(self):
        return reverse("wagtailsnippets_cursos_questionbank:edit", args=[self.target.pk])

    def save(self, result):
        return len(import_into_bank(self.target, result))


class ImportIntoQuizView(ImportQuestionsView):
    def get_target(self):
        quiz = get_object_or_404(QuizPage, pk=self.kwargs["pk"])
        if not quiz.permissions_for_user(self.request.user).can_edit():
            raise Http404
        return quiz

    def back_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.target.pk])

    def save(self, result):
        import_into_quiz(self.target, result, self.request.user)
        return len(result.questions)


class ExportBankView(View):
    def get(self, request, pk):
        from cursos.wagtail_hooks import banks_editable_by

        bank = get_object_or_404(banks_editable_by(request.user), pk=pk)
        response = HttpResponse(bank_as_gift(bank), content_type="text/plain; charset=utf-8")
        filename = f"{slugify(bank.name) or 'banco'}.gift"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
