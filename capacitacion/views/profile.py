"""The learner's own profile: asked once after sign-up, editable later."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from aula.i18n import remember_language
from aula.input_guard import next_path
from capacitacion.forms import ProfileForm
from capacitacion.models import LearnerProfile


def in_language(url: str, language: str) -> str:
    """The same page in another language (/cursos/x/ -> /pt/cursos/x/), or the URL unchanged."""
    source = translation.get_language_from_path(urlsplit(url).path) or settings.LANGUAGE_CODE
    with translation.override(source):
        return translate_url(url, language)


def profile_url(next_url: str = "") -> str:
    url = reverse("capacitacion:profile")
    if next_url and next_url != url:
        url += "?" + urlencode({"next": next_url})
    return url


@never_cache
@login_required
def profile(request: HttpRequest) -> HttpResponse:
    instance = LearnerProfile.objects.filter(user=request.user).first()
    is_new = instance is None
    if is_new:
        instance = LearnerProfile(user=request.user)
    next_url = next_path(request)

    if request.method == "POST":
        form = ProfileForm(request.POST, instance=instance)
        if form.is_valid():
            try:
                with transaction.atomic():
                    saved = form.save()
            except IntegrityError:
                # A double-submitted first save: the other request already created it.
                if not LearnerProfile.objects.filter(user=request.user).exists():
                    raise
                saved = form.instance
            messages.success(request, _("Guardamos tu perfil."))
            language = saved.preferred_language
            return remember_language(
                HttpResponseRedirect(in_language(next_url or settings.LOGIN_REDIRECT_URL, language)), language
            )
    else:
        initial = {"preferred_language": translation.get_language()} if is_new else {}
        form = ProfileForm(instance=instance, initial=initial)

    return render(
        request,
        "capacitacion/profile_form.html",
        {"form": form, "is_new": is_new, "next_url": next_url},
    )
