"""Production's URLs and one bare view, for bench/load.py only (aula.settings.bench):
the bare view goes through the same middleware and returns a short constant
response, so it is the ceiling a page's requests per second are compared with."""

from django.http import HttpResponse
from django.urls import path

from aula.urls import urlpatterns as production_urlpatterns


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *production_urlpatterns]
