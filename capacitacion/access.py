"""Who may open a lesson or a quiz: learners with an active (or completed)
enrolment whose module is open, and the course institution's staff, who preview
everything."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from capacitacion.models import Enrollment, EnrollmentStatus
from capacitacion.selectors import module_states, user_enrollment


@dataclass(frozen=True)
class Access:
    allowed: bool
    reason: str = ""
    enrollment: Enrollment | None = None
    course: Page | None = None
    is_staff_preview: bool = False


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


def item_access(user, item: Page) -> Access:
    """`item` is a LessonPage or QuizPage (module > course above it)."""
    module = item.get_parent().specific
    course = module.get_parent().specific
    if user.is_authenticated and (user.is_superuser or item.permissions_for_user(user).can_edit()):
        return Access(True, course=course, is_staff_preview=True)
    if not user.is_authenticated:
        return Access(
            False, _("Inicia sesión e inscríbete en el curso para ver sus lecciones."), course=course
        )
    enrollment = user_enrollment(user, course)
    if enrollment is None:
        return Access(False, _("Inscríbete en el curso para ver sus lecciones."), course=course)
    if not enrollment.can_study:
        return Access(False, str(STATUS_REASONS[enrollment.status]), enrollment=None, course=course)
    modules = list(course.get_children().live().type(type(module)).specific().order_by("path"))
    state = module_states(enrollment, course, modules)[module.pk]
    if not state.open:
        return Access(False, state.reason, enrollment=enrollment, course=course)
    return Access(True, enrollment=enrollment, course=course)
