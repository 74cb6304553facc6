"""Which template a certificate uses, what it snapshots of the cohort, and the demo's
templates (capacitacion/demo_certificates.py) as seed_demo leaves them."""

import io
from decimal import Decimal
from io import StringIO

import pypdf
import pytest
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images.models import Image

from capacitacion.demo_certificates import TEMPLATES, png_bytes, signature_image
from capacitacion.models import CertificateTemplate, EnrollmentStatus, QuizResult
from capacitacion.services import certificates
from capacitacion.services.enrollment import enroll
from capacitacion.services.progress import record_lesson_done
from capacitacion.tests.factories import CohortFactory, learner
from cursos.models import CoursePage, InstitutionPage, LessonPage, QuizPage
from cursos.tests.factories import build_course
from home.demo import ensure_translation

pytestmark = pytest.mark.django_db

LONG_NAME = "María de los Ángeles Fernández-Villanueva Gonçalves"


def finish(course, user, cohort=None):
    enrollment = enroll(user=user, course=course, cohort=cohort).enrollment
    for quiz in QuizPage.objects.descendant_of(course):
        QuizResult.objects.create(enrollment=enrollment, quiz=quiz, score_percent=Decimal("100"), passed=True)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        record_lesson_done(user=user, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    return enrollment


def pdf_text(certificate) -> str:
    with certificate.pdf.open("rb") as file:
        return " ".join(pypdf.PdfReader(io.BytesIO(file.read())).pages[0].extract_text().split())


def test_the_certificate_names_its_cohort_as_it_was_when_issued(institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    cohort = CohortFactory(course=course, name="Cohorte 2026 · Cono Sur")

    certificate = certificates.issue(finish(course, learner(), cohort).pk)

    assert certificate.edition == "Cohorte 2026 · Cono Sur"
    assert "Edición: Cohorte 2026 · Cono Sur" in pdf_text(certificate)
    cohort.name = "Cohorte renombrada"
    cohort.save()
    certificate.refresh_from_db()
    assert certificate.edition == "Cohorte 2026 · Cono Sur"


def test_without_a_cohort_no_edition_is_printed(institution):
    course = build_course(institution, modules=1, lessons_per_module=1)

    certificate = certificates.issue(finish(course, learner()).pk)

    assert certificate.edition == ""
    text = pdf_text(certificate)
    assert "Edición" not in text
    assert f"Institución: {institution.title}" in text


def test_a_translated_page_uses_its_originals_template_unless_it_has_its_own(home_page, catalog, institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    for page in (home_page, catalog):
        ensure_translation(page, "pt-br", {})
    institution_pt = ensure_translation(institution, "pt-br", {})
    course_pt = ensure_translation(course, "pt-br", {"title": "Comunicação de riscos"})
    institution_template = CertificateTemplate.objects.create(institution=institution)

    assert certificates.template_id_for(course) == institution_template.pk
    assert certificates.template_id_for(course_pt) == institution_template.pk

    course_template = CertificateTemplate.objects.create(course=course)
    assert (
        certificates.template_id_for(course_pt) == course_template.pk
    )  # a course's own beats its institution's

    institution_pt_template = CertificateTemplate.objects.create(institution=institution_pt)
    assert certificates.template_id_for(course_pt) == course_template.pk
    course_template.delete()
    assert certificates.template_id_for(course_pt) == institution_pt_template.pk  # its own page's first
    assert certificates.template_id_for(course) == institution_template.pk


def test_another_institutions_template_is_never_used(institution, other_institution):
    course = build_course(institution, modules=1, lessons_per_module=1)
    CertificateTemplate.objects.create(institution=other_institution)

    assert certificates.template_id_for(course) is None


def test_each_person_signs_in_their_own_hand_on_a_transparent_background():
    names = {name for data in TEMPLATES.values() for name, _role in data["signatories"]}
    drawings = {name: png_bytes(signature_image(name)) for name in names}

    assert len(set(drawings.values())) == len(names) >= 3
    assert png_bytes(signature_image("Dra. Rosa Elena Mamani")) == drawings["Dra. Rosa Elena Mamani"]
    for data in drawings.values():
        with PILImage.open(io.BytesIO(data)) as image:
            assert image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0  # transparent around the ink
            alpha = image.getchannel("A")
            inked = sum(alpha.histogram()[129:])  # pixels more than half opaque
            assert 0.03 < inked / (image.width * image.height) < 0.4  # a line, not a blot
            assert image.width > 2 * image.height  # a signature is wide


def test_seed_demo_gives_each_institution_a_signed_template_once(home_page):
    for _run in range(2):
        call_command("seed_demo", stdout=StringIO())

    templates = CertificateTemplate.objects.select_related("institution").order_by("institution__slug")
    assert [template.institution.slug for template in templates] == sorted(TEMPLATES)
    for template in templates:
        institution = template.institution
        assert template.logo_id == institution.logo_id is not None
        assert template.accent_color == TEMPLATES[institution.slug]["accent_color"]
        for language in ("es", "pt-br", "en"):
            intro, body = template.wording(language)
            assert intro and body
        assert template.body_pt != template.body_es and template.intro_en != template.intro_es
        signatories = list(template.signatories.all())
        assert [(s.name, s.role) for s in signatories] == TEMPLATES[institution.slug]["signatories"]
        assert all(s.signature_id for s in signatories)
    people = {s.name for template in templates for s in template.signatories.all()}
    assert Image.objects.filter(title__startswith="Demo: firma").count() == len(people)


def test_a_demo_certificate_in_portuguese_is_signed_with_the_institutions_template(home_page):
    call_command("seed_demo", stdout=StringIO())
    course = CoursePage.objects.get(slug="formulacao-de-projetos")
    assert not CertificateTemplate.objects.filter(institution__pk=course.get_parent().pk).exists()
    user = learner(full_name=LONG_NAME, preferred_language="pt-br")

    certificate = certificates.issue(finish(course, user).pk)

    text = pdf_text(certificate)
    institution = InstitutionPage.objects.get(
        slug="universidad-andina-de-gestion-local", locale__language_code="es"
    )
    template = institution.certificate_template
    assert certificate.language == "pt-br"
    assert LONG_NAME in text
    assert template.intro_pt in text and template.body_pt in text
    for signatory in template.signatories.all():
        assert signatory.name in text and signatory.role in text
    assert "Rede de cidades sul-americanas" in text  # the network's mark, its name in Portuguese
    assert "Instituição: Universidad Andina de Gestión Local" in text
