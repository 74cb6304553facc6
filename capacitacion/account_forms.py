"""allauth's forms with our labels: "tú", visible labels instead of placeholders, and
no username anywhere (people sign in with their email)."""

from allauth.account import forms as allauth_forms
from django.utils.translation import gettext_lazy as _

# Django's help text for the password validators speaks "usted" in Spanish; this
# says the same (AUTH_PASSWORD_VALIDATORS: similarity, minimum length 8, common,
# numeric) in our voice.
NEW_PASSWORD_HELP = _(
    "Al menos 8 caracteres, no solo números, que no sea una contraseña común ni se parezca a tu correo."
)


class OurLabels:
    labels: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)  # the label says it, visibly
            if name in self.labels:
                field.label = self.labels[name]
            if name == "password1":
                field.help_text = NEW_PASSWORD_HELP


class LoginForm(OurLabels, allauth_forms.LoginForm):
    labels = {
        "login": _("Tu correo electrónico"),
        "password": _("Tu contraseña"),
        "remember": _("Mantener la sesión abierta en este dispositivo"),
    }


class SignupForm(OurLabels, allauth_forms.SignupForm):
    labels = {
        "email": _("Tu correo electrónico"),
        "password1": _("Elige una contraseña"),
        "password2": _("Repite la contraseña"),
    }


class AddEmailForm(OurLabels, allauth_forms.AddEmailForm):
    labels = {"email": _("Otra dirección de correo")}


class ChangePasswordForm(OurLabels, allauth_forms.ChangePasswordForm):
    labels = {
        "oldpassword": _("Tu contraseña actual"),
        "password1": _("Tu contraseña nueva"),
        "password2": _("Repite la contraseña nueva"),
    }


class SetPasswordForm(OurLabels, allauth_forms.SetPasswordForm):
    labels = {"password1": _("Elige una contraseña"), "password2": _("Repite la contraseña")}


class ResetPasswordForm(OurLabels, allauth_forms.ResetPasswordForm):
    labels = {"email": _("Tu correo electrónico")}


class ResetPasswordKeyForm(OurLabels, allauth_forms.ResetPasswordKeyForm):
    labels = {"password1": _("Tu contraseña nueva"), "password2": _("Repite la contraseña nueva")}


class ReauthenticateForm(OurLabels, allauth_forms.ReauthenticateForm):
    labels = {"password": _("Tu contraseña")}
