"""The quiz's page form: the rules that need both the quiz and its bank draws,
which reach the quiz only when the form is saved (the inline formset attaches
them after the model's own clean() has run)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

NO_QUESTIONS = _("Agrega al menos una pregunta o un sorteo de un banco de preguntas.")
FOREIGN_BANK = _("Este banco es de otra institución: elige uno de la tuya o uno compartido por la red.")


class QuizPageForm(WagtailAdminPageForm):
    def clean(self):
        from cursos.models import institution_of

        cleaned_data = super().clean()
        draws = self.formsets["draws"]
        draws.is_valid()
        institution = institution_of(self.parent_page)
        kept = 0
        for form in draws.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            kept += 1
            bank = data.get("bank")
            if bank is not None and not bank.usable_in(institution):
                form.add_error("bank", FOREIGN_BANK)
        questions = cleaned_data.get("questions")
        if "questions" not in self.errors and not (questions and len(questions)) and not kept:
            raise ValidationError(NO_QUESTIONS)
        return cleaned_data
