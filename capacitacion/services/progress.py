"""Recording what a learner has done, and completing the enrolment when the
course's rule holds."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from capacitacion.access import item_access
from capacitacion.models import Enrollment, EnrollmentStatus, LessonCompletion
from capacitacion.selectors import course_rule_holds
from capacitacion.services.certificates import queue_certificate
from capacitacion.services.enrollment import EnrollmentError
from cursos.models import LessonPage


@transaction.atomic
def record_lesson_done(*, user, lesson: LessonPage) -> LessonCompletion:
    """Mark a lesson done for the learner's enrolment; completes the enrolment when
    the course's rule holds. Marking it twice changes nothing."""
    access = item_access(user, lesson)
    if not access.allowed or access.enrollment is None:
        raise EnrollmentError(access.reason or _("No tienes una inscripción activa en este curso."))
    completion, _created = LessonCompletion.objects.get_or_create(enrollment=access.enrollment, lesson=lesson)
    evaluate_completion(access.enrollment)
    return completion


def evaluate_completion(enrollment: Enrollment) -> bool:
    """Complete an active enrolment whose course rule holds, and have its certificate
    issued once the transaction commits. Returns True if it completed it."""
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.status != EnrollmentStatus.ACTIVE or not course_rule_holds(enrollment):
        return False
    now = timezone.now()
    enrollment.status = EnrollmentStatus.COMPLETED
    enrollment.status_changed_at = now
    enrollment.completed_at = now
    enrollment.completion_seen_at = None  # the dashboard says so on the next visit
    enrollment.save(update_fields=["status", "status_changed_at", "completed_at", "completion_seen_at"])
    enrollment_id = enrollment.pk
    transaction.on_commit(lambda: queue_certificate(enrollment_id))
    return True


def mark_completions_seen(user, enrollment_ids) -> int:
    """The learner has seen their dashboard announce these completed enrolments: it
    announces each only once (only those shown: one completed meanwhile still will)."""
    return Enrollment.objects.filter(
        user=user, pk__in=enrollment_ids, status=EnrollmentStatus.COMPLETED, completion_seen_at__isnull=True
    ).update(completion_seen_at=timezone.now())
