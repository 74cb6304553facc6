"""What the coordination reports read. Everything is aggregated in the database
(values + annotate) so a report page costs a fixed number of queries whatever the
number of enrolments; Python only labels the rows of the page being shown (or of
the export being streamed).

Scope: the rows of the courses the user may manage (admin/scoping.py): all for
superusers and the Coordination group, their institution's for its editors."""

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache

from django.db.models import Avg, Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.models import Page

from capacitacion.admin.scoping import courses_editable_by, is_coordinator
from capacitacion.models import (
    STUDYING_STATUSES,
    AttemptStatus,
    Certificate,
    CertificateStatus,
    Enrollment,
    EnrollmentStatus,
    LearnerRole,
    LessonCompletion,
    QuizAttempt,
    QuizResult,
)
from cursos.models import Country, QuizPage

# Quiz score distribution: [low, high) percent bands, the last one closed at 100.
SCORE_BANDS = [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100)]
# Kelley's classic share for the upper and lower groups of the discrimination index.
DISCRIMINATION_SHARE = 0.27
DASHBOARD_DAYS = 30
# A completed enrolment gets its certificate from a task a few seconds later; after
# this long without one (or without its email) the task is taken to have failed.
TASK_GRACE = timedelta(minutes=15)


def reportable_courses(user) -> QuerySet:
    """courses_editable_by(user) (a lazy queryset, used as a subquery), worked out
    once per user object: one report page asks for it several times."""
    if not hasattr(user, "_aula_reportable_courses"):
        user._aula_reportable_courses = courses_editable_by(user)
    return user._aula_reportable_courses


def can_view_reports(user) -> bool:
    if not hasattr(user, "_aula_can_view_reports"):
        user._aula_can_view_reports = is_coordinator(user) or reportable_courses(user).exists()
    return user._aula_can_view_reports


def enrolments_in_scope(user) -> QuerySet[Enrollment]:
    return Enrollment.objects.filter(course__in=reportable_courses(user))


def quiz_results_in_scope(user) -> QuerySet[QuizResult]:
    return QuizResult.objects.filter(enrollment__course__in=reportable_courses(user))


def certificates_in_scope(user) -> QuerySet[Certificate]:
    return Certificate.objects.filter(enrollment__course__in=reportable_courses(user))


def attempts_in_scope(user) -> QuerySet[QuizAttempt]:
    return QuizAttempt.objects.filter(enrollment__course__in=reportable_courses(user))


# --- Grouping ------------------------------------------------------------------

# Dimension -> (label, field from the enrolment holding the group's value, field
# for its id when the value alone is ambiguous). "month" groups by the report's
# own date; "quiz" exists only where the rows are quiz results.
GROUPINGS = {
    "course": (gettext_lazy("Curso"), "course__title", "course_id"),
    "cohort": (gettext_lazy("Cohorte"), "cohort__name", "cohort_id"),
    "country": (gettext_lazy("País"), "user__learner_profile__country", None),
    "city": (gettext_lazy("Ciudad"), "user__learner_profile__city", None),
    "role": (gettext_lazy("Ocupación"), "user__learner_profile__role", None),
    "month": (gettext_lazy("Mes"), None, None),
}
QUIZ_GROUPING = {"quiz": (gettext_lazy("Cuestionario"), "quiz__title", "quiz_id")}


def group_choices(extra: dict | None = None) -> list[tuple[str, str]]:
    return [(key, label) for key, (label, _path, _id) in {**GROUPINGS, **(extra or {})}.items()]


def _grouped(queryset: QuerySet, group_by: str, *, via: str, date_field: str) -> QuerySet:
    """values() of queryset grouped by one dimension, as rows with "group" (and
    "group_id"); `via` is the path from the rows to their enrolment."""
    _label, path, id_path = {**GROUPINGS, **QUIZ_GROUPING}[group_by]
    if group_by == "month":
        keys = {"group": TruncMonth(date_field)}
    elif group_by == "quiz":
        keys = {"group": F(path), "group_id": F(id_path)}
    else:
        keys = {"group": F(via + path)}
        if id_path:
            keys["group_id"] = F(via + id_path)
    # order_by() first: a model's default ordering would split the groups.
    return queryset.order_by().values(**keys).order_by(*keys)


@lru_cache(maxsize=32)
def _choice_labels(choices, language: str) -> dict[str, str]:
    # Translated once per language: an export labels every one of its rows.
    return {value: str(label) for value, label in choices.choices}


def choice_label(choices, value) -> str:
    return _choice_labels(choices, get_language()).get(value, value)


def group_label(group_by: str, value) -> str:
    if value in (None, ""):
        return _("Sin cohorte") if group_by == "cohort" else _("Sin dato")
    if group_by == "month":
        return (timezone.localtime(value) if timezone.is_aware(value) else value).strftime("%Y-%m")
    if group_by == "country":
        return choice_label(Country, value)
    if group_by == "role":
        return choice_label(LearnerRole, value)
    return str(value)


def _percent(part, whole) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


def enrolment_summary(enrolments: QuerySet[Enrollment], group_by: str) -> QuerySet:
    """Per group: enrolments, distinct learners, learners studying now (an active
    enrolment), completed enrolments and, for finish_enrolment_row, those that
    started (active or completed: the completion rate's denominator)."""
    return _grouped(enrolments, group_by, via="", date_field="created_at").annotate(
        enrolments=Count("pk"),
        learners=Count("user", distinct=True),
        active_learners=Count("user", distinct=True, filter=Q(status=EnrollmentStatus.ACTIVE)),
        started=Count("pk", filter=Q(status__in=STUDYING_STATUSES)),
        completed=Count("pk", filter=Q(status=EnrollmentStatus.COMPLETED)),
    )


def finish_enrolment_row(group_by: str, row: dict) -> dict:
    return {
        **row,
        "label": group_label(group_by, row["group"]),
        "completion_rate": _percent(row["completed"], row["started"]),
    }


def _band(low: int, high: int) -> Q:
    if high == 100:
        return Q(score_percent__gte=low)
    return Q(score_percent__gte=low, score_percent__lt=high)


def band_key(low: int, high: int) -> str:
    return f"band_{low}_{high}"


def quiz_score_summary(results: QuerySet[QuizResult], group_by: str) -> QuerySet:
    """Per group: standing quiz results, their average percent, how many pass, and
    how many fall in each SCORE_BANDS band."""
    bands = {band_key(low, high): Count("pk", filter=_band(low, high)) for low, high in SCORE_BANDS}
    return _grouped(results, group_by, via="enrollment__", date_field="updated_at").annotate(
        results=Count("pk"),
        average=Avg("score_percent"),
        passed=Count("pk", filter=Q(passed=True)),
        **bands,
    )


def finish_quiz_row(group_by: str, row: dict) -> dict:
    average = row["average"]
    return {
        **row,
        "label": group_label(group_by, row["group"]),
        "average": None if average is None else Decimal(average).quantize(Decimal("0.1")),
    }


def certificate_summary(certificates: QuerySet[Certificate], group_by: str) -> QuerySet:
    """Per group: certificates issued (every one, re-issues included), and how many
    of them are valid, revoked or superseded now."""
    return _grouped(certificates, group_by, via="enrollment__", date_field="issued_at").annotate(
        issued=Count("pk"),
        valid=Count("pk", filter=Q(status=CertificateStatus.VALID)),
        revoked=Count("pk", filter=Q(status=CertificateStatus.REVOKED)),
        superseded=Count("pk", filter=Q(status=CertificateStatus.SUPERSEDED)),
    )


def finish_certificate_row(group_by: str, row: dict) -> dict:
    return {**row, "label": group_label(group_by, row["group"])}


def enrolment_rows(enrolments: QuerySet[Enrollment]) -> QuerySet:
    """One row per enrolment (the detail report), with the code of its current
    certificate, as plain values: cheap to stream by the hundred thousand."""
    current_certificate = Certificate.objects.filter(enrollment=OuterRef("pk")).exclude(
        status=CertificateStatus.SUPERSEDED
    )
    return (
        enrolments.order_by("-created_at", "-pk")
        .annotate(certificate_code=Subquery(current_certificate.values("code")[:1]))
        .values(
            "pk",
            "status",
            "created_at",
            "completed_at",
            "certificate_code",
            full_name=F("user__learner_profile__full_name"),
            email=F("user__email"),
            country=F("user__learner_profile__country"),
            city=F("user__learner_profile__city"),
            role=F("user__learner_profile__role"),
            course_title=F("course__title"),
            cohort_name=F("cohort__name"),
        )
    )


def finish_detail_row(row: dict) -> dict:
    return {
        **row,
        "status": choice_label(EnrollmentStatus, row["status"]),
        "country": choice_label(Country, row["country"]) if row["country"] else "",
        "role": choice_label(LearnerRole, row["role"]) if row["role"] else "",
        "city": row["city"] or "",
        "full_name": row["full_name"] or "",
        "cohort_name": row["cohort_name"] or "",
        "certificate_code": row["certificate_code"] or "",
    }


# --- Quiz item analysis ----------------------------------------------------------


def quizzes_with_attempts(user) -> QuerySet:
    """Quizzes of the courses in scope that have graded attempts, with how many."""
    return (
        attempts_in_scope(user)
        .filter(status=AttemptStatus.GRADED)
        .order_by()
        .values("quiz_id", quiz_title=F("quiz__title"), course_title=F("enrollment__course__title"))
        .annotate(attempts=Count("pk"), learners=Count("enrollment", distinct=True))
        .order_by("course_title", "quiz_title", "quiz_id")
    )


def quiz_in_scope(user, quiz: Page) -> bool:
    """Whether the quiz lies in a course the user manages (its course is one of
    its ancestors)."""
    ancestors = [quiz.path[:end] for end in range(Page.steplen, len(quiz.path), Page.steplen)]
    return reportable_courses(user).filter(path__in=ancestors).exists()


@dataclass
class ItemStats:
    question_id: str
    label: str
    kind: str
    presented: int = 0
    answered: int = 0
    correct: int = 0
    discrimination: Decimal | None = None

    @property
    def facility(self) -> Decimal | None:
        """Share of the learners shown the question who got full marks on it."""
        return _percent(self.correct, self.presented)


@dataclass
class ItemAnalysis:
    learners: int
    group_size: int
    items: list[ItemStats] = field(default_factory=list)


def _answered(response) -> bool:
    return response not in (None, "", [], {})


def _question_labels(quiz: QuizPage) -> dict[str, tuple[str, str]]:
    """{question id: (prompt as text, block type)} in the quiz's current order."""
    labels = {}
    for child in quiz.questions:
        prompt = child.value.get("prompt") if hasattr(child.value, "get") else ""
        labels[child.id] = (Truncator(strip_tags(str(prompt or ""))).chars(120), child.block_type)
    return labels


def item_analysis(quiz: QuizPage) -> ItemAnalysis:
    """Per question: how many learners were shown it, answered it and got full marks
    (facility index), and its discrimination index: the share correct in the upper
    27 % of learners by total score minus the share in the lower 27 % (Kelley's
    upper-lower method, not point-biserial). Each learner counts once, with their
    first graded attempt, so retries do not weigh double. Two queries whatever the
    number of attempts: the quiz was read by the caller, the attempts here."""
    labels = _question_labels(quiz)
    first = {}
    attempts = (
        QuizAttempt.objects.filter(quiz=quiz, status=AttemptStatus.GRADED)
        .order_by("enrollment_id", "number")
        .values_list("enrollment_id", "questions", "responses", "results", "score", "max_score")
    )
    for enrollment_id, questions, responses, results, score, max_score in attempts.iterator(chunk_size=500):
        if enrollment_id in first:
            continue
        total = Decimal(score or 0) / Decimal(max_score) if max_score else Decimal(1)
        outcome = {}
        for drawn in questions:
            question_id = drawn["id"]
            result = results.get(question_id)
            if result is None:
                continue
            if question_id not in labels and "snapshot" in drawn:
                snapshot = drawn["snapshot"]
                prompt = strip_tags(str(snapshot.get("value", {}).get("prompt", "")))
                labels[question_id] = (Truncator(prompt).chars(120), snapshot.get("type", ""))
            correct = Decimal(result["points"]) >= Decimal(result["max_points"])
            outcome[question_id] = (_answered(responses.get(question_id)), correct)
        first[enrollment_id] = (total, outcome)

    stats = {
        question_id: ItemStats(question_id, label or _("(sin enunciado)"), kind)
        for question_id, (label, kind) in labels.items()
    }
    for _total, outcome in first.values():
        for question_id, (answered, correct) in outcome.items():
            item = stats.setdefault(question_id, ItemStats(question_id, _("(pregunta eliminada)"), ""))
            item.presented += 1
            item.answered += answered
            item.correct += correct

    learners = len(first)
    group_size = math.floor(DISCRIMINATION_SHARE * learners + 0.5) if learners >= 2 else 0
    if group_size:
        # Highest totals first; ties broken by enrolment so the groups are stable.
        ranked = sorted(first.items(), key=lambda pair: (-pair[1][0], pair[0]))
        upper = [outcome for _id, (_total, outcome) in ranked[:group_size]]
        lower = [outcome for _id, (_total, outcome) in ranked[-group_size:]]
        for item in stats.values():
            item.discrimination = _discrimination(item.question_id, upper, lower)
    return ItemAnalysis(
        learners=learners,
        group_size=group_size,
        items=[item for item in stats.values() if item.presented],
    )


def _share_correct(question_id: str, group: list[dict]) -> Decimal | None:
    shown = [outcome[question_id][1] for outcome in group if question_id in outcome]
    return Decimal(sum(shown)) / len(shown) if shown else None


def _discrimination(question_id: str, upper: list[dict], lower: list[dict]) -> Decimal | None:
    high, low = _share_correct(question_id, upper), _share_correct(question_id, lower)
    if high is None or low is None:
        return None
    return (high - low).quantize(Decimal("0.01"))


# --- Admin home panel -------------------------------------------------------------


@dataclass
class DashboardCounts:
    enrolments: int
    completions: int
    certificates: int
    pending_approval: int
    essays_to_grade: int
    completed_without_certificate: int
    certificates_without_email: int


def dashboard_counts(user, now=None) -> DashboardCounts:
    """The last DASHBOARD_DAYS days and the pending work of the courses in scope, in
    three aggregate queries (plus the scope's own look-ups)."""
    now = now or timezone.now()
    since, stale = now - timedelta(days=DASHBOARD_DAYS), now - TASK_GRACE
    has_certificate = Certificate.objects.filter(enrollment=OuterRef("pk"))
    enrolments = (
        enrolments_in_scope(user)
        .annotate(has_certificate=Exists(has_certificate))
        .aggregate(
            enrolments=Count("pk", filter=Q(created_at__gte=since)),
            completions=Count("pk", filter=Q(completed_at__gte=since)),
            pending_approval=Count("pk", filter=Q(status=EnrollmentStatus.PENDING)),
            completed_without_certificate=Count(
                "pk",
                filter=Q(status=EnrollmentStatus.COMPLETED, completed_at__lt=stale, has_certificate=False),
            ),
        )
    )
    certificates = certificates_in_scope(user).aggregate(
        certificates=Count("pk", filter=Q(issued_at__gte=since)),
        certificates_without_email=Count(
            "pk", filter=Q(email_sent_at__isnull=True, issued_at__lt=stale, status=CertificateStatus.VALID)
        ),
    )
    essays = attempts_in_scope(user).filter(status=AttemptStatus.NEEDS_GRADING).count()
    return DashboardCounts(essays_to_grade=essays, **enrolments, **certificates)


# --- Overview ---------------------------------------------------------------------

OVERVIEW_MONTHS = 12
# The funnel and the countries show the largest few; their reports list them all.
OVERVIEW_COURSES = 10
OVERVIEW_COUNTRIES = 10


@dataclass
class MonthCount:
    month: date
    enrolments: int
    completions: int


@dataclass
class CourseFunnel:
    course_id: int
    title: str
    enrolled: int
    started: int
    completed: int


@dataclass
class CountryCount:
    country: str
    label: str
    learners: int


@dataclass
class Overview:
    learners: int
    enrolments: int
    completions: int
    certificates: int
    months: list[MonthCount]
    funnel: list[CourseFunnel]
    countries: list[CountryCount]


def last_months(today: date, count: int = OVERVIEW_MONTHS) -> list[date]:
    """The first day of the `count` months up to and including today's, oldest first."""
    months, year, month = [], today.year, today.month
    for _step in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _per_month(queryset: QuerySet, date_field: str, since) -> dict[date, int]:
    rows = (
        queryset.filter(**{f"{date_field}__gte": since})
        .order_by()
        .values(month=TruncMonth(date_field))
        .annotate(count=Count("pk"))
    )
    return {timezone.localtime(row["month"]).date(): row["count"] for row in rows}


def overview(user, now=None) -> Overview:
    """The overview page's numbers for the courses in scope, in six aggregate queries
    whatever the amount of data (plus the scope's own look-ups): the headline counts,
    enrolments and completions per month (the last OVERVIEW_MONTHS, in the current
    time zone), the funnel of the courses with most enrolments (enrolled, started:
    completed a lesson, tried a quiz or completed the course, and completed), and
    learners per country."""
    now = timezone.localtime(now or timezone.now())
    months = last_months(now.date())
    since = timezone.make_aware(datetime.combine(months[0], time.min))
    enrolments = enrolments_in_scope(user)

    totals = enrolments.aggregate(
        enrolments=Count("pk"),
        learners=Count("user", distinct=True),
        completions=Count("pk", filter=Q(status=EnrollmentStatus.COMPLETED)),
    )
    certificates = certificates_in_scope(user).filter(status=CertificateStatus.VALID).count()

    enrolled = _per_month(enrolments, "created_at", since)
    completed = _per_month(enrolments.filter(status=EnrollmentStatus.COMPLETED), "completed_at", since)
    per_month = [MonthCount(month, enrolled.get(month, 0), completed.get(month, 0)) for month in months]

    progress = Q(Exists(LessonCompletion.objects.filter(enrollment=OuterRef("pk")))) | Q(
        Exists(QuizAttempt.objects.filter(enrollment=OuterRef("pk")))
    )
    funnel = (
        enrolments.order_by()
        .values("course_id", title=F("course__title"))
        .annotate(
            enrolled=Count("pk"),
            started=Count("pk", filter=progress | Q(status=EnrollmentStatus.COMPLETED)),
            completed=Count("pk", filter=Q(status=EnrollmentStatus.COMPLETED)),
        )
        .order_by("-enrolled", "title", "course_id")[:OVERVIEW_COURSES]
    )

    countries = (
        enrolments.order_by()
        .values(country=Coalesce(F("user__learner_profile__country"), Value("")))
        .annotate(learners=Count("user", distinct=True))
        .order_by("-learners", "country")[:OVERVIEW_COUNTRIES]
    )
    return Overview(
        certificates=certificates,
        months=per_month,
        funnel=[CourseFunnel(**row) for row in funnel],
        countries=[
            CountryCount(row["country"] or "", group_label("country", row["country"]), row["learners"])
            for row in countries
        ],
        **totals,
    )
