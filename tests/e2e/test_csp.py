"""With the Content-Security-Policy on, the learner pages and the main Wagtail admin
pages load and run without a single violation: no inline script or style on learner
pages, and nothing the admin's looser policy (under /admin/ only) does not allow.

Violations are caught twice over: the `securitypolicyviolation` events the page
fires (a listener installed before any script of the page runs) and Chromium's
console messages ("Refused to ...")."""

import pytest
from playwright.sync_api import Page

from tests.e2e.test_accessibility import demo, log_in, media_lesson  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  const what = event.blockedURI || "inline";
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${what} (${where})`);
});
"""


class Watch:
    """Every CSP violation on the pages visited, with the page it happened on."""

    def __init__(self, page: Page):
        self.page = page
        self.found: list[str] = []
        self.visited: list[str] = []
        page.add_init_script(LISTEN)
        page.on("console", self._console)

    def _console(self, message) -> None:
        text = message.text
        if "Content Security Policy" in text or text.startswith("Refused to"):
            self.found.append(f"{self.page.url}: console: {text}")

    def collect(self) -> None:
        self.page.wait_for_load_state("networkidle")
        self.visited.append(self.page.url)
        header = self.page.evaluate("() => window.__cspViolations || []")
        self.found += [f"{self.page.url}: {violation}" for violation in header]

    def visit(self, path: str) -> None:
        response = self.page.goto(path)
        assert response is not None and response.ok, f"{path} answered {response and response.status}"
        assert response.headers.get("content-security-policy"), f"{path} has no Content-Security-Policy"
        self.collect()


def test_learner_pages_run_without_csp_violations(page, live_server, demo):  # noqa: F811
    from capacitacion.demo import DEMO_LEARNER
    from capacitacion.services.quizzes import start_attempt

    watch = Watch(page)
    watch.visit("/")
    watch.visit("/cursos/")
    watch.visit(demo.course.url)
    watch.visit(f"/certificados/verificar/{demo.certificate.code}/")
    watch.visit("/cuentas/signup/")
    watch.visit("/cuentas/login/")
    log_in(page, "", DEMO_LEARNER["email"], DEMO_LEARNER["password"])
    watch.collect()
    watch.visit("/mi-aprendizaje/")
    watch.visit(demo.lesson.url)
    watch.visit(demo.media_lesson.url)
    # The media player script runs: pressing play builds the player in place.
    page.locator("main [data-media-play]").first.click()
    watch.collect()
    watch.visit(demo.quiz.url)
    learner = type(demo.certificate.enrollment.user).objects.get(email=DEMO_LEARNER["email"])
    attempt = start_attempt(user=learner, quiz=demo.quiz)
    watch.visit(f"/mi-aprendizaje/intentos/{attempt.pk}/")

    assert len(watch.visited) == 13
    assert not watch.found, "CSP violations:\n" + "\n".join(watch.found)

    # The watch sees what the policy blocks: an inline script, here on a learner page.
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = '1'; document.body.append(s); }"
    )
    watch.collect()
    assert any("script-src" in violation for violation in watch.found), watch.found


def test_admin_pages_run_without_csp_violations(page, live_server, demo):  # noqa: F811
    from django.urls import reverse

    from cursos.models import CatalogPage, QuestionBank
    from home.demo import DEMO_ADMIN

    watch = Watch(page)
    page.goto("/admin/")
    page.wait_for_url("**/cuentas/login/?next=/admin/")
    page.locator("#id_login").fill(DEMO_ADMIN["email"])
    page.locator("#id_password").fill(DEMO_ADMIN["password"])
    with page.expect_navigation():
        page.locator("#id_password").press("Enter")
    assert page.url.endswith("/admin/"), page.url
    watch.collect()

    catalog = CatalogPage.objects.order_by("pk").first()
    watch.visit(f"/admin/pages/{catalog.pk}/")
    watch.visit(f"/admin/pages/{demo.course.pk}/edit/")
    watch.visit(f"/admin/pages/{demo.quiz.pk}/edit/")
    watch.visit(reverse(QuestionBank.snippet_viewset.get_url_name("list")))
    watch.visit("/admin/images/")
    watch.visit(reverse("informes:enrolments"))
    watch.visit(reverse("informes:quizzes"))
    watch.visit(reverse("cohortes:add"))

    assert len(watch.visited) == 9
    assert not watch.found, "CSP violations:\n" + "\n".join(watch.found)
