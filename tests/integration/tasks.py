"""A task that exists only for the integration tests; the test worker loads it with
--include. It writes to the database, then reports on a Redis list so the test can
block on it instead of sleeping."""

import redis
from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model


@shared_task(acks_late=True)
def stamp_user(user_id: int, stamp: str, report_to: str) -> None:
    get_user_model().objects.filter(pk=user_id).update(last_name=stamp)
    redis.Redis.from_url(settings.CELERY_BROKER_URL).rpush(report_to, stamp)
