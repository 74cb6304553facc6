from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from capacitacion.admin.bulk_enrol import BULK_ENROL_ACTION
from capacitacion.admin.certificates import (
    REISSUE_ACTION,
    REVOKE_ACTION,
    CertificatePolicy,
    CertificateTemplatePolicy,
    certificate_template_viewset,
    certificate_viewset,
)
from capacitacion.admin.cohorts import cohort_viewset
from capacitacion.admin.enrollments import APPROVE_ACTION, REJECT_ACTION
from capacitacion.admin.scoping import CohortPermissionPolicy
from capacitacion.models import Certificate, CertificateTemplate, Cohort

# Registered before the viewset, so the admin checks cohorts with the scoped policy.
register_permission_policy(Cohort, CohortPermissionPolicy(Cohort))


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset


@hooks.register("register_log_actions")
def register_enrolment_log_actions(actions):
    actions.register_action(APPROVE_ACTION, _("Aprobar inscripción"), _("Inscripción aprobada"))
    actions.register_action(REJECT_ACTION, _("Rechazar inscripción"), _("Inscripción rechazada"))

    @actions.register_action(BULK_ENROL_ACTION)
    class BulkEnrolFormatter(LogFormatter):
        label = _("Inscripción masiva")

        def format_message(self, log_entry):
            try:
                return _("Inscripción masiva: %(applied)s de %(rows)s filas aplicadas") % log_entry.data
            except (KeyError, TypeError):
                return _("Inscripción masiva")


register_permission_policy(Certificate, CertificatePolicy(Certificate))
register_permission_policy(CertificateTemplate, CertificateTemplatePolicy(CertificateTemplate))


@hooks.register("register_admin_viewset")
def register_certificate_viewsets():
    return [certificate_viewset, certificate_template_viewset]


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    @actions.register_action(REVOKE_ACTION)
    class RevokeFormatter(LogFormatter):
        label = _("Revocar certificado")

        def format_message(self, log_entry):
            return _("Certificado revocado: %(reason)s") % {"reason": log_entry.data.get("reason", "")}

    @actions.register_action(REISSUE_ACTION)
    class ReissueFormatter(LogFormatter):
        label = _("Reemitir certificado")

        def format_message(self, log_entry):
            return _("Certificado reemitido: %(reason)s") % {"reason": log_entry.data.get("reason", "")}
