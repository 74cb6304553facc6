import os

import pytest


def service_missing(reason: str) -> None:
    """Skip a test whose service (database, broker, browser) is not here, saying why;
    with REQUIRE_SERVICES=1 (CI) a missing service fails instead, so CI can never
    pass by skipping."""
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)
