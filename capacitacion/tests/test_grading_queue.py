from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from capacitacion.models import AttemptStatus, Notification, NotificationEvent, QuizResult
from capacitacion.services.enrollment import enroll
from capacitacion.services.grading import GRADE_ACTION, GradingError, grade_essays
from capacitacion.tasks import send_notification
from capacitacion.templatetags.essays import essay_html
from capacitacion.tests.factories import ESSAY, essay_id, learner, member_of, submit_with_essay, with_essay
from cursos.models import QuizPage
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(course):
    return with_essay(QuizPage.objects.descendant_of(course).order_by("path").first())


@pytest.fixture
def student(course):
    user = learner(full_name="Ñandú D'Alessandro")
    enroll(user=user, course=course)
    return user


@pytest.fixture
def attempt(student, quiz):
    return submit_with_essay(student, quiz)


def grade_url(attempt) -> str:
    return reverse("correccion:grade", args=[attempt.pk])


def test_an_attempt_with_an_essay_waits_in_the_queue_ungraded(client, editor, attempt, quiz):
    assert (attempt.status, attempt.passed, attempt.score) == (AttemptStatus.NEEDS_GRADING, None, 3)
    assert not QuizResult.objects.filter(quiz=quiz, passed=True).exists()
    client.force_login(editor)
    queue = client.get(reverse("correccion:index"))
    assert queue.status_code == 200
    html = queue.content.decode()
    assert "Ñandú D&#x27;Alessandro" in html or "Ñandú D'Alessandro" in html
    assert grade_url(attempt) in html
    assert quiz.title in html
    # The sidebar menu is JSON in the page: look for the menu item's link.
    assert (
        f'"url": "{reverse("correccion:index")}"' in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_queue_lists_the_oldest_submission_first(client, editor, course, quiz, attempt):
    later = learner(full_name="Persona Que Entregó Después")
    enroll(user=later, course=course)
    submit_with_essay(later, quiz)
    client.force_login(editor)
    html = client.get(reverse("correccion:index")).content.decode()
    assert html.index("Ñandú") < html.index("Persona Que Entregó Después")


def test_grade_view_shows_rubric_escaped_answer_and_auto_points(client, editor, student, quiz):
    attempt = submit_with_essay(
        student, quiz, essay_text="<script>alert(1)</script> Verifico <b>dos</b> fuentes"
    )
    client.force_login(editor)
    html = client.get(grade_url(attempt)).content.decode()
    assert "RUBRICA-PARA-QUIEN-CORRIGE" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Verifico &lt;b&gt;dos&lt;/b&gt; fuentes" in html
    assert "<script>alert(1)" not in html
    assert "Corregida automáticamente: 1,00 de 1,00 puntos." in html
    assert f'name="points-{essay_id(attempt)}"' in html


def test_grading_updates_score_pass_state_result_and_emails_once(
    client, editor, student, attempt, quiz, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    qid = essay_id(attempt)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(grade_url(attempt), {f"points-{qid}": "1,5", f"comment-{qid}": "Bien citado."})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score, attempt.passed) == ("graded", 4.5, 5, True)
    assert attempt.results[qid] | {"feedback": ""} == {
        "points": "1.50",
        "max_points": "2.00",
        "feedback": "",
        "needs_grading": False,
        "comment": "Bien citado.",
    }
    result = QuizResult.objects.get(quiz=quiz, enrollment=attempt.enrollment)
    assert (result.passed, result.score_percent) == (True, Decimal("90.00"))
    assert ModelLogEntry.objects.filter(action=GRADE_ACTION, user=editor, object_id=str(attempt.pk)).exists()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [student.email]
    assert email.subject == f"[Aula] Cuestionario calificado: {quiz.title}"
    assert email.body.startswith("Hola, Ñandú D'Alessandro:\n")
    assert "Obtuviste 4,50 de 5,00 puntos (90 %)." in email.body
    assert f"/mi-aprendizaje/intentos/{attempt.pk}/resultado/" in email.body

    # Posting again (two tabs, a replay) changes nothing and sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(grade_url(attempt), {f"points-{qid}": "0", f"comment-{qid}": ""})
    assert again.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == Decimal("4.50")
    assert len(mail.outbox) == 1


def test_the_email_task_running_twice_sends_one_email(editor, attempt):
    qid = essay_id(attempt)
    grade_essays(attempt_id=attempt.pk, grader=editor, marks={qid: (Decimal("0"), "")})
    notification = Notification.objects.get(event=NotificationEvent.QUIZ_GRADED, attempt=attempt)
    send_notification.delay(notification.pk)
    send_notification.delay(notification.pk)
    assert len(mail.outbox) == 1
    assert "Para aprobar se necesita el 70 %." in mail.outbox[0].body


def test_a_low_essay_mark_fails_the_quiz(editor, attempt, quiz):
    graded = grade_essays(
        attempt_id=attempt.pk, grader=editor, marks={essay_id(attempt): (Decimal("0.4"), "")}
    )
    assert (graded.score, graded.passed) == (Decimal("3.40"), False)
    assert not QuizResult.objects.get(quiz=quiz).passed


def test_the_service_refuses_an_attempt_not_waiting_for_grading(editor, attempt):
    marks = {essay_id(attempt): (Decimal("2"), "")}
    grade_essays(attempt_id=attempt.pk, grader=editor, marks=marks)
    with pytest.raises(GradingError, match="ya no espera corrección"):
        grade_essays(attempt_id=attempt.pk, grader=editor, marks=marks)


@pytest.mark.parametrize("points", ["-1", "2,01", "tres", "NaN", None])
def test_invalid_points_give_form_errors_and_change_nothing(client, editor, attempt, points):
    client.force_login(editor)
    qid = essay_id(attempt)
    data = {f"comment-{qid}": "Comentario"}
    if points is not None:
        data[f"points-{qid}"] = points
    response = client.post(grade_url(attempt), data)
    assert response.status_code == 200
    assert response.context["form"].errors[f"points-{qid}"]
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score) == (AttemptStatus.NEEDS_GRADING, 3)
    assert len(mail.outbox) == 0


def test_staff_of_another_institution_cannot_see_or_grade(client, other_editor, other_institution, attempt):
    build_course(other_institution, modules=1, lessons_per_module=1)
    client.force_login(other_editor)
    queue = client.get(reverse("correccion:index"))
    assert queue.status_code == 200
    assert grade_url(attempt) not in queue.content.decode()
    assert client.get(grade_url(attempt)).status_code == 404
    qid = essay_id(attempt)
    assert client.post(grade_url(attempt), {f"points-{qid}": "2"}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.NEEDS_GRADING


def test_coordination_sees_every_institution(client, catalog, attempt):
    coordinator = member_of(Group.objects.get(name=COORDINATION_GROUP))
    client.force_login(coordinator)
    assert grade_url(attempt) in client.get(reverse("correccion:index")).content.decode()
    assert client.get(grade_url(attempt)).status_code == 200


def test_a_learner_cannot_reach_the_admin_views(client, student, attempt):
    client.force_login(student)
    qid = essay_id(attempt)
    index, grade = reverse("correccion:index"), grade_url(attempt)
    for url, response in (
        (index, client.get(index)),
        (grade, client.get(grade)),
        (grade, client.post(grade, {f"points-{qid}": "2"})),
    ):
        # Without admin access Wagtail sends everyone to its login, to come back here.
        assert (response.status_code, response["Location"]) == (
            302,
            f"{reverse('wagtailadmin_login')}?next={url}",
        )
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.NEEDS_GRADING


def test_staff_without_a_course_do_not_see_the_menu_item_nor_the_queue(client, attempt):
    group = Group.objects.create(name="Secretaría")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    staff = member_of(group)
    client.force_login(staff)
    # Wagtail answers a PermissionDenied in the admin with a redirect to its home.
    denied = client.get(reverse("correccion:index"))
    assert (denied.status_code, denied["Location"]) == (302, reverse("wagtailadmin_home"))
    assert reverse("correccion:index") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_essay_html_escapes_everything_when_formatting_is_off():
    html = essay_html('<p onclick="x">Hola</p>\n\n<script>alert(1)</script> & más', False)
    assert "<script>" not in html and "onclick" not in html.replace("onclick=&quot;", "")
    assert "&lt;p onclick=&quot;x&quot;&gt;Hola&lt;/p&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; más" in html


def test_essay_html_keeps_only_the_allow_list_when_formatting_is_on():
    text = (
        '<p style="color:red" onclick="steal()">Uno <strong>dos</strong> <em>tres</em></p>'
        '<ul><li>a</li></ul><script>alert(1)</script><a href="javascript:x">enlace</a><img src=x onerror=y>'
    )
    html = essay_html(text, True)
    assert html == "<p>Uno <strong>dos</strong> <em>tres</em></p><ul><li>a</li></ul>alert(1)enlace"


def test_the_grade_view_renders_allowed_formatting(client, editor, student, course):
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    quiz.questions = [
        *quiz.questions.raw_data,
        {**ESSAY, "value": {**ESSAY["value"], "allow_formatting": True}},
    ]
    quiz.save_revision().publish()
    attempt = submit_with_essay(
        student, quiz, essay_text="<p>Con <strong>énfasis</strong></p><script>x()</script>"
    )
    client.force_login(editor)
    html = client.get(grade_url(attempt)).content.decode()
    assert "<p>Con <strong>énfasis</strong></p>x()" in html


def review_html(client, student, attempt) -> str:
    client.force_login(student)
    response = client.get(reverse("capacitacion:attempt_review", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_learner_sees_the_graders_comment_escaped_with_its_line_breaks(client, editor, student, attempt):
    comment = "Bien citado.\nRevisa <b>la fecha</b> & la fuente <script>alert(1)</script>"
    grade_essays(attempt_id=attempt.pk, grader=editor, marks={essay_id(attempt): (Decimal("1.5"), comment)})
    html = review_html(client, student, attempt)
    assert "Comentario de quien corrigió" in html
    escaped = "Revisa &lt;b&gt;la fecha&lt;/b&gt; &amp; la fuente &lt;script&gt;alert(1)&lt;/script&gt;"
    assert f"Bien citado.<br>{escaped}" in html
    assert "<script>alert(1)" not in html


def test_no_comment_label_when_the_grader_wrote_none(client, editor, student, attempt):
    grade_essays(attempt_id=attempt.pk, grader=editor, marks={essay_id(attempt): (Decimal("2"), "  ")})
    assert "Comentario de quien corrigió" not in review_html(client, student, attempt)


def test_a_quiz_that_hides_feedback_hides_the_graders_comment(client, editor, student, attempt, quiz):
    quiz.review_feedback = False
    quiz.save_revision().publish()
    grade_essays(
        attempt_id=attempt.pk, grader=editor, marks={essay_id(attempt): (Decimal("2"), "COMENTARIO-OCULTO")}
    )
    html = review_html(client, student, attempt)
    assert "Puntos" in html  # the review itself is still shown
    assert "COMENTARIO-OCULTO" not in html
    assert "Comentario de quien corrigió" not in html
