from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, When
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock


class HomePage(Page):
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
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
        default_first = Case(
            When(locale__language_code=settings.LANGUAGE_CODE, then=0), default=1, output_field=IntegerField()
        )
        for home in self.get_translations().live().order_by(default_first, "pk").specific():
            try:
                return Page.route(home, request, path_components)
            except Http404:
                continue
        raise Http404

    def featured_pages(self) -> list[Page]:
        ids = [item.page_id for item in self.featured_items.all()]
        pages = Page.objects.live().filter(id__in=ids).specific().in_bulk()
        return [pages[page_id] for page_id in ids if page_id in pages]


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


class StandardPage(Page):
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
