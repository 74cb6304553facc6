from django.urls import path

import aula.converters  # noqa: F401  (the <id:…> converter)
from capacitacion.views import certificates, learning, privacy, profile, quizzes

app_name = "capacitacion"

urlpatterns = [
    path("", learning.dashboard, name="dashboard"),
    path("perfil/", profile.profile, name="profile"),
    path("inscribirme/<id:course_id>/", learning.enroll_in_course, name="enroll"),
    path("inscripciones/<id:enrollment_id>/baja/", learning.withdraw_from_course, name="withdraw"),
    path(
        "inscripciones/<id:enrollment_id>/baja/confirmar/",
        learning.confirm_withdrawal,
        name="withdraw_confirm",
    ),
    path("lecciones/<id:lesson_id>/completada/", learning.mark_lesson_done, name="lesson_done"),
    path("cuestionarios/<id:quiz_id>/comenzar/", quizzes.start, name="attempt_start"),
    path("intentos/<id:attempt_id>/", quizzes.attempt_page, name="attempt"),
    path("intentos/<id:attempt_id>/entregar/", quizzes.attempt_confirm, name="attempt_confirm"),
    path("intentos/<id:attempt_id>/resultado/", quizzes.attempt_review, name="attempt_review"),
    path("certificados/<uuid:certificate_uuid>/pdf/", certificates.download_pdf, name="certificate_pdf"),
    path("mis-datos/", privacy.my_data, name="my_data"),
    path("mis-datos/descargar/", privacy.download_my_data, name="download_my_data"),
    path("mis-datos/eliminar-cuenta/", privacy.delete_my_account, name="delete_account"),
]
