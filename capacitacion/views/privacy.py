"""The learner's data rights: see what we keep, download all of it, delete the account."""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from capacitacion.services.privacy import AccountAlreadyDeleted, delete_account, export_learner_data


class DeleteAccountForm(forms.Form):
    """Re-enter the password; someone without one (invited, never set it) types
    the confirmation word instead."""

    # Whichever of the two the person sees is required: labels say "(opcional)"
    # for fields that are not, and neither of these is.
    password = forms.CharField(
        label=gettext_lazy("Tu contraseña, para confirmar"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        strip=False,
    )
    confirmation = forms.CharField(
        label=gettext_lazy("Para confirmar, escribe ELIMINAR"),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.needs_password = user.has_usable_password()
        del self.fields["confirmation" if self.needs_password else "password"]

    def clean(self):
        if self.needs_password:
            if not self.user.check_password(self.cleaned_data.get("password", "")):
                raise forms.ValidationError(_("La contraseña no es correcta."))
        elif self.cleaned_data.get("confirmation", "").strip().upper() != "ELIMINAR":
            raise forms.ValidationError(_("Escribe ELIMINAR para confirmar."))
        return self.cleaned_data


@never_cache
@login_required
@require_GET
def my_data(request):
    return render(request, "capacitacion/privacy/my_data.html")


@never_cache
@login_required
@require_GET
def download_my_data(request):
    response = JsonResponse(
        export_learner_data(request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    filename = f"aula-mis-datos-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def delete_my_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        try:
            delete_account(user)
        except AccountAlreadyDeleted as gone:
            # The same form sent twice at once: the other request deleted it.
            messages.info(request, gone.message)
        else:
            messages.success(request, _("Eliminamos tu cuenta y tus datos personales."))
        return redirect("/")
    return render(request, "capacitacion/privacy/delete_account.html", {"form": form})
