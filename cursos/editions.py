"""A course's new edition: the same course (modules, lessons, quizzes with their bank
draws, its own certificate template) as a new draft under the same institution,
ready for new cohorts. Nothing about learners comes along: enrolments, cohorts,
attempts, results, overrides and certificates point at the original by foreign key
and Wagtail's copy only follows a page's own (parental) child relations."""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from aula.slugs import ASCII_SLUG_MESSAGE, is_ascii_slug
from capacitacion.models import CertificateTemplate
from cursos.models import CoursePage, ModulePage, QuizPage

EDITION_ACTION = "cursos.new_edition"

_TRAILING_YEAR_SLUG = re.compile(r"-(19|20)\d\d$")
_TRAILING_YEAR_TITLE = re.compile(r"\s*\(?(19|20)\d\d\)?$")


class EditionError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class EditionDefaults:
    title: str
    slug: str


def can_make_edition(user, course: Page) -> bool:
    """Whoever may add pages under the course's institution may give it a new edition."""
    institution = course.get_parent()
    return institution is not None and institution.permissions_for_user(user).can_add_subpage()


def slug_is_free(institution: Page, slug: str) -> bool:
    return not institution.get_children().filter(slug=slug).exists()


def suggested_edition(course: CoursePage, today=None) -> EditionDefaults:
    """Next year's edition: "riesgos-2026" (or "riesgos") becomes "riesgos-2027",
    then "riesgos-2027-2", … if that slug is taken under the institution. An edition
    already dated next year or later is followed by the year after its own."""
    year = (today or timezone.localdate()).year + 1
    dated = _TRAILING_YEAR_SLUG.search(course.slug)
    if dated:
        year = max(year, int(dated.group(0)[1:]) + 1)
    base_slug = f"{_TRAILING_YEAR_SLUG.sub('', course.slug)}-{year}"
    institution = course.get_parent()
    slug, number = base_slug, 1
    while not slug_is_free(institution, slug):
        number += 1
        slug = f"{base_slug}-{number}"
    title = f"{_TRAILING_YEAR_TITLE.sub('', course.title)} ({year})"
    return EditionDefaults(title=title, slug=slug)


def _relative_keys(root: Page) -> dict[tuple[str, ...], Page]:
    """Every page below `root`, keyed by its slugs from `root` down (unique among
    siblings, and kept by the copy)."""
    pages = {page.path: page for page in root.get_descendants().specific().order_by("path")}
    keys = {}
    for path, page in pages.items():
        chain = []
        for end in range(len(root.path) + Page.steplen, len(path) + 1, Page.steplen):
            chain.append(pages[path[:end]].slug)
        keys[tuple(chain)] = page
    return keys


def _point_prerequisites_at_the_copy(original: CoursePage, copy: CoursePage) -> None:
    """A module's prerequisite quiz is a plain page reference, which the copy keeps
    pointing at the original edition's quiz; make it the copy's own quiz."""
    originals = _relative_keys(original)
    copies = _relative_keys(copy)
    quiz_map = {
        page.pk: copies[key].pk
        for key, page in originals.items()
        if isinstance(page, QuizPage) and key in copies
    }
    for page in copies.values():
        if not isinstance(page, ModulePage) or page.prerequisite_quiz_id not in quiz_map:
            continue
        new_quiz_id = quiz_map[page.prerequisite_quiz_id]
        ModulePage.objects.filter(pk=page.pk).update(prerequisite_quiz_id=new_quiz_id)
        revision = page.latest_revision
        if revision is not None and revision.content.get("prerequisite_quiz") in quiz_map:
            revision.content["prerequisite_quiz"] = quiz_map[revision.content["prerequisite_quiz"]]
            revision.save(update_fields=["content"])


def _copy_certificate_template(original: CoursePage, copy: CoursePage) -> None:
    template = CertificateTemplate.objects.filter(course=original).first()
    if template is None:
        return
    template_copy, _children = template.copy_cluster(exclude_fields=["id", "course", "institution"])
    template_copy.course = copy
    template_copy.save()


@transaction.atomic
def make_edition(course: CoursePage, *, title: str, slug: str, user) -> CoursePage:
    """Copy `course` as a new unpublished edition titled `title` at `slug` under the
    same institution. Raises PermissionDenied if `user` may not add courses there and
    EditionError if the slug is taken or not ASCII (aula/slugs.py)."""
    course = course.specific
    if not can_make_edition(user, course):
        raise PermissionDenied
    institution = course.get_parent()
    title, slug = title.strip(), slug.strip()
    if not title or not slug:
        raise EditionError(_("Indica el título y el slug de la nueva edición."))
    if not is_ascii_slug(slug):
        raise EditionError(str(ASCII_SLUG_MESSAGE))
    if not slug_is_free(institution, slug):
        raise EditionError(_("Ya hay una página con este slug en la institución."))
    copy = course.copy(
        recursive=True,
        to=institution,
        update_attrs={"title": title, "slug": slug, "locked": False, "locked_by": None, "locked_at": None},
        keep_live=False,
        user=user,
        log_action="wagtail.copy",
    )
    copy = CoursePage.objects.get(pk=copy.pk)
    _point_prerequisites_at_the_copy(course, copy)
    _copy_certificate_template(course, copy)
    log(
        instance=copy,
        action=EDITION_ACTION,
        user=user,
        data={"source": {"id": course.pk, "title": course.title}, "title": title, "slug": slug},
    )
    return copy
