"""Deleting an account twice at once (a double click, the form sent from two tabs)
under real concurrency: the lock on the user's row lets one deletion through; the
others find the account gone and say so, with one placeholder and one audit entry."""

from functools import partial

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from capacitacion.models import PLACEHOLDER_PREFIX, Enrollment, EnrollmentStatus
from capacitacion.services import privacy
from capacitacion.tests.factories import EnrollmentFactory, learner
from cursos.tests.factories import build_course
from tests.integration.races import ROUNDS, THREADS, at_once, errors

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PASSWORD = "clave-de-prueba-123"


@pytest.fixture
def course(services, institution):
    return build_course(institution, modules=1, lessons_per_module=1)


def placeholders():
    return get_user_model().objects.filter(username__startswith=PLACEHOLDER_PREFIX)


def audit_entries():
    return ModelLogEntry.objects.filter(action=privacy.DELETE_ACCOUNT_ACTION)


# A finished course (nothing to withdraw from) and an open seat, which deletion
# gives up first: each in turn, so both paths race.
STATUSES = [EnrollmentStatus.COMPLETED, EnrollmentStatus.ACTIVE] * ROUNDS


def test_concurrent_deletions_of_one_account_delete_it_once(course):
    for round_number, status in enumerate(STATUSES[:ROUNDS], start=1):
        user = learner()
        enrollment = EnrollmentFactory(user=user, course=course, status=status)
        # Each thread its own instance, as each request loads its own request.user.
        copies = [get_user_model().objects.get(pk=user.pk) for _ in range(THREADS)]

        results = at_once([partial(privacy.delete_account, copy) for copy in copies])

        assert placeholders().count() == round_number
        assert audit_entries().count() == round_number
        assert not get_user_model().objects.filter(pk=user.pk).exists()
        assert Enrollment.objects.get(pk=enrollment.pk).user.username.startswith(PLACEHOLDER_PREFIX)
        assert results.count(None) == 1
        already = errors(results)
        assert len(already) == THREADS - 1
        assert all(isinstance(error, privacy.AccountAlreadyDeleted) for error in already), already


def test_the_form_sent_from_many_tabs_at_once_deletes_once_and_answers_every_tab(course):
    """Through the view: every tab gets a normal redirect, none an error page; the
    one that deleted says so, the others that the account was already deleted (or,
    arriving after it, find themselves logged out)."""
    url = reverse("capacitacion:delete_account")
    for round_number, status in enumerate(STATUSES[:ROUNDS], start=1):
        user = learner()
        EnrollmentFactory(user=user, course=course, status=status)
        first = Client()
        first.force_login(user)
        session_key = first.cookies[settings.SESSION_COOKIE_NAME].value
        tabs = [first]
        for _ in range(THREADS - 1):
            tab = Client()
            tab.cookies[settings.SESSION_COOKIE_NAME] = session_key
            tabs.append(tab)

        responses = at_once([partial(tab.post, url, {"password": PASSWORD}) for tab in tabs])

        assert errors(responses) == []
        assert [response.status_code for response in responses] == [302] * THREADS
        assert placeholders().count() == round_number
        assert audit_entries().count() == round_number
        said = [[str(m) for m in get_messages(response.wsgi_request)] for response in responses]
        assert said.count(["Eliminamos tu cuenta y tus datos personales."]) == 1
        for response, messages in zip(responses, said, strict=True):
            if response["Location"] == "/":
                assert messages in (
                    ["Eliminamos tu cuenta y tus datos personales."],
                    ["Tu cuenta ya estaba eliminada."],
                )
            else:
                assert response["Location"].startswith(reverse("account_login"))
