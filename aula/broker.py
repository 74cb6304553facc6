"""Handing a task to the broker without letting an outage reach the user.

Whatever a task would do is already recorded in the database when it is queued (an
outbox row, a completed enrolment without its certificate), and a periodic sweep
finishes what a lost message left behind. So a broker that cannot take the message
is logged, not raised: the user's request has already succeeded."""

import logging

import kombu.exceptions
import redis.exceptions

logger = logging.getLogger(__name__)

# What Celery raises when it cannot hand a message to the broker.
BROKER_ERRORS = (kombu.exceptions.OperationalError, redis.exceptions.ConnectionError, OSError)


def send_later(task, *args) -> bool:
    """Queue `task(*args)`; False, with a warning, if the broker is unreachable."""
    try:
        task.delay(*args)
    except BROKER_ERRORS:
        logger.warning("%s%r not queued; the periodic sweep will do it", task.name, args, exc_info=True)
        return False
    return True
