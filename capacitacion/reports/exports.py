"""CSV and XLSX exports in bounded memory, whatever the number of rows, that open
right in a spreadsheet set to the staff member's language.

Wagtail's SpreadsheetExportMixin iterates the queryset (which caches every row) and
builds the XLSX in a BytesIO. Here:
- CSV is a generator over `.iterator(chunk_size=...)` written line by line into a
  StreamingHttpResponse: at most one chunk of rows is in memory. It starts with a
  UTF-8 byte order mark (Excel reads the file as UTF-8 only then) and, for Spanish
  and Portuguese, separates fields with ";" and writes decimals with a comma, as
  Excel set to es-AR or pt-BR expects; English gets "," and ".". Dates and times
  are in the local time zone, as "YYYY-MM-DD HH:MM".
- XLSX goes through openpyxl's write-only workbook, which spills each row to a
  temporary file as it is appended; the finished workbook is zipped into another
  temporary file (not a BytesIO) that FileResponse then streams in blocks and
  closes (so deletes) when the response ends. Memory holds one chunk of rows and
  openpyxl's small buffers, never the sheet. Cells are typed (dates as dates in the
  local time zone, numbers as numbers); the header row is bold and frozen, with an
  autofilter, and the column widths fit the header and the first chunk of rows.
"""

import csv
import datetime
import itertools
import tempfile
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

EXPORT_CHUNK_SIZE = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UTF8_BOM = "\ufeff"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
XLSX_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
XLSX_DATE_FORMAT = "yyyy-mm-dd"
XLSX_DECIMAL_FORMAT = "0.0"
# Column widths in characters: never narrower nor wider than these.
MIN_WIDTH, MAX_WIDTH = 8, 60
# Languages whose spreadsheets use the decimal comma and so ";" between fields.
DECIMAL_COMMA_LANGUAGES = ("es", "pt")


@dataclass(frozen=True)
class CsvFormat:
    delimiter: str
    decimal: str


def csv_format(language: str | None) -> CsvFormat:
    """The separator and decimal mark a spreadsheet in `language` reads."""
    if (language or "").lower().startswith(DECIMAL_COMMA_LANGUAGES):
        return CsvFormat(delimiter=";", decimal=",")
    return CsvFormat(delimiter=",", decimal=".")


def local_naive(value: datetime.datetime) -> datetime.datetime:
    """The wall-clock time in the current time zone, without tzinfo (what a
    spreadsheet cell holds)."""
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def csv_text(value, decimal: str) -> str:
    """A value as a CSV cell: local "YYYY-MM-DD HH:MM" dates, the language's decimal mark."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return local_naive(value).strftime(DATETIME_FORMAT)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (Decimal, float)):
        return str(value).replace(".", decimal)
    return force_str(value)


def xlsx_value(value):
    """A value as an XLSX cell: datetimes as local wall-clock time (numbers, Decimals
    included, stay numbers)."""
    if isinstance(value, datetime.datetime):
        return local_naive(value)
    return value


def display_width(value) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        return len("YYYY-MM-DD HH:MM")
    if isinstance(value, datetime.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


class StreamingExportMixin(SpreadsheetExportMixin):
    """Rows are dicts (values() querysets); finish_row() labels each one, for the
    page and the exports alike, so both show the same thing."""

    def finish_row(self, row: dict) -> dict:
        return row

    def export_rows(self, queryset):
        for row in queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE):
            yield self.finish_row(row)

    def to_row_dict(self, item):
        return OrderedDict((column, item.get(column)) for column in self.list_export)

    def get_heading(self, queryset, field):
        return force_str(self.export_headings.get(field, field))

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV:
            value = csv_text(value, self.csv_format.decimal)
        else:
            value = super().preprocess_field_value(field, xlsx_value(value), export_format)
        # Learners write their own names and cities: a spreadsheet must not run them
        # as formulas (CSV injection). CSV gets the usual leading apostrophe; XLSX
        # cells are typed as text in xlsx_row instead.
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

    # The response is streamed after the view returns, outside the language and time
    # zone Wagtail activates for the staff member: the exports keep them themselves.

    @property
    def csv_format(self) -> CsvFormat:
        return csv_format(self.export_language)

    def remember_locale(self):
        self.export_language = translation.get_language()
        self.export_time_zone = timezone.get_current_timezone()

    def localised(self, rows):
        """Iterates rows (a generator) inside the staff member's language and time zone."""
        with translation.override(self.export_language), timezone.override(self.export_time_zone):
            yield from rows

    # --- CSV ---

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=self.csv_format.delimiter)
        yield UTF8_BOM.encode("utf-8")
        yield writer.writerow({column: self.get_heading(queryset, column) for column in self.list_export})
        for row in self.export_rows(queryset):
            yield self.write_csv_row(writer, self.to_row_dict(row))

    def write_csv_response(self, queryset):
        self.remember_locale()
        response = StreamingHttpResponse(
            self.localised(self.stream_csv(queryset)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    # --- XLSX ---

    def xlsx_row(self, worksheet, row_dict):
        from openpyxl.cell import WriteOnlyCell

        for field, raw in row_dict.items():
            value = self.preprocess_field_value(field, raw, self.FORMAT_XLSX)
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell = WriteOnlyCell(worksheet, value)
                cell.data_type = "s"
                yield cell
            elif isinstance(value, datetime.datetime):
                cell = WriteOnlyCell(worksheet, value)
                cell.number_format = XLSX_DATETIME_FORMAT
                yield cell
            elif isinstance(value, datetime.date):
                cell = WriteOnlyCell(worksheet, value)
                cell.number_format = XLSX_DATE_FORMAT
                yield cell
            elif isinstance(value, Decimal):
                cell = WriteOnlyCell(worksheet, value)
                cell.number_format = XLSX_DECIMAL_FORMAT
                yield cell
            else:
                yield value

    def xlsx_header(self, worksheet, headings):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        for heading in headings:
            cell = WriteOnlyCell(worksheet, heading)
            cell.font = Font(bold=True)
            yield cell

    def column_widths(self, headings, rows) -> list[int]:
        """Per column, the widest of its heading and of its values in `rows` (a sample:
        the first chunk), within MIN_WIDTH and MAX_WIDTH; a little room for the
        autofilter's button."""
        widths = [display_width(heading) + 3 for heading in headings]
        for row in rows:
            for index, value in enumerate(row.values()):
                widths[index] = max(widths[index], display_width(value) + 1)
        return [min(max(width, MIN_WIDTH), MAX_WIDTH) for width in widths]

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook

        headings = [self.get_heading(queryset, column) for column in self.list_export]
        rows = (self.to_row_dict(row) for row in self.export_rows(queryset))
        # Widths come before the rows in the file: measure the first chunk, then write it.
        first = list(itertools.islice(rows, EXPORT_CHUNK_SIZE))

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=self.get_filename()[:31])
        for index, width in enumerate(self.column_widths(headings, first), start=1):
            worksheet.column_dimensions[column_letter(index)].width = width
        worksheet.freeze_panes = "A2"
        worksheet.append(list(self.xlsx_header(worksheet, headings)))
        count = 0
        for row in itertools.chain(first, rows):
            worksheet.append(list(self.xlsx_row(worksheet, row)))
            count += 1
        last_column = column_letter(max(len(headings), 1))
        worksheet.auto_filter.ref = f"A1:{last_column}{count + 1}"
        workbook.save(output)

    def write_xlsx_response(self, queryset):
        output = tempfile.TemporaryFile()
        try:
            self.write_xlsx(queryset, output)
        except BaseException:
            output.close()
            raise
        output.seek(0)
        return FileResponse(
            output,
            as_attachment=True,
            content_type=XLSX_CONTENT_TYPE,
            filename=f"{self.get_filename()}.xlsx",
        )
