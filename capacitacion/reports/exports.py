"""CSV and XLSX exports in bounded memory, whatever the number of rows.

Wagtail's SpreadsheetExportMixin iterates the queryset (which caches every row) and
builds the XLSX in a BytesIO. Here:
- CSV is a generator over `.iterator(chunk_size=...)` written line by line into a
  StreamingHttpResponse: at most one chunk of rows is in memory.
- XLSX goes through openpyxl's write-only workbook, which spills each row to a
  temporary file as it is appended; the finished workbook is zipped into another
  temporary file (not a BytesIO) that FileResponse then streams in blocks and
  closes (so deletes) when the response ends. Memory holds one chunk of rows and
  openpyxl's small buffers, never the sheet.
"""

import csv
import tempfile
from collections import OrderedDict

from django.http import FileResponse, StreamingHttpResponse
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

EXPORT_CHUNK_SIZE = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
        value = super().preprocess_field_value(field, value, export_format)
        # Learners write their own names and cities: a spreadsheet must not run them
        # as formulas (CSV injection). CSV gets the usual leading apostrophe; XLSX
        # cells are typed as text in xlsx_row instead.
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

    def xlsx_row(self, worksheet, row_dict):
        from openpyxl.cell import WriteOnlyCell

        for field, raw in row_dict.items():
            value = self.preprocess_field_value(field, raw, self.FORMAT_XLSX)
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell = WriteOnlyCell(worksheet, value)
                cell.data_type = "s"
                yield cell
            else:
                yield value

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow({column: self.get_heading(queryset, column) for column in self.list_export})
        for row in self.export_rows(queryset):
            yield self.write_csv_row(writer, self.to_row_dict(row))

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(self.stream_csv(queryset), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=self.get_filename()[:31])
        worksheet.append([self.get_heading(queryset, column) for column in self.list_export])
        for row in self.export_rows(queryset):
            worksheet.append(list(self.xlsx_row(worksheet, self.to_row_dict(row))))
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
