"""Page weight: what a learner's browser downloads for a lesson, the catalog and a quiz.

Loads the demo (seed_demo) into a database of its own (bench/common.py), signs in as
the demo learner and fetches each page with Django's test client, then every asset the
page references: stylesheets, scripts (and anything a stylesheet pulls in with @import
or url()), served by WhiteNoise as in production. Images are counted apart: the budget
(issue 8) is for a page without its images:

- at most 60 KB of HTML + CSS + JS, uncompressed;
- at most 15 requests (the HTML and its assets);
- nothing from another site (fonts, CDNs).

Pages measured: the home, the catalog, the course page, its first module, the heaviest
lesson of the demo (by HTML), a quiz (its start page, a running attempt, the hand-in
review and the result), the dashboard, the sign-up page (signed out) and a certificate's
public verification page. Prints a table, merges the numbers into
bench/results.json under "pageweight" and exits 1 if any page is over budget.
Usage: .venv/bin/python bench/pageweight.py (or `make bench`)."""

import gzip
import re
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from common import save_results, setup_django, throwaway_database

BUDGET_BYTES = 60 * 1024
BUDGET_REQUESTS = 15
CSS_URL = re.compile(r"""@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)["']?\s*\)""")


class AssetParser(HTMLParser):
    """The URLs of the stylesheets, scripts and images an HTML page asks for."""

    def __init__(self):
        super().__init__()
        self.css, self.js, self.images, self.other, self.icons = [], [], [], [], []

    def icon(self) -> list[str]:
        """The one favicon a browser fetches: the SVG one where offered, else the first."""
        svg = [href for kind, href in self.icons if kind == "image/svg+xml"]
        return (svg or [href for _kind, href in self.icons])[:1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower().split()
            if "stylesheet" in rel:
                self.css.append(attrs["href"])
            elif "icon" in rel:
                self.icons.append((attrs.get("type", ""), attrs["href"]))
            elif {"preload", "modulepreload", "manifest"} & set(rel):
                self.other.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.js.append(attrs["src"])
        elif tag in ("img", "source"):
            # The browser downloads one candidate of a srcset: the first is counted.
            srcset = attrs.get("srcset")
            src = srcset.split(",")[0].split()[0] if srcset else attrs.get("src")
            if src:
                self.images.append(src)


@dataclass
class PageWeight:
    name: str
    path: str
    html: int = 0
    css: int = 0
    js: int = 0
    other: int = 0
    images: int = 0
    image_requests: int = 0
    requests: int = 1
    gzip: int = 0
    external: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.html + self.css + self.js + self.other

    @property
    def within_budget(self) -> bool:
        return self.total <= BUDGET_BYTES and self.requests <= BUDGET_REQUESTS and not self.external


def _is_external(url: str) -> bool:
    return bool(urlsplit(url).netloc) or url.startswith("//")


def _body(client, url: str) -> bytes:
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def _image_bytes(client, url: str) -> int:
    """An uploaded image's rendition is read from MEDIA_ROOT (the web server serves it in
    production, not Django); a static image through WhiteNoise."""
    from django.conf import settings

    if url.startswith(settings.MEDIA_URL):
        return (Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)).stat().st_size
    return len(_body(client, url))


def _gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def weigh(client, name: str, path: str) -> PageWeight:
    page = PageWeight(name=name, path=path)
    html = _body(client, path)
    page.html, page.gzip = len(html), _gzipped(html)
    parser = AssetParser()
    parser.feed(html.decode())
    queue = [("css", url) for url in parser.css] + [("js", url) for url in parser.js]
    queue += [("other", url) for url in parser.other + parser.icon()]
    seen = set()
    while queue:
        kind, url = queue.pop(0)
        url = urljoin(path, url)
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        if _is_external(url):
            page.external.append(url)
            continue
        data = _body(client, url)
        page.requests += 1
        page.gzip += _gzipped(data)
        setattr(page, kind, getattr(page, kind) + len(data))
        if kind == "css":
            for imported, referenced in CSS_URL.findall(data.decode()):
                queue.append(("css" if imported else "other", urljoin(url, imported or referenced)))
    for url in dict.fromkeys(urljoin(path, url) for url in parser.images):
        if _is_external(url):
            page.external.append(url)
            continue
        page.image_requests += 1
        page.images += _image_bytes(client, url)
    return page


def measure() -> dict:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from capacitacion.demo import DEMO_LEARNER
    from capacitacion.models import Certificate
    from capacitacion.services.quizzes import start_attempt, submit_attempt
    from cursos.models import CoursePage, LessonPage, ModulePage, QuizPage

    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="aula-pageweight-")
    call_command("seed_demo", stdout=StringIO())
    learner = get_user_model().objects.get(email=DEMO_LEARNER["email"])
    client = Client()
    client.force_login(learner)

    # The demo learner is enrolled in the risk communication course.
    course = CoursePage.objects.filter(slug="comunicacion-de-riesgos").order_by("pk").first()
    lessons = [
        weigh(client, "lesson", lesson.url) for lesson in LessonPage.objects.live().descendant_of(course)
    ]
    heaviest = max(lessons, key=lambda page: page.html)
    quiz = QuizPage.objects.live().descendant_of(course).order_by("path").first()
    module = ModulePage.objects.live().child_of(course).order_by("path").first()
    attempt = start_attempt(user=learner, quiz=quiz)
    pages = [
        weigh(client, "home", "/"),
        weigh(client, "catalog", "/cursos/"),
        weigh(client, "course", course.url),
        weigh(client, "module", module.url),
        heaviest,
        weigh(client, "quiz", quiz.url),
        weigh(client, "quiz attempt", f"/mi-aprendizaje/intentos/{attempt.pk}/"),
        weigh(client, "hand-in review", f"/mi-aprendizaje/intentos/{attempt.pk}/entregar/"),
    ]
    submit_attempt(user=learner, attempt_id=attempt.pk)
    pages += [
        weigh(client, "result", f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/"),
        weigh(client, "dashboard", "/mi-aprendizaje/"),
    ]
    certificate = Certificate.objects.order_by("pk").first()
    anonymous = Client()
    pages.append(weigh(anonymous, "sign-up", reverse("account_signup")))
    if certificate is not None:  # the demo issues one when its learner has completed a course
        pages.append(
            weigh(anonymous, "verification", reverse("certificates:verify", args=[certificate.code]))
        )
    return {
        "ran_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "budget": {"bytes": BUDGET_BYTES, "requests": BUDGET_REQUESTS},
        "lessons_measured": len(lessons),
        "pages": [
            {**asdict(page), "total": page.total, "within_budget": page.within_budget} for page in pages
        ],
    }


def report(result: dict) -> str:
    header = (
        f"{'page':<14}{'HTML':>9}{'CSS':>9}{'JS':>9}{'total':>9}{'gzip':>9}{'requests':>10}"
        f"{'images':>14}  budget"
    )
    lines = [header, "-" * len(header)]
    for page in result["pages"]:
        images = f"{page['image_requests']} / {page['images'] / 1024:.1f} KB"
        verdict = "ok" if page["within_budget"] else "OVER"
        if page["external"]:
            verdict += f" (other sites: {', '.join(page['external'])})"
        lines.append(
            f"{page['name']:<14}{page['html'] / 1024:>7.1f}KB{page['css'] / 1024:>7.1f}KB"
            f"{page['js'] / 1024:>7.1f}KB{page['total'] / 1024:>7.1f}KB{page['gzip'] / 1024:>7.1f}KB"
            f"{page['requests']:>10}{images:>14}  {verdict}"
        )
    lines.append(
        f"budget: {BUDGET_BYTES // 1024} KB of HTML+CSS+JS (uncompressed) and {BUDGET_REQUESTS} requests, "
        f"images apart; lesson = heaviest of {result['lessons_measured']} demo lessons"
    )
    for page in result["pages"]:
        lines.append(f"  {page['name']}: {page['path']}")
    return "\n".join(lines)


def main() -> int:
    setup_django()
    with throwaway_database("pageweight") as connection:
        result = {"database": connection.vendor, **measure()}
    save_results("pageweight", {result["database"]: result})
    print(report(result))
    return 0 if all(page["within_budget"] for page in result["pages"]) else 1


if __name__ == "__main__":
    sys.exit(main())
