"""Reads about learners' progress. Each function costs a fixed number of queries,
whatever the number of enrolments, modules or lessons."""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Page

from capacitacion.models import (
    Certificate,
    CertificateStatus,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    QuizResult,
)
from cursos.models import CoursePage, LessonPage, ModulePage, QuizPage


def _count(queryset) -> Subquery:
    """A correlated COUNT(*) usable as an annotation."""
    return Coalesce(
        Subquery(
            queryset.order_by().annotate(_n=Value(1)).values("_n").annotate(n=Count("*")).values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def _required_in_course(model, course_path_ref):
    return model.objects.filter(live=True, required=True, path__startswith=course_path_ref)


def with_progress(enrollments):
    """Annotate enrolments with required_total and required_done (lessons done plus
    quizzes passed), in the same query."""
    course_path = OuterRef("course__path")
    return enrollments.annotate(
        required_lessons=_count(_required_in_course(LessonPage, course_path)),
        required_quizzes=_count(_required_in_course(QuizPage, course_path)),
        lessons_done=_count(
            LessonCompletion.objects.filter(
                enrollment=OuterRef("pk"), lesson__live=True, lesson__required=True
            )
        ),
        quizzes_passed=_count(
            QuizResult.objects.filter(
                enrollment=OuterRef("pk"), passed=True, quiz__live=True, quiz__required=True
            )
        ),
    )


def progress_percent(enrollment) -> int:
    total = enrollment.required_lessons + enrollment.required_quizzes
    done = enrollment.lessons_done + enrollment.quizzes_passed
    return 100 if total == 0 else min(100, round(100 * done / total))


def enrollment_progress(enrollment: Enrollment) -> int:
    """Percentage of the course's required items done, in one query."""
    annotated = with_progress(Enrollment.objects.filter(pk=enrollment.pk)).get()
    return progress_percent(annotated)


def course_rule_holds(enrollment: Enrollment) -> bool:
    annotated = with_progress(Enrollment.objects.filter(pk=enrollment.pk).select_related("course")).get()
    course = annotated.course
    lessons_ok = (
        not course.completion_requires_lessons or annotated.lessons_done >= annotated.required_lessons
    )
    quizzes_ok = (
        not course.completion_requires_quizzes or annotated.quizzes_passed >= annotated.required_quizzes
    )
    return lessons_ok and quizzes_ok


def _next_item_id() -> Subquery:
    """The first lesson or quiz of the enrolment's course, in tree order, not yet done."""
    enrollment = OuterRef(OuterRef("pk"))  # two levels up: the annotated enrolment
    done_lessons = LessonCompletion.objects.filter(enrollment=enrollment).values("lesson_id")
    passed_quizzes = QuizResult.objects.filter(enrollment=enrollment, passed=True).values("quiz_id")
    items = (
        Page.objects.filter(
            live=True, path__startswith=OuterRef("course__path"), depth=OuterRef("course__depth") + 2
        )
        .exclude(pk__in=done_lessons)
        .exclude(pk__in=passed_quizzes)
        .order_by("path")
        .values("pk")[:1]
    )
    return Subquery(items, output_field=IntegerField())


def waitlist_position() -> Subquery:
    return _count(
        Enrollment.objects.filter(
            cohort=OuterRef("cohort"),
            status=EnrollmentStatus.WAITLISTED,
            status_changed_at__lte=OuterRef("status_changed_at"),
        )
    )


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    progress: int
    next_item: Page | None
    waitlist_position: int | None


@dataclass
class CertificateEntry:
    certificate: Certificate
    verify_url: str
    linkedin_url: str


@dataclass
class Dashboard:
    studying: list[DashboardEntry] = field(default_factory=list)
    finished: list[DashboardEntry] = field(default_factory=list)
    waiting: list[DashboardEntry] = field(default_factory=list)
    certificates: list[CertificateEntry] = field(default_factory=list)


def learner_dashboard(user) -> Dashboard:
    enrollments = list(
        with_progress(
            Enrollment.objects.filter(user=user)
            .exclude(status__in=[EnrollmentStatus.WITHDRAWN])
            .select_related("course", "cohort")
        )
        .annotate(next_item_id=_next_item_id(), queue_position=waitlist_position())
        .order_by("-status_changed_at")
    )
    next_items = Page.objects.filter(pk__in=[e.next_item_id for e in enrollments if e.next_item_id]).in_bulk()
    dashboard = Dashboard()
    for enrollment in enrollments:
        entry = DashboardEntry(
            enrollment=enrollment,
            progress=progress_percent(enrollment),
            next_item=next_items.get(enrollment.next_item_id),
            waitlist_position=enrollment.queue_position
            if enrollment.status == EnrollmentStatus.WAITLISTED
            else None,
        )
        if enrollment.status == EnrollmentStatus.COMPLETED:
            dashboard.finished.append(entry)
        elif enrollment.status == EnrollmentStatus.ACTIVE:
            dashboard.studying.append(entry)
        else:
            dashboard.waiting.append(entry)
    dashboard.certificates = learner_certificates(user)
    return dashboard


def learner_certificates(user) -> list[CertificateEntry]:
    """The learner's current certificates (revoked ones too, so they see why);
    superseded ones are history, reachable from the verification pages."""
    from capacitacion.services.certificates import verification_url

    certificates = (
        Certificate.objects.filter(enrollment__user=user)
        .exclude(status=CertificateStatus.SUPERSEDED)
        .order_by("-issued_at")
    )
    return [
        CertificateEntry(
            certificate=certificate,
            verify_url=verification_url(certificate),
            linkedin_url=linkedin_url(certificate) if certificate.display_status == "valid" else "",
        )
        for certificate in certificates
    ]


def linkedin_url(certificate: Certificate) -> str:
    """LinkedIn's "add to profile" link, with the certificate filled in."""
    from capacitacion.services.certificates import verification_url

    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "organizationName": certificate.institution_name,
        "issueYear": certificate.issued_at.year,
        "issueMonth": certificate.issued_at.month,
        "certUrl": verification_url(certificate),
        "certId": certificate.code,
    }
    if certificate.valid_until:
        params |= {
            "expirationYear": certificate.valid_until.year,
            "expirationMonth": certificate.valid_until.month,
        }
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


def certificate_history(certificate: Certificate) -> list[Certificate]:
    """Every certificate issued for the same enrolment, oldest first: re-issues never
    hide what came before."""
    return list(
        Certificate.objects.filter(enrollment_id=certificate.enrollment_id).order_by("issued_at", "pk")
    )


def user_may_download_certificate(user, certificate: Certificate) -> bool:
    """The holder, and the staff who manage the course."""
    from capacitacion.admin.scoping import courses_editable_by

    if certificate.enrollment.user_id == user.pk:
        return True
    return courses_editable_by(user).filter(pk=certificate.enrollment.course_id).exists()


@dataclass(frozen=True)
class ModuleState:
    open: bool
    reason: str = ""


def module_states(
    enrollment: Enrollment | None, course: CoursePage, modules: list[ModulePage], today: date | None = None
):
    """Whether each module is open for this learner, and if not, why (in words)."""
    today = today or timezone.localdate()
    done_lessons, results = set(), {}
    if enrollment is not None:
        done_lessons = set(enrollment.lesson_completions.values_list("lesson_id", flat=True))
        results = {r.quiz_id: r for r in enrollment.quiz_results.all()}
    required = {
        "lessons": list(
            LessonPage.objects.live()
            .filter(path__startswith=course.path, required=True)
            .values_list("pk", "path")
        ),
        "quizzes": list(
            QuizPage.objects.live()
            .filter(path__startswith=course.path, required=True)
            .values_list("pk", "path")
        ),
    }
    quiz_titles = dict(
        QuizPage.objects.filter(
            pk__in=[m.prerequisite_quiz_id for m in modules if m.prerequisite_quiz_id]
        ).values_list("pk", "title")
    )

    def module_complete(module) -> bool:
        lessons = [pk for pk, path in required["lessons"] if path.startswith(module.path)]
        quizzes = [pk for pk, path in required["quizzes"] if path.startswith(module.path)]
        return all(pk in done_lessons for pk in lessons) and all(
            pk in results and results[pk].passed for pk in quizzes
        )

    states, previous = {}, None
    for module in modules:
        state = ModuleState(open=True)
        if module.opens_on and module.opens_on > today:
            state = ModuleState(
                False, _("Se abre el %(date)s.") % {"date": date_format(module.opens_on, "DATE_FORMAT")}
            )
        elif (
            previous is not None
            and (course.sequential or module.requires_previous_module)
            and not module_complete(previous)
        ):
            state = ModuleState(False, _("Completa primero «%(module)s».") % {"module": previous.title})
        elif module.prerequisite_quiz_id:
            result = results.get(module.prerequisite_quiz_id)
            if result is None or result.score_percent < (module.prerequisite_min_score or 0):
                state = ModuleState(
                    False,
                    _("Obtén al menos %(score)s %% en «%(quiz)s» primero.")
                    % {
                        "score": module.prerequisite_min_score,
                        "quiz": quiz_titles.get(module.prerequisite_quiz_id, ""),
                    },
                )
        states[module.pk] = state
        previous = module
    return states


def user_enrollment(user, course: CoursePage) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course=course).select_related("cohort").first()


def open_cohorts(course: CoursePage):
    now = timezone.now()
    return (
        course.cohorts.filter(Q(enrolment_opens_at__isnull=True) | Q(enrolment_opens_at__lte=now))
        .filter(Q(enrolment_closes_at__isnull=True) | Q(enrolment_closes_at__gte=now))
        .order_by("starts_on", "name")
    )


@dataclass
class CourseState:
    """What the course page shows one visitor about their own enrolment."""

    enrollment: Enrollment | None
    progress: int | None
    cohorts: list
    needs_key: bool
    module_states: dict
    done_ids: set
    next_item: Page | None
    waitlist_position: int | None


def course_state(user, course: CoursePage, modules: list[ModulePage]) -> CourseState:
    enrollment = None
    if user.is_authenticated:
        enrollment = (
            with_progress(Enrollment.objects.filter(user=user, course=course))
            .select_related("cohort")
            .annotate(next_item_id=_next_item_id(), queue_position=waitlist_position())
            .first()
        )
    cohorts = list(open_cohorts(course))
    studying = enrollment is not None and enrollment.can_study
    done_ids = set()
    if studying:
        done_ids = set(enrollment.lesson_completions.values_list("lesson_id", flat=True)) | set(
            enrollment.quiz_results.filter(passed=True).values_list("quiz_id", flat=True)
        )
    return CourseState(
        enrollment=enrollment,
        progress=progress_percent(enrollment) if studying else None,
        cohorts=cohorts,
        needs_key=course.enrolment_policy == "key" or any(c.enrolment_key for c in cohorts),
        module_states=module_states(enrollment if studying else None, course, modules),
        done_ids=done_ids,
        next_item=Page.objects.filter(pk=enrollment.next_item_id).first()
        if studying and enrollment.next_item_id
        else None,
        waitlist_position=enrollment.queue_position
        if enrollment is not None and enrollment.status == EnrollmentStatus.WAITLISTED
        else None,
    )


def attempt_questions(attempt) -> list[dict]:
    """The drawn questions as the browser may see them, in the drawn order, with
    choices in the drawn order and the learner's saved answers."""
    questions = {child.id: child for child in attempt.revision.as_object().questions}
    shown = []
    for number, drawn in enumerate(attempt.questions, start=1):
        child = questions.get(drawn["id"])
        if child is None:
            continue
        data = {"id": child.id, "number": number, **child.block.public_data(child.value)}
        for key in ("choices", "items"):
            if key in data:
                by_id = {item["id"]: item for item in data[key]}
                data[key] = [by_id[item_id] for item_id in drawn["order"] if item_id in by_id]
        response = attempt.responses.get(child.id)
        data["response"] = response
        if child.block_type == "ordering" and isinstance(response, list):
            data["positions"] = {item_id: position for position, item_id in enumerate(response, start=1)}
        shown.append(data)
    return shown


def attempt_review(attempt) -> dict:
    """What the learner may see after submitting, as the quiz's feedback setting allows."""
    from cursos.models import FeedbackMode

    quiz = attempt.quiz
    passed_before = QuizResult.objects.filter(enrollment=attempt.enrollment, quiz=quiz, passed=True).exists()
    show_feedback = quiz.feedback_mode == FeedbackMode.AFTER_EACH_ATTEMPT or (
        quiz.feedback_mode == FeedbackMode.ONCE_PASSED and passed_before
    )
    questions = attempt_questions(attempt)
    for question in questions:
        question["result"] = attempt.results.get(question["id"], {})
    return {
        "attempt": attempt,
        "quiz": quiz,
        "questions": questions,
        "show_feedback": show_feedback,
        "percent": None
        if attempt.score is None
        else (attempt.score * 100 / attempt.max_score if attempt.max_score else 100),
    }


@dataclass
class QuizState:
    attempts: list
    open_attempt: object
    attempts_left: int | None
    result: QuizResult | None


def quiz_state(enrollment: Enrollment, quiz) -> QuizState:
    from capacitacion.models import AttemptStatus, QuizAttempt

    attempts = list(QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).order_by("number"))
    left = None if not quiz.max_attempts else max(0, quiz.max_attempts - len(attempts))
    return QuizState(
        attempts=[a for a in attempts if a.status != AttemptStatus.IN_PROGRESS],
        open_attempt=next((a for a in attempts if a.status == AttemptStatus.IN_PROGRESS), None),
        attempts_left=left,
        result=QuizResult.objects.filter(enrollment=enrollment, quiz=quiz).first(),
    )
