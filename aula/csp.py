"""Content-Security-Policy: django-csp's middleware, with one addition. Learner pages
get settings.CONTENT_SECURITY_POLICY as it is (no inline script or style: the quiz
timer and media embed are files); the Wagtail admin, under /admin/, gets that policy
with settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE added, because some of its widgets
(date pickers, inline panels) still write inline script and style."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIX = "/admin/"


class AulaCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        # A view's own @csp_update still wins.
        if not report_only and parts.update is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE
        return parts
