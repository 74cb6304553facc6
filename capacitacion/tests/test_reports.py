"""The coordination reports: scope, numbers against direct counts, filters that
combine, exports that open and agree with each other and with the page."""

import csv
import datetime
import io
from collections import Counter, defaultdict
from decimal import Decimal
from html.parser import HTMLParser

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from capacitacion.models import (
    Certificate,
    CertificateStatus,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    QuizResult,
)
from capacitacion.tests.factories import CertificateFactory, CohortFactory, EnrollmentFactory, learner
from cursos.models import LessonPage, QuizPage
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPORTS = [
    "informes:enrolments",
    "informes:enrolment_detail",
    "informes:quiz_scores",
    "informes:certificates",
]
DETAIL_HEADINGS = [
    "Nombre",
    "Correo",
    "País",
    "Ciudad",
    "Ocupación",
    "Curso",
    "Cohorte",
    "Estado",
    "Inscripción",
    "Completada",
    "Certificado",
]
GROUPS = ["course", "cohort", "country", "city", "role", "month"]


def at(month: int, day: int = 15) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2026, month, day, 12, 0))


@pytest.fixture
def other_course(other_institution):
    return build_course(other_institution, modules=1, lessons_per_module=1, title="Formulación de proyectos")


@pytest.fixture
def seeded(course, other_course):
    """Enrolments in both institutions' courses, with profiles in several countries,
    cities and roles, in three months; quiz results and certificates on some."""
    cohort = CohortFactory(course=course, name="Cohorte Rosario")
    other_cohort = CohortFactory(course=other_course, name="Cohorte Andina")
    people = [
        learner(full_name="Ana Pérez", country="AR", city="Rosario", role="journalist"),
        learner(full_name="Bruno Díaz", country="AR", city="Córdoba", role="municipal"),
        learner(full_name="Carla Souza", country="BR", city="Porto Alegre", role="communicator"),
        learner(full_name="Diego Muñoz", country="CL", city="Valparaíso", role="journalist"),
        UserFactory(username="sin-perfil"),
    ]
    plan = [
        # (person, course, cohort, status, month)
        (0, course, cohort, EnrollmentStatus.COMPLETED, 1),
        (1, course, cohort, EnrollmentStatus.ACTIVE, 1),
        (2, course, None, EnrollmentStatus.COMPLETED, 2),
        (3, course, None, EnrollmentStatus.PENDING, 3),
        (4, course, cohort, EnrollmentStatus.ACTIVE, 3),
        (0, other_course, other_cohort, EnrollmentStatus.ACTIVE, 2),
        (3, other_course, other_cohort, EnrollmentStatus.COMPLETED, 2),
    ]
    quizzes = {
        c.pk: QuizPage.objects.descendant_of(c).order_by("path").first() for c in (course, other_course)
    }
    for index, (person, in_course, in_cohort, status, month) in enumerate(plan):
        enrollment = EnrollmentFactory(user=people[person], course=in_course, cohort=in_cohort, status=status)
        Enrollment.objects.filter(pk=enrollment.pk).update(created_at=at(month))
        if status != EnrollmentStatus.PENDING:
            score = Decimal([95, 40, 70, 10, 100, 55, 85][index])
            result = QuizResult.objects.create(
                enrollment=enrollment, quiz=quizzes[in_course.pk], score_percent=score, passed=score >= 70
            )
            QuizResult.objects.filter(pk=result.pk).update(updated_at=at(month, 20))
        if status == EnrollmentStatus.COMPLETED:
            certificate = CertificateFactory(enrollment=enrollment, issued_at=at(month, 25))
            if index == 2:
                certificate.status, certificate.revoked_at = CertificateStatus.REVOKED, at(month, 26)
                certificate.save()
    return {"course": course, "other_course": other_course, "cohort": cohort, "other_cohort": other_cohort}


class TableParser(HTMLParser):
    """The text of each row of the page's listing table (header row included)."""

    def __init__(self):
        super().__init__()
        self.rows, self._row, self._cell, self._in_table = [], None, None, False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and "listing" in (dict(attrs).get("class") or ""):
            self._in_table = True
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._row is not None and tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "table":
            self._in_table = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def page_rows(client, url_name, params=None) -> list[list[str]]:
    response = client.get(reverse(url_name), params or {})
    assert response.status_code == 200
    parser = TableParser()
    parser.feed(response.content.decode())
    return parser.rows[1:]


def csv_rows(client, url_name, params=None) -> list[dict]:
    response = client.get(reverse(url_name), {**(params or {}), "export": "csv"})
    assert response.status_code == 200
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    # Spanish staff: what Excel set to es-AR opens as it is.
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def decimal_comma(value: Decimal) -> str:
    return str(value).replace(".", ",")


def xlsx_rows(client, url_name, params=None) -> list[dict]:
    response = client.get(reverse(url_name), {**(params or {}), "export": "xlsx"})
    assert response.status_code == 200
    assert response.streaming
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    heading, *rows = workbook.active.iter_rows(values_only=True)
    # Read-only sheets leave out a row's trailing empty cells.
    return [dict(zip(heading, row + (None,) * (len(heading) - len(row)), strict=True)) for row in rows]


def normal(value) -> str:
    """One spelling for a value as the CSV, the XLSX and the page write it."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value).strip()
    try:
        return str(Decimal(text.replace(",", ".")).normalize())
    except ArithmeticError:
        return text[:16] if text[:4].isdigit() and text[4:5] == "-" else text


def by_label(rows: list[dict]) -> dict[str, dict]:
    first = next(iter(rows[0])) if rows else None
    return {row[first]: row for row in rows}


def test_reports_are_refused_to_admin_users_without_courses(client, seeded):
    outsider = UserFactory()
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    for name in [*REPORTS, "informes:quizzes"]:
        for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
            denied = client.get(reverse(name), params)
            # Wagtail turns PermissionDenied into a redirect to the admin home.
            assert (denied.status_code, denied["Location"]) == (302, reverse("wagtailadmin_home"))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("informes:enrolments") not in home


@pytest.mark.parametrize("url_name", REPORTS)
@pytest.mark.parametrize("output", ["page", "csv", "xlsx"])
def test_editors_see_only_their_courses_coordinators_all(
    client, seeded, editor, coordinator, url_name, output
):
    params = {"group_by": "course"}
    read = {"page": page_rows, "csv": csv_rows, "xlsx": xlsx_rows}[output]
    client.force_login(editor)
    text = str(read(client, url_name, params))
    assert "Comunicación de riesgos" in text
    assert "Formulación de proyectos" not in text
    client.force_login(coordinator)
    text = str(read(client, url_name, params))
    assert "Comunicación de riesgos" in text
    assert "Formulación de proyectos" in text


def test_a_cohort_outside_the_scope_is_refused_not_ignored(client, seeded, editor):
    client.force_login(editor)
    rows = csv_rows(client, "informes:enrolments", {"cohort": seeded["other_cohort"].pk})
    assert rows == []
    assert page_rows(client, "informes:enrolment_detail", {"cohort": seeded["other_cohort"].pk}) == []


def profile_value(enrollment, field, default="Sin dato"):
    profile = getattr(enrollment.user, "learner_profile", None)
    if profile is None:
        return default
    return str(getattr(profile, f"get_{field}_display")()) if field != "city" else profile.city


def group_of(enrollment, group_by, when):
    if group_by == "course":
        return enrollment.course.title
    if group_by == "cohort":
        return enrollment.cohort.name if enrollment.cohort else "Sin cohorte"
    if group_by == "month":
        return timezone.localtime(when).strftime("%Y-%m")
    return profile_value(enrollment, group_by)


@pytest.mark.parametrize("group_by", GROUPS)
def test_enrolment_report_equals_a_direct_count(client, seeded, coordinator, group_by):
    client.force_login(coordinator)
    rows = by_label(csv_rows(client, "informes:enrolments", {"group_by": group_by}))
    expected = defaultdict(Counter)
    learners = defaultdict(set)
    active = defaultdict(set)
    for enrollment in Enrollment.objects.select_related("course", "cohort", "user__learner_profile"):
        group = group_of(enrollment, group_by, enrollment.created_at)
        expected[group]["enrolments"] += 1
        expected[group]["completed"] += enrollment.status == EnrollmentStatus.COMPLETED
        expected[group]["started"] += enrollment.status in (
            EnrollmentStatus.ACTIVE,
            EnrollmentStatus.COMPLETED,
        )
        learners[group].add(enrollment.user_id)
        if enrollment.status == EnrollmentStatus.ACTIVE:
            active[group].add(enrollment.user_id)
    assert set(rows) == set(expected)
    for group, counts in expected.items():
        row = rows[group]
        assert int(row["Inscripciones"]) == counts["enrolments"]
        assert int(row["Personas"]) == len(learners[group])
        assert int(row["Personas activas"]) == len(active[group])
        assert int(row["Completadas"]) == counts["completed"]
        rate = (Decimal(counts["completed"] * 100) / counts["started"]).quantize(Decimal("0.1"))
        assert row["Tasa de finalización (%)"] == (decimal_comma(rate) if counts["started"] else "")


def test_filters_combine(client, seeded, coordinator):
    client.force_login(coordinator)
    params = {
        "group_by": "city",
        "country": "AR",
        "role": "journalist",
        "course": seeded["course"].pk,
        "date_from": "2026-01-01",
        "date_to": "2026-01-31",
    }
    rows = csv_rows(client, "informes:enrolments", params)
    direct = Enrollment.objects.filter(
        user__learner_profile__country="AR",
        user__learner_profile__role="journalist",
        course=seeded["course"],
        created_at__gte=at(1, 1),
        created_at__lt=at(2, 1),
    )
    assert direct.count() == 1
    assert [(row["Ciudad"], row["Inscripciones"]) for row in rows] == [("Rosario", "1")]
    # City matches whatever its case; the detail lists the same person.
    detail = csv_rows(client, "informes:enrolment_detail", {**params, "city": "rosario"})
    assert [row["Nombre"] for row in detail] == ["Ana Pérez"]
    assert csv_rows(client, "informes:enrolment_detail", {**params, "date_to": "2025-12-31"}) == []


@pytest.mark.parametrize("group_by", [*GROUPS, "quiz"])
def test_quiz_score_report_equals_a_direct_count(client, seeded, coordinator, group_by):
    client.force_login(coordinator)
    rows = by_label(csv_rows(client, "informes:quiz_scores", {"group_by": group_by}))
    scores = defaultdict(list)
    for result in QuizResult.objects.select_related(
        "quiz", "enrollment__course", "enrollment__cohort", "enrollment__user__learner_profile"
    ):
        group = (
            result.quiz.title
            if group_by == "quiz"
            else group_of(result.enrollment, group_by, result.updated_at)
        )
        scores[group].append(result.score_percent)
    assert set(rows) == set(scores)
    for group, values in scores.items():
        row = rows[group]
        assert int(row["Resultados"]) == len(values)
        assert row["Promedio (%)"] == decimal_comma((sum(values) / len(values)).quantize(Decimal("0.1")))
        assert int(row["Aprobados"]) == sum(value >= 70 for value in values)
        bands = [
            int(row[f"{low}–{high} %"]) for low, high in [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100)]
        ]
        expected = [
            sum(low <= v < high for v in values) for low, high in [(0, 20), (20, 40), (40, 60), (60, 80)]
        ]
        assert bands == [*expected, sum(v >= 80 for v in values)]


@pytest.mark.parametrize("group_by", GROUPS)
def test_certificate_report_equals_a_direct_count(client, seeded, coordinator, group_by):
    client.force_login(coordinator)
    rows = by_label(csv_rows(client, "informes:certificates", {"group_by": group_by}))
    expected = defaultdict(Counter)
    for certificate in Certificate.objects.select_related(
        "enrollment__course", "enrollment__cohort", "enrollment__user__learner_profile"
    ):
        group = group_of(certificate.enrollment, group_by, certificate.issued_at)
        expected[group]["issued"] += 1
        expected[group][certificate.status] += 1
    assert set(rows) == set(expected)
    for group, counts in expected.items():
        assert int(rows[group]["Emitidos"]) == counts["issued"]
        assert int(rows[group]["Revocados"]) == counts["revoked"]
        assert int(rows[group]["Válidos"]) == counts["valid"]
    assert sum(int(row["Revocados"]) for row in rows.values()) == 1


@pytest.mark.parametrize(
    "url_name,params",
    [
        ("informes:enrolments", {"group_by": "month"}),
        ("informes:enrolments", {"group_by": "country", "course": "COURSE"}),
        ("informes:enrolment_detail", {}),
        ("informes:quiz_scores", {"group_by": "quiz"}),
        ("informes:certificates", {"group_by": "role"}),
    ],
)
def test_csv_xlsx_and_page_agree(client, seeded, editor, url_name, params):
    params = {key: seeded["course"].pk if value == "COURSE" else value for key, value in params.items()}
    client.force_login(editor)
    from_csv = csv_rows(client, url_name, params)
    from_xlsx = xlsx_rows(client, url_name, params)
    assert from_csv
    assert [list(row) for row in from_csv][0] == list(from_xlsx[0])
    assert [[normal(v) for v in row.values()] for row in from_csv] == [
        [normal(v) for v in row.values()] for row in from_xlsx
    ]
    on_page = page_rows(client, url_name, params)
    if url_name == "informes:enrolment_detail":
        # Dates are localised on the page: compare everything else.
        dates = {"Inscripción", "Completada"}
        from_csv = [{k: v for k, v in row.items() if k not in dates} for row in from_csv]
        on_page = [
            [cell for cell, key in zip(row, DETAIL_HEADINGS, strict=True) if key not in dates]
            for row in on_page
        ]
    assert [[normal(v) for v in row.values()] for row in from_csv] == [
        [normal(v) for v in row] for row in on_page
    ]


def test_detail_report_has_one_row_per_enrolment_with_its_certificate(client, seeded, editor):
    client.force_login(editor)
    rows = csv_rows(client, "informes:enrolment_detail", {"status": EnrollmentStatus.COMPLETED})
    expected = Enrollment.objects.filter(course=seeded["course"], status=EnrollmentStatus.COMPLETED)
    assert len(rows) == expected.count() == 2
    codes = set(Certificate.objects.filter(enrollment__in=expected).values_list("code", flat=True))
    assert {row["Certificado"] for row in rows} == codes
    assert {row["Estado"] for row in rows} == {"Completada"}


def report_queries(client, url_name, params) -> int:
    # Each request empties the connection's query log as it starts: begin from an
    # empty log, or the capture would subtract the previous request's queries.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse(url_name), params).status_code == 200
    assert len(captured) > 0
    return len(captured)


@pytest.mark.parametrize("url_name", REPORTS)
def test_a_report_page_costs_the_same_queries_whatever_the_data(client, seeded, coordinator, url_name):
    client.force_login(coordinator)
    params = {"group_by": "city", "country": "AR"}
    client.get(reverse(url_name), params)  # warm the session and the caches
    before = report_queries(client, url_name, params)
    course = seeded["course"]
    for number in range(12):
        enrollment = EnrollmentFactory(
            user=learner(country="AR", city=f"Ciudad {number}"),
            course=course,
            status=EnrollmentStatus.COMPLETED,
        )
        QuizResult.objects.create(
            enrollment=enrollment,
            quiz=QuizPage.objects.descendant_of(course).first(),
            score_percent=number * 5,
            passed=False,
        )
        CertificateFactory(enrollment=enrollment)
    assert report_queries(client, url_name, params) == before


def test_reports_menu_shows_the_reports_to_editors(client, seeded, editor):
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    for name in [*REPORTS, "informes:quizzes"]:
        assert f'"url": "{reverse(name)}"' in home


def test_exports_do_not_turn_learner_text_into_formulas(client, course, editor):
    EnrollmentFactory(
        course=course, user=learner(full_name='=HYPERLINK("http://x.example","Ana")', city="+54")
    )
    client.force_login(editor)
    [row] = csv_rows(client, "informes:enrolment_detail")
    assert (row["Nombre"], row["Ciudad"]) == ('\'=HYPERLINK("http://x.example","Ana")', "'+54")
    response = client.get(reverse("informes:enrolment_detail"), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    name = sheet.cell(row=2, column=1)
    assert (name.value, name.data_type) == ('=HYPERLINK("http://x.example","Ana")', "s")


@pytest.mark.parametrize("url_name", REPORTS)
def test_filter_choices_offer_only_the_editors_courses_and_cohorts(client, seeded, editor, url_name):
    client.force_login(editor)
    html = client.get(reverse(url_name)).content.decode()
    assert f'<option value="{seeded["course"].pk}">Comunicación de riesgos</option>' in html
    assert "Cohorte Rosario" in html
    assert "Formulación de proyectos" not in html
    assert "Cohorte Andina" not in html


# --- Overview ----------------------------------------------------------------------


def overview_totals(client) -> dict[str, int]:
    response = client.get(reverse("informes:index"))
    assert response.status_code == 200
    overview = response.context["overview"]
    return {
        "learners": overview.learners,
        "enrolments": overview.enrolments,
        "completions": overview.completions,
        "certificates": overview.certificates,
        "courses": sorted(row.title for row in overview.funnel),
    }


def test_overview_editors_see_their_institution_coordinators_all(client, seeded, editor, coordinator):
    client.force_login(editor)
    mine = Enrollment.objects.filter(course=seeded["course"])
    assert overview_totals(client) == {
        "learners": mine.values("user").distinct().count(),
        "enrolments": mine.count(),
        "completions": mine.filter(status=EnrollmentStatus.COMPLETED).count(),
        "certificates": Certificate.objects.filter(
            enrollment__in=mine, status=CertificateStatus.VALID
        ).count(),
        "courses": ["Comunicación de riesgos"],
    }
    html = client.get(reverse("informes:index")).content.decode()
    assert "Formulación de proyectos" not in html
    client.force_login(coordinator)
    assert overview_totals(client) == {
        "learners": 5,
        "enrolments": 7,
        "completions": 3,
        "certificates": 2,
        "courses": ["Comunicación de riesgos", "Formulación de proyectos"],
    }


def test_overview_is_refused_to_admin_users_without_courses(client, seeded):
    outsider = UserFactory()
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    denied = client.get(reverse("informes:index"))
    assert (denied.status_code, denied["Location"]) == (302, reverse("wagtailadmin_home"))


def test_overview_charts_have_titles_and_data_tables(client, seeded, coordinator):
    client.force_login(coordinator)
    html = client.get(reverse("informes:index")).content.decode()
    assert html.count('role="img"') == 3
    assert html.count("<title id=") == 3
    assert html.count("<details") >= 3
    for chart in ("months", "funnel", "countries"):
        assert f'data-chart="{chart}"' in html
    # Per month, 12 months of rows; per country, the learners of each.
    overview = client.get(reverse("informes:index")).context["overview"]
    assert len(overview.months) == 12
    assert {row.label: row.learners for row in overview.countries} == {
        "Argentina": 2,
        "Brasil": 1,
        "Chile": 1,
        "Sin dato": 1,
    }
    funnel = {row.title: (row.enrolled, row.started, row.completed) for row in overview.funnel}
    # Nobody did a lesson or a quiz attempt here: only completions count as started.
    assert funnel["Comunicación de riesgos"] == (5, 2, 2)


def test_overview_months_count_enrolments_and_completions_in_local_time(client, course, coordinator):
    now = timezone.localtime()
    first_of_month = now.replace(day=1, hour=0, minute=30, second=0, microsecond=0)
    enrollment = EnrollmentFactory(course=course, status=EnrollmentStatus.COMPLETED, completed_at=now)
    # 00:30 local on the 1st is still the previous month in UTC west of Greenwich.
    Enrollment.objects.filter(pk=enrollment.pk).update(created_at=first_of_month)
    client.force_login(coordinator)
    months = client.get(reverse("informes:index")).context["overview"].months
    assert (months[-1].month, months[-1].enrolments, months[-1].completions) == (
        now.date().replace(day=1),
        1,
        1,
    )
    assert sum(row.enrolments for row in months) == 1


def test_the_reports_menu_leads_to_the_overview(client, seeded, editor):
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"url": "{reverse("informes:index")}"' in home
    assert reverse("informes:index") == "/admin/informes/"


def overview_queries(client) -> int:
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("informes:index")).status_code == 200
    return len(captured)


@pytest.mark.parametrize("who", ["editor", "coordinator"])
def test_the_overview_costs_the_same_queries_whatever_the_data(client, seeded, request, who):
    client.force_login(request.getfixturevalue(who))
    client.get(reverse("informes:index"))  # warm the session and the caches
    before = overview_queries(client)
    course = seeded["course"]
    lesson = LessonPage.objects.descendant_of(course).first()
    for number in range(12):
        enrollment = EnrollmentFactory(
            user=learner(country=["AR", "PY", "UY"][number % 3]),
            course=course,
            status=EnrollmentStatus.COMPLETED,
            completed_at=timezone.now(),
        )
        LessonCompletion.objects.create(enrollment=enrollment, lesson=lesson)
        CertificateFactory(enrollment=enrollment)
    build_course(course.get_parent(), modules=1, lessons_per_module=1, title="Otro curso")
    assert overview_queries(client) == before


def test_sub_page_filters_are_collapsed_and_say_how_many_apply(client, seeded, editor):
    client.force_login(editor)
    html = client.get(reverse("informes:enrolments")).content.decode()
    assert '<details class="report-filters-disclosure">' in html
    html = client.get(reverse("informes:enrolments"), {"group_by": "city", "country": "AR"}).content.decode()
    assert "Filtros (2 aplicados)" in html


# --- Exports as a spreadsheet opens them --------------------------------------------


def test_csv_in_spanish_reads_back_with_semicolons_and_decimal_commas(client, seeded, editor):
    client.force_login(editor)
    response = client.get(reverse("informes:quiz_scores"), {"group_by": "course", "export": "csv"})
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    on_page = page_rows(client, "informes:quiz_scores", {"group_by": "course"})
    assert on_page[0][0] == row["Curso"] == "Comunicación de riesgos"
    average = Decimal(row["Promedio (%)"].replace(",", "."))
    expected = (sum(Decimal(v) for v in [95, 40, 70, 100]) / 4).quantize(Decimal("0.1"))
    assert average == expected
    assert "," in row["Promedio (%)"]
    # The page shows the same number, in the page's own (Spanish) format.
    assert Decimal(on_page[0][2].replace(",", ".")) == average
    assert int(row["Resultados"]) == int(on_page[0][1]) == 4


def test_csv_dates_are_local_minutes(client, seeded, editor):
    client.force_login(editor)
    enrollment = Enrollment.objects.filter(course=seeded["course"], status=EnrollmentStatus.COMPLETED).first()
    rows = csv_rows(client, "informes:enrolment_detail")
    row = next(row for row in rows if row["Correo"] == enrollment.user.email)
    assert row["Inscripción"] == timezone.localtime(enrollment.created_at).strftime("%Y-%m-%d %H:%M")
    assert row["Completada"] == timezone.localtime(enrollment.completed_at).strftime("%Y-%m-%d %H:%M")


def test_csv_in_english_uses_commas_and_decimal_points(client, seeded, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    response = client.get(reverse("informes:quiz_scores"), {"group_by": "course", "export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    heading, row = list(csv.reader(io.StringIO(text)))
    assert heading[0] == "Course"
    assert row[2] == "76.2"  # (95 + 40 + 70 + 100) / 4, to one decimal


def test_xlsx_has_typed_cells_a_bold_frozen_header_widths_and_a_filter(client, seeded, editor):
    client.force_login(editor)
    response = client.get(reverse("informes:enrolment_detail"), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{sheet.max_row}"
    assert all(cell.font.bold for cell in sheet[1])
    assert [cell.value for cell in sheet[1]] == DETAIL_HEADINGS
    created = [row[8] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert created and all(isinstance(value, datetime.datetime) for value in created)
    enrollment = Enrollment.objects.filter(course=seeded["course"]).order_by("-created_at", "-pk").first()
    assert created[0] == timezone.localtime(enrollment.created_at).replace(tzinfo=None)
    email_width = sheet.column_dimensions["B"].width
    assert email_width >= max(len(row[1]) for row in sheet.iter_rows(min_row=2, values_only=True))
    assert sheet.column_dimensions["I"].width >= len("2026-01-15 12:00")

    response = client.get(reverse("informes:quiz_scores"), {"group_by": "course", "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    [row] = sheet.iter_rows(min_row=2, values_only=True)
    assert isinstance(row[1], int) and isinstance(row[2], float)
    assert row[2] == pytest.approx(76.2)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:I{sheet.max_row}"
