"""Settings for bench/certificates.py and the Celery workers it starts: the test
settings, with certificate PDFs and emails in the run's own folder (AULA_BENCH_DIR,
removed at the end) instead of the folder the test suite shares. Emails are files, so
that the bench can count what the workers sent."""

import os
from pathlib import Path

from aula.settings.test import *  # noqa: F403
from aula.settings.test import STORAGES

_RUN_DIR = Path(os.environ["AULA_BENCH_DIR"])

PRIVATE_MEDIA_ROOT = _RUN_DIR / "private-media"
STORAGES = {
    **STORAGES,
    "private": {
        **STORAGES["private"],
        "OPTIONS": {**STORAGES["private"]["OPTIONS"], "location": PRIVATE_MEDIA_ROOT},
    },
}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = _RUN_DIR / "mail"
