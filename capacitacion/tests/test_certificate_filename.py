"""A certificate's PDF is downloaded and attached under a name of ASCII letters, digits
and hyphens only, whatever its check symbol (* ~ $ = are possible)."""

import re
from email.message import Message

import pytest
from django.core import mail

from capacitacion.certificates import codes
from capacitacion.models import Certificate
from capacitacion.services import certificates
from capacitacion.tests.test_certificates import finish
from cursos.tests.factories import build_course

pytestmark = pytest.mark.django_db

SAFE_NAME = re.compile(r"certificado-[A-Za-z0-9-]+\.pdf")


@pytest.fixture
def short_course(institution):
    return build_course(institution, modules=1, lessons_per_module=1)


def code_with_check_symbol(symbol: str) -> str:
    """A valid code whose check symbol is `symbol`: the first data that yields it."""
    for number in range(10_000):
        data = f"{number:015d}"
        code = codes._grouped(data + codes._check_symbol(data))
        if code.endswith(symbol):
            return code
    raise AssertionError(symbol)


def downloaded_name(response) -> str:
    message = Message()
    message["Content-Disposition"] = response["Content-Disposition"]
    return message.get_filename()


@pytest.mark.parametrize("symbol", ["*", "~", "$", "="])
def test_download_and_attachment_names_have_only_letters_digits_and_hyphens(client, short_course, symbol):
    enrollment = finish(short_course)
    certificate = certificates.issue(enrollment.pk)
    code = code_with_check_symbol(symbol)
    Certificate.objects.filter(pk=certificate.pk).update(code=code)
    certificate.refresh_from_db()
    assert codes.normalize_code(code) == code

    client.force_login(enrollment.user)
    response = client.get(f"/mi-aprendizaje/certificados/{certificate.uuid}/pdf/")
    assert response.status_code == 200
    name = downloaded_name(response)
    assert SAFE_NAME.fullmatch(name), name
    # The fifteen random symbols still name the certificate.
    assert name == f"certificado-{code[:-1].rstrip('-')}.pdf"

    mail.outbox.clear()
    certificates.build_email(certificate, enrollment.user.email).send()
    [(attached_name, _content, _mimetype)] = mail.outbox[0].attachments
    assert attached_name == name
