"""The broker's visibility timeout against the tasks and the sweeps.

Redis hands a message nobody acknowledged to another worker once the visibility
timeout has passed. Too short, and a slow task or a retry waiting its turn runs
twice at once; too long (Redis's default is an hour), and the message of a worker
that was killed stays parked that long, unless a sweep finishes the work first."""

from celery.schedules import schedule as interval_schedule

from aula.celery import app

SWEEPS = {"capacitacion.tasks.issue_pending_certificates", "capacitacion.tasks.send_pending_notifications"}


def visibility_timeout() -> float:
    return app.conf.broker_transport_options["visibility_timeout"]


def test_the_visibility_timeout_is_longer_than_any_task_can_run():
    assert app.conf.task_time_limit < visibility_timeout() < 3600


def test_no_retry_waits_as_long_as_the_visibility_timeout():
    app.loader.import_default_modules()
    ours = [task for name, task in app.tasks.items() if name.startswith("capacitacion.")]
    retried = [task for task in ours if getattr(task, "autoretry_for", ())]
    assert retried, "no retried task found"
    for task in retried:
        assert task.retry_backoff, task.name
        assert task.retry_backoff_max < visibility_timeout(), task.name


def test_every_sweep_runs_more_often_than_a_parked_message_comes_back():
    entries = {entry["task"]: entry["schedule"] for entry in app.conf.beat_schedule.values()}
    assert SWEEPS <= entries.keys()
    for task in SWEEPS:
        every = entries[task]
        seconds = every.run_every.total_seconds() if isinstance(every, interval_schedule) else float(every)
        assert seconds < visibility_timeout(), task
