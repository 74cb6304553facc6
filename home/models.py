from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, When
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from aula.restrictions import CachedViewRestrictionsMixin
from aula.slugs import AsciiSlugMixin
from home.blocks import BodyBlock


class HomePage(AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    hero_heading = models.CharField(_("título principal"), max_length=120)
    hero_text = models.TextField(_("texto principal"), max_length=400, blank=True)
    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Portada")),
        FieldPanel("intro"),
        InlinePanel("featured_items", label=_("Cursos destacados"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("página de inicio")
        verbose_name_plural = _("páginas de inicio")

    def route(self, request, path_components):
        """Serve a path from this language's tree, else from the other languages' trees.

        /pt/ is routed through the Portuguese home page. A course that exists only in
        Spanish is not in that tree, but /pt/cursos/<its path>/ should still show it,
        with the interface in Portuguese (the language switcher links there)."""
        try:
            return self.route_by_url_path(request, path_components)
        except Http404:
            if not path_components:
                raise
        default_first = Case(
            When(locale__language_code=settings.LANGUAGE_CODE, then=0), default=1, output_field=IntegerField()
        )
        for home in self.get_translations().live().order_by(default_first, "pk").specific():
            try:
                return home.route_by_url_path(request, path_components)
            except Http404:
                continue
        raise Http404

    def featured_pages(self) -> list[Page]:
        """The live featured pages, in order, in one query (base pages: title,
        description and URL)."""
        items = self.featured_items.filter(page__live=True).select_related("page").order_by("sort_order")
        return [item.page for item in items]

    def get_context(self, request, *args, **kwargs):
        from cursos.selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        # Course pages as course cards (image, institution, facts, the learner's progress).
        context["featured"] = course_cards(self.featured_pages(), request.user)
        return context

    @property
    def localized(self):
        """Wagtail looks up the active language's Locale on every request to pick the
        home page's translation; when this page is already in that language (every
        Spanish page), the cached locale ids answer without a query."""
        from aula.sites import locale_ids

        if locale_ids().get(get_supported_content_language_variant(get_language())) == self.locale_id:
            return self
        return super().localized

    def route_by_url_path(self, request, path_components):
        """Find the page for the whole path in one query, by url_path, instead of
        Wagtail's one query (and one more for .specific) per level of the tree.
        Any page on the way whose class routes its own children is handed the rest
        of the path, as Wagtail would."""
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]
        found = {
            page.url_path: page
            for page in Page.objects.filter(url_path__in=url_paths, path__startswith=self.path)
        }
        parent = self
        for consumed, url_path in enumerate(url_paths, start=1):
            page = found.get(url_path)
            if page is None or page.depth != parent.depth + 1:
                raise Http404
            # Treebeard's get_parent() uses this instead of a query.
            page._cached_parent_obj = parent
            specific_class = page.specific_class or Page
            if consumed == len(url_paths) or specific_class.route is not Page.route:
                return page.specific.route(request, path_components[consumed:])
            parent = page
        raise Http404


class HomeFeaturedItem(Orderable):
    """A slot on the home page; the course pages from `cursos` go here."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("página")
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("destacado")
        verbose_name_plural = _("destacados")


class StandardPage(AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    """Plain content: about the network, FAQ, privacy notice."""

    summary = models.TextField(_("resumen"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("contenido"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("página de contenido")
        verbose_name_plural = _("páginas de contenido")
