"""Certificates: the public verification pages and machine-readable documents
(no login, no personal data beyond what the certificate prints), and the PDF
download for its holder and the course's staff."""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from aula import page_cache
from capacitacion import credentials
from capacitacion.certificates.codes import normalize_code
from capacitacion.models import Certificate
from capacitacion.selectors import certificate_history, user_may_download_certificate
from capacitacion.services.certificates import pdf_filename, status_list_document

# OB 3.0 serves a credential with an embedded proof as a VC in JSON-LD.
CREDENTIAL_CONTENT_TYPE = "application/vc+ld+json"
RATE_WINDOW_SECONDS = 60


def _too_many_lookups(request) -> bool:
    """Count code lookups per client address and minute, in the shared cache: codes
    are unguessable, and this keeps it that way."""
    key = f"certificates:verify:{get_adapter().get_client_ip(request)}"
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=RATE_WINDOW_SECONDS)
        count = 1
    return count > settings.CERTIFICATE_VERIFY_RATE_LIMIT


def _rate_limited(request):
    return render(
        request,
        "capacitacion/certificates/verify_form.html",
        {"error": _("Demasiadas consultas seguidas. Espera un minuto y vuelve a intentarlo.")},
        status=429,
    )


def _public(response):
    """Verifiers may read these documents from any origin."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def verify_form(request):
    typed = request.GET.get("codigo", "").strip()
    if not typed:
        return render(request, "capacitacion/certificates/verify_form.html", {})
    if _too_many_lookups(request):
        return _rate_limited(request)
    code = normalize_code(typed)
    if code is not None and Certificate.objects.filter(code=code).exists():
        return redirect("certificates:verify", code)
    return render(
        request,
        "capacitacion/certificates/verify_form.html",
        {
            "typed": typed[:40],
            "error": _("No encontramos ningún certificado con ese código. Revisa que esté bien escrito."),
        },
        status=404,
    )


@require_GET
def verify(request, code: str):
    if _too_many_lookups(request):
        return _rate_limited(request)
    canonical = normalize_code(code)
    if canonical is None:
        raise Http404
    if canonical != code:
        return redirect("certificates:verify", canonical)
    # After the rate limit, so that cached pages never make lookups free.
    cached, generation = page_cache.fetch(request, page_cache.CERTIFICATES)
    if cached is not None:
        return cached
    certificate = get_object_or_404(Certificate, code=code)
    # After the holder deleted their account we no longer keep the signed credential.
    signature = (
        None if certificate.holder_erased_at else credentials.verify_credential(certificate.credential)
    )
    status_list = status_list_document(certificate.status_list)
    response = render(
        request,
        "capacitacion/certificates/verify.html",
        {
            "certificate": certificate,
            "status": certificate.display_status,
            "signature": signature,
            "revoked_in_list": credentials.is_revoked(status_list, certificate.status_index),
            "history": certificate_history(certificate),
        },
    )
    page_cache.store(
        request, response, page_cache.CERTIFICATES, generation, seconds=_seconds_until_expiry(certificate)
    )
    return response


def _seconds_until_expiry(certificate: Certificate) -> int | None:
    """A valid certificate's page says "valid" only until the end of its last day."""
    if certificate.display_status != "valid" or certificate.valid_until is None:
        return None
    return max(0, int((certificate.valid_through - timezone.now()).total_seconds()))


@require_GET
def credential(request, code: str):
    if _too_many_lookups(request):
        return _rate_limited(request)
    cached, generation = page_cache.fetch(request, page_cache.CERTIFICATES)
    if cached is not None:
        return cached
    certificate = get_object_or_404(Certificate, code=normalize_code(code) or "")
    if certificate.holder_erased_at:
        # The holder deleted their personal data; their own copy stays verifiable
        # with the issuer's public keys and the status list.
        return _public(JsonResponse({}, status=410))
    response = _public(JsonResponse(certificate.credential, content_type=CREDENTIAL_CONTENT_TYPE))
    page_cache.store(request, response, page_cache.CERTIFICATES, generation)
    return response


@require_GET
def status_list(request, number: int):
    if not Certificate.objects.filter(status_list=number).exists():
        raise Http404
    response = JsonResponse(status_list_document(number), content_type=CREDENTIAL_CONTENT_TYPE)
    # Verifiers may cache it briefly; a revocation shows within five minutes.
    response["Cache-Control"] = "public, max-age=300"
    return _public(response)


@require_GET
def issuer(request):
    return _public(JsonResponse(credentials.issuer_profile(), content_type="application/ld+json"))


@require_GET
def jwks(request):
    return _public(JsonResponse(credentials.jwks()))


@login_required
@require_GET
def download_pdf(request, certificate_uuid):
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrollment__course"), uuid=certificate_uuid
    )
    # Anyone else gets the same answer as for a certificate that does not exist.
    if not user_may_download_certificate(request.user, certificate) or not certificate.pdf:
        raise Http404
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=pdf_filename(certificate),
        content_type="application/pdf",
    )
