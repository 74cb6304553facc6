"""URL converters shared by the apps' URL modules."""

from django.urls import register_converter


class IdConverter:
    """A database id: at most 18 digits, so a longer number is a 404 instead of an
    integer overflow in the database driver."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(IdConverter, "id")
