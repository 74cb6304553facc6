"""Reads about learners' progress. Each function costs a fixed number of queries,
whatever the number of enrolments, modules or lessons."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from capacitacion.models import (
    STUDYING_STATUSES,
    AttemptStatus,
    Certificate,
    CertificateStatus,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    QuizAttempt,
    QuizOverride,
    QuizResult,
)
from cursos.models import (
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
    ReviewWhen,
    question_from_data,
    revision_questions,
)


def _count(queryset) -> Subquery:
    """A correlated COUNT(*) usable as an annotation."""
    return Coalesce(
        Subquery(
            queryset.order_by().annotate(_n=Value(1)).values("_n").annotate(n=Count("*")).values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def _below(path_ref) -> Q:
    """The pages under the (outer) page whose tree path is `path_ref`, as a range of
    paths: `path__startswith=OuterRef(...)` compiles to `LIKE <column> || '%'`, which
    no index serves, so PostgreSQL scanned the whole page table once per enrolment
    (tens of ms for the dashboard at network size). Treebeard paths use 0-9A-Z only
    and the column sorts bytewise (collation "C" on PostgreSQL, binary on SQLite), so
    the descendants of X are exactly the paths between X and X + "~"."""
    return Q(path__gt=path_ref, path__lt=Concat(path_ref, Value("~"), output_field=CharField()))


def _required_in_course(model, course_path_ref):
    return model.objects.filter(_below(course_path_ref), live=True, required=True)


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


def attach_progress(user, courses: list) -> None:
    """Set `learner_progress` on each course card: the percentage done for a course
    `user` studies, None otherwise (or for an anonymous visitor). One query for the list."""
    for course in courses:
        course.learner_progress = None
    if user is None or not user.is_authenticated or not courses:
        return
    enrollments = with_progress(
        Enrollment.objects.filter(
            user=user, course_id__in=[course.pk for course in courses], status__in=STUDYING_STATUSES
        )
    )
    progress = {enrollment.course_id: progress_percent(enrollment) for enrollment in enrollments}
    for course in courses:
        course.learner_progress = progress.get(course.pk)


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
    """The first lesson or quiz of the enrolment's course, in tree order, not yet done
    and not handed in and waiting for a grader (there is nothing to do there)."""
    enrollment = OuterRef(OuterRef("pk"))  # two levels up: the annotated enrolment
    done_lessons = LessonCompletion.objects.filter(enrollment=enrollment).values("lesson_id")
    passed_quizzes = QuizResult.objects.filter(enrollment=enrollment, passed=True).values("quiz_id")
    grading_quizzes = QuizAttempt.objects.filter(
        enrollment=enrollment, status=AttemptStatus.NEEDS_GRADING
    ).values("quiz_id")
    items = (
        Page.objects.filter(_below(OuterRef("course__path")), live=True, depth=OuterRef("course__depth") + 2)
        .exclude(pk__in=done_lessons)
        .exclude(pk__in=passed_quizzes)
        .exclude(pk__in=grading_quizzes)
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


def _awaiting_grading() -> Exists:
    """Whether the enrolment has a handed-in attempt a person still has to grade, on a
    quiz not passed yet."""
    return Exists(
        QuizAttempt.objects.filter(enrollment=OuterRef("pk"), status=AttemptStatus.NEEDS_GRADING).exclude(
            quiz_id__in=QuizResult.objects.filter(enrollment=OuterRef(OuterRef("pk")), passed=True).values(
                "quiz_id"
            )
        )
    )


class CourseProgressState:
    """Where a learner stands in one course, as the dashboard shows it."""

    IN_PROGRESS = "in_progress"
    WAITING_FOR_GRADING = "waiting_for_grading"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    PENDING = "pending"
    WAITLISTED = "waitlisted"
    REJECTED = "rejected"


@dataclass
class CertificateEntry:
    certificate: Certificate
    verify_url: str
    linkedin_url: str

    @property
    def offers_pdf(self) -> bool:
        """A revoked certificate's PDF is no proof of anything: not offered."""
        return self.certificate.display_status != "revoked" and bool(self.certificate.pdf)


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    progress: int
    next_item: Page | None
    waitlist_position: int | None
    state: str = CourseProgressState.IN_PROGRESS
    awaiting_grading: bool = False
    certificate: CertificateEntry | None = None
    # Completed since the learner last looked at the dashboard.
    just_completed: bool = False


@dataclass
class Dashboard:
    studying: list[DashboardEntry] = field(default_factory=list)
    finished: list[DashboardEntry] = field(default_factory=list)
    waiting: list[DashboardEntry] = field(default_factory=list)
    withdrawn: list[DashboardEntry] = field(default_factory=list)
    certificates: list[CertificateEntry] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.studying or self.finished or self.waiting or self.withdrawn)

    @property
    def just_completed(self) -> list[DashboardEntry]:
        return [entry for entry in self.finished if entry.just_completed]


def _state(enrollment: Enrollment, next_item_id: int | None) -> str:
    match enrollment.status:
        case EnrollmentStatus.COMPLETED:
            return CourseProgressState.COMPLETED
        case EnrollmentStatus.WITHDRAWN:
            return CourseProgressState.WITHDRAWN
        case EnrollmentStatus.PENDING:
            return CourseProgressState.PENDING
        case EnrollmentStatus.WAITLISTED:
            return CourseProgressState.WAITLISTED
        case EnrollmentStatus.REJECTED:
            return CourseProgressState.REJECTED
    if enrollment.awaiting_grading and next_item_id is None:
        return CourseProgressState.WAITING_FOR_GRADING
    return CourseProgressState.IN_PROGRESS


def learner_dashboard(user) -> Dashboard:
    """Every enrolment of the learner with its state, progress, next step and
    certificate, in a fixed number of queries."""
    enrollments = list(
        with_progress(Enrollment.objects.filter(user=user).select_related("course", "cohort"))
        .annotate(
            next_item_id=_next_item_id(),
            queue_position=waitlist_position(),
            awaiting_grading=_awaiting_grading(),
        )
        .order_by("-status_changed_at")
    )
    next_items = Page.objects.filter(pk__in=[e.next_item_id for e in enrollments if e.next_item_id]).in_bulk()
    certificates = {entry.certificate.enrollment_id: entry for entry in learner_certificates(user)}
    dashboard = Dashboard(certificates=list(certificates.values()))
    for enrollment in enrollments:
        state = _state(enrollment, enrollment.next_item_id)
        entry = DashboardEntry(
            enrollment=enrollment,
            progress=progress_percent(enrollment),
            next_item=next_items.get(enrollment.next_item_id)
            if state == CourseProgressState.IN_PROGRESS
            else None,
            waitlist_position=enrollment.queue_position
            if enrollment.status == EnrollmentStatus.WAITLISTED
            else None,
            state=state,
            awaiting_grading=enrollment.awaiting_grading,
            certificate=certificates.get(enrollment.pk),
            just_completed=state == CourseProgressState.COMPLETED and enrollment.completion_seen_at is None,
        )
        if state == CourseProgressState.COMPLETED:
            dashboard.finished.append(entry)
        elif state in (CourseProgressState.IN_PROGRESS, CourseProgressState.WAITING_FOR_GRADING):
            dashboard.studying.append(entry)
        elif state == CourseProgressState.WITHDRAWN:
            dashboard.withdrawn.append(entry)
        else:
            dashboard.waiting.append(entry)
    return dashboard


@dataclass
class WithdrawalSummary:
    """What a learner keeps if they leave a course."""

    enrollment: Enrollment
    progress: int
    lessons_done: int
    quizzes_passed: int
    attempts: int
    certificates: int
    frees_a_seat: bool


def withdrawal_summary(enrollment: Enrollment) -> WithdrawalSummary:
    annotated = (
        with_progress(Enrollment.objects.filter(pk=enrollment.pk).select_related("course", "cohort"))
        .annotate(
            attempt_count=_count(QuizAttempt.objects.filter(enrollment=OuterRef("pk"))),
            certificate_count=_count(
                Certificate.objects.filter(enrollment=OuterRef("pk")).exclude(
                    status=CertificateStatus.SUPERSEDED
                )
            ),
        )
        .get()
    )
    return WithdrawalSummary(
        enrollment=annotated,
        progress=progress_percent(annotated),
        lessons_done=annotated.lessons_done,
        quizzes_passed=annotated.quizzes_passed,
        attempts=annotated.attempt_count,
        certificates=annotated.certificate_count,
        frees_a_seat=annotated.cohort is not None
        and annotated.cohort.capacity is not None
        and annotated.status == EnrollmentStatus.ACTIVE,
    )


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


def _required_items(
    course: CoursePage, modules: list[ModulePage], items: list[Page] | None = None
) -> dict[str, list[tuple[int, str]]]:
    """(pk, path) of the course's required lessons and quizzes: from the modules'
    `.items` (course_outline) or from `items` (cursos.selectors.course_items) when
    the caller has them, else in one query."""
    if modules and all(hasattr(module, "items") for module in modules):
        found = [item for module in modules for item in module.items if item.required]
        return {
            "lessons": [(item.pk, item.path) for item in found if isinstance(item, LessonPage)],
            "quizzes": [(item.pk, item.path) for item in found if isinstance(item, QuizPage)],
        }
    if items is None:
        from cursos.selectors import course_items

        items = course_items(course)
    lesson_type = ContentType.objects.get_for_model(LessonPage).pk
    quiz_type = ContentType.objects.get_for_model(QuizPage).pk
    return {
        "lessons": [(i.pk, i.path) for i in items if i.item_required and i.content_type_id == lesson_type],
        "quizzes": [(i.pk, i.path) for i in items if i.item_required and i.content_type_id == quiz_type],
    }


def module_states(
    enrollment: Enrollment | None,
    course: CoursePage,
    modules: list[ModulePage],
    today: date | None = None,
    *,
    done_lessons: set | None = None,
    results: dict | None = None,
    items: list[Page] | None = None,
):
    """Whether each module is open for this learner, and if not, why (in words).
    `done_lessons` and `results` (quiz id: QuizResult) spare the queries when the
    caller has already read them."""
    today = today or timezone.localdate()
    if enrollment is None:
        done_lessons, results = set(), {}
    else:
        if done_lessons is None:
            done_lessons = set(enrollment.lesson_completions.values_list("lesson_id", flat=True))
        if results is None:
            results = {r.quiz_id: r for r in enrollment.quiz_results.all()}
    required = _required_items(course, modules, items)
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


def _outline_item(modules: list[ModulePage], pk: int) -> Page | None:
    """The lesson or quiz `pk` from the course outline, or from the database if the
    outline does not have it."""
    for module in modules:
        for item in getattr(module, "items", []):
            if item.pk == pk:
                return item
    return Page.objects.filter(pk=pk).first()


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
    # Only the enrolment form lists cohorts: for visitors who are signed in and not
    # (or no longer) enrolled; everyone else is spared the query.
    shows_form = user.is_authenticated and (
        enrollment is None or enrollment.status == EnrollmentStatus.WITHDRAWN
    )
    cohorts = list(open_cohorts(course)) if shows_form else []
    studying = enrollment is not None and enrollment.can_study
    done_lessons, results = set(), {}
    if studying:
        done_lessons = set(enrollment.lesson_completions.values_list("lesson_id", flat=True))
        results = {result.quiz_id: result for result in enrollment.quiz_results.all()}
    return CourseState(
        enrollment=enrollment,
        progress=progress_percent(enrollment) if studying else None,
        cohorts=cohorts,
        needs_key=course.enrolment_policy == "key" or any(c.enrolment_key for c in cohorts),
        module_states=module_states(
            enrollment if studying else None, course, modules, done_lessons=done_lessons, results=results
        ),
        done_ids=done_lessons | {quiz_id for quiz_id, result in results.items() if result.passed},
        next_item=_outline_item(modules, enrollment.next_item_id)
        if studying and enrollment.next_item_id
        else None,
        waitlist_position=enrollment.queue_position
        if enrollment is not None and enrollment.status == EnrollmentStatus.WAITLISTED
        else None,
    )


@dataclass(frozen=True)
class QuizRules:
    """A quiz's limits for one learner: the quiz's settings plus the staff's override."""

    max_attempts: int  # 0 = unlimited
    extra_minutes: int
    closes_at: datetime | None
    override: QuizOverride | None

    def is_closed(self, now: datetime | None = None) -> bool:
        return self.closes_at is not None and (now or timezone.now()) > self.closes_at


def quiz_rules(enrollment: Enrollment, quiz: QuizPage) -> QuizRules:
    override = QuizOverride.objects.filter(enrollment=enrollment, quiz=quiz).first()
    if override is None:
        return QuizRules(quiz.max_attempts, 0, quiz.closes_at, None)
    closes_at = quiz.closes_at
    # Only ever later: a quiz without a close date stays open whatever the override says.
    if closes_at is not None and override.closes_at is not None:
        closes_at = max(closes_at, override.closes_at)
    return QuizRules(
        max_attempts=quiz.max_attempts + override.extra_attempts if quiz.max_attempts else 0,
        extra_minutes=override.extra_minutes,
        closes_at=closes_at,
        override=override,
    )


def attempt_question_map(attempt) -> dict:
    """{question id: StreamChild} of the attempt: the questions of the revision it
    started on, plus the snapshots of the bank questions it drew."""
    questions = {child.id: child for child in revision_questions(attempt.revision)}
    for drawn in attempt.questions:
        if "snapshot" in drawn:
            child = question_from_data(drawn["snapshot"])
            questions[child.id] = child
    return questions


def attempt_questions(attempt, questions: dict | None = None) -> list[dict]:
    """The drawn questions as the browser may see them, in the drawn order, with
    choices in the drawn order and the learner's saved answers."""
    questions = questions if questions is not None else attempt_question_map(attempt)
    shown = []
    for number, drawn in enumerate(attempt.questions, start=1):
        child = questions.get(drawn["id"])
        if child is None:
            continue
        block = child.block
        data = {"id": child.id, "number": number, **block.public_data(child.value)}
        if block.shuffled_items in data:
            by_id = {item["id"]: item for item in data[block.shuffled_items]}
            data[block.shuffled_items] = [by_id[item_id] for item_id in drawn["order"] if item_id in by_id]
        response = attempt.responses.get(child.id)
        data["response"] = response
        data.update(block.form_context(child.value, response))
        shown.append(data)
    return shown


@dataclass(frozen=True)
class ReviewOptions:
    """What a learner may see of their submitted attempts now, and if nothing, why."""

    available: bool
    answers: bool = False
    points: bool = False
    feedback: bool = False
    correct: bool = False
    reason: str = ""

    @property
    def shows_anything(self) -> bool:
        return self.answers or self.points or self.feedback or self.correct


def review_options(enrollment: Enrollment, quiz: QuizPage, rules: QuizRules | None = None) -> ReviewOptions:
    when = quiz.review_when
    reason = ""
    if when == ReviewWhen.AFTER_PASSING:
        if not QuizResult.objects.filter(enrollment=enrollment, quiz=quiz, passed=True).exists():
            reason = _("La revisión de tus respuestas estará disponible cuando apruebes el cuestionario.")
    elif when == ReviewWhen.AFTER_CLOSE:
        rules = rules or quiz_rules(enrollment, quiz)
        if rules.closes_at is None:
            reason = _("Este cuestionario no muestra la revisión de las respuestas.")
        elif not rules.is_closed():
            reason = _(
                "La revisión de tus respuestas estará disponible cuando cierre el cuestionario, el %(date)s."
            ) % {"date": date_format(timezone.localtime(rules.closes_at), "DATETIME_FORMAT")}
    elif when != ReviewWhen.AFTER_ATTEMPT:
        reason = _("Este cuestionario no muestra la revisión de las respuestas.")
    if reason:
        return ReviewOptions(available=False, reason=reason)
    return ReviewOptions(
        available=True,
        answers=quiz.review_answers,
        points=quiz.review_points,
        feedback=quiz.review_feedback,
        correct=quiz.review_correct,
    )


def answer_lines(child, response) -> list[str]:
    """The learner's response to a question, in words (empty when not answered)."""
    if response in (None, "", [], {}):
        return []
    return child.block.answer_lines(child.value, response)


def correct_lines(child) -> list[str]:
    """The correct answer of a question, in words; only for a review that allows it."""
    return child.block.correct_lines(child.value)


# Option feedback that only says what the mark beside it already says.
_BARE_VERDICTS = {
    "correcto", "correcta", "incorrecto", "incorrecta", "correto", "correta", "incorreto", "incorreta",
    "correct", "incorrect", "right", "wrong",
}  # fmt: skip


def _outcome(earned: Decimal, out_of: Decimal, needs_grading: bool, response) -> str:
    """How the answer did, for its mark: correct, partial, incorrect, unanswered or pending."""
    if needs_grading:
        return "pending"
    if not _answered(response):
        return "unanswered"
    if out_of and earned >= out_of:
        return "correct"
    return "partial" if earned > 0 else "incorrect"


def chosen_options(choices: dict, response, *, marks: bool, feedback: bool, earned: Decimal) -> list[dict]:
    """The options the learner chose, in the question's order, each with whether it is
    a correct option (when the review may say so) and its own feedback. No option
    feedback that repeats the mark, none twice, and no praise where the answer earned
    nothing (a correct option among wrong ones under all-or-nothing scoring)."""
    picked = response if isinstance(response, list) else [response]
    chosen, seen = [], set()
    for choice_id, choice in choices.items():
        if choice_id not in picked:
            continue
        note = (choice.get("feedback") or "").strip() if feedback else ""
        if note.strip(" .!¡").lower() in _BARE_VERDICTS or note in seen or (choice["correct"] and not earned):
            note = ""
        seen.add(note)
        chosen.append(
            {"text": choice["text"], "correct": bool(choice["correct"]) if marks else None, "feedback": note}
        )
    return chosen


def attempt_review(attempt) -> dict:
    """The attempt's result and, as far as the quiz's review options allow right now,
    each question with the learner's answer, points, feedback (with the grader's
    comment on an essay) and correct answer.
    Whatever is not allowed is never computed, so it cannot reach the page."""
    quiz = attempt.quiz
    review = review_options(attempt.enrollment, quiz)
    questions = []
    if review.available:
        question_map = attempt_question_map(attempt)
        for drawn in attempt.questions:
            child = question_map.get(drawn["id"])
            if child is None:
                continue
            public = child.block.public_data(child.value)
            result = attempt.results.get(child.id, {})
            response = attempt.responses.get(child.id)
            earned = Decimal(result.get("points") or 0)
            out_of = Decimal(result.get("max_points") or public["points"])
            needs_grading = result.get("needs_grading", False)
            question = {"number": len(questions) + 1, "prompt": public["prompt"], "type": child.block_type}
            if review.points or review.correct:
                question["outcome"] = _outcome(earned, out_of, needs_grading, response)
            if review.answers:
                question["answer"] = answer_lines(child, response)
                choices = child.block.review_choices(child.value)
                if choices is not None:
                    question["chosen"] = chosen_options(
                        choices,
                        response,
                        marks=review.points or review.correct,
                        feedback=review.feedback,
                        earned=earned,
                    )
            if review.points:
                # Decimals, so the page formats them like the attempt's score.
                question["points"] = earned
                question["max_points"] = out_of
                question["needs_grading"] = needs_grading
            if review.feedback:
                if "chosen" in question:
                    # Each chosen option's feedback is beside the option: only the general one here.
                    general = child.value.get("feedback")
                    question["feedback"] = getattr(general, "source", "") if general else ""
                else:
                    question["feedback"] = result.get("feedback", "")
                # Plain text a grader wrote about this answer (grading.grade_essays).
                question["grader_comment"] = result.get("comment", "")
            if review.correct:
                question["correct"] = correct_lines(child)
            questions.append(question)
    state = quiz_state(attempt.enrollment, quiz)
    return {
        "attempt": attempt,
        "quiz": quiz,
        "review": review,
        "questions": questions,
        "percent": None
        if attempt.score is None
        else (attempt.score * 100 / attempt.max_score if attempt.max_score else 100),
        "attempts_left": state.attempts_left,
        # A new attempt when the rules allow one now (none open, some left, not closed).
        "may_retry": state.open_attempt is None and state.attempts_left != 0 and not state.closed,
    }


@dataclass
class QuizState:
    attempts: list
    open_attempt: object
    attempts_left: int | None
    result: QuizResult | None
    rules: QuizRules
    closed: bool
    review: ReviewOptions

    @property
    def awaiting_grading(self) -> bool:
        """An attempt handed in and waiting for a grader: the quiz page does not invite
        another try meanwhile (the grade may pass it)."""
        return any(attempt.status == AttemptStatus.NEEDS_GRADING for attempt in self.attempts)


_UNREAD = object()


def quiz_state(enrollment: Enrollment, quiz, result=_UNREAD) -> QuizState:
    """`result`: the learner's QuizResult (or None) when the caller has read it."""
    attempts = list(QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).order_by("number"))
    rules = quiz_rules(enrollment, quiz)
    left = None if not rules.max_attempts else max(0, rules.max_attempts - len(attempts))
    return QuizState(
        attempts=[a for a in attempts if a.status != AttemptStatus.IN_PROGRESS],
        open_attempt=next((a for a in attempts if a.status == AttemptStatus.IN_PROGRESS), None),
        attempts_left=left,
        result=QuizResult.objects.filter(enrollment=enrollment, quiz=quiz).first()
        if result is _UNREAD
        else result,
        rules=rules,
        closed=rules.is_closed(),
        review=review_options(enrollment, quiz, rules),
    )


def _answered(response) -> bool:
    if isinstance(response, dict):
        return any(response.values())
    return response not in (None, "", [])


def minutes_left(attempt, now: datetime | None = None) -> int | None:
    """Whole minutes until the attempt's deadline, rounded up (None without one)."""
    if attempt.deadline is None:
        return None
    seconds = (attempt.deadline - (now or timezone.now())).total_seconds()
    return max(0, -int(-seconds // 60))


def handin_summary(attempt) -> dict:
    """The review before handing in: every drawn question, numbered as on the attempt
    page, with whether the learner has saved an answer to it."""
    questions = [
        {
            "number": question["number"],
            "prompt_text": strip_tags(question["prompt"]).strip(),
            "answered": _answered(question["response"]),
        }
        for question in attempt_questions(attempt)
    ]
    answered = sum(1 for question in questions if question["answered"])
    return {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": questions,
        "answered_count": answered,
        "unanswered_count": len(questions) - answered,
        "minutes_left": minutes_left(attempt),
    }


class ItemState:
    DONE = "done"
    CURRENT = "current"
    LOCKED = "locked"
    PENDING = "pending"  # a quiz handed in, waiting for a person to grade it
    TODO = "todo"


@dataclass
class OutlineItem:
    page: Page
    is_quiz: bool
    state: str
    required: bool


@dataclass
class OutlineModule:
    page: ModulePage
    number: int
    open: bool
    reason: str
    items: list[OutlineItem]
    current: bool = False  # the module page being shown


@dataclass
class LearnerOutline:
    """The course as the learner finds their way in it from a lesson or quiz."""

    modules: list[OutlineModule]
    current: OutlineItem | None
    module_number: int | None
    position: int | None  # among the module's lessons (or quizzes), from 1
    of: int | None
    progress: int | None  # percent of the required items done; None for staff
    current_module: OutlineModule | None = None  # on a module page: that module

    @property
    def module_count(self) -> int:
        return len(self.modules)


def learner_outline(access, current: Page) -> LearnerOutline | None:
    """Every module, lesson and quiz of the course with its state for this learner,
    from what the access check already read (capacitacion.access.item_access, or
    module_access for a module page: then `current` is the module), plus one query
    for the quizzes waiting to be graded: the same cost whatever the size."""
    if access is None or access.modules is None or access.course_items is None:
        return None
    from aula.restrictions import restricted_paths

    private = tuple(restricted_paths())
    quiz_type = ContentType.objects.get_for_model(QuizPage).pk
    done_quizzes = {quiz_id for quiz_id, result in access.quiz_results.items() if result.passed}
    pending = set()
    if access.enrollment is not None:
        pending = set(
            QuizAttempt.objects.filter(
                enrollment=access.enrollment, status=AttemptStatus.NEEDS_GRADING
            ).values_list("quiz_id", flat=True)
        )
    modules, found, found_module, required_total, required_done = [], None, None, 0, 0
    current_module = None
    for number, module in enumerate(access.modules, start=1):
        state = access.module_states.get(module.pk, ModuleState(open=True))
        items = []
        for page in access.course_items:
            if page.path[: -Page.steplen] != module.path or page.path.startswith(private):
                continue
            is_quiz = page.content_type_id == quiz_type
            done = page.pk in (done_quizzes if is_quiz else access.done_lessons)
            if page.pk == current.pk:
                item_state = ItemState.CURRENT
            elif done:
                item_state = ItemState.DONE
            elif is_quiz and page.pk in pending:
                item_state = ItemState.PENDING
            elif not state.open:
                item_state = ItemState.LOCKED
            else:
                item_state = ItemState.TODO
            item = OutlineItem(
                page=page, is_quiz=is_quiz, state=item_state, required=bool(page.item_required)
            )
            if page.item_required:
                required_total += 1
                required_done += done
            if page.pk == current.pk:
                found, found_module = item, number
            items.append(item)
        outline_module = OutlineModule(
            module, number, state.open, state.reason, items, module.pk == current.pk
        )
        if outline_module.current:
            current_module, found_module = outline_module, number
        modules.append(outline_module)
    position = of = None
    if found is not None:
        siblings = [item for item in modules[found_module - 1].items if item.is_quiz == found.is_quiz]
        position, of = siblings.index(found) + 1, len(siblings)
    progress = None
    if access.enrollment is not None:
        progress = 100 if not required_total else round(100 * required_done / required_total)
    return LearnerOutline(modules, found, found_module, position, of, progress, current_module)
