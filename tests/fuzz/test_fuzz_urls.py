"""Fuzz every URL a learner or an anonymous visitor can reach (issue 14): no 5xx.

The targets are derived, not listed: the URLconf is walked (language-prefixed
patterns included), Wagtail's catch-all is replaced by the live pages of the seeded
tree, and each page's <form>s give the field names sent to their action. Every URL is
then requested GET and POST with missing fields, wrong types, 1 MB strings, NUL bytes,
invalid UTF-8 escapes, huge and negative integers, other users' ids, repeated fields,
and JSON or XML bodies. The values are fixed (no randomness), so a run is repeatable;
it takes well under a minute per visitor on two cores.

CI runs it on PostgreSQL, where a NUL byte in a text query is a DataError."""

import re
import uuid
from html.parser import HTMLParser
from urllib.parse import quote, urlencode, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.models import Page

from capacitacion.services.enrollment import enroll
from capacitacion.services.quizzes import start_attempt
from capacitacion.tests.factories import CertificateFactory, CohortFactory, learner
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db

LANGUAGE_PREFIXES = ["", "pt/", "en/"]
# Staff-only, or Django's debug helpers: out of scope, except the admin's login page (GET).
SKIPPED_PREFIXES = ("admin/", "static/", "media/", "__debug__/")
# Requests that end the visitor's enrolment, session or account: run last, so that the
# others run while the learner is enrolled and signed in.
FINAL_MARKERS = ("/baja/", "eliminar-cuenta", "logout")
MEGABYTE = "x" * (1024 * 1024)
HUGE = str(2**63)
# Query-string parameters read by views we do not own the forms of (Wagtail's API,
# pagination, `next`): sent to every URL on top of those found in forms.
COMMON_PARAMETERS = [
    "next",
    "pagina",
    "page",
    "q",
    "search",
    "offset",
    "limit",
    "locale",
    "html_path",
    "type",
    "fields",
    "order",
    "child_of",
    "descendant_of",
    "id",
]


class Seed:
    """A course with modules, lessons and quizzes, a cohort, and two enrolled learners,
    each with an attempt and a certificate: the second one's ids are "other users' ids"."""

    def __init__(self, institution):
        self.course = build_course(institution, modules=1, lessons_per_module=1)
        self.cohort = CohortFactory(course=self.course)
        self.lesson = LessonPage.objects.descendant_of(self.course).first()
        self.quiz = QuizPage.objects.descendant_of(self.course).first()
        self.learner, self.other = learner(), learner()
        # Not enrolled: sees the forms an enrolled learner no longer gets (enrolment).
        self.newcomer = learner()
        self.enrollments = [
            enroll(user=u, course=self.course, cohort=self.cohort).enrollment
            for u in (self.learner, self.other)
        ]
        self.attempts = [start_attempt(user=u, quiz=self.quiz) for u in (self.learner, self.other)]
        self.certificates = [CertificateFactory(enrollment=e) for e in self.enrollments]

    def ids(self, name: str) -> list[str]:
        """Values for a URL's integer argument: ours, another learner's, and extremes."""
        known = {
            "course_id": [self.course.pk],
            "enrollment_id": [e.pk for e in self.enrollments],
            "lesson_id": [self.lesson.pk],
            "quiz_id": [self.quiz.pk],
            "attempt_id": [a.pk for a in self.attempts],
        }.get(name, [1])
        return [str(value) for value in known] + ["0", str(2**31), "9" * 18]

    def strings(self, name: str) -> list[str]:
        codes = [c.code for c in self.certificates] if "code" in name else []
        return codes + ["x", quote("ñ-\x00-", safe="")]

    def uuids(self) -> list[str]:
        return [str(c.uuid) for c in self.certificates] + [str(uuid.uuid4())]


def walk(patterns, prefix: str = ""):
    """(route with <converter:name> or regex groups, pattern) for every URL in the URLconf."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            pattern = entry.pattern
            inner = prefix + ("" if not hasattr(pattern, "language_prefix") else "{lang}") + _text(pattern)
            yield from walk(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern):
            yield prefix + _text(entry.pattern), entry


def _text(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        return str(pattern)
    if isinstance(pattern, RegexPattern):
        return str(pattern).lstrip("^").rstrip("$").replace("\\", "")
    return ""  # the language prefix pattern, handled by walk()


CONVERTER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)[*+?]?")


def concrete_urls(seed: Seed) -> list[str]:
    urls = set()
    pages = [page.url for page in Page.objects.live().specific() if page.url]
    for route, entry in walk(get_resolver().url_patterns):
        if getattr(entry, "name", None) == "wagtail_serve":
            # Wagtail's catch-all: the pages of the seeded tree, in every language.
            bare = [url.lstrip("/") for url in pages] + ["no-existe/", "cursos/%00/"]
            urls.update("/" + lang + path for path in bare for lang in LANGUAGE_PREFIXES)
            continue
        candidates = [route]
        for match in list(CONVERTER.finditer(route)) + list(GROUP.finditer(route)):
            name, converter = match["name"], match.groupdict().get("converter")
            if converter in {"id", "int"}:
                values = seed.ids(name)
            elif converter == "uuid":
                values = seed.uuids()
            else:
                values = seed.strings(name)
            candidates = [c.replace(match[0], v, 1) for c in candidates for v in values]
        for candidate in candidates:
            for lang in LANGUAGE_PREFIXES if "{lang}" in candidate else [""]:
                url = "/" + candidate.replace("{lang}", lang)
                if url.lstrip("/").startswith(SKIPPED_PREFIXES) and url != "/admin/login/":
                    continue
                urls.add(url)
    reachable = []
    for url in sorted(urls):
        try:
            resolve(urlsplit(url).path)
        except Resolver404:
            continue  # a regex this walk cannot fill in (e.g. an allauth key): its 404 is not a target
        reachable.append(url)
    return sorted(reachable, key=lambda url: any(marker in url for marker in FINAL_MARKERS))


class FormFields(HTMLParser):
    """name= of every input, select and textarea, by the path of their form's action."""

    def __init__(self, page_path: str):
        super().__init__()
        self.page_path, self.action, self.fields = page_path, None, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.action = urlsplit(attrs.get("action") or self.page_path).path
            self.fields.setdefault(self.action, set())
        elif tag in {"input", "select", "textarea", "button"} and attrs.get("name") and self.action:
            self.fields[self.action].add(attrs["name"])


def bad_values(seed: Seed) -> dict[str, object]:
    other_ids = [str(seed.enrollments[1].pk), str(seed.attempts[1].pk), str(seed.cohort.pk + 1)]
    return {
        "wrong type": "abc",
        "1 MB": MEGABYTE,
        "NUL": "a\x00b",
        "huge": HUGE,
        "negative": "-1",
        "superscript": "²",
        "emoji": "🦜",
        "other user's id": other_ids[0],
        "repeated": ["1", "abc", other_ids[1]],
        "empty": "",
    }


def requests_for(url: str, fields: set[str], seed: Seed):
    """(method, path, kwargs) for one URL: GET and POST with every kind of bad value."""
    names = sorted(fields | {"next"})
    query_names = sorted(fields | set(COMMON_PARAMETERS))
    yield "get", url, {}
    yield "post", url, {}  # every field missing
    for kind, value in bad_values(seed).items():
        if kind == "1 MB":
            # One 1 MB value at a time, not one per field.
            for name in names:
                yield "post", url, {"data": {name: value}}
            yield "get", url, {"QUERY_STRING": urlencode({query_names[0]: value})}
            continue
        yield "post", url, {"data": {name: value for name in names}}
        yield "get", url, {"QUERY_STRING": urlencode({name: value for name in query_names}, doseq=True)}
    for raw in ("%FF%FE", "%C0%80", "%00", "a=%ZZ", "=&=&&"):
        yield "get", url, {"QUERY_STRING": "&".join(f"{name}={raw}" for name in query_names)}
        yield (
            "post",
            url,
            {
                "data": "&".join(f"{name}={raw}" for name in names),
                "content_type": "application/x-www-form-urlencoded",
            },
        )
    yield "post", url, {"data": {name: 1 for name in names}, "content_type": "application/json"}
    yield "post", url, {"data": "[1, {]", "content_type": "application/json"}
    xml = "<form>" + "".join(f"<{n}>1</{n}>" for n in names if n.isidentifier()) + "</form>"
    yield "post", url, {"data": xml, "content_type": "application/xml"}
    yield "post", url, {"data": b"\xff\x00garbage", "content_type": "multipart/form-data; boundary=zz"}


def fuzz(client: Client, seed: Seed, login=None) -> tuple[int, list[str]]:
    """(requests sent, the first failing request of each method and URL)."""
    urls = concrete_urls(seed)
    newcomer = Client(raise_request_exception=False)
    newcomer.force_login(seed.newcomer)
    forms: dict[str, set[str]] = {}
    for url in urls:
        if login:
            login()
        for visitor in (client, newcomer):
            response = visitor.get(url)
            if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                parser = FormFields(urlsplit(url).path)
                parser.feed(response.content.decode("utf-8", "replace"))
                for action, names in parser.fields.items():
                    forms.setdefault(action, set()).update(names - {"csrfmiddlewaretoken"})
    failures: dict[tuple[str, str], str] = {}
    count = 0
    for url in urls:
        if login:
            login()
        methods = ["get"] if url.startswith("/admin/") else ["get", "post"]
        for method, path, kwargs in requests_for(url, forms.get(urlsplit(url).path, set()), seed):
            if method not in methods:
                continue
            kwargs = dict(kwargs)
            query = kwargs.pop("QUERY_STRING", None)
            target = f"{path}?{query}" if query is not None else path
            count += 1
            try:
                response = getattr(client, method)(target, **kwargs)
            except Exception as error:  # noqa: BLE001 - reported with the request that raised it
                outcome = repr(error)[:200]
            else:
                if response.status_code < 500:
                    continue
                outcome = str(response.status_code)
            failures.setdefault(
                (method, path), f"{method.upper()} {target[:150]} {str(kwargs)[:150]}: {outcome}"
            )
    return count, list(failures.values())


@pytest.fixture
def seed(institution):
    return Seed(institution)


def test_anonymous_visitor_meets_no_server_error(seed):
    client = Client(raise_request_exception=False)
    count, failures = fuzz(client, seed)
    assert count > 1000
    assert not failures, "\n".join(failures[:40])


def test_signed_in_learner_meets_no_server_error(seed):
    client = Client(raise_request_exception=False)
    count, failures = fuzz(client, seed, login=lambda: client.force_login(seed.learner))
    assert count > 1000
    assert not failures, "\n".join(failures[:40])
