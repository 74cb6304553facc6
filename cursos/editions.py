"""A course's new edition: the same course (modules, lessons, quizzes with their bank
draws, its own certificate template) as a new draft under the same institution,
ready for new cohorts. Nothing about learners comes along: enrolments, cohorts,
attempts, results, overrides and certificates point at the original by foreign key
and Wagtail's copy only follows a page's own (parental) child relations."""

import json
import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.log_actions import log
from wagtail.models import Page

from aula.slugs import ASCII_SLUG_MESSAGE, is_ascii_slug
from capacitacion.models import CertificateTemplate
from cursos.models import CoursePage

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


def _page_map(original: CoursePage, copy: CoursePage) -> dict[int, int]:
    """Each page of the original edition (the course too) to its copy."""
    originals = _relative_keys(original)
    copies = _relative_keys(copy)
    mapping = {page.pk: copies[key].pk for key, page in originals.items() if key in copies}
    mapping[original.pk] = copy.pk
    return mapping


_A_TAG = re.compile(r"<a\b[^>]*>")
_ID_ATTR = re.compile(r'(?<![\w-])id="(\d+)"')


def _remap_rich_text(html: str, pages: dict[int, int]) -> str:
    """Rich text as stored: a page link is `<a linktype="page" id="N">`."""

    def tag(match):
        text = match.group(0)
        if 'linktype="page"' not in text:
            return text
        return _ID_ATTR.sub(
            lambda found: f'id="{pages.get(int(found.group(1)), found.group(1))}"', text, count=1
        )

    return _A_TAG.sub(tag, html)


def _remap_block(block, raw, pages: dict[int, int]):
    """A block's stored (JSON) value with its page links and chosen pages remapped."""
    if raw is None:
        return raw
    if isinstance(block, blocks.BaseStreamBlock):
        return [
            {**child, "value": _remap_block(block.child_blocks[child["type"]], child.get("value"), pages)}
            if isinstance(child, dict) and child.get("type") in block.child_blocks
            else child
            for child in raw
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {**item, "value": _remap_block(block.child_block, item.get("value"), pages)}
            if isinstance(item, dict) and item.get("type") == "item"
            else _remap_block(block.child_block, item, pages)
            for item in raw
        ]
    if isinstance(block, blocks.BaseStructBlock):
        return {
            name: _remap_block(block.child_blocks[name], value, pages)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    if isinstance(block, blocks.RichTextBlock) and isinstance(raw, str):
        return _remap_rich_text(raw, pages)
    if isinstance(block, blocks.PageChooserBlock) and isinstance(raw, int):
        return pages.get(raw, raw)
    return raw


def _remapped_fields(page: Page, stored: dict, pages: dict[int, int]) -> dict:
    """The fields of `page`'s own model (not Wagtail's Page) whose stored value points at
    a page of the original edition, remapped: `stored` maps a field's name to its value
    as stored (a revision's content, or the row's). Returns name -> new stored value."""
    changes = {}
    for field in type(page)._meta.get_fields():
        if not field.concrete or field.model is Page or field.name not in stored:
            continue
        value = stored[field.name]
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, Page):
            new = pages.get(value, value)
        elif isinstance(field, RichTextField) and isinstance(value, str):
            new = _remap_rich_text(value, pages)
        elif isinstance(field, StreamField):
            raw = json.loads(value) if isinstance(value, str) else value
            new_raw = _remap_block(field.stream_block, raw, pages)
            new = json.dumps(new_raw) if isinstance(value, str) else new_raw
        else:
            continue
        if new != value:
            changes[field.name] = new
    return changes


def _point_links_at_the_copy(original: CoursePage, copy: CoursePage) -> None:
    """Wagtail's copy keeps every page reference as it was: a module's prerequisite quiz,
    page links in rich text, chosen pages in blocks. Those that lead to a page of the
    original edition are made to lead to its copy, in the page and in its latest draft
    (what the editor opens and what gets published)."""
    pages = _page_map(original, copy)
    for page in [copy, *copy.get_descendants().specific()]:
        fields = {field.name: field for field in type(page)._meta.get_fields() if field.concrete}
        row = {name: field.value_from_object(page) for name, field in fields.items()}
        row.update(
            (name, field.get_prep_value(row[name]))
            for name, field in fields.items()
            if isinstance(field, StreamField)
        )
        changes = _remapped_fields(page, row, pages)
        if changes:
            type(page).objects.filter(pk=page.pk).update(
                **{fields[name].attname: fields[name].to_python(value) for name, value in changes.items()}
            )
        revision = page.latest_revision
        if revision is not None:
            content_changes = _remapped_fields(page, revision.content, pages)
            if content_changes:
                revision.content.update(content_changes)
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
    _point_links_at_the_copy(course, copy)
    _copy_certificate_template(course, copy)
    log(
        instance=copy,
        action=EDITION_ACTION,
        user=user,
        data={"source": {"id": course.pk, "title": course.title}, "title": title, "slug": slug},
    )
    return copy
