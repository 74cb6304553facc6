"""Browser tests: Playwright's sync API driving Debian's Chromium against pytest-django's
live server. Playwright's own browser download is not used (it does not work on the CI
machine), so without /usr/bin/chromium the tests skip and say why; with
REQUIRE_SERVICES=1 (CI) a missing browser is a failure instead."""

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.services import service_missing

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing outside the live server is reachable from CI (the admin links gravatar.com
    # avatars): fail such look-ups at once instead of waiting for DNS to time out.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
]
# Playwright's default for every expect() and action is 5s; the first admin page of a
# fresh live server (and PostgreSQL in CI) can be slower than that.
TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        service_missing(
            f"browser tests need Debian's Chromium at {CHROMIUM}: "
            "apt-get install --no-install-recommends chromium fonts-dejavu-core"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        service_missing("browser tests need Playwright: pip install -r requirements-dev.txt")
    # While Playwright's sync API is running, an asyncio event loop counts as running in
    # the main thread (Playwright drives it from a greenlet), so Django's async-safety
    # check would refuse every ORM call made meanwhile (fixtures, the tests' assertions,
    # later tests in the session) with SynchronousOnlyOperation. Those calls are plain
    # synchronous code on the main thread and are safe, so the check is switched off for
    # exactly as long as the browser is up.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_server(request, django_db_setup):
    """pytest-django's live server, answering one request at a time on in-memory SQLite.

    With in-memory SQLite every server thread shares the test's single connection, and
    the admin fires requests concurrently (autosave, editing-session pings, uploads), which
    then fail with "database table is locked". Django's plain WSGIServer handles requests
    in turn and closes each connection, as Django's own test suite does for this case. On
    PostgreSQL (CI) the usual threaded server, with a connection per request, is kept.
    It needs django_db_setup first: only then does the connection point at the test database."""
    from django.core.servers.basehttp import WSGIServer
    from django.db import connection
    from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
    from pytest_django.live_server_helper import LiveServer

    class SingleThreadedLiveServerThread(LiveServerThread):
        def _create_server(self, connections_override=None):
            return WSGIServer((self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False)

    addr = (
        request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    )
    server = LiveServer(addr, start=False)
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        thread = server.thread
        server.thread = SingleThreadedLiveServerThread(
            thread.host,
            static_handler=thread.static_handler,
            connections_override=thread.connections_override,
            port=thread.port,
        )
        server.thread.daemon = True
    server.start()
    yield server
    server.stop()


@pytest.fixture
def page(request, browser, transactional_db, live_server, tmp_path):
    """A fresh browser context (no cookies) per test, pointed at the live server.

    It depends on transactional_db so that it is torn down first: the browser is closed
    (no autosave or editing-session request in flight) before the database is flushed.

    The context's locale is Spanish, the network's default: users without a preferred
    admin language get the admin in Spanish whatever the machine's locale is."""
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 1280, "height": 900},
        locale="es-AR",
        timezone_id="America/Argentina/Buenos_Aires",
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        # What the browser showed when the test failed, for whoever reads the CI log.
        screenshot = tmp_path / "failure.png"
        page.screenshot(path=screenshot, full_page=True)
        (tmp_path / "failure.html").write_text(page.content())
        print(f"\nBrowser at failure ({page.url}): {screenshot} and failure.html")
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def e2e_settings(settings, tmp_path):
    """Uploaded images go to a temporary folder, not the project's media/. (Autosave is
    off in the project's settings: see WAGTAIL_AUTOSAVE_INTERVAL in aula/settings/base.py.)"""
    settings.MEDIA_ROOT = tmp_path / "media"


@dataclass
class Catalog:
    home: object
    catalog: object
    urp: object
    uagl: object


@pytest.fixture
def catalog(transactional_db, home_page):
    """Home > Cursos > two universities, built with the services the demo uses (the
    signals provision each institution's editors group and the review workflow), but
    without the demo courses, so the test depends on no demo content."""
    from cursos.models import CatalogPage, InstitutionPage

    home = home_page
    catalog = home.add_child(instance=CatalogPage(title="Cursos", slug="cursos"))
    urp = catalog.add_child(
        instance=InstitutionPage(
            title="Universidad Regional del Plata",
            slug="universidad-regional-del-plata",
            short_name="URP",
            country="AR",
        )
    )
    uagl = catalog.add_child(
        instance=InstitutionPage(
            title="Universidad Andina de Gestión Local",
            slug="universidad-andina-de-gestion-local",
            short_name="UAGL",
            country="PE",
        )
    )
    urp.refresh_from_db()
    uagl.refresh_from_db()
    return Catalog(home=home, catalog=catalog, urp=urp, uagl=uagl)


@dataclass
class People:
    urp_editor: object
    uagl_editor: object
    coordinator: object
    password: str = "clave-de-prueba-123"


@pytest.fixture
def people(catalog):
    from django.contrib.auth.models import Group

    from cursos.services import COORDINATION_GROUP
    from tests.factories import UserFactory

    urp_editor = UserFactory(username="editor.urp", first_name="Lucía", last_name="Fernández")
    urp_editor.groups.add(catalog.urp.editors_group)
    uagl_editor = UserFactory(username="editor.uagl", first_name="Mateus", last_name="Quispe")
    uagl_editor.groups.add(catalog.uagl.editors_group)
    coordinator = UserFactory(username="coordinacion", first_name="Ana", last_name="Benítez")
    coordinator.groups.add(Group.objects.get(name=COORDINATION_GROUP))
    return People(urp_editor=urp_editor, uagl_editor=uagl_editor, coordinator=coordinator)
