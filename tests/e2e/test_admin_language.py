"""The admin an editor and a coordinator use is in Spanish or Brazilian Portuguese, not
half in English: Wagtail's own catalogs leave its newest strings untranslated, and
aula/wagtail_locale/ fills them in (docs/translation.md).

The test crawls their screens in es and in pt-BR (the user's admin language, as they
choose it in their account), collects every visible text node and the placeholder and
aria-label of visible elements, and fails if one of them is an English msgid of
Wagtail's catalogs, apart from a few words that are the same in Spanish or Portuguese.
It also fails if a page asks another host for anything."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Page

from tests.e2e.test_accessibility import demo  # noqa: F401 (fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Words and names in Wagtail's catalogs that are also correct Spanish and Portuguese
# (or a name), each checked by hand against the screens below.
COGNATES = {
    "Status",  # Portuguese too
    "Email",
    "Wagtail",
    "Logo",
    # The English locale's name, written in its own language as every language name is
    # (settings.LANGUAGES); reports list it once the demo has English pages.
    "English",
}

# A visible text node, or the placeholder / aria-label of a visible element. Skipped: the
# header's <nav aria-label="Actions">, which Wagtail 8.0.1 writes untranslated in
# wagtailadmin/shared/headers/_actions.html (in no catalog, so no catalog can fix it).
COLLECT_TEXTS = """() => {
  const texts = [];
  const visible = (element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, template, noscript, textarea")) continue;
    if (node.textContent.trim() && visible(parent)) texts.push(node.textContent);
  }
  for (const element of document.body.querySelectorAll("[placeholder], [aria-label]")) {
    if (!visible(element) || element.id === "w-slim-header-buttons") continue;
    for (const name of ["placeholder", "aria-label"]) {
      const value = element.getAttribute(name);
      if (value && value.trim()) texts.push(value);
    }
  }
  return texts;
}"""

# A quiz's edit form (many StreamField blocks) can take longer than the usual 15 s to
# settle on a busy machine.
SLOW_MS = 60_000

PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%[sd]|\{[a-z_]*\}")
TAG = re.compile(r"<[^>]+>")
NUMBER_NAME = re.compile(r"count|total|index|num_|number|_size")


def read_msgids(path: Path) -> list[str]:
    """The msgids and msgid_plurals of a .po file (a tiny reader: no msgctxt needed)."""
    msgids, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        keyword = re.match(r"^(msgid|msgid_plural|msgstr(?:\[\d+\])?|msgctxt) (\".*\")$", line)
        if keyword:
            current = [] if keyword.group(1) in ("msgid", "msgid_plural") else None
            if current is not None:
                msgids.append(current)
                current.append(keyword.group(2))
        elif line.startswith('"') and current is not None:
            current.append(line)
        elif not line.startswith('"'):
            current = None
    return ["".join(ast.literal_eval(part) for part in parts) for parts in msgids]


def placeholder_pattern(placeholder: str) -> str:
    """A number for a %d or a count, index, total…; any text for the rest."""
    if placeholder.endswith("d") or NUMBER_NAME.search(placeholder):
        return r"[\d.,]+"
    return ".+?"


def english_texts() -> tuple[set[str], re.Pattern]:
    """Exact English texts and one pattern for those with placeholders, made from every
    Wagtail msgid: split at HTML tags (a text node never spans one), whitespace
    collapsed. A part with placeholders needs enough English around them not to match
    Spanish or Portuguese by chance ("%(a)s for %(b)s" would match Portuguese "for"):
    four letters, or two next to a number ("1-1 of 1 página")."""
    import wagtail

    wagtail_dir = Path(wagtail.__file__).parent
    paths = sorted(wagtail_dir.glob("**/locale/es/LC_MESSAGES/django.po"))
    paths += sorted((Path(settings.BASE_DIR) / "aula" / "wagtail_locale").glob("*/LC_MESSAGES/django.po"))
    assert len(paths) > 10, paths
    exact, patterns = set(), set()
    for path in paths:
        for msgid in read_msgids(path):
            for part in TAG.split(msgid):
                part = " ".join(part.split())
                letters = len(re.findall(r"[A-Za-z]", PLACEHOLDER.sub("", part)))
                placeholders = PLACEHOLDER.findall(part)
                if not placeholders:
                    if letters >= 2:
                        exact.add(part)
                    continue
                pieces = [placeholder_pattern(found) for found in placeholders]
                if letters >= 4 or (letters >= 2 and r"[\d.,]+" in pieces):
                    literal = [re.escape(text) for text in PLACEHOLDER.split(part)]
                    patterns.add(
                        literal[0] + "".join(p + text for p, text in zip(pieces, literal[1:], strict=True))
                    )
    return exact - COGNATES, re.compile("(?:" + "|".join(sorted(patterns)) + ")")


class Crawl:
    """Visits admin pages and keeps the English texts found and the requests to other hosts."""

    def __init__(self, page: Page, origin: str):
        self.page = page
        self.origin = origin.rstrip("/")
        self.exact, self.pattern = english_texts()
        self.english: dict[str, set[str]] = {}
        self.elsewhere: list[str] = []
        self.visited: list[str] = []
        page.on("request", self._request)

    def _request(self, request) -> None:
        url = request.url
        if not (url.startswith(f"{self.origin}/") or url.startswith(("data:", "blob:"))):
            self.elsewhere.append(f"{self.page.url} -> {url}")

    def collect(self) -> None:
        self.page.wait_for_load_state("networkidle", timeout=SLOW_MS)
        where = self.page.url.removeprefix(self.origin)
        self.visited.append(where)
        for text in self.page.evaluate(COLLECT_TEXTS):
            text = " ".join(text.split())
            if text in COGNATES:
                continue
            if text in self.exact or self.pattern.fullmatch(text):
                self.english.setdefault(text, set()).add(where)

    def visit(self, path: str, tabs: bool = False) -> None:
        response = self.page.goto(path, wait_until="domcontentloaded", timeout=SLOW_MS)
        assert response is not None and response.ok, f"{path} answered {response and response.status}"
        assert self.page.url.removeprefix(self.origin) == path, f"{path} led to {self.page.url}"
        self.collect()
        if tabs:  # an edit form: every tab (the slug is on "Promote")
            for tab in self.page.locator("[role=tablist] [role=tab]").all():
                if tab.is_visible():
                    tab.click()
                    self.collect()

    def report(self) -> str:
        return "\n".join(
            f"{text!r} on {', '.join(sorted(where))}" for text, where in sorted(self.english.items())
        )


def log_in(page: Page, email: str, password: str) -> None:
    page.context.clear_cookies()
    page.goto("/admin/")
    page.wait_for_url("**/cuentas/login/?next=/admin/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    with page.expect_navigation():
        page.locator("#id_password").press("Enter")
    assert page.url.endswith("/admin/"), page.url


@pytest.fixture
def staff(demo):  # noqa: F811
    """An editor of the demo course's university and a coordinator, with the admin
    language of the test; an image and a document in the university's collection."""
    from django.contrib.auth.models import Group
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection

    from cursos.services import COORDINATION_GROUP
    from tests.factories import UserFactory

    institution = demo.course.get_parent().specific
    editor = UserFactory(username="editora", first_name="Lucía", last_name="Fernández")
    editor.groups.add(institution.editors_group)
    coordinator = UserFactory(username="coordinadora", first_name="Ana", last_name="Benítez")
    coordinator.groups.add(Group.objects.get(name=COORDINATION_GROUP))
    collection = Collection.objects.filter(name=institution.title).first() or Collection.get_first_root_node()
    Image.objects.create(title="Mapa de alertas", file=get_test_image_file(), collection=collection)
    Document.objects.create(
        title="Guía de fuentes",
        file=ContentFile(b"Fuentes oficiales.", name="guia.txt"),
        collection=collection,
    )
    return institution, editor, coordinator


def set_admin_language(users, language: str) -> None:
    from wagtail.users.models import UserProfile

    for user in users:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()


@pytest.mark.parametrize("language", ["es", "pt-br"])
def test_editor_and_coordinator_screens_show_no_english_wagtail_string(
    page: Page,
    live_server,
    demo,  # noqa: F811 (the fixture imported above)
    staff,
    language,
    tmp_path,
):
    from django.urls import reverse

    from capacitacion.models import Cohort
    from cursos.models import CatalogPage, QuestionBank

    institution, editor, coordinator = staff
    set_admin_language([editor, coordinator], language)
    page.set_viewport_size({"width": 1280, "height": 800})
    crawl = Crawl(page, live_server.url)
    catalog = CatalogPage.objects.order_by("pk").first()
    cohort = Cohort.objects.filter(course=demo.course).order_by("pk").first()
    password = "clave-de-prueba-123"

    def common_screens() -> None:
        crawl.visit(f"/admin/pages/{institution.pk}/")
        crawl.visit(f"/admin/pages/{demo.course.pk}/edit/", tabs=True)
        crawl.visit(f"/admin/pages/{demo.quiz.pk}/edit/", tabs=True)
        crawl.visit(f"/admin/pages/{demo.lesson.get_parent().pk}/add_subpage/")  # lesson or quiz
        # The create form, then sent empty: the validation banner and its errors.
        crawl.visit(f"/admin/pages/add/cursos/modulepage/{demo.course.pk}/", tabs=True)
        with page.expect_navigation():
            page.locator("button.action-save").first.click()
        crawl.collect()
        crawl.visit("/admin/images/")
        crawl.visit("/admin/documents/")
        crawl.visit(reverse(QuestionBank.snippet_viewset.get_url_name("list")))
        crawl.visit(reverse("correccion:index"))
        crawl.visit(reverse("informes:enrolments"))
        crawl.visit(reverse("informes:quizzes"))
        crawl.visit(reverse("wagtailadmin_reports:workflow"))
        crawl.visit(reverse("wagtailadmin_reports:workflow_tasks"))
        crawl.visit(reverse("wagtailadmin_reports:page_types_usage"))
        crawl.visit(reverse("wagtailadmin_account"))

    log_in(page, editor.email, password)
    crawl.collect()  # the dashboard
    if language == "es":
        page.screenshot(path=tmp_path / "admin-es-dashboard.png")
    common_screens()

    log_in(page, coordinator.email, password)
    crawl.collect()
    crawl.visit(f"/admin/pages/{catalog.pk}/")
    common_screens()
    if language == "es":
        crawl.visit(f"/admin/pages/{demo.course.pk}/edit/")
        page.screenshot(path=tmp_path / "admin-es-course-edit.png")
    crawl.visit(reverse("cohortes:index"))
    crawl.visit(reverse("cohortes:add"))
    crawl.visit(reverse("cohortes:enrollments", args=[cohort.pk]))
    crawl.visit(reverse("informes:enrolment_detail"))
    crawl.visit(reverse("informes:quiz_scores"))
    crawl.visit(reverse("informes:certificates"))
    crawl.visit(reverse("informes:item_analysis", args=[demo.quiz.pk]))
    crawl.visit(reverse("certificados:index"))
    crawl.visit(reverse("plantillas-certificado:index"))
    crawl.visit(reverse("excepciones:index"))
    crawl.visit(reverse("aula_learners"))

    assert len(crawl.visited) > 40, crawl.visited
    assert not crawl.english, f"English Wagtail strings in the {language} admin:\n" + crawl.report()
    assert not crawl.elsewhere, "requests to other hosts:\n" + "\n".join(crawl.elsewhere)
