from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine for a laptop; production refuses to start without SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
DEMO_DATA_ALLOWED = True
# Serve static files straight from the app folders, as runserver does.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
