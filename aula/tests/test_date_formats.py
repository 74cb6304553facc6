import datetime

import pytest
from django.utils import formats, translation


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pt-br", "3 de dezembro de 2026"),
        ("es", "3 de diciembre de 2026"),
        ("en", "Dec. 3, 2026"),
    ],
)
def test_dates_write_the_month_as_the_language_does(language, expected):
    with translation.override(language):
        assert formats.date_format(datetime.date(2026, 12, 3), "DATE_FORMAT") == expected


def test_portuguese_date_and_time_and_month_day_are_lower_case_too():
    moment = datetime.datetime(2026, 3, 9, 14, 5)
    with translation.override("pt-br"):
        assert formats.date_format(moment, "DATETIME_FORMAT") == "9 de março de 2026 às 14:05"
        assert formats.date_format(moment, "MONTH_DAY_FORMAT") == "9 de março"
        assert formats.date_format(moment, "SHORT_DATE_FORMAT") == "09/03/2026"
