"""Forms learners fill in."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from aula.input_guard import parse_int
from capacitacion.models import LearnerProfile, clean_full_name
from home.legal import PRIVACY_SLUG, TERMS_SLUG

# Bidirectional embedding, override and isolate marks: invisible, and able to make a
# printed name read differently from what was typed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_control_characters(value: str) -> bool:
    return any(unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS for char in value)


class ProfileForm(forms.ModelForm):
    accept_terms = forms.BooleanField(
        label=_("Acepto los términos de uso y el aviso de privacidad"),
        error_messages={
            "required": _("Para continuar tienes que aceptar los términos de uso y el aviso de privacidad.")
        },
    )

    class Meta:
        model = LearnerProfile
        fields = ["full_name", "role", "organisation", "city", "country", "preferred_language"]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "country": forms.Select(attrs={"autocomplete": "country"}),
        }
        error_messages = {"full_name": {"required": _("Escribe tu nombre completo.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.accepted_terms_at:
            self.fields["accept_terms"].initial = True
        self.fields["accept_terms"].help_text = format_html(
            _(
                'Lee los <a href="{terms}">términos de uso</a> '
                'y el <a href="{privacy}">aviso de privacidad</a>.'
            ),
            terms=reverse("wagtail_serve", args=[TERMS_SLUG + "/"]),
            privacy=reverse("wagtail_serve", args=[PRIVACY_SLUG + "/"]),
        )

    def clean_full_name(self) -> str:
        value = self.cleaned_data["full_name"]
        if has_control_characters(value):
            raise ValidationError(_("El nombre no puede contener caracteres de control."))
        name = clean_full_name(value)
        if not name:
            raise ValidationError(_("Escribe tu nombre completo."))
        return name

    def _post_clean(self):
        name_errors = len(self.errors.get("full_name", []))
        super()._post_clean()
        if name_errors:
            # LearnerProfile.clean() finds no name on the instance and would repeat a
            # vaguer error under the one the field already has.
            del self.errors["full_name"].data[name_errors:]

    def save(self, commit: bool = True) -> LearnerProfile:
        profile = super().save(commit=False)
        # The date of the first acceptance is the one that counts; later edits keep it.
        if profile.accepted_terms_at is None:
            profile.accepted_terms_at = timezone.now()
        if commit:
            profile.save()
        return profile


class IdChoiceField(forms.ModelChoiceField):
    """A row chosen by its id, written in ASCII digits within the database's range
    (int() alone would take "١", str.isdigit() takes "²")."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            parse_int(value, minimum=1)
        except ValueError as error:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from error
        return super().to_python(value)


class EnrollForm(forms.Form):
    """The optional cohort of an enrolment request: one of the course's cohorts, by id."""

    cohort = IdChoiceField(queryset=None, required=False)

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = course.cohorts.all()
