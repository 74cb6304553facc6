"""The admin home's panel for coordinators and editors: the last 30 days of their
courses and the work waiting for them (approvals, essays, certificates whose task
did not finish). A fixed number of queries (reports.selectors.dashboard_counts)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from capacitacion.reports.selectors import DASHBOARD_DAYS, TASK_GRACE, dashboard_counts


class CoordinationPanel(Component):
    name = "coordination"
    template_name = "capacitacion/admin/reports/home_panel.html"
    # After Wagtail's own "what's new" and site summary, before the page lists.
    order = 120

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {
            "counts": dashboard_counts(self.user),
            "days": DASHBOARD_DAYS,
            "grace_minutes": int(TASK_GRACE.total_seconds() // 60),
            "reports_url": reverse("informes:index"),
            "grading_url": reverse("correccion:index"),
        }
