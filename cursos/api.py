"""Wagtail API v2, limited to published, public courses: other page types (lessons,
quizzes) are not listed, so nothing beyond a course's catalog card is exposed."""

from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from aula.input_guard import parse_int
from cursos.models import CoursePage

# Wagtail's own integer parameters: each must fit the database's integer range.
INTEGER_PARAMETERS = ("offset", "limit", "child_of", "descendant_of", "ancestor_of", "translation_of", "id")


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination, with offset and limit checked against PostgreSQL's bigint
    first: a larger OFFSET is a DataError there."""

    def paginate_queryset(self, queryset, request, view=None):
        check_integer_parameters(request)
        return super().paginate_queryset(queryset, request, view)


def check_integer_parameters(request) -> None:
    for name in INTEGER_PARAMETERS:
        for value in request.GET.getlist(name):
            if name == "id" and "," in value:
                values = value.split(",")
            else:
                values = [value]
            for each in values:
                try:
                    parse_int(each, minimum=-1 if name in {"child_of", "descendant_of"} else 0)
                except ValueError as error:
                    raise BadRequestError(f"{name} must be an integer between 0 and 2^63-1") from error


class CoursesAPIViewSet(PagesAPIViewSet):
    model = CoursePage
    pagination_class = BoundedPagination
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "summary",
        "institution",
        "tag_names",
        "audience",
        "language",
        "estimated_hours",
        "public_url",
    ]

    def get_base_queryset(self):
        return get_public_pages_queryset(self.request).type(CoursePage)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CoursesAPIViewSet)
