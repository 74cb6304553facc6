import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Unit tests run tasks in-process; tests/integration switches a real worker on.
CELERY_TASK_ALWAYS_EAGER = True
# Certificate PDFs written by tests go to the system's temporary folder.
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / "aula-test-private-media"
STORAGES = {
    **STORAGES,  # noqa: F405
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/no-public-url/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_DATA_ALLOWED = True
# Serve static files straight from the app folders, as runserver does.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
# A fixed, public, test-only credential key: it signs nothing outside the test suite.
CREDENTIAL_SIGNING_KEYS = "test-only-2026:dGVzdC1vbmx5LWtleS1uZXZlci11c2UtaW4tcHJvZCE"
CREDENTIAL_KEYS_FILE = None
