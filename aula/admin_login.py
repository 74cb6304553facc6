"""The Wagtail admin has no login of its own: /admin/login/ and its password reset
lead to allauth's, so staff meet the same rate limits, lock-out and email rule as
learners. A password sent to /admin/login/ is never read."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from aula.input_guard import next_path


def login(request: HttpRequest) -> HttpResponse:
    next_url = next_path(request) or reverse("wagtailadmin_home")
    if request.user.is_anonymous:
        return redirect_to_login(next_url, login_url=reverse("account_login"))
    if request.user.has_perm("wagtailadmin.access_admin"):
        return HttpResponseRedirect(next_url)
    # Signed in, but not staff: sending them to the login again would loop.
    raise PermissionDenied


def password_reset(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(reverse("account_reset_password"))
