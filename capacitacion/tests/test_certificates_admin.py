import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from capacitacion.models import Certificate, CertificateStatus, CertificateTemplate
from capacitacion.services import certificates
from capacitacion.services.certificates import REISSUE_ACTION, REVOKE_ACTION
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import learner
from cursos.models import LessonPage, QuizPage
from cursos.services import COORDINATION_GROUP
from cursos.tests.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def issued(course, **profile) -> Certificate:
    from capacitacion.models import QuizResult

    user = learner(**profile)
    enrollment = enroll(user=user, course=course).enrollment
    for quiz in QuizPage.objects.descendant_of(course):
        QuizResult.objects.create(enrollment=enrollment, quiz=quiz, score_percent=100, passed=True)
    for lesson in LessonPage.objects.descendant_of(course):
        record_lesson_done(user=user, lesson=lesson)
    return certificates.issue(enrollment.pk)


def member_of(group):
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def own(institution):
    course = build_course(institution, modules=1, lessons_per_module=1, title="Comunicación de riesgos")
    return issued(course, full_name="Ana Propia")


@pytest.fixture
def foreign(other_institution):
    course = build_course(
        other_institution, modules=1, lessons_per_module=1, title="Formulación de proyectos"
    )
    return issued(course, full_name="Bruno Ajeno")


def test_editors_list_and_search_only_their_institution_certificates(client, editor, own, foreign):
    client.force_login(editor)
    page = client.get("/admin/certificados/").content.decode()
    assert own.code in page and "Ana Propia" in page
    assert foreign.code not in page and "Bruno Ajeno" not in page
    found = client.get("/admin/certificados/", {"q": own.code}).content.decode()
    assert own.code in found
    assert client.get(f"/admin/certificados/inspect/{own.pk}/").status_code == 200
    assert client.get(f"/admin/certificados/inspect/{foreign.pk}/").status_code == 404
    assert client.get(f"/admin/certificados/{foreign.pk}/revocar/").status_code == 404


def test_coordination_sees_every_certificate(client, catalog, own, foreign):
    client.force_login(member_of(Group.objects.get(name=COORDINATION_GROUP)))
    page = client.get("/admin/certificados/").content.decode()
    assert own.code in page and foreign.code in page


def test_certificates_cannot_be_edited_or_deleted_in_the_admin(client, editor, own):
    client.force_login(editor)
    # Wagtail answers a missing permission in the admin with its home and a message.
    for response in (
        client.get(f"/admin/certificados/edit/{own.pk}/", follow=True),
        client.post(f"/admin/certificados/delete/{own.pk}/", follow=True),
    ):
        assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
        assert [str(m).strip() for m in response.context["messages"]] == [
            "Lo sentimos, no tienes permisos para acceder a esta área."
        ]
    assert Certificate.objects.filter(pk=own.pk, holder_name="Ana Propia").exists()


def test_learners_do_not_get_in(client, own):
    client.force_login(own.enrollment.user)
    response = client.get("/admin/certificados/")
    assert (response.status_code, response["Location"]) == (
        302,
        f"{reverse('wagtailadmin_login')}?next=/admin/certificados/",
    )
    assert Certificate.objects.get(pk=own.pk).status == CertificateStatus.VALID


def test_revoke_needs_a_reason_and_is_logged(client, editor, own):
    client.force_login(editor)
    url = f"/admin/certificados/{own.pk}/revocar/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200
    assert Certificate.objects.get(pk=own.pk).status == CertificateStatus.VALID

    response = client.post(url, {"reason": "Trabajo final plagiado"})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == CertificateStatus.REVOKED
    assert own.revoked_by == editor
    assert own.revocation_reason == "Trabajo final plagiado"
    entry = ModelLogEntry.objects.get(action=REVOKE_ACTION, object_id=str(own.pk))
    assert entry.user == editor
    assert entry.data["reason"] == "Trabajo final plagiado"


def test_reissue_from_the_admin_supersedes_and_is_logged(client, editor, own):
    client.force_login(editor)
    response = client.post(f"/admin/certificados/{own.pk}/reemitir/", {"reason": "Corrección del nombre"})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == CertificateStatus.SUPERSEDED
    assert response["Location"] == f"/admin/certificados/inspect/{own.superseded_by.pk}/"
    assert ModelLogEntry.objects.filter(action=REISSUE_ACTION, object_id=str(own.pk), user=editor).exists()


def test_another_institution_cannot_revoke(client, institution, other_institution, own):
    other_institution.refresh_from_db()
    client.force_login(member_of(other_institution.editors_group))
    response = client.post(f"/admin/certificados/{own.pk}/revocar/", {"reason": "No"})
    assert response.status_code == 404
    assert Certificate.objects.get(pk=own.pk).status == CertificateStatus.VALID


def template_data(**fields):
    data = {
        "institution": "",
        "course": "",
        "accent_color": "#1f4e79",
        "intro_es": "",
        "intro_pt": "",
        "intro_en": "",
        "body_es": "",
        "body_pt": "",
        "body_en": "",
        "signatories-TOTAL_FORMS": "1",
        "signatories-INITIAL_FORMS": "0",
        "signatories-MIN_NUM_FORMS": "0",
        "signatories-MAX_NUM_FORMS": "3",
        "signatories-0-name": "Dra. Lucía Pérez",
        "signatories-0-role": "Decana",
        "signatories-0-signature": "",
        "signatories-0-ORDER": "1",
        "signatories-0-id": "",
        "signatories-0-DELETE": "",
    }
    data.update(fields)
    return data


def test_editors_author_templates_for_their_own_institution_only(
    client, editor, institution, other_institution
):
    client.force_login(editor)
    response = client.post(
        "/admin/plantillas-certificado/new/", template_data(institution=other_institution.pk)
    )
    assert response.status_code == 200
    assert not CertificateTemplate.objects.exists()

    response = client.post(
        "/admin/plantillas-certificado/new/", template_data(institution=institution.pk, accent_color="azul")
    )
    assert response.status_code == 200
    assert "#rrggbb" in response.content.decode()

    response = client.post(
        "/admin/plantillas-certificado/new/",
        template_data(institution=institution.pk, intro_es="Se deja constancia de que"),
    )
    assert response.status_code == 302
    template = CertificateTemplate.objects.get(institution=institution)
    assert template.wording("es") == ("Se deja constancia de que", "")
    assert [s.name for s in template.signatories.all()] == ["Dra. Lucía Pérez"]

    other_institution.refresh_from_db()
    client.force_login(member_of(other_institution.editors_group))
    assert client.get(f"/admin/plantillas-certificado/edit/{template.pk}/").status_code == 404
