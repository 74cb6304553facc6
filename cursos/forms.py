"""The course pages' admin forms.

AulaPageForm: an address (slug) already taken under the same parent is reported next to
the title too, the field the editor typed (the slug is derived from it, on the Promote
tab, where the error alone went unseen).

QuizPageForm: the rules that need both the quiz and its bank draws, which reach the quiz
only when the form is saved (the inline formset attaches them after the model's own
clean() has run)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

NO_QUESTIONS = _("Agrega al menos una pregunta o un sorteo de un banco de preguntas.")
SLUG_TAKEN = _(
    "Ya hay una página con la dirección «%(slug)s» en «%(parent)s»: cambia el título o, en la "
    "pestaña Promocionar, el identificador en la URL."
)
FOREIGN_BANK = _("Este banco es de otra institución: elige uno de la tuya o uno compartido por la red.")


class AulaPageForm(WagtailAdminPageForm):
    def clean(self):
        slug = self.cleaned_data.get("slug")  # Wagtail's own check removes a taken one
        cleaned_data = super().clean()
        if slug and self.parent_page is not None and "title" not in self.errors:
            siblings = self.parent_page.get_children().filter(slug=slug)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            if siblings.exists():
                self.add_error("title", SLUG_TAKEN % {"slug": slug, "parent": self.parent_page.title})
        return cleaned_data


class QuizPageForm(AulaPageForm):
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
