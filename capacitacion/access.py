"""Who may open a lesson or a quiz: learners with an active (or completed)
enrolment whose module is open, and the course institution's staff, who preview
everything."""

from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from aula import page_cache
from capacitacion.models import Enrollment, EnrollmentStatus
from capacitacion.selectors import module_states, user_enrollment
from cursos.models import CoursePage, ModulePage
from cursos.selectors import course_items


@dataclass(frozen=True)
class Access:
    allowed: bool
    reason: str = ""
    enrollment: Enrollment | None = None
    course: Page | None = None
    is_staff_preview: bool = False
    module: Page | None = None
    # What the learner has done in the course, read once for the access check and
    # reused by the page: lesson ids, and quiz id -> QuizResult.
    done_lessons: set = field(default_factory=set)
    quiz_results: dict = field(default_factory=dict)
    # The course's live lessons and quizzes (cursos.selectors.course_items).
    course_items: list | None = None
    # The course's live modules and, for a learner, whether each is open (module_states).
    modules: list | None = None
    module_states: dict = field(default_factory=dict)


ADMIN_ACCESS_SECONDS = 300


def may_open_admin(user) -> bool:
    """Whether the user may open the Wagtail admin, cached for a few minutes per user:
    it is asked on every page (the menu link, the staff preview check) and costs two
    queries. Only a shortcut: the admin and the editing checks ask again themselves."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Also kept on the user object, which lives for one request (as Django keeps the
    # permissions it read): a page asks three times (menu, staff preview, template).
    allowed = getattr(user, "_aula_may_open_admin", None)
    if allowed is not None:
        return allowed
    key = f"aula:may-open-admin:{user.pk}"
    allowed = cache.get(key)
    if allowed is None:
        allowed = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, allowed, timeout=ADMIN_ACCESS_SECONDS)
    user._aula_may_open_admin = allowed
    return allowed


STATUS_REASONS = {
    EnrollmentStatus.PENDING: gettext_lazy(
        "Tu inscripción está pendiente de aprobación. Te avisaremos por correo."
    ),
    EnrollmentStatus.WAITLISTED: gettext_lazy(
        "Estás en la lista de espera de este curso. Te avisaremos cuando haya lugar."
    ),
    EnrollmentStatus.WITHDRAWN: gettext_lazy(
        "Te diste de baja de este curso. Inscríbete de nuevo para continuar."
    ),
    EnrollmentStatus.REJECTED: gettext_lazy("Tu solicitud de inscripción a este curso no fue aprobada."),
}


STRUCTURE_SECONDS = 600


def _course_structure(course_path: str) -> tuple[CoursePage, list[ModulePage], list[Page]]:
    """The course, its live modules (specific) and its live lessons and quizzes
    (course_items): the same for every learner, so cached under the content
    generation, which publishing, unpublishing, moving or saving any page bumps
    (aula/signals.py). Three queries on a miss, none on a hit."""
    key = f"aula:course-structure:v1:{page_cache.generation(page_cache.CONTENT)}:{course_path}"
    structure = cache.get(key)
    if structure is None:
        course = CoursePage.objects.get(path=course_path)
        modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
        structure = (course, modules, course_items(course))
        cache.set(key, structure, timeout=STRUCTURE_SECONDS)
    return structure


def _module_and_course(item: Page) -> tuple[list[ModulePage], ModulePage, CoursePage, list[Page]]:
    """The course's live modules (specific), the item's module, its course and the
    course's live items: the tree path says which are the parents."""
    course, modules, items = _course_structure(item.path[: -2 * Page.steplen])
    module_path = item.path[: -Page.steplen]
    module = next((m for m in modules if m.path == module_path), None) or ModulePage.objects.get(
        path=module_path
    )
    return modules, module, course, items


def item_access(user, item: Page) -> Access:
    """`item` is a LessonPage or QuizPage (module > course above it)."""
    modules, module, course, items = _module_and_course(item)
    if user.is_authenticated and (
        user.is_superuser or (may_open_admin(user) and item.permissions_for_user(user).can_edit())
    ):
        return Access(
            True, course=course, module=module, is_staff_preview=True, course_items=items, modules=modules
        )
    if not user.is_authenticated:
        return Access(
            False, _("Inicia sesión e inscríbete en el curso para ver sus lecciones."), course=course
        )
    enrollment = user_enrollment(user, course)
    if enrollment is None:
        return Access(False, _("Inscríbete en el curso para ver sus lecciones."), course=course)
    if not enrollment.can_study:
        return Access(False, str(STATUS_REASONS[enrollment.status]), enrollment=None, course=course)
    access = _learner_access(enrollment, course, module, modules, items)
    state = access.module_states[module.pk]
    if not state.open:
        return Access(False, state.reason, enrollment=enrollment, course=course)
    return access


def module_access(user, module: Page) -> Access | None:
    """What a module page shows a learner enrolled in its course (every item with its
    state, the course progress) or its institution's staff (everything): the same
    reads as item_access, from the same cached course structure. None for anyone else,
    who sees the module's plain list of lessons and quizzes. A closed module is not
    refused here: its page shows why it is closed."""
    course, modules, items = _course_structure(module.path[: -Page.steplen])
    if not user.is_authenticated:
        return None
    if user.is_superuser or (may_open_admin(user) and module.permissions_for_user(user).can_edit()):
        return Access(
            True, course=course, module=module, is_staff_preview=True, course_items=items, modules=modules
        )
    enrollment = user_enrollment(user, course)
    if enrollment is None or not enrollment.can_study:
        return None
    access = _learner_access(enrollment, course, module, modules, items)
    return replace(
        access, allowed=access.module_states[module.pk].open if module.pk in access.module_states else True
    )


def _learner_access(enrollment, course, module, modules, items) -> Access:
    """An enrolled learner's view of `module`: what they have done and each module's state."""
    done_lessons = set(enrollment.lesson_completions.values_list("lesson_id", flat=True))
    results = {result.quiz_id: result for result in enrollment.quiz_results.all()}
    states = module_states(
        enrollment, course, modules, done_lessons=done_lessons, results=results, items=items
    )
    return Access(
        True,
        enrollment=enrollment,
        course=course,
        module=module,
        done_lessons=done_lessons,
        quiz_results=results,
        course_items=items,
        modules=modules,
        module_states=states,
    )
