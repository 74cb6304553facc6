"""Reads for the course pages. Each returns what a page needs in a fixed number of
queries, whatever the size of the catalog or of the course."""

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, QuerySet, When
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.models import Page

from aula.restrictions import private_q, restricted_paths
from cursos.models import (
    Audience,
    CatalogPage,
    CourseLanguage,
    CoursePage,
    CourseTag,
    InstitutionPage,
    LessonPage,
    ModulePage,
    QuizPage,
)

COURSES_PER_PAGE = 12
MAX_QUERY_LENGTH = 200


def institution_path(course: Page) -> str:
    """A course's institution is its parent in the tree: the path one step up. The one
    place that slices a course's path to find its institution."""
    return course.path[: -Page.steplen]


def course_institution(course: Page) -> InstitutionPage | None:
    """The institution a course belongs to, in one query (paths are unique: no ORDER BY,
    which costs a millisecond on a page's wide row)."""
    return next(iter(InstitutionPage.objects.filter(path=institution_path(course)).order_by()[:1]), None)


def institutions_of(courses) -> QuerySet[InstitutionPage]:
    """The institutions of these courses, in one query."""
    return InstitutionPage.objects.filter(path__in={institution_path(course) for course in courses})


def _with_institutions(courses: list[CoursePage], institutions: list[InstitutionPage]) -> list[CoursePage]:
    """Attach each course's institution (its parent) without a query per course."""
    by_path = {institution.path: institution for institution in institutions}
    for course in courses:
        course.institution_page = by_path.get(institution_path(course))
    return courses


def _course_cards(queryset: QuerySet) -> QuerySet:
    """What a course card shows: its image, with the image's renditions
    (Wagtail reads prefetched renditions instead of one query per card)."""
    return queryset.select_related("hero_image").prefetch_related("hero_image__renditions")


def course_cards(pages: list[Page], user=None) -> list[Page]:
    """The given pages as cards, in order: course pages (live, not private) become
    CoursePages with their institution, image and, for `user`, their progress; other
    pages stay as they are. A fixed number of queries for the whole list."""
    from capacitacion.selectors import attach_progress

    course_ids = [page.pk for page in pages if page.content_type_id == _course_type_id()]
    courses = {
        course.pk: course for course in _course_cards(CoursePage.objects.live().filter(pk__in=course_ids))
    }
    if courses:
        _with_institutions(list(courses.values()), list(institutions_of(courses.values())))
        attach_progress(user, list(courses.values()))
    return [courses.get(page.pk, page) for page in pages if page.pk in courses or page.pk not in course_ids]


def _course_type_id() -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(CoursePage).pk


def institution_courses(institution: InstitutionPage, user=None) -> list[CoursePage]:
    from capacitacion.selectors import attach_progress

    courses = list(
        _course_cards(CoursePage.objects.live().exclude(private_q()).child_of(institution).order_by("title"))
    )
    attach_progress(user, courses)
    return _with_institutions(courses, [institution])


@dataclass
class CatalogFilters:
    q: str = ""
    tag: str = ""
    audience: str = ""
    institution: str = ""
    language: str = ""

    @classmethod
    def from_params(cls, params) -> "CatalogFilters":
        return cls(
            q=params.get("q", "").strip()[:MAX_QUERY_LENGTH],
            tag=params.get("etiqueta", "").strip(),
            audience=params.get("publico", "").strip(),
            institution=params.get("institucion", "").strip(),
            language=params.get("idioma", "").strip(),
        )

    @property
    def active(self) -> bool:
        return any([self.q, self.tag, self.audience, self.institution, self.language])


def _any_of(queryset: QuerySet, make_q, pages) -> QuerySet:
    """Rows in relation to any of `pages` (make_q: the queryset's child_of_q / descendant_of_q)."""
    condition = Q(pk__in=[])
    for page in pages:
        condition |= make_q(page)
    return queryset.filter(condition)


def catalog_courses(catalogs: list[CatalogPage], private: Q | None = None) -> QuerySet:
    """Live courses under the catalog in every language: each language version is its
    own course, so a course translated into Portuguese is listed twice, once per language.
    `private`: private_q(), when the caller has it already."""
    courses = CoursePage.objects.live().exclude(private_q() if private is None else private)
    return _any_of(courses, courses.descendant_of_q, catalogs)


def active_language_first(courses: QuerySet, *then: str) -> QuerySet:
    """Courses in the interface language first, then the others."""
    in_active_language = Case(When(language=get_language(), then=0), default=1, output_field=IntegerField())
    return courses.order_by(in_active_language, *then)


def filter_courses(
    catalogs: list[CatalogPage],
    filters: CatalogFilters,
    institutions: list[InstitutionPage],
    private: Q | None = None,
) -> QuerySet:
    courses = catalog_courses(catalogs, private)
    if filters.tag:
        courses = courses.filter(
            pk__in=CourseTag.objects.filter(tag__slug=filters.tag).values("content_object_id")
        )
    if filters.audience in Audience.values:
        courses = courses.filter(audience=filters.audience)
    if filters.language in CourseLanguage.values:
        courses = courses.filter(language=filters.language)
    if filters.institution:
        chosen = next((i for i in institutions if i.slug == filters.institution), None)
        # The institution in every language: its courses may live in any language tree.
        versions = [i for i in institutions if chosen and i.translation_key == chosen.translation_key]
        courses = _any_of(courses, courses.child_of_q, versions)
    if not filters.q:
        return active_language_first(courses, "title")
    ranked_ids = [page.pk for page in catalog_courses(catalogs, private).search(filters.q)]
    ranking = Case(
        *[When(pk=pk, then=rank) for rank, pk in enumerate(ranked_ids)], output_field=IntegerField()
    )
    return active_language_first(courses.filter(pk__in=ranked_ids), ranking) if ranked_ids else courses.none()


def one_per_institution(institutions: list[InstitutionPage], locale_id: int) -> list[InstitutionPage]:
    """Each institution once for the filter, in the catalog's language where translated."""
    chosen: dict = {}
    for institution in institutions:
        if institution.translation_key not in chosen or institution.locale_id == locale_id:
            chosen[institution.translation_key] = institution
    return sorted(chosen.values(), key=lambda institution: institution.title)


def catalog_context(catalog: CatalogPage, params, user=None) -> dict:
    from capacitacion.selectors import attach_progress

    filters = CatalogFilters.from_params(params)
    private = private_q()
    catalogs = list(
        CatalogPage.objects.live().exclude(private).filter(translation_key=catalog.translation_key)
    )
    institution_pages = InstitutionPage.objects.live().exclude(private)
    institutions = list(_any_of(institution_pages, institution_pages.child_of_q, catalogs).order_by("title"))
    paginator = Paginator(
        _course_cards(filter_courses(catalogs, filters, institutions, private)), COURSES_PER_PAGE
    )
    page: PaginatorPage = paginator.get_page(params.get("pagina"))
    _with_institutions(page.object_list, institutions)
    attach_progress(user, page.object_list)
    query = params.copy()
    query.pop("pagina", None)
    return {
        "filters": filters,
        "courses_page": page,
        "institutions": one_per_institution(institutions, catalog.locale_id),
        "audiences": Audience.choices,
        "languages": CourseLanguage.choices,
        "tags": Tag.objects.filter(
            pk__in=CourseTag.objects.filter(content_object__in=catalog_courses(catalogs, private)).values(
                "tag_id"
            )
        ).order_by("name"),
        "filter_query": query.urlencode(),
    }


def course_outline(course: CoursePage) -> list[ModulePage]:
    """The course's modules, each with `.items`: its lessons and quizzes in tree order."""
    private = private_q()
    modules = list(ModulePage.objects.live().exclude(private).child_of(course).order_by("path"))
    items = sorted(
        [
            *LessonPage.objects.live().exclude(private).descendant_of(course).defer("body"),
            *QuizPage.objects.live().exclude(private).descendant_of(course).defer("questions", "intro"),
        ],
        key=lambda page: page.path,
    )
    by_path = {module.path: module for module in modules}
    for module in modules:
        module.items = []
    for item in items:
        module = by_path.get(item.path[: -Page.steplen])
        if module is not None:
            module.items.append(item)
    return modules


def module_items(module: ModulePage) -> list[Page]:
    private = private_q()
    return sorted(
        [
            *LessonPage.objects.live().exclude(private).child_of(module).defer("body"),
            *QuizPage.objects.live().exclude(private).child_of(module).defer("questions", "intro"),
        ],
        key=lambda page: page.path,
    )


def course_items(course: Page) -> list[Page]:
    """Every live lesson and quiz of the course, in tree order, in one query: base
    pages with `item_required` (the lesson's or quiz's `required`). Enough for the
    previous/next links and for the module rules (capacitacion.selectors)."""
    return list(
        Page.objects.live()
        .filter(path__startswith=course.path, depth=course.depth + 2)
        .annotate(item_required=Coalesce("lessonpage__required", "quizpage__required"))
        .only("id", "title", "path", "depth", "url_path", "slug", "locale_id", "content_type_id", "live")
        .order_by("path")
    )


@dataclass
class LessonNavigation:
    course: Page | None
    module: Page | None
    previous: Page | None
    next: Page | None


def item_navigation(item: Page, access=None) -> LessonNavigation:
    """Breadcrumb parents and the previous/next lesson or quiz across the whole course.
    The access check (capacitacion.access) has already read the module and course."""
    if access is not None and access.course is not None and access.module is not None:
        module, course = access.module, access.course
    else:
        ancestors = {page.depth: page for page in item.get_ancestors().filter(depth__gte=item.depth - 2)}
        module, course = ancestors.get(item.depth - 1), ancestors.get(item.depth - 2)
    if course is None:
        return LessonNavigation(None, module, None, None)
    if access is not None and access.course_items is not None:
        private = tuple(restricted_paths())
        siblings = [page for page in access.course_items if not page.path.startswith(private)]
    else:
        siblings = list(
            Page.objects.live()
            .exclude(private_q())
            .descendant_of(course)
            .filter(depth=item.depth)
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "slug", "locale_id")
        )
    index = next((i for i, page in enumerate(siblings) if page.pk == item.pk), None)
    if index is None:
        return LessonNavigation(course, module, None, None)
    return LessonNavigation(
        course=course,
        module=module,
        previous=siblings[index - 1] if index > 0 else None,
        next=siblings[index + 1] if index + 1 < len(siblings) else None,
    )


def public_questions(quiz: QuizPage) -> list[dict]:
    """The quiz's questions as the browser may see them: no correct answers, no feedback."""
    return [{"id": child.id, **child.block.public_data(child.value)} for child in quiz.questions]
