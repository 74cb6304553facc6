"""What every bench script shares: Django set up on the test settings, a throwaway
database, and bench/results.json merged under the script's own key."""

import json
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"


def setup_django(settings: str = "aula.settings.test") -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings)
    import django

    django.setup()
    logging.getLogger("wagtail").setLevel(logging.WARNING)


@contextmanager
def throwaway_database(suffix: str = "bench"):
    """A database of its own (in memory on SQLite; test_<name>_<suffix> on PostgreSQL),
    so neither real data nor a test run against the same server is touched."""
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    if connection.vendor != "sqlite":
        connection.settings_dict["TEST"]["NAME"] = f"test_{connection.settings_dict['NAME']}_{suffix}"
    setup_test_environment()
    original_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield connection
    finally:
        # Back to the original name, so a second throwaway database is named like the first.
        connection.creation.destroy_test_db(original_name, verbosity=0)
        teardown_test_environment()


def save_results(key: str, entries: dict) -> None:
    """Merge entries into bench/results.json under key, leaving other scripts' keys alone."""
    saved = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    saved[key] = {**saved.get(key, {}), **entries}
    RESULTS.write_text(json.dumps(saved, indent=2, ensure_ascii=False) + "\n")


def right_answers(questions) -> dict[str, list[str]]:
    """The quiz form's POST data answering every question of a revision right (the
    `questions` StreamValue of QuizPage), as each question's block gives it."""
    data = {}
    for child in questions:
        data.update(child.block.right_form(child.value, f"q-{child.id}"))
    return data
