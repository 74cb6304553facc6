"""Run code in many threads at the same moment, for the race tests.

Each thread has its own PostgreSQL connection (Django opens one per thread), so
only the database's row locks and constraints keep them apart: a race test that
releases enough threads together fails every time its lock is removed, not only
sometimes."""

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

# Enough threads that, without the lock, at least two get through together.
THREADS = 10
# Each round starts from fresh objects: one lucky scheduling cannot hide a race.
ROUNDS = 5


def at_once(actions: list[Callable]) -> list:
    """Run each of `actions` in a thread of its own, all released together by a
    barrier. Returns, in order, what each returned or the exception it raised; each
    thread closes its database connection when done."""
    barrier = threading.Barrier(len(actions))

    def run(action):
        try:
            barrier.wait(timeout=30)
            return action()
        except Exception as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(actions)) as pool:
        return list(pool.map(run, actions))


def errors(results: list) -> list[Exception]:
    """The exceptions among `at_once`'s results."""
    return [result for result in results if isinstance(result, Exception)]
