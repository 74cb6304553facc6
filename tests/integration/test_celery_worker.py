import uuid

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from tests.factories import UserFactory
from tests.integration.tasks import stamp_user

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_task_enqueued_on_commit_runs_in_worker_and_writes_to_postgresql(celery_worker):
    user = UserFactory()
    stamp = uuid.uuid4().hex[:12]
    report_to = f"{celery_worker.queue}:{stamp}"

    with transaction.atomic():
        get_user_model().objects.filter(pk=user.pk).update(first_name="Ana")
        transaction.on_commit(
            lambda: stamp_user.apply_async((user.pk, stamp, report_to), queue=celery_worker.queue)
        )

    assert celery_worker.wait_for_report(report_to) == stamp
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Ana", stamp)


def test_task_is_not_sent_when_the_transaction_rolls_back(celery_worker):
    user = UserFactory()
    rolled_back = f"{celery_worker.queue}:rolled-back"
    sentinel = f"{celery_worker.queue}:sentinel"

    with pytest.raises(RuntimeError), transaction.atomic():
        transaction.on_commit(
            lambda: stamp_user.apply_async((user.pk, "rolled-back", rolled_back), queue=celery_worker.queue)
        )
        raise RuntimeError("the view failed")
    # The solo worker runs its queue in order: once the sentinel has run, anything
    # sent before it has run too.
    stamp_user.apply_async((user.pk, "sentinel", sentinel), queue=celery_worker.queue)

    assert celery_worker.wait_for_report(sentinel) == "sentinel"
    assert celery_worker.redis.llen(rolled_back) == 0


def test_health_reports_database_and_broker_ok(client, services, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok"}
