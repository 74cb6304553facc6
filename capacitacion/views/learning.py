"""Learner views: thin, they call services and selectors."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from aula.input_guard import next_path
from capacitacion.forms import EnrollForm
from capacitacion.models import Enrollment, EnrollmentStatus
from capacitacion.selectors import learner_dashboard, withdrawal_summary
from capacitacion.services.enrollment import (
    OPEN_STATUSES,
    EnrollmentError,
    enroll,
    needs_profile_first,
    withdraw,
)
from capacitacion.services.progress import mark_completions_seen, record_lesson_done
from cursos.models import CoursePage, LessonPage


@login_required
def dashboard(request):
    data = learner_dashboard(request.user)
    if data.just_completed:
        mark_completions_seen(request.user, [entry.enrollment.pk for entry in data.just_completed])
    return render(request, "capacitacion/dashboard.html", {"dashboard": data})


@login_required
@require_POST
def enroll_in_course(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    course_url = course.get_url(request)
    if needs_profile_first(request.user):
        messages.info(
            request, _("Antes de inscribirte, completa tu perfil: así aparecerá tu nombre en el certificado.")
        )
        return redirect(f"{reverse('capacitacion:profile')}?next={course_url}")
    form = EnrollForm(request.POST, course=course)
    if not form.is_valid():
        messages.error(request, _("Esa cohorte no existe en este curso."))
        return redirect(course_url)
    cohort = form.cleaned_data["cohort"]
    try:
        outcome = enroll(
            user=request.user, course=course, cohort=cohort, key=request.POST.get("key", "")[:64]
        )
    except EnrollmentError as error:
        messages.error(request, error.message)
        return redirect(course_url)
    status = outcome.enrollment.status
    if not outcome.created and status not in {
        EnrollmentStatus.ACTIVE,
        EnrollmentStatus.PENDING,
        EnrollmentStatus.WAITLISTED,
    }:
        messages.info(request, _("Ya estás inscripto/a en este curso."))
    elif status == EnrollmentStatus.ACTIVE:
        messages.success(request, _("¡Listo! Ya estás inscripto/a. Puedes empezar cuando quieras."))
    elif status == EnrollmentStatus.PENDING:
        messages.info(request, _("Recibimos tu solicitud. Te avisaremos por correo cuando sea aprobada."))
    elif status == EnrollmentStatus.WAITLISTED:
        messages.info(
            request,
            _(
                "La cohorte está completa: quedaste en la lista de espera. "
                "Te avisaremos si se libera un lugar."
            ),
        )
    return redirect(course_url)


@login_required
@require_GET
def confirm_withdrawal(request, enrollment_id: int):
    """What leaving means, before the learner leaves: the POST goes to withdraw."""
    enrollment = get_object_or_404(Enrollment, pk=enrollment_id, user=request.user)
    if enrollment.status not in OPEN_STATUSES:
        messages.info(request, _("Esta inscripción ya no está activa."))
        return redirect("capacitacion:dashboard")
    return render(request, "capacitacion/withdraw_confirm.html", {"summary": withdrawal_summary(enrollment)})


@login_required
@require_POST
def withdraw_from_course(request, enrollment_id: int):
    enrollment = get_object_or_404(Enrollment, pk=enrollment_id, user=request.user)
    try:
        withdraw(enrollment)
    except EnrollmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Te diste de baja de «%(course)s».") % {"course": enrollment.course.title}
        )
    return redirect("capacitacion:dashboard")


@login_required
@require_POST
def mark_lesson_done(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        record_lesson_done(user=request.user, lesson=lesson)
    except EnrollmentError as error:
        messages.error(request, error.message)
        return redirect(lesson.get_parent().get_parent().get_url(request))
    # A URL, never a view name: redirect() would try to reverse a bare word.
    return HttpResponseRedirect(next_path(request) or lesson.get_url(request))
