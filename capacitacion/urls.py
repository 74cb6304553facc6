from django.urls import path

from capacitacion.views import certificates, learning, profile, quizzes

app_name = "capacitacion"

urlpatterns = [
    path("", learning.dashboard, name="dashboard"),
    path("perfil/", profile.profile, name="profile"),
    path("inscribirme/<int:course_id>/", learning.enroll_in_course, name="enroll"),
    path("inscripciones/<int:enrollment_id>/baja/", learning.withdraw_from_course, name="withdraw"),
    path("lecciones/<int:lesson_id>/completada/", learning.mark_lesson_done, name="lesson_done"),
    path("cuestionarios/<int:quiz_id>/comenzar/", quizzes.start, name="attempt_start"),
    path("intentos/<int:attempt_id>/", quizzes.attempt_page, name="attempt"),
    path("intentos/<int:attempt_id>/resultado/", quizzes.attempt_review, name="attempt_review"),
    path("certificados/<uuid:certificate_uuid>/pdf/", certificates.download_pdf, name="certificate_pdf"),
]
