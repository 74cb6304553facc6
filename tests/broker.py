"""A broker that is down, for tests of what a request does when Celery cannot hand
its task over."""

import os
from contextlib import contextmanager

from aula.celery import app as celery_app

# Nothing listens on port 1: connecting fails at once, as with a broker that is down.
UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"


def _forget_broker_connections() -> None:
    # Celery caches its connection and producer pools for the broker it first used
    # and has no public call to drop both; it resets these same two attributes after
    # a fork. Test code only: the application never touches them.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@contextmanager
def broker_down():
    """Tasks are really sent (not run eagerly), to a broker nobody answers on."""
    conf = celery_app.conf
    saved = conf.task_always_eager, os.environ.get("CELERY_BROKER_URL")
    # Celery reads the variable before its own setting (CI sets it).
    os.environ["CELERY_BROKER_URL"] = UNREACHABLE_BROKER
    conf.task_always_eager = False
    _forget_broker_connections()
    assert conf.broker_write_url == UNREACHABLE_BROKER
    try:
        yield
    finally:
        conf.task_always_eager, url = saved
        if url is None:
            del os.environ["CELERY_BROKER_URL"]
        else:
            os.environ["CELERY_BROKER_URL"] = url
        _forget_broker_connections()
