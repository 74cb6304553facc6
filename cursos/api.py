"""Wagtail API v2, limited to published, public courses: other page types (lessons,
quizzes) are not listed, so nothing beyond a course's catalog card is exposed."""

from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from aula.input_guard import BIGINT_MAX, parse_int
from aula.links import page_url
from cursos.models import CoursePage

# Wagtail's own integer parameters: each must fit the database's integer range.
INTEGER_PARAMETERS = ("offset", "limit", "child_of", "descendant_of", "ancestor_of", "translation_of", "id")
TREE_PARAMETERS = ("child_of", "descendant_of", "ancestor_of")


def check_integer_parameters(request) -> None:
    """400 for any of Wagtail's integer parameters that is not an integer the database
    can take (Wagtail parses some itself, others reach the ORM or OFFSET as they are)."""
    for name in INTEGER_PARAMETERS:
        for value in request.GET.getlist(name):
            for each in value.split(",") if name == "id" else [value]:
                if each == "root" and name in TREE_PARAMETERS:
                    continue
                try:
                    parse_int(each)
                except ValueError as error:
                    raise BadRequestError(f"{name} must be an integer between 0 and {BIGINT_MAX}") from error


class SiteUrlField(PageHtmlUrlField):
    """html_url on SITE_URL, not on the Wagtail Site record's host."""

    def to_representation(self, page):
        return page_url(page) or None


class CourseSerializer(PageSerializer):
    html_url = SiteUrlField(read_only=True)


class CoursesAPIViewSet(PagesAPIViewSet):
    model = CoursePage
    base_serializer_class = CourseSerializer
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "summary",
        "institution",
        "tag_names",
        "audience",
        "language",
        "estimated_hours",
        "public_url",
    ]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_integer_parameters(request)

    def get_base_queryset(self):
        return get_public_pages_queryset(self.request).type(CoursePage)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CoursesAPIViewSet)
