from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine for a laptop; production refuses to start without SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
DEMO_DATA_ALLOWED = True
# Serve static files straight from the app folders, as runserver does.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# seed_demo writes a signing key here (gitignored) when CREDENTIAL_SIGNING_KEYS is empty.
CREDENTIAL_KEYS_FILE = BASE_DIR / "var" / "credential-keys"  # noqa: F405
