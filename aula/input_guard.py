"""Malformed input stops here with a 400, before it reaches a view, the ORM or redirect().

PostgreSQL text cannot hold a NUL byte (DataError), and bytes that are not UTF-8 arrive
as replacement characters nobody typed: a request carrying either in a query-string or
form key or value is refused with a clear, translated message: a page for browsers,
JSON for the API. Django's own 400s (SuspiciousOperation, too many fields) answer the
same way through `bad_request`, the URLconf's handler400.

Integers that reach the database go through `parse_int` (or a form field), bounded to
the range PostgreSQL stores."""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

API_PREFIX = "/api/"
# PostgreSQL's bigint, the widest integer column (and OFFSET/LIMIT's type).
BIGINT_MAX = 2**63 - 1


def parse_int(value, *, minimum: int = 0, maximum: int = BIGINT_MAX) -> int:
    """`value` as an int within [minimum, maximum]; ValueError for anything else.
    An optional sign and ASCII digits only: int() alone also takes "١٢", " 7 " and "1_0",
    and str.isdigit() takes "²", which int() then refuses."""
    text = str(value)
    digits = text[1:] if text[:1] in "+-" else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > len(str(BIGINT_MAX)):
        raise ValueError(f"not an integer: {text!r}")
    number = int(text)
    if not minimum <= number <= maximum:
        raise ValueError(f"{number} is out of range [{minimum}, {maximum}]")
    return number


def same_site_path(request: HttpRequest, url: str) -> str:
    """`url` if it is a path on this site ("/…", not "//host/…"), else "". The one check
    for every `next`: a bare word would be read by redirect() as a view name."""
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        return ""
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=False):
        return ""
    return url


def next_path(request: HttpRequest) -> str:
    """The request's `next` (the form's, else the query string's), if it is a path on
    this site; else "". Every view that follows a `next` reads it here."""
    return same_site_path(request, request.POST.get("next") or request.GET.get("next") or "")


def _malformed_bytes(raw: bytes) -> bool:
    """A urlencoded string (query string or form body) with a key or value that, once
    percent-decoded, holds a NUL byte or is not UTF-8."""
    for pair in raw.split(b"&"):
        for part in pair.split(b"=", 1):
            decoded = unquote_to_bytes(part.replace(b"+", b" "))
            if b"\x00" in decoded:
                return True
            try:
                decoded.decode("utf-8")
            except UnicodeDecodeError:
                return True
    return False


def _has_nul(querydict) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in querydict.lists())


def _raw(query_string: str) -> bytes:
    """WSGI hands the query string over as bytes read as latin-1."""
    try:
        return query_string.encode("latin-1")
    except UnicodeEncodeError:
        return query_string.encode("utf-8", "surrogateescape")


def is_malformed(request: HttpRequest) -> bool:
    if _malformed_bytes(_raw(request.META.get("QUERY_STRING", ""))):
        return True
    if request.method != "POST":
        return False
    content_type = request.content_type or ""
    if content_type == "application/x-www-form-urlencoded":
        return _malformed_bytes(request.body)
    if content_type == "multipart/form-data":
        # Parsed by Django already (invalid UTF-8 becomes U+FFFD there); file bodies
        # are not text and are not looked at.
        return _has_nul(request.POST) or any("\x00" in (f.name or "") for f in request.FILES.values())
    return False


def _language(request: HttpRequest) -> str:
    """The language of the path, as LocaleMiddleware (which runs after this) would
    choose it: an unprefixed path is Spanish, whatever the browser asks for."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    """The 400 answer: JSON under /api/, a page elsewhere, in the visitor's language."""
    with translation.override(_language(request)):
        message = _("La solicitud no es válida: contiene caracteres o valores que no podemos procesar.")
        if request.path_info.startswith(API_PREFIX):
            return JsonResponse({"message": message}, status=400)
        return render(request, "400.html", {"message": message}, status=400)


class RejectMalformedInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path_info:
            # No page has such an address; a <str:…> route must not take it to the database.
            raise Http404
        if is_malformed(request):
            return bad_request(request)
        return self.get_response(request)
