"""Production settings as bench/load.py serves them (docs/performance.md): gunicorn,
PostgreSQL, Redis cache and broker, DEBUG off. Only what plain HTTP on 127.0.0.1 and
a load generator need differs from production; bench/load.py passes the environment
(DATABASE_URL of its throwaway database, CACHE_URL, CELERY_BROKER_URL, SECRET_KEY)."""

import os

# Plain HTTP on the loopback: no redirect to HTTPS (cookies keep their Secure flag,
# which the load generator ignores, as a proxy in front would).
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from .production import *  # noqa: E402, F403

# The urlconf of production plus the bare view, the ceiling every page is compared with.
ROOT_URLCONF = "aula.bench_urls"
# One client address makes every request: the per-address verification limit would
# turn the benchmark into a benchmark of the 429 page. The counting still happens.
CERTIFICATE_VERIFY_RATE_LIMIT = 1_000_000_000
# The manifest of hashed names as in production, without writing a gzip and a Brotli copy
# of every file at each run: static files are not what is measured, pages are.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
