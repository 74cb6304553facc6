from functools import partial

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from capacitacion.admin.certificates import (
    CertificatePolicy,
    CertificateTemplatePolicy,
    certificate_template_viewset,
    certificate_viewset,
)
from capacitacion.admin.cohorts import cohort_viewset
from capacitacion.admin.overrides import QuizOverridePermissionPolicy, quiz_override_viewset
from capacitacion.admin.reports import REPORT_MENU, report_menu_item, reports_viewset
from capacitacion.admin.scoping import CohortPermissionPolicy
from capacitacion.models import Certificate, CertificateTemplate, Cohort, QuizOverride
from capacitacion.services.bulk_enrol import BULK_ENROL_ACTION
from capacitacion.services.certificates import REISSUE_ACTION, REVOKE_ACTION
from capacitacion.services.enrollment import APPROVE_ACTION, MOVE_ACTION, REJECT_ACTION

# Registered before the viewset, so the admin checks cohorts with the scoped policy.
register_permission_policy(Cohort, CohortPermissionPolicy(Cohort))
register_permission_policy(QuizOverride, QuizOverridePermissionPolicy(QuizOverride))
register_permission_policy(Certificate, CertificatePolicy(Certificate))
register_permission_policy(CertificateTemplate, CertificateTemplatePolicy(CertificateTemplate))


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


@hooks.register("register_admin_viewset")
def register_grading_viewset():
    from capacitacion.admin.grading import grading_viewset

    return grading_viewset


@hooks.register("register_page_header_buttons")
def regrade_button(page, user, view_name, next_url=None):
    """On a quiz the user may edit: regrade its attempts after correcting a key."""
    from django.urls import reverse
    from wagtail.admin.widgets.button import Button

    from cursos.models import QuizPage

    if page.specific_class is QuizPage and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Recalificar intentos"),
            reverse("correccion:regrade", args=[page.pk]),
            icon_name="rotate",
            priority=80,
        )


@hooks.register("register_log_actions")
def register_grading_log_actions(actions):
    from capacitacion.services.grading import GRADE_ACTION, REGRADE_ACTION

    actions.register_action(GRADE_ACTION, _("Corregir desarrollos"), _("Desarrollos corregidos"))

    @actions.register_action(REGRADE_ACTION)
    class RegradeFormatter(LogFormatter):
        label = _("Recalificar intentos")

        def format_message(self, log_entry):
            try:
                message = _("Recalificación: %(attempts)s intentos, cambió el puntaje de %(changed)s")
                return message % log_entry.data
            except (KeyError, TypeError):
                return _("Recalificación de intentos")


@hooks.register("register_admin_viewset")
def register_quiz_override_viewset():
    return quiz_override_viewset


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


@hooks.register("register_admin_urls")
def register_learner_search_url():
    from django.urls import path

    from capacitacion.admin.learners import LearnerSearchView

    return [path("personas/", LearnerSearchView.as_view(), name="aula_learners")]


@hooks.register("register_admin_menu_item")
def register_learner_search_menu_item():
    from capacitacion.admin.learners import learners_menu_item

    return learners_menu_item()


@hooks.register("register_log_actions")
def register_ops_log_actions(actions):
    from capacitacion.services.privacy import DELETE_ACCOUNT_ACTION

    @actions.register_action(MOVE_ACTION)
    class MoveFormatter(LogFormatter):
        label = _("Cambiar de cohorte")

        def format_message(self, log_entry):
            try:
                return _("Cambio de cohorte: de %(from_name)s a %(to_name)s") % log_entry.data
            except (KeyError, TypeError):
                return _("Cambio de cohorte")

    @actions.register_action(DELETE_ACCOUNT_ACTION)
    class DeleteAccountFormatter(LogFormatter):
        label = _("Eliminar cuenta")

        def format_message(self, log_entry):
            return _("Una persona eliminó su cuenta y sus datos personales")


@hooks.register("register_admin_viewset")
def register_reports_viewset():
    return reports_viewset


# One menu item per report in Wagtail's "Informes" menu, each shown only to those
# who may see reports.
for _index in range(len(REPORT_MENU)):
    hooks.register("register_reports_menu_item", partial(report_menu_item, _index))


@hooks.register("register_page_header_buttons")
def item_analysis_button(page, user, view_name, next_url=None):
    """On a quiz in a course the user manages: its per-question analysis."""
    from django.urls import reverse
    from wagtail.admin.widgets.button import Button

    from capacitacion.reports.selectors import quiz_in_scope
    from cursos.models import QuizPage

    if page.specific_class is QuizPage and quiz_in_scope(user, page):
        yield Button(
            _("Análisis de preguntas"),
            reverse("informes:item_analysis", args=[page.pk]),
            icon_name="help",
            priority=85,
        )


@hooks.register("construct_homepage_panels")
def add_coordination_panel(request, panels):
    from capacitacion.admin.dashboard import CoordinationPanel
    from capacitacion.admin.home import add_editor_panels
    from capacitacion.reports.selectors import can_view_reports

    if can_view_reports(request.user):
        panels.append(CoordinationPanel(request.user))
    add_editor_panels(request.user, panels)
