"""Brazilian Portuguese dates with the month in lower case, as Portuguese writes it
("3 de dezembro de 2026"): Django's pt_BR formats use F, whose names are capitalised
for standalone use (a calendar's heading); E is the month's "alt. month" name, which
this project's pt_BR catalog gives in lower case. The other formats are Django's."""

DATE_FORMAT = r"j \d\e E \d\e Y"
DATETIME_FORMAT = r"j \d\e E \d\e Y à\s H:i"
MONTH_DAY_FORMAT = r"j \d\e E"
YEAR_MONTH_FORMAT = r"E \d\e Y"
