"""Images in content come as WebP renditions in several widths (srcset), with their
size set so the page does not jump, and load lazily below the fold; the course's hero
image, above the fold, loads at once."""

import re

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from capacitacion.services.enrollment import enroll
from cursos.models import LessonPage
from cursos.tests.factories import CoursePageFactory, ModulePageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(tmp_path, settings):
    # Wagtail caches renditions by image id, and ids come back after another test's
    # rollback: a cached rendition of that test's image would stand in for this one's.
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    path = tmp_path / "inundacion.png"
    PILImage.new("RGB", (1600, 900), "#2d6a8f").save(path)
    with path.open("rb") as handle:
        return Image.objects.create(title="Inundación", file=ImageFile(handle, name="inundacion.png"))


def img_tag(html: str) -> str:
    """The page's first content image (the header's mark, an <img> since the logo is a
    cached file, comes before <main>)."""
    match = re.search(r"<img [^>]*>", html[max(html.find("<main"), 0) :])
    assert match, html
    return match.group(0)


def srcset_widths(tag: str) -> list[int]:
    srcset = re.search(r'srcset="([^"]+)"', tag).group(1)
    candidates = [candidate.split() for candidate in srcset.split(",")]
    assert all(url.endswith(".webp") for url, _width in candidates), srcset
    return [int(width.rstrip("w")) for _url, width in candidates]


def test_lesson_image_is_a_lazy_webp_srcset_with_its_size_and_alt_text(client, institution, photo):
    course = CoursePageFactory(parent=institution, enrolment_policy="open")
    module = ModulePageFactory(parent=course)
    lesson = module.add_child(
        instance=LessonPage(
            title="Inundaciones",
            slug="inundaciones",
            body=[("image", {"image": photo, "alt_text": "Calle inundada en Rosario", "caption": ""})],
        )
    )

    learner = UserFactory()
    enroll(user=learner, course=course)
    client.force_login(learner)

    response = client.get(lesson.url)

    assert response.status_code == 200
    tag = img_tag(response.content.decode())
    assert srcset_widths(tag) == [400, 800, 1200]
    assert re.search(r'src="[^"]+\.webp"', tag)
    assert 'width="400"' in tag and 'height="225"' in tag
    assert 'sizes="' in tag
    assert 'loading="lazy"' in tag
    assert 'alt="Calle inundada en Rosario"' in tag


def test_course_hero_image_is_a_webp_srcset_loaded_at_once(client, institution, photo):
    course = CoursePageFactory(
        parent=institution, hero_image=photo, hero_image_alt="Brigadistas en una calle inundada"
    )

    html = client.get(course.url).content.decode()

    tag = img_tag(html)
    assert srcset_widths(tag) == [480, 960, 1440]
    assert 'width="480"' in tag and 'height="270"' in tag
    assert 'alt="Brigadistas en una calle inundada"' in tag
    assert 'class="hero-image"' in tag
    assert "loading=" not in tag


def test_course_card_image_is_a_lazy_webp_srcset_with_size_and_alt_text(client, institution, photo):
    CoursePageFactory(
        parent=institution, hero_image=photo, hero_image_alt="Brigadistas en una calle inundada"
    )

    html = client.get("/cursos/").content.decode()

    tag = img_tag(html[html.index('class="card course-card') :])
    assert srcset_widths(tag) == [400, 800]
    assert 'width="400"' in tag and 'height="225"' in tag
    assert 'alt="Brigadistas en una calle inundada"' in tag
    assert 'loading="lazy"' in tag
    assert 'sizes="' in tag


def test_card_images_cost_the_same_queries_for_two_or_eight_courses(client, institution, photo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def catalog_queries() -> int:
        client.get("/cursos/")  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/cursos/").status_code == 200
        return len(captured)

    learner = UserFactory()
    client.force_login(learner)
    for _ in range(2):
        enroll(
            user=learner,
            course=CoursePageFactory(
                parent=institution, hero_image=photo, hero_image_alt="Foto", enrolment_policy="open"
            ),
        )
    few = catalog_queries()
    for _ in range(6):
        enroll(
            user=learner,
            course=CoursePageFactory(
                parent=institution, hero_image=photo, hero_image_alt="Foto", enrolment_policy="open"
            ),
        )
    assert catalog_queries() == few
