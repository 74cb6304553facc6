import os

import pytest


def service_missing(reason: str) -> None:
    """Skip a test whose service (database, broker, browser) is not here, saying why;
    with REQUIRE_SERVICES=1 (CI) a missing service fails instead, so CI can never
    pass by skipping."""
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def database_url() -> str:
    """DATABASE_URL of the database this process uses now (the test or bench database
    Django created), for a worker or server process started beside it."""
    from urllib.parse import quote

    from django.db import connection

    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
