"""What a cohort's staff may change: its course only while nobody is enrolled, and
tutors only from the team of the course's institution (or Coordination). The admin
form calls these; any other way of editing a cohort must too."""

from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.translation import gettext as _

from capacitacion.models import Cohort, display_name
from capacitacion.services.errors import ServiceError
from cursos.selectors import course_institution
from cursos.services import COORDINATION_GROUP


class CohortError(ServiceError):
    """A reason, in staff's language, why the cohort cannot be saved like that."""


def check_course_change(cohort: Cohort, course) -> None:
    """A cohort keeps its course once someone enrolled: their progress belongs to it."""
    if cohort.pk and course.pk != cohort.course_id and cohort.enrollments.exists():
        raise CohortError(_("No se puede cambiar el curso de una cohorte que ya tiene inscripciones."))


def check_tutors(cohort: Cohort, course, tutors) -> None:
    """`tutors` (a queryset of users) may tutor a cohort of `course`: members of the
    editors group of the course's institution or of Coordination. People already
    tutoring the cohort stay allowed, so an edit never drops them unasked."""
    institution = course_institution(course)
    allowed_groups = Group.objects.filter(
        Q(name=COORDINATION_GROUP) | Q(pk=getattr(institution, "editors_group_id", None))
    )
    kept = set(cohort.tutors.values_list("pk", flat=True)) if cohort.pk else set()
    allowed = set(tutors.filter(groups__in=allowed_groups).values_list("pk", flat=True).distinct())
    outsiders = [display_name(tutor) for tutor in tutors if tutor.pk not in allowed | kept]
    if outsiders:
        raise CohortError(
            _("No forman parte del equipo de %(institution)s: %(people)s.")
            % {
                "institution": getattr(institution, "title", course.title),
                "people": ", ".join(outsiders),
            }
        )
