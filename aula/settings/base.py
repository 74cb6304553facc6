"""Settings shared by every environment. Everything that differs between machines
comes from environment variables, so the same code runs on a laptop and in production."""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "cursos",
    "capacitacion",
    "wagtail.contrib.forms",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    # Authors translate a course by copying its page tree to another locale
    # (docs/translation.md explains why this and not wagtail-localize).
    "wagtail.contrib.simple_translation",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "aula.csp.AulaCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "aula.input_guard.RejectMalformedInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Last, so that it sees the visitor, their session, messages and language.
    "aula.sites.CachedSiteMiddleware",
    "aula.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "aula.urls"
WSGI_APPLICATION = "aula.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "aula.context_processors.site",
            ],
        },
    },
]

# With no DATABASE_URL the project runs on SQLite in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content-Security-Policy (django-csp, aula/csp.py). Learner pages run no inline
# script and no inline style; lesson videos play from YouTube's no-cookie domain or
# Vimeo, lesson audio from wherever its author links it (over HTTPS).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "media-src": [SELF, "https:"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's preview shows a page inside the admin; nobody else may frame us.
        "frame-ancestors": [SELF],
    }
}
# What the Wagtail admin adds under /admin/ (tests/e2e/test_csp.py checks its pages):
# its date pickers and inline panels write inline <script>, its editors insert
# <style> elements, and the image uploader previews files as blob: and data: URLs.
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:", "data:"],
}
# Permissions-Policy (django-permissions-policy): no page needs these devices or
# APIs; video frames may autoplay (the learner pressed play), go full screen and
# play protected media.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "autoplay": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "encrypted-media": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "fullscreen": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "picture-in-picture": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
}
# No avatars fetched from gravatar.com for the admin (privacy; and one origin fewer in
# the admin's policy): Wagtail shows its default avatar or an uploaded one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin's dashboard ask releases.wagtail.org for new versions: upgrades
# follow requirements.txt.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail 8's autosave is off. On a new page it creates the page in the background half a
# second after the author stops typing, and the form keeps posting to the "add" view
# until that request answers: a save or submit clicked meanwhile creates the page a
# second time, which fails on the slug (a server error when both requests pass the form
# check together). Wagtail offers one global interval, not "only on existing pages"; the
# unsaved-changes warning still guards against leaving with unsaved edits, and a course
# under review does not change behind the reviewer's back.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Page and tag slugs are ASCII ("prevencion", not "prevención", which becomes
# /prevenci%C3%B3n/ in a shared link): the slugs Wagtail and taggit write from a title,
# and aula/slugs.py refuses one typed with accents.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Internationalisation: Spanish is the default and has no URL prefix;
# Portuguese lives under /pt/ and English under /en/ (see aula/i18n.py).
LANGUAGE_CODE = "es"
# Each language by its own name, never translated: one spelling everywhere (the
# language switcher, the profile form, the catalog's language filter).
LANGUAGES = [
    ("es", "Español"),
    ("pt-br", "Português (Brasil)"),
    ("en", "English"),
]
# Our own msgids live in locale/ (first, so `makemessages` keeps writing there).
# aula/wagtail_locale/ holds the Wagtail strings its own es / pt_BR catalogs leave
# untranslated, and a few corrections of installed packages' catalogs (Django's
# capitalised Portuguese months); LOCALE_PATHS win over installed apps' catalogs.
# The folder is not named "locale" so makemessages never writes into it.
# See docs/translation.md.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "aula" / "wagtail_locale"]
# Our own date formats where Django's differ from how the language writes them (aula/formats).
FORMAT_MODULE_PATH = ["aula.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Argentina/Buenos_Aires")
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Certificate PDFs and other files only a permission-checked view may serve: never
# under MEDIA_ROOT, which the web server may expose.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/no-public-url/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The cache holds login rate limits and (later) rendered fragments: it must be shared
# by every web process in production, so CACHE_URL points at Redis there.
CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "aula.cache.RedisCache", "LOCATION": CACHE_URL}
        if CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Anonymous full-page cache (aula/page_cache.py): how long a page may be served
# from the cache. Changes invalidate it at once; the timeout bounds only what no
# signal sees: time passing (a cohort's enrolment window opening). 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Sessions are read from the cache (written through to the database, so nothing is
# lost when the cache is cleared): one query less on every signed-in request.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587; the console by default.
_email = dj_email_url.parse(os.environ.get("EMAIL_URL", "console:"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = _email["EMAIL_TIMEOUT"] or 10
# file:///var/mail/aula writes each message to a file in that folder. The path is
# absolute, as in any file URL (dj_email_url alone would drop its first slash).
if EMAIL_BACKEND == "django.core.mail.backends.filebased.EmailBackend":
    EMAIL_FILE_PATH = "/" + _email["EMAIL_FILE_PATH"].lstrip("/")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Aula <no-responder@aula.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery. With no broker configured, tasks run eagerly in the calling process so the
# demo needs no server. Tasks must be idempotent: a message is acknowledged only after
# the task finishes and is redelivered if the worker dies.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
# Redis gives a message nobody acknowledged to another worker after the visibility
# timeout (one hour by default). It must be longer than a task can run (the hard
# limit above) and than a retry waits (RETRY_BACKOFF_MAX in capacitacion/tasks.py),
# or a slow task would run twice at once; and it is how long the message of a worker
# that was killed stays parked, so the sweeps below run more often than this.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT + 300}
SWEEP_INTERVAL_SECONDS = 5 * 60
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE

WAGTAIL_SITE_NAME = "Aula"
# Where people write to us: shown wherever a page or an email promises contact.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "contacto@aula.example.org")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail's background tasks (search index, references) log every run at INFO.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# seed_demo creates accounts with known passwords: only dev and test allow it.
DEMO_DATA_ALLOWED = False

# Accounts (django-allauth): sign in with an email address, no username. Login
# throttling uses allauth's rate limits, which count in the default cache.
# One login for everyone, staff included: allauth's, at /cuentas/login/. Only its
# backend checks passwords (by email; it gives Django's permission checks as
# ModelBackend would), the admin's login and password reset lead to allauth's
# (aula/admin_login.py) and the API takes no passwords.
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
WAGTAIL_PASSWORD_RESET_ENABLED = False
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
}
LOGIN_URL = "account_login"
# The dashboard; the account adapter sends each learner to it in their language.
LOGIN_REDIRECT_URL = "/mi-aprendizaje/"
ACCOUNT_ADAPTER = "capacitacion.adapters.AccountAdapter"
ACCOUNT_FORMS = {
    name: f"capacitacion.account_forms.{form}"
    for name, form in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "add_email": "AddEmailForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "reauthenticate": "ReauthenticateForm",
    }.items()
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Aula] "
ACCOUNT_RATE_LIMITS = {
    # Five wrong passwords for one address, then wait five minutes. The per-IP limit
    # is looser because a newsroom or town hall shares one address behind NAT.
    "login_failed": "20/5m/ip,5/5m/key",
}
# Behind N reverse proxies that append to X-Forwarded-For, rate limits must count
# the client's address, not the proxy's.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Periodic tasks (run `make beat` beside the workers).
CELERY_BEAT_SCHEDULE = {
    "close-overdue-quiz-attempts": {
        "task": "capacitacion.tasks.close_overdue_quiz_attempts",
        "schedule": 60.0,
    },
    # The sweeps finish what a lost task message left behind (broker down, worker
    # killed): certificates, and the emails recorded in the outbox.
    "issue-pending-certificates": {
        "task": "capacitacion.tasks.issue_pending_certificates",
        "schedule": float(SWEEP_INTERVAL_SECONDS),
    },
    "send-pending-notifications": {
        "task": "capacitacion.tasks.send_pending_notifications",
        "schedule": float(SWEEP_INTERVAL_SECONDS),
    },
}
# Learner reminders; each goes once per learner and period however often these run.
CELERY_BEAT_SCHEDULE |= {
    "send-inactivity-reminders": {
        "task": "capacitacion.tasks.send_inactivity_reminders",
        "schedule": crontab(day_of_week="mon", hour=10, minute=0),
    },
    "send-cohort-ending-notices": {
        "task": "capacitacion.tasks.send_cohort_ending_notices",
        "schedule": crontab(hour=10, minute=30),
    },
}

# Public certificate verification by code: guesses per client address and minute.
CERTIFICATE_VERIFY_RATE_LIMIT = int(os.environ.get("CERTIFICATE_VERIFY_RATE_LIMIT", "20"))

# SITE_URL is the public origin of every absolute URL the platform writes (aula/links.py):
# signed credentials, emails, the API. It must never change once certificates are out,
# or their links and verification methods break. The default Wagtail Site follows it
# (home.0003, seed_demo; check home.E001 under --deploy).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILAPI_BASE_URL = SITE_URL  # the API's detail_url
# Comma-separated `kid:base64url(32-byte Ed25519 seed)`: the first signs, the others
# only verify certificates signed before a key rotation.
CREDENTIAL_SIGNING_KEYS = os.environ.get("CREDENTIAL_SIGNING_KEYS", "")
# Where the keys come from when CREDENTIAL_SIGNING_KEYS is empty; None: nowhere.
CREDENTIAL_KEYS_FILE = None
CREDENTIAL_ISSUER_NAME = os.environ.get("CREDENTIAL_ISSUER_NAME", "Aula — Red de ciudades")
