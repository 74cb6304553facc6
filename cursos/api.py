"""Wagtail API v2, limited to published, public courses: other page types (lessons,
quizzes) are not listed, so nothing beyond a course's catalog card is exposed."""

from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet

from aula.links import page_url
from cursos.models import CoursePage


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

    def get_base_queryset(self):
        return get_public_pages_queryset(self.request).type(CoursePage)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CoursesAPIViewSet)
